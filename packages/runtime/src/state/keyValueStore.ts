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

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts keys by UTF-16 code units: the one order every machine agrees on. */
export function sortKeys(keys: Iterable<string>): string[] {
  return [...keys].sort(byCodeUnit);
}

/** An in-memory store. */
export class MemoryStore implements KeyValueStore {
  readonly #entries: Map<string, string>;

  constructor(entries: Iterable<readonly [string, string]> = []) {
    this.#entries = new Map(entries);
  }
  get(key: string): string | undefined {
    return this.#entries.get(key);
  }
  set(key: string, value: string): void {
    this.#entries.set(key, value);
  }
  delete(key: string): void {
    this.#entries.delete(key);
  }
  keysWithPrefix(prefix: string): string[] {
    const keys: string[] = [];
    for (const key of this.#entries.keys()) if (key.startsWith(prefix)) keys.push(key);
    return sortKeys(keys);
  }
  /** Every entry in key order. */
  entries(): [string, string][] {
    return sortKeys(this.#entries.keys()).map((key) => [key, this.#entries.get(key)!]);
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

  constructor(parent: KeyValueStore) {
    this.#parent = parent;
  }
  get(key: string): string | undefined {
    const changed = this.#changes.get(key);
    if (changed === null) return undefined;
    return changed ?? this.#parent.get(key);
  }
  set(key: string, value: string): void {
    this.#changes.set(key, value);
  }
  delete(key: string): void {
    this.#changes.set(key, null);
  }
  keysWithPrefix(prefix: string): string[] {
    const keys = new Set(this.#parent.keysWithPrefix(prefix));
    for (const [key, value] of this.#changes) {
      if (!key.startsWith(prefix)) continue;
      if (value === null) keys.delete(key);
      else keys.add(key);
    }
    return sortKeys(keys);
  }
  /** The buffered writes in key order; null values are deletions. */
  changes(): [string, string | null][] {
    return sortKeys(this.#changes.keys()).map((key) => [key, this.#changes.get(key)!]);
  }
  /** Applies the buffered writes to the parent, in key order, and empties the buffer. */
  commit(): void {
    for (const [key, value] of this.changes()) {
      if (value === null) this.#parent.delete(key);
      else this.#parent.set(key, value);
    }
    this.#changes.clear();
  }
}
