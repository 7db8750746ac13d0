/**
 * The keys of a store in code-unit order, for prefix scans that cost a binary search plus the keys they
 * return rather than a pass over the whole state. Additions and removals are buffered and merged on the
 * next scan, so a run of writes (a block's commit, a genesis) costs one sort of the new keys and one
 * linear merge, while a scan after a single write costs one merge of the buffered handful.
 */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts keys by UTF-16 code units: the one order every machine agrees on. */
export function sortKeys(keys: Iterable<string>): string[] {
  return [...keys].sort(byCodeUnit);
}

export class SortedKeys {
  #sorted: string[] = [];
  /** Keys added since the last merge, unsorted. */
  #added: string[] = [];
  /** Keys removed since the last merge (from #sorted or #added). */
  readonly #removed = new Set<string>();

  /** Records a key that was absent. */
  add(key: string): void {
    // A key removed and added back before a merge is still where it was.
    if (!this.#removed.delete(key)) this.#added.push(key);
  }

  /** Records that a present key is gone. */
  remove(key: string): void {
    this.#removed.add(key);
  }

  /** Forgets every key. */
  clear(): void {
    this.#sorted = [];
    this.#added = [];
    this.#removed.clear();
  }

  /** Every key starting with `prefix`, in order. */
  withPrefix(prefix: string): string[] {
    this.#merge();
    const keys = this.#sorted;
    const out: string[] = [];
    for (let i = lowerBound(keys, prefix); i < keys.length && keys[i]!.startsWith(prefix); i++)
      out.push(keys[i]!);
    return out;
  }

  #merge(): void {
    if (this.#added.length === 0 && this.#removed.size === 0) return;
    // A few changes go in by binary search and splice (a memmove); many, by one sort and a linear merge.
    if (this.#added.length + this.#removed.size <= SPLICE_LIMIT) this.#splice();
    else this.#mergeAll();
    this.#added = [];
    this.#removed.clear();
  }

  #splice(): void {
    const keys = this.#sorted;
    for (const key of this.#removed) {
      const at = lowerBound(keys, key);
      if (keys[at] === key) keys.splice(at, 1);
    }
    for (const key of this.#added) {
      if (this.#removed.has(key)) continue;
      keys.splice(lowerBound(keys, key), 0, key);
    }
  }

  #mergeAll(): void {
    const removed = this.#removed;
    const added = sortKeys(this.#added.filter((key) => !removed.has(key)));
    const old = this.#sorted;
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < old.length || j < added.length) {
      const next = j >= added.length || (i < old.length && old[i]! < added[j]!) ? old[i++]! : added[j++]!;
      if (!removed.has(next)) merged.push(next);
    }
    this.#sorted = merged;
  }
}

/** The number of buffered changes up to which splicing beats a full merge. */
const SPLICE_LIMIT = 64;

/** The first index whose key is ≥ `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
