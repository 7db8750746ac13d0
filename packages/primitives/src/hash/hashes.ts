/**
 * The hashes the chain and the wire protocol use (chain.md §3.1, §13.2; wire.md A.6), through
 * @noble/hashes. Strings are hashed as their UTF-8 bytes.
 *
 * One-shot BLAKE2b-256 runs through @polkadot/wasm-crypto's BLAKE2b once `cryptoReady()` has loaded the
 * wasm (5× faster on short inputs, 20× on long ones: the state root hashes every changed entry and the
 * concatenated entry digests), and through @noble/hashes before that; both are BLAKE2b (RFC 7693) with
 * a 32-byte digest and no key, so the output is the same either way.
 */
import { blake2b } from "@noble/hashes/blake2";
import { sha256 as nobleSha256 } from "@noble/hashes/sha2";
import { sha3_256 as nobleSha3_256 } from "@noble/hashes/sha3";
import { blake2b as wasmBlake2b, isReady as wasmReady } from "@polkadot/wasm-crypto";

type HashInput = Uint8Array | string;

const utf8 = new TextEncoder();

function toBytes(input: HashInput): Uint8Array {
  if (typeof input === "string") return utf8.encode(input);
  if (input instanceof Uint8Array) return input;
  throw new TypeError(`expected Uint8Array or string, got ${typeof input}`);
}

/** BLAKE2b with a 32-byte digest: transaction and block hashes, the weight-commit hash. */
export function blake2b256(input: HashInput): Uint8Array {
  const bytes = toBytes(input);
  return wasmReady() ? wasmBlake2b(bytes, NO_KEY, 32) : blake2b(bytes, { dkLen: 32 });
}

const NO_KEY = new Uint8Array(0);

/** An incremental BLAKE2b-256, for hashing data too large to concatenate first (the state root). */
export function blake2b256Hasher(): { update(bytes: Uint8Array): void; digest(): Uint8Array } {
  const hasher = blake2b.create({ dkLen: 32 });
  return {
    update: (bytes) => {
      hasher.update(bytes);
    },
    digest: () => hasher.digest(),
  };
}

/** SHA3-256: the synapse body hash of wire.md A.6. */
export function sha3_256(input: HashInput): Uint8Array {
  return nobleSha3_256(toBytes(input));
}

/** SHA-256. */
export function sha256(input: HashInput): Uint8Array {
  return nobleSha256(toBytes(input));
}
