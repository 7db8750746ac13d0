/**
 * The state root: blake2b-256 over every entry in key order, each as u32le(len(key)) ‖ key ‖
 * u32le(len(value)) ‖ value (UTF-8). chain.md §4.1 leaves the commitment to the implementation; this one
 * is simple to reproduce on any machine and changes whenever any entry changes. It costs one pass over
 * the state per block, which is fine at v1's sizes; an incremental trie can replace it without changing
 * any other rule.
 */
import { blake2b256Hasher } from "@opentao/primitives";
import type { KeyValueStore } from "./keyValueStore.ts";

const utf8 = new TextEncoder();

function lengthPrefixed(text: string): Uint8Array {
  const bytes = utf8.encode(text);
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length, true);
  out.set(bytes, 4);
  return out;
}

/** The 32-byte state root of a store. */
export function stateRoot(store: KeyValueStore): Uint8Array {
  const hasher = blake2b256Hasher();
  for (const key of store.keysWithPrefix("")) {
    hasher.update(lengthPrefixed(key));
    hasher.update(lengthPrefixed(store.get(key)!));
  }
  return hasher.digest();
}
