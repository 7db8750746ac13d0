/**
 * What a signature check of chain.md §3.2 check 3 needs, taken out of an extrinsic so that the node can
 * verify a whole block's signatures on its worker pool first and hand the answers to `applyBlock`
 * (`signatureResults`). The shape is the node verify pool's `SignedMessage`.
 */
import type { JsonValue } from "@opentao/primitives";
import { decodeAccount, decodeBytes, isJsonObject } from "./decodeCall.ts";
import type { SignedExtrinsic } from "./extrinsic.ts";
import { unsignedPayloadOf } from "./extrinsic.ts";
import { signingMessage } from "./signingMessage.ts";

/** One signature check of chain.md §3.2 check 3 (the shape of the node verify pool's `SignedMessage`). */
export type ExtrinsicSignature = {
  /** The signing message (chain.md §3.1). */
  readonly message: Uint8Array;
  /** 64 bytes. */
  readonly signature: Uint8Array;
  /** The signer's 32-byte public key. */
  readonly publicKey: Uint8Array;
};

/**
 * The signing message, signature and public key of an extrinsic, or undefined when it is too malformed
 * to have them (check 1 rejects it before check 3, so any answer will do for it: pass false).
 */
export function extrinsicSignedMessage(extrinsic: unknown): ExtrinsicSignature | undefined {
  if (!isJsonObject(extrinsic)) return undefined;
  try {
    const publicKey = decodeAccount(extrinsic.signer, "signer");
    const signature = decodeBytes(extrinsic.signature, "signature", 64);
    const message = signingMessage(unsignedPayloadOf(extrinsic as JsonValue as SignedExtrinsic));
    return { message, signature, publicKey };
  } catch {
    return undefined;
  }
}
