/**
 * Validity checks 1–7 of chain.md §3.2, in order, against the state before the extrinsic. They write
 * nothing; the first that fails throws `InvalidTransactionError` with the §3.2 reason. Check 8 (Pays::No
 * calls must succeed) runs the call and lives in `validateTransaction`; block import skips it (§3.2: an
 * included free call that fails just fails).
 */
import { InvalidTransactionError, verify } from "@opentao/primitives";
import { Account, EXISTENTIAL_DEPOSIT } from "../balances/balancesStorage.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { SPEC_VERSION } from "../system/runtimeVersion.ts";
import { callWeight } from "./callDefinition.ts";
import type { CallRegistry } from "./callRegistry.ts";
import { runtimeCalls } from "./calls.ts";
import { type DecodedExtrinsic, decodeExtrinsic } from "./decodeExtrinsic.ts";
import { unsignedPayloadOf } from "./extrinsic.ts";
import { BASE_WEIGHT, BLOCK_WEIGHT_LIMIT, computeFee, MAX_EXTRINSIC_LENGTH } from "./fees.ts";
import { signingMessage } from "./signingMessage.ts";

/** A decoded extrinsic that passed checks 1–7, with what its inclusion costs. */
export type CheckedExtrinsic = DecodedExtrinsic & {
  /** BASE_WEIGHT + callWeight: what it counts toward the block weight limit. */
  readonly weight: bigint;
  /** False for Pays::No calls and for calls whose fee the signer is exempt from (Sudo by the sudo key). */
  readonly paysFee: boolean;
  /** What is withdrawn from the signer and paid to the block author, tip included (0 when !paysFee). */
  readonly fee: bigint;
};

/** What the checks need besides the state. */
export type CheckOptions = {
  /** The chain's genesis hash, "0x" + 64 lowercase hex digits (check 2). */
  readonly genesisHash: string;
  /** The number of the block the extrinsic would be included in (check 4). */
  readonly now: number;
  /**
   * Check 3's answer when the signature was verified beforehand (the node's verify pool); when absent
   * the signature is verified here.
   */
  readonly signatureValid?: boolean;
  /** The calls to decode against; `runtimeCalls()` by default. */
  readonly calls?: CallRegistry;
};

/** Runs checks 1–7 of chain.md §3.2 in order; throws `InvalidTransactionError` at the first failure. */
export function checkTransaction(
  store: KeyValueStore,
  extrinsic: unknown,
  options: CheckOptions,
): CheckedExtrinsic {
  const { genesisHash, now, signatureValid, calls = runtimeCalls() } = options;
  // 1. parses; module/method known; args match types
  const decoded = decodeExtrinsic(extrinsic, calls);
  const { extrinsic: ext, signer, nonce } = decoded;
  // 2. chain and spec
  if (ext.chain !== genesisHash) {
    throw new InvalidTransactionError(
      "BadChain",
      `signed for chain ${ext.chain}, this chain is ${genesisHash}`,
    );
  }
  if (ext.spec !== SPEC_VERSION) {
    throw new InvalidTransactionError(
      "BadSpec",
      `signed for spec ${ext.spec}, the runtime is spec ${SPEC_VERSION}`,
    );
  }
  // 3. signature
  const valid =
    signatureValid ??
    verify(signingMessage(unsignedPayloadOf(ext)), decoded.signature, decoded.signerPublicKey);
  if (!valid) throw new InvalidTransactionError("BadSignature", `signature of ${signer} does not verify`);
  // 4. validUntil
  if (ext.validUntil !== null && now > ext.validUntil) {
    throw new InvalidTransactionError("Expired", `valid until block ${ext.validUntil}, now is ${now}`);
  }
  // 5. nonce
  const account = Account.get(store, signer);
  if (nonce < account.nonce) {
    throw new InvalidTransactionError(
      "Stale",
      `nonce ${nonce} of ${signer} is used; next is ${account.nonce}`,
    );
  }
  if (nonce > account.nonce) {
    throw new InvalidTransactionError(
      "Future",
      `nonce ${nonce} of ${signer} is ahead; next is ${account.nonce}`,
    );
  }
  // 6. resources (the block-wide sums are checked by the block)
  const weight = BASE_WEIGHT + callWeight(decoded.call);
  if (decoded.len > MAX_EXTRINSIC_LENGTH) {
    throw new InvalidTransactionError(
      "ExhaustsResources",
      `encoded length ${decoded.len} exceeds ${MAX_EXTRINSIC_LENGTH} bytes`,
    );
  }
  if (weight > BLOCK_WEIGHT_LIMIT) {
    throw new InvalidTransactionError(
      "ExhaustsResources",
      `weight ${weight} exceeds the block limit ${BLOCK_WEIGHT_LIMIT}`,
    );
  }
  // 7. fee payable, keep-alive
  const { definition } = decoded.call;
  const paysFee = definition.paysFee && !(definition.waivesFee?.(store, signer) ?? false);
  const fee = computeFee({ callWeight: weight - BASE_WEIGHT, len: decoded.len, tip: decoded.tip, paysFee });
  if (fee > 0n && account.free - fee < EXISTENTIAL_DEPOSIT) {
    throw new InvalidTransactionError(
      "Payment",
      `${signer} has ${account.free} rao; the fee is ${fee} and ${EXISTENTIAL_DEPOSIT} must remain`,
    );
  }
  return { ...decoded, weight, paysFee, fee };
}
