/**
 * Typed storage items over a KeyValueStore, in Substrate's style: a `StorageValue` is one entry, a
 * `StorageMap` many entries under one name, keyed by a tuple of parts. Keys read
 * `<Module>.<Item>/<part>/<part>`; numeric parts are zero-padded to 10 digits so that the store's code-unit
 * order is numeric order, and scans such as "every subnet in ascending netuid" need no sort.
 */
import { canonicalJson, type JsonValue } from "@opentao/primitives";
import type { KeyValueStore } from "./keyValueStore.ts";

/** How a value is written to the store, and read back. */
export type Codec<V> = { encode(value: V): string; decode(text: string): V };

export const bigintCodec: Codec<bigint> = { encode: (v) => v.toString(), decode: (s) => BigInt(s) };
export const numberCodec: Codec<number> = { encode: (v) => String(v), decode: (s) => Number(s) };
export const booleanCodec: Codec<boolean> = { encode: (v) => (v ? "1" : "0"), decode: (s) => s === "1" };
export const stringCodec: Codec<string> = { encode: (v) => v, decode: (s) => s };

/** A codec through canonical JSON, for records: `toJson` must encode bigints as decimal strings. */
export function jsonCodec<V>(toJson: (value: V) => JsonValue, fromJson: (json: never) => V): Codec<V> {
  return { encode: (v) => canonicalJson(toJson(v)), decode: (s) => fromJson(JSON.parse(s) as never) };
}

export type KeyPart = string | number;

const NUMBER_WIDTH = 10;

/** The padded text of the small numbers (netuids, uids), made once each on first use. */
const PADDED: string[] = [];
const PADDED_LIMIT = 65_536;
const ZEROS = "0".repeat(NUMBER_WIDTH);

function encodePart(part: KeyPart): string {
  if (typeof part === "number") {
    if (part >= 0 && part < PADDED_LIMIT && Number.isInteger(part)) {
      const cached = PADDED[part];
      if (cached !== undefined) return cached;
      const text = String(part);
      const padded = ZEROS.slice(text.length) + text;
      PADDED[part] = padded;
      return padded;
    }
    if (!Number.isInteger(part) || part < 0 || part > 0xffffffff)
      throw new RangeError(`key part ${part} is not a u32`);
    const text = String(part);
    return ZEROS.slice(text.length) + text;
  }
  if (part.includes("/")) throw new RangeError(`key part ${JSON.stringify(part)} contains '/'`);
  return part;
}

/** One entry with a default. */
export class StorageValue<V> {
  constructor(
    readonly name: string,
    readonly codec: Codec<V>,
    readonly fallback: V,
  ) {}
  get(store: KeyValueStore): V {
    const text = store.get(this.name);
    return text === undefined ? this.fallback : this.codec.decode(text);
  }
  set(store: KeyValueStore, value: V): void {
    store.set(this.name, this.codec.encode(value));
  }
}

/** Many entries under one name, keyed by a tuple `K`; absent entries read as `fallback`. */
export class StorageMap<K extends readonly KeyPart[], V> {
  readonly #prefix: string;
  constructor(
    readonly name: string,
    readonly codec: Codec<V>,
    readonly fallback: V,
  ) {
    this.#prefix = `${name}/`;
  }
  key(parts: K | readonly KeyPart[]): string {
    let key = this.#prefix;
    for (let i = 0; i < parts.length; i++)
      key += i === 0 ? encodePart(parts[i]!) : `/${encodePart(parts[i]!)}`;
    return key;
  }
  get(store: KeyValueStore, ...parts: K): V {
    const text = store.get(this.key(parts));
    return text === undefined ? this.fallback : this.codec.decode(text);
  }
  has(store: KeyValueStore, ...parts: K): boolean {
    return store.get(this.key(parts)) !== undefined;
  }
  set(store: KeyValueStore, value: V, ...parts: K): void {
    store.set(this.key(parts), this.codec.encode(value));
  }
  /**
   * `set`, skipping the write when the entry already holds exactly this encoding: the state is the same
   * either way, and an unchanged entry costs no buffered write, index entry or commit.
   */
  update(store: KeyValueStore, value: V, ...parts: K): void {
    const key = this.key(parts);
    const text = this.codec.encode(value);
    if (store.get(key) !== text) store.set(key, text);
  }
  remove(store: KeyValueStore, ...parts: K): void {
    store.delete(this.key(parts));
  }
  /**
   * Every entry whose key starts with the given leading parts, in key order. Parts come back as the
   * strings they were stored as (numbers zero-padded: read them with Number()).
   */
  entries(store: KeyValueStore, ...leading: KeyPart[]): [string[], V][] {
    const prefix = leading.length === 0 ? this.#prefix : `${this.key(leading)}/`;
    const keys = store.keysWithPrefix(prefix);
    const from = this.#prefix.length;
    const out: [string[], V][] = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      out[i] = [key.slice(from).split("/"), this.codec.decode(store.get(key)!)];
    }
    return out;
  }
}
