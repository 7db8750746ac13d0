/**
 * Validity check 1 of chain.md §3.2: the extrinsic parses. The envelope must have exactly the fields of
 * §3.1 in their encodings and the call must decode against its definition; anything else is `BadCall`.
 * Also computes what every later step needs once: the encoded length and the hash.
 */
import { blake2b256, CanonicalJsonError, InvalidTransactionError, toHex } from "@opentao/primitives";
import type { DecodedCall } from "./callDefinition.ts";
import type { CallRegistry } from "./callRegistry.ts";
import { decodeAccount, decodeAmount, decodeBytes, decodeCall, expectExactKeys } from "./decodeCall.ts";
import { encodeExtrinsic, type SignedExtrinsic } from "./extrinsic.ts";

const ENVELOPE_FIELDS = [
  "chain",
  "spec",
  "signer",
  "nonce",
  "tip",
  "validUntil",
  "call",
  "signature",
] as const;

/** A parsed extrinsic: its JSON, the decoded fields and call, and its length and hash. */
export type DecodedExtrinsic = {
  /** The extrinsic as received (well-formed per §3.1). */
  readonly extrinsic: SignedExtrinsic;
  readonly signer: string;
  readonly signerPublicKey: Uint8Array;
  readonly signature: Uint8Array;
  readonly nonce: number;
  readonly tip: bigint;
  readonly call: DecodedCall;
  /** Byte length of JCS(SignedExtrinsic). */
  readonly len: number;
  /** Extrinsic hash, "0x" + 64 hex digits. */
  readonly hash: string;
};

function badCall(detail: string): InvalidTransactionError {
  return new InvalidTransactionError("BadCall", detail);
}

/** Parses an extrinsic received as JSON; throws `InvalidTransactionError` `BadCall` naming the field. */
export function decodeExtrinsic(value: unknown, registry: CallRegistry): DecodedExtrinsic {
  expectExactKeys(value, ENVELOPE_FIELDS, "extrinsic");
  decodeBytes(value.chain, "chain", 32);
  if (typeof value.spec !== "number" || !Number.isSafeInteger(value.spec) || value.spec < 0) {
    throw badCall(`spec: expected a non-negative integer, got ${JSON.stringify(value.spec)}`);
  }
  const signerPublicKey = decodeAccount(value.signer, "signer");
  const { nonce, validUntil } = value;
  if (typeof nonce !== "number" || !Number.isSafeInteger(nonce) || nonce < 0) {
    throw badCall(`nonce: expected an integer in [0, 2^53 − 1], got ${JSON.stringify(nonce)}`);
  }
  const tip = decodeAmount(value.tip, "tip");
  if (
    validUntil !== null &&
    (typeof validUntil !== "number" ||
      !Number.isInteger(validUntil) ||
      validUntil < 0 ||
      validUntil > 0xffffffff)
  ) {
    throw badCall(`validUntil: expected a block number (u32) or null, got ${JSON.stringify(validUntil)}`);
  }
  const signature = decodeBytes(value.signature, "signature", 64);
  const call = decodeCall(value.call, registry);
  const extrinsic = value as unknown as SignedExtrinsic;
  let bytes: Uint8Array;
  try {
    bytes = encodeExtrinsic(extrinsic);
  } catch (cause) {
    // Arguments are checked by type above, so this is only a string with a lone surrogate.
    if (cause instanceof CanonicalJsonError) throw badCall(cause.shortMessage);
    throw cause;
  }
  return {
    extrinsic,
    signer: extrinsic.signer,
    signerPublicKey,
    signature,
    nonce,
    tip,
    call,
    len: bytes.length,
    hash: toHex(blake2b256(bytes)),
  };
}
