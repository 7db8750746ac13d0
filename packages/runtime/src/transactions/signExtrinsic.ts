/**
 * Signs a payload into a `SignedExtrinsic` (chain.md §3.1), for the SDK, tests and benchmarks. The
 * runtime itself only verifies.
 */
import { type Keypair, sign, toHex } from "@opentao/primitives";
import type { SignedExtrinsic, UnsignedPayload } from "./extrinsic.ts";
import { signingMessage } from "./signingMessage.ts";

/**
 * Signs `payload` with `keypair`, whose address must be `payload.signer`.
 *
 * @example
 * const tx = signExtrinsic({ chain, spec: 1, signer: alice.ss58Address, nonce: 0, tip: "0",
 *   validUntil: null, call: { module: "Balances", method: "transfer_keep_alive",
 *   args: { dest: bob, value: "1000000000" } } }, alice);
 */
export function signExtrinsic(payload: UnsignedPayload, keypair: Keypair): SignedExtrinsic {
  if (payload.signer !== keypair.ss58Address) {
    throw new RangeError(
      `signer: expected the keypair's address ${keypair.ss58Address}, got ${payload.signer}`,
    );
  }
  return { ...payload, signature: toHex(sign(signingMessage(payload), keypair)) };
}
