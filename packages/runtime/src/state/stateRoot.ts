/**
 * The state root: blake2b-256 over the concatenated entry digests in key order, where an entry's digest is
 * blake2b-256(u32le(len(key)) ‖ key ‖ u32le(len(value)) ‖ value), UTF-8. chain.md §4.1 leaves the
 * commitment to the implementation; this one is simple to reproduce on any machine and changes whenever any
 * entry changes.
 *
 * Entry digests are memoised by key and value, so a block pays a full digest only for the entries it
 * changed and 32 bytes of hashing for each other entry; before, hashing whole entries was about a third of
 * a 32-epoch block. An incremental trie can replace it without changing any other rule.
 */
import { blake2b256 } from "@opentao/primitives";
import type { KeyValueStore } from "./keyValueStore.ts";

const utf8 = new TextEncoder();

/** A reused buffer for one entry's preimage, grown as needed. */
let scratch = new Uint8Array(1024);

/** Writes u32le(len(utf8(text))) ‖ utf8(text) at `at` of `scratch`; returns the end offset. */
function putLengthPrefixed(text: string, at: number): number {
  const { written } = utf8.encodeInto(text, scratch.subarray(at + 4));
  new DataView(scratch.buffer, scratch.byteOffset).setUint32(at, written, true);
  return at + 4 + written;
}

/** The digest of one entry. */
export function entryDigest(key: string, value: string): Uint8Array {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  const size = 8 + 3 * (key.length + value.length);
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, 2 * scratch.length));
  const end = putLengthPrefixed(value, putLengthPrefixed(key, 0));
  return blake2b256(scratch.subarray(0, end));
}

// A memo of a pure function: it only saves work, so sharing it between stores cannot change a root. It is
// dropped whole when it grows past the bound, which keeps memory flat across many test stores.
const MEMO_LIMIT = 4_000_000;
const memo = new Map<string, { value: string; digest: Uint8Array }>();

function memoisedDigest(key: string, value: string): Uint8Array {
  const hit = memo.get(key);
  if (hit !== undefined && hit.value === value) return hit.digest;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const digest = entryDigest(key, value);
  memo.set(key, { value, digest });
  return digest;
}

/**
 * The 32-byte state root of a store: the entry digests are laid end to end and hashed in one call (the
 * same bytes an incremental hasher would see, so the same root), which lets the wasm BLAKE2b take them
 * in one pass.
 */
export function stateRoot(store: KeyValueStore): Uint8Array {
  const keys = store.keysWithPrefix("");
  const digests = new Uint8Array(32 * keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    digests.set(memoisedDigest(key, store.get(key)!), 32 * i);
  }
  return blake2b256(digests);
}
