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
import { blake2b256, blake2b256Hasher } from "@opentao/primitives";
import type { KeyValueStore } from "./keyValueStore.ts";

const utf8 = new TextEncoder();

function lengthPrefixed(text: string): Uint8Array {
  const bytes = utf8.encode(text);
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length, true);
  out.set(bytes, 4);
  return out;
}

/** The digest of one entry. */
export function entryDigest(key: string, value: string): Uint8Array {
  const k = lengthPrefixed(key);
  const v = lengthPrefixed(value);
  const bytes = new Uint8Array(k.length + v.length);
  bytes.set(k, 0);
  bytes.set(v, k.length);
  return blake2b256(bytes);
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

/** The 32-byte state root of a store. */
export function stateRoot(store: KeyValueStore): Uint8Array {
  const hasher = blake2b256Hasher();
  for (const key of store.keysWithPrefix("")) hasher.update(memoisedDigest(key, store.get(key)!));
  return hasher.digest();
}
