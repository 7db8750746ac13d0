/**
 * The state root: blake2b-256 over the concatenated entry digests in key order, where an entry's digest is
 * blake2b-256(u32le(len(key)) ‖ key ‖ u32le(len(value)) ‖ value), UTF-8 (entryDigests.ts). chain.md §4.1
 * leaves the commitment to the implementation; this one is simple to reproduce on any machine and changes
 * whenever any entry changes.
 *
 * Entry digests are memoised by key and value, so a block pays a full digest only for the entries it
 * changed and 32 bytes of hashing for each other entry. A store that keeps its digests in key order
 * (MemoryStore's `entryDigests`) spares the root even the reads: its root hashes that sequence as it is,
 * and the root of overlays over it lays their few changed entries over the sequence, copying the unchanged
 * runs whole. Other stores (SQLite) take the generic path, which reads every entry. An incremental trie
 * can replace it without changing any other rule.
 */
import { blake2b256 } from "@opentao/primitives";
import { type EntryDigests, memoisedDigest, mergeDigests } from "./entryDigests.ts";
import type { KeyValueStore } from "./keyValueStore.ts";
import { sortKeys } from "./sortedKeys.ts";

export { entryDigest } from "./entryDigests.ts";

/** The merged digest sequence of the fast path, reused (grown as needed) so that a root allocates no 4 MB. */
let mergeBuffer = new Uint8Array(0);

/**
 * The 32-byte state root of a store: the entry digests are laid end to end and hashed in one call (the
 * same bytes an incremental hasher would see, so the same root), which lets the wasm BLAKE2b take them
 * in one pass.
 */
export function stateRoot(store: KeyValueStore): Uint8Array {
  return fastStateRoot(store) ?? genericStateRoot(store);
}

/** The root by reading every entry: for any store. */
export function genericStateRoot(store: KeyValueStore): Uint8Array {
  const keys = store.keysWithPrefix("");
  const digests = new Uint8Array(32 * keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    digests.set(memoisedDigest(key, store.get(key)!), 32 * i);
  }
  return blake2b256(digests);
}

/**
 * The root of a store that keeps its entry digests, or of overlays over one, from those digests and the
 * overlays' writes alone; undefined for any other store.
 */
function fastStateRoot(store: KeyValueStore): Uint8Array | undefined {
  // The overlays from the top down, the non-empty ones only, and the store under them.
  const layers: { keys: readonly string[]; writes: ReadonlyMap<string, string | null> }[] = [];
  let base = store;
  for (let layer = base.writeLayer?.(); layer !== undefined; layer = base.writeLayer?.()) {
    if (layer.keys.length > 0) layers.push(layer);
    base = layer.parent;
  }
  if (base.entryDigests === undefined) return undefined;
  const digests: EntryDigests = base.entryDigests();
  if (layers.length === 0) return blake2b256(digests.digests);
  let changed = layers[0]!;
  if (layers.length > 1) {
    // A higher layer's write wins: apply the layers from the bottom up.
    const writes = new Map<string, string | null>();
    for (let l = layers.length - 1; l >= 0; l--) {
      const layer = layers[l]!;
      for (const key of layer.keys) writes.set(key, layer.writes.get(key)!);
    }
    changed = { keys: sortKeys(writes.keys()), writes };
  }
  const size = 32 * (digests.keys.length + changed.keys.length);
  if (mergeBuffer.length < size)
    mergeBuffer = new Uint8Array(Math.max(size, Math.ceil(mergeBuffer.length * 1.25)));
  const count = mergeDigests(digests, changed.keys, changed.writes, mergeBuffer);
  return blake2b256(mergeBuffer.subarray(0, 32 * count));
}
