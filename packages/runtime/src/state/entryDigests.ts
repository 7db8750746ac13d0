/**
 * Entry digests, the leaves of the state root (stateRoot.ts): an entry's digest is
 * blake2b-256(u32le(len(key)) ‖ key ‖ u32le(len(value)) ‖ value), UTF-8. This module also holds the
 * sorted (key, digest) sequences a store can keep for the root's fast path, and the merge that lays a few
 * changed entries over such a sequence without re-reading the rest.
 */
import { blake2b256 } from "@opentao/primitives";

const utf8 = new TextEncoder();

/** A reused buffer for one entry's preimage, grown as needed, and a view for its length prefixes. */
let scratch = new Uint8Array(1024);
let scratchView = new DataView(scratch.buffer);

/** Writes u32le(len(utf8(text))) ‖ utf8(text) at `at` of `scratch`; returns the end offset. */
function putLengthPrefixed(text: string, at: number): number {
  const { written } = utf8.encodeInto(text, scratch.subarray(at + 4));
  scratchView.setUint32(at, written, true);
  return at + 4 + written;
}

/** The digest of one entry. */
export function entryDigest(key: string, value: string): Uint8Array {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  const size = 8 + 3 * (key.length + value.length);
  if (scratch.length < size) {
    scratch = new Uint8Array(Math.max(size, 2 * scratch.length));
    scratchView = new DataView(scratch.buffer);
  }
  const end = putLengthPrefixed(value, putLengthPrefixed(key, 0));
  return blake2b256(scratch.subarray(0, end));
}

// A memo of a pure function: it only saves work, so sharing it between stores cannot change a root. It is
// dropped whole when it grows past the bound, which keeps memory flat across many test stores.
const MEMO_LIMIT = 4_000_000;
const memo = new Map<string, { value: string; digest: Uint8Array }>();

/** `entryDigest`, memoised by key and value. */
export function memoisedDigest(key: string, value: string): Uint8Array {
  const hit = memo.get(key);
  if (hit !== undefined && hit.value === value) return hit.digest;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const digest = entryDigest(key, value);
  memo.set(key, { value, digest });
  return digest;
}

/** Every entry of a store in key order, as its keys and their digests laid end to end (32 bytes each). */
export type EntryDigests = {
  readonly keys: readonly string[];
  /** 32 × keys.length bytes: digest i belongs to keys[i]. */
  readonly digests: Uint8Array;
};

/** The entry digests of `keys` (in order) with their values from `values`. */
export function digestAll(keys: readonly string[], values: ReadonlyMap<string, string>): EntryDigests {
  const digests = new Uint8Array(32 * keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    digests.set(memoisedDigest(key, values.get(key)!), 32 * i);
  }
  return { keys, digests };
}

/**
 * Lays `changed` (sorted, distinct keys) over `base`: each changed key takes its value from `values`, and
 * is absent when that is null or undefined. Writes the resulting digest sequence to `out` (room for
 * 32 × (base.keys.length + changed.length) bytes) and, when given, its keys to `outKeys`; returns the
 * number of entries. Unchanged runs of `base` are copied whole, never re-read, so the cost is that of the
 * changed entries plus a memcpy.
 */
export function mergeDigests(
  base: EntryDigests,
  changed: readonly string[],
  values: ReadonlyMap<string, string | null>,
  out: Uint8Array,
  outKeys?: string[],
): number {
  const { keys, digests } = base;
  let i = 0;
  let o = 0;
  for (let c = 0; c < changed.length; c++) {
    const key = changed[c]!;
    const at = gallop(keys, key, i);
    if (at > i) {
      out.set(digests.subarray(32 * i, 32 * at), 32 * o);
      if (outKeys !== undefined) for (let k = i; k < at; k++) outKeys.push(keys[k]!);
      o += at - i;
    }
    // The base entry of the key, if any, is replaced or deleted.
    i = at < keys.length && keys[at] === key ? at + 1 : at;
    const value = values.get(key);
    if (value != null) {
      out.set(memoisedDigest(key, value), 32 * o);
      outKeys?.push(key);
      o++;
    }
  }
  if (i < keys.length) {
    out.set(digests.subarray(32 * i), 32 * o);
    if (outKeys !== undefined) for (let k = i; k < keys.length; k++) outKeys.push(keys[k]!);
    o += keys.length - i;
  }
  return o;
}

/**
 * Overwrites, in place, the digests of `changed` (sorted, distinct keys) in `base` with those of their
 * values in `values`, when every changed key is in `base` and still has a value; otherwise leaves `base`
 * as it was and returns false (keys come or go: see mergeDigests).
 */
export function patchDigests(
  base: EntryDigests,
  changed: readonly string[],
  values: ReadonlyMap<string, string>,
): boolean {
  const { keys, digests } = base;
  for (let c = 0, i = 0; c < changed.length; c++, i++) {
    const key = changed[c]!;
    i = gallop(keys, key, i);
    if (keys[i] !== key || !values.has(key)) return false;
  }
  for (let c = 0, i = 0; c < changed.length; c++, i++) {
    const key = changed[c]!;
    i = gallop(keys, key, i);
    digests.set(memoisedDigest(key, values.get(key)!), 32 * i);
  }
  return true;
}

/**
 * The first index ≥ `from` whose key is ≥ `key` (keys sorted, every key before `from` < `key`), found by
 * galloping then a binary search: a run of sorted look-ups costs O(log gap) each, not O(log n).
 */
function gallop(keys: readonly string[], key: string, from: number): number {
  let lo = from;
  let hi = from;
  let step = 1;
  while (hi < keys.length && keys[hi]! < key) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > keys.length) hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
