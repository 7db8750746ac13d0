import { digestAll, type EntryDigests, mergeDigests, patchDigests } from "./entryDigests.ts";
import { SortedKeys, sortKeys } from "./sortedKeys.ts";

/**
 * The chain state as the runtime sees it: string keys to string values (canonical encodings), with
 * ordered prefix scans. The node backs it with SQLite; tests and the state transition use MemoryStore and
 * Overlay. Values are strings so that no module can alias and mutate state outside a write.
 */
export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): void;
  /** Every key starting with `prefix`, in ascending code-unit order. */
  keysWithPrefix(prefix: string): string[];
  /**
   * Optional capability, for the state root's fast path (stateRoot.ts): every entry's digest in key order,
   * kept current by the store so that a root need not read every entry. Valid until the next write.
   */
  entryDigests?(): EntryDigests;
  /** Optional capability: the store is buffered writes over a parent (Overlay), as the root reads them. */
  writeLayer?(): WriteLayer;
}

/** An overlay's buffered writes over its parent. */
export type WriteLayer = {
  readonly parent: KeyValueStore;
  /** The written keys, deletions included, in key order. */
  readonly keys: readonly string[];
  /** Each written key's value; null marks a deletion. */
  readonly writes: ReadonlyMap<string, string | null>;
};

/** An in-memory store. */
export class MemoryStore implements KeyValueStore {
  readonly #entries: Map<string, string>;
  readonly #index = new SortedKeys();
  /** The entry digests as of the last `entryDigests()`, or null before the first. */
  #digests: EntryDigests | null = null;
  /** The keys written since #digests was made (null while there is none): what it must take in. */
  #written: Set<string> | null = null;

  constructor(entries: Iterable<readonly [string, string]> = []) {
    this.#entries = new Map();
    for (const [key, value] of entries) this.set(key, value);
  }
  get(key: string): string | undefined {
    return this.#entries.get(key);
  }
  set(key: string, value: string): void {
    const entries = this.#entries;
    const size = entries.size;
    // One hash lookup: the map grew exactly when the key is new.
    entries.set(key, value);
    if (entries.size !== size) this.#index.add(key);
    if (this.#written !== null) this.#noteWrite(key);
  }
  delete(key: string): void {
    if (!this.#entries.delete(key)) return;
    this.#index.remove(key);
    if (this.#written !== null) this.#noteWrite(key);
  }
  #noteWrite(key: string): void {
    const written = this.#written!;
    written.add(key);
    // Past this many, rebuilding from scratch costs no more than merging; drop the cache to bound memory.
    if (written.size > this.#digests!.keys.length + 1024) {
      this.#digests = null;
      this.#written = null;
    }
  }
  entryDigests(): EntryDigests {
    const written = this.#written;
    const cached = this.#digests;
    if (cached === null || written === null) {
      const digests = digestAll(this.#index.withPrefix(""), this.#entries);
      this.#digests = digests;
      this.#written = new Set();
      return digests;
    }
    if (written.size === 0) return cached;
    const changed = sortKeys(written);
    written.clear();
    // Values changed in place keep the keys and overwrite digests; otherwise merge into a new sequence.
    if (patchDigests(cached, changed, this.#entries)) return cached;
    const keys: string[] = [];
    const out = new Uint8Array(32 * (cached.keys.length + changed.length));
    const count = mergeDigests(cached, changed, this.#entries, out, keys);
    const digests = { keys, digests: out.subarray(0, 32 * count) };
    this.#digests = digests;
    return digests;
  }
  keysWithPrefix(prefix: string): string[] {
    return this.#index.withPrefix(prefix);
  }
  /** Every entry in key order. */
  entries(): [string, string][] {
    return this.keysWithPrefix("").map((key) => [key, this.#entries.get(key)!]);
  }
}

/**
 * Writes buffered over a parent store: an extrinsic or a block runs in an overlay, and only `commit()`
 * reaches the parent, so a failed call leaves nothing behind (chain.md §3.3).
 */
export class Overlay implements KeyValueStore {
  readonly #parent: KeyValueStore;
  /** null marks a deletion. */
  readonly #changes = new Map<string, string | null>();
  /** The keys of #changes, deletions included, for prefix scans of this layer alone. */
  readonly #index = new SortedKeys();

  constructor(parent: KeyValueStore) {
    this.#parent = parent;
  }
  get(key: string): string | undefined {
    const changed = this.#changes.get(key);
    if (changed === null) return undefined;
    return changed ?? this.#parent.get(key);
  }
  set(key: string, value: string): void {
    this.#write(key, value);
  }
  delete(key: string): void {
    this.#write(key, null);
  }
  #write(key: string, value: string | null): void {
    const changes = this.#changes;
    const size = changes.size;
    changes.set(key, value);
    if (changes.size !== size) this.#index.add(key);
  }
  keysWithPrefix(prefix: string): string[] {
    const parent = this.#parent.keysWithPrefix(prefix);
    const own = this.#index.withPrefix(prefix);
    if (own.length === 0) return parent;
    // Merge two sorted lists; this layer's entry decides whether a key exists.
    const keys: string[] = [];
    let i = 0;
    let j = 0;
    while (i < parent.length || j < own.length) {
      if (j >= own.length || (i < parent.length && parent[i]! < own[j]!)) {
        keys.push(parent[i++]!);
        continue;
      }
      const key = own[j++]!;
      if (i < parent.length && parent[i] === key) i++;
      if (this.#changes.get(key) !== null) keys.push(key);
    }
    return keys;
  }
  writeLayer(): WriteLayer {
    return { parent: this.#parent, keys: this.#index.withPrefix(""), writes: this.#changes };
  }
  /** The buffered writes in key order; null values are deletions. */
  changes(): [string, string | null][] {
    return this.#index.withPrefix("").map((key) => [key, this.#changes.get(key)!]);
  }
  /** Applies the buffered writes to the parent, in key order, and empties the buffer. */
  commit(): void {
    const parent = this.#parent;
    const changes = this.#changes;
    for (const key of this.#index.withPrefix("")) {
      const value = changes.get(key)!;
      if (value === null) parent.delete(key);
      else parent.set(key, value);
    }
    this.#changes.clear();
    this.#index.clear();
  }
}
