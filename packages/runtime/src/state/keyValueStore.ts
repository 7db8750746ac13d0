import { SortedKeys } from "./sortedKeys.ts";

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
}

/** An in-memory store. */
export class MemoryStore implements KeyValueStore {
  readonly #entries: Map<string, string>;
  readonly #index = new SortedKeys();

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
  }
  delete(key: string): void {
    if (this.#entries.delete(key)) this.#index.remove(key);
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
  /** The buffered writes in key order; null values are deletions. */
  changes(): [string, string | null][] {
    return this.#index.withPrefix("").map((key) => [key, this.#changes.get(key)!]);
  }
  /** Applies the buffered writes to the parent, in key order, and empties the buffer. */
  commit(): void {
    for (const [key, value] of this.changes()) {
      if (value === null) this.#parent.delete(key);
      else this.#parent.set(key, value);
    }
    this.#changes.clear();
    this.#index.clear();
  }
}
