/**
 * sr25519 signatures with Substrate's signing context "substrate" (chain.md §3.1, wire.md A.7).
 * Verification is the hot path of block import and the axon, so it runs through @polkadot/wasm-crypto
 * (schnorrkel compiled to wasm) once `cryptoReady()` has resolved, and through the pure-JS
 * @scure/sr25519 before that; both accept exactly the same signatures.
 */
import { isReady, waitReady, sr25519Verify as wasmVerify } from "@polkadot/wasm-crypto";
import { sign as scureSign, verify as scureVerify } from "@scure/sr25519";
import { assertBytes } from "../errors/assert.ts";
import type { Keypair } from "./keypair.ts";

/** Loads the wasm verifier. Call once at start-up; everything works before it, only slower. */
export async function cryptoReady(): Promise<void> {
  await waitReady();
}

/** Signs `message` with the keypair (context "substrate"); returns the 64-byte signature. */
export function sign(message: Uint8Array, pair: Keypair): Uint8Array {
  assertBytes(message, undefined, "message");
  return scureSign(pair.secretKey, message);
}

/** True when `signature` is a valid sr25519 signature of `message` by `publicKey`. */
export function verify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  assertBytes(message, undefined, "message");
  assertBytes(signature, 64, "signature");
  assertBytes(publicKey, 32, "publicKey");
  if (isReady()) return wasmVerify(signature, message, publicKey);
  try {
    return scureVerify(message, signature, publicKey);
  } catch {
    // @scure throws on encodings that are not points; that is an invalid signature, not a crash.
    return false;
  }
}
