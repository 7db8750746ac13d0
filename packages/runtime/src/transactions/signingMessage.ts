/**
 * The message an extrinsic's signer signs (chain.md §3.1):
 * `m = blake2b-256(utf8("opentao/tx/v1:") ‖ utf8(JCS(UnsignedPayload)))`, signed with sr25519 under the
 * signing context "substrate". The domain prefix keeps a transaction signature from ever being valid
 * as any other opentao signature.
 */
import { blake2b256, canonicalJson } from "@opentao/primitives";
import type { UnsignedPayload } from "./extrinsic.ts";

/** The domain prefix of transaction signing messages. */
export const SIGNING_DOMAIN = "opentao/tx/v1:";

/** The 32-byte signing message of a payload. */
export function signingMessage(payload: UnsignedPayload): Uint8Array {
  // utf8(a) ‖ utf8(b) = utf8(a + b): one encode, one hash.
  return blake2b256(SIGNING_DOMAIN + canonicalJson(payload));
}
