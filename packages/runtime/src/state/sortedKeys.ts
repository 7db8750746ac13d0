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

/**
 * The keys of one bucket (see SortedKeys): a sorted array plus buffered additions and removals.
 */
class SortedRun {
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

  /** Appends every key starting with `prefix` to `out`, in order. */
  appendWithPrefix(prefix: string, out: string[]): void {
    this.#merge();
    const keys = this.#sorted;
    if (prefix === "") {
      for (let i = 0; i < keys.length; i++) out.push(keys[i]!);
      return;
    }
    for (let i = lowerBound(keys, prefix); i < keys.length && keys[i]!.startsWith(prefix); i++)
      out.push(keys[i]!);
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

/**
 * The keys of a store in code-unit order, split into buckets by their storage item: a key's bucket is
 * the key up to and including its first '/' (the whole key when it has none). A scan under a prefix that
 * names an item ("Item/…") touches that item's bucket alone, so writes to other items since the last
 * scan cost it nothing, and a scan of an item the store does not hold costs one map lookup.
 *
 * Bucket order is key order: no bucket name but a '/'-less one can be a proper prefix of another (a name
 * holds at most one '/', at its end), and a '/'-less bucket holds the single key that is its name, which
 * sorts before every key extending it. So the buckets in code-unit order of their names, each in order,
 * list every key in order, and the buckets whose keys start with a '/'-less prefix are exactly those whose
 * names start with it — a contiguous range of that order.
 */
export class SortedKeys {
  readonly #buckets = new Map<string, SortedRun>();
  /** The bucket names in code-unit order. */
  #names: string[] = [];

  /** Records a key that was absent. */
  add(key: string): void {
    const name = bucketOf(key);
    let run = this.#buckets.get(name);
    if (run === undefined) {
      run = new SortedRun();
      this.#buckets.set(name, run);
      this.#names.splice(lowerBound(this.#names, name), 0, name);
    }
    run.add(key);
  }

  /** Records that a present key is gone. */
  remove(key: string): void {
    this.#buckets.get(bucketOf(key))?.remove(key);
  }

  /** Forgets every key. */
  clear(): void {
    this.#buckets.clear();
    this.#names = [];
  }

  /** Every key starting with `prefix`, in order. */
  withPrefix(prefix: string): string[] {
    const out: string[] = [];
    const slash = prefix.indexOf("/");
    if (slash >= 0) {
      this.#buckets.get(prefix.slice(0, slash + 1))?.appendWithPrefix(prefix, out);
      return out;
    }
    const names = this.#names;
    for (let i = lowerBound(names, prefix); i < names.length && names[i]!.startsWith(prefix); i++)
      this.#buckets.get(names[i]!)!.appendWithPrefix("", out);
    return out;
  }
}

/** The bucket of a key: up to and including its first '/', or the whole key. */
function bucketOf(key: string): string {
  const slash = key.indexOf("/");
  return slash < 0 ? key : key.slice(0, slash + 1);
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
