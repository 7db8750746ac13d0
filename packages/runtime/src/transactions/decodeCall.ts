/**
 * Decodes a call and its arguments from the chain.md §3.1 JSON encodings against the call's `ArgsSpec`
 * (§3.2 check 1). Anything that does not match exactly — an unknown module or method, a missing or extra
 * argument, a wrong JSON type, a number above 2^53 − 1, an SS58 address with a prefix other than 42 — is
 * `BadCall`, with the argument's path in the message.
 */
import { decodeSs58, fromHex, InvalidTransactionError, type JsonValue } from "@opentao/primitives";
import type { ArgsSpec, ArgType, DecodedCall } from "./callDefinition.ts";
import type { CallRegistry } from "./callRegistry.ts";

const AMOUNT_PATTERN = /^(?:0|[1-9][0-9]{0,38})$/;
const U128_MAX = (1n << 128n) - 1n;

function badCall(path: string, expected: string, got: unknown): InvalidTransactionError {
  return new InvalidTransactionError("BadCall", `${path}: expected ${expected}, got ${describe(got)}`);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

/** True for a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is { readonly [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks that `value` is an object with exactly the keys `keys` (none missing, none extra). */
export function expectExactKeys(
  value: unknown,
  keys: readonly string[],
  path: string,
  what = "field",
): asserts value is { readonly [key: string]: JsonValue } {
  if (!isJsonObject(value)) throw badCall(path, "an object", value);
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      throw new InvalidTransactionError("BadCall", `${path}: unknown ${what} ${JSON.stringify(key)}`);
    }
  }
  for (const key of keys) {
    if (!Object.hasOwn(value, key))
      throw new InvalidTransactionError("BadCall", `${path}: missing ${what} "${key}"`);
  }
}

function integer(value: unknown, min: number, max: number, path: string, label: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
    throw badCall(path, `${label} (an integer in [${min}, ${max}])`, value);
  }
  return value;
}

/** A decimal-string amount (§3.1: no sign, no leading zeros), at most 2^128 − 1. */
export function decodeAmount(value: unknown, path: string): bigint {
  if (typeof value !== "string" || !AMOUNT_PATTERN.test(value)) {
    throw badCall(path, "a decimal string without sign or leading zeros", value);
  }
  const amount = BigInt(value);
  if (amount > U128_MAX) throw badCall(path, "an amount of at most 2^128 − 1", value);
  return amount;
}

// Decoding an SS58 address (base58 and a blake2b-512 checksum) was a third of block import, and a block
// names the same accounts again and again. Decoding is a pure function, so remembering its answers
// cannot change any result; the memo is emptied when full to bound its memory.
const ACCOUNT_MEMO_LIMIT = 100_000;
const accountMemo = new Map<string, Uint8Array>();

/** An SS58 address with prefix 42; returns its 32-byte public key (shared: do not modify it). */
export function decodeAccount(value: unknown, path: string): Uint8Array {
  if (typeof value !== "string") throw badCall(path, "an SS58 address", value);
  const known = accountMemo.get(value);
  if (known !== undefined) return known;
  let publicKey: Uint8Array;
  try {
    publicKey = decodeSs58(value);
  } catch (cause) {
    throw new InvalidTransactionError(
      "BadCall",
      `${path}: ${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}`,
    );
  }
  if (accountMemo.size >= ACCOUNT_MEMO_LIMIT) accountMemo.clear();
  accountMemo.set(value, publicKey);
  return publicKey;
}

/** "0x" + lowercase hex, optionally of an exact byte length. */
export function decodeBytes(value: unknown, path: string, length?: number): Uint8Array {
  if (typeof value !== "string") throw badCall(path, '"0x" + lowercase hex', value);
  try {
    return fromHex(value, length);
  } catch (cause) {
    throw new InvalidTransactionError("BadCall", `${path}: ${(cause as Error).message}`);
  }
}

/** Decodes one argument value of type `type`. */
export function decodeArg(type: ArgType, value: unknown, path: string, registry: CallRegistry): unknown {
  switch (type) {
    case "account":
      decodeAccount(value, path);
      return value;
    case "amount":
      return decodeAmount(value, path);
    case "u8":
      return integer(value, 0, 0xff, path, "u8");
    case "u16":
      return integer(value, 0, 0xffff, path, "u16");
    case "u32":
      return integer(value, 0, 0xffffffff, path, "u32");
    case "u64number":
      return integer(value, 0, Number.MAX_SAFE_INTEGER, path, "a number up to 2^53 − 1");
    case "i16":
      return integer(value, -0x8000, 0x7fff, path, "i16");
    case "bool":
      if (typeof value !== "boolean") throw badCall(path, "true or false", value);
      return value;
    case "bytes":
      return decodeBytes(value, path);
    case "string":
      if (typeof value !== "string") throw badCall(path, "a string", value);
      return value;
    case "u16[]":
      return decodeArg({ list: "u16" }, value, path, registry);
    case "account[]":
      return decodeArg({ list: "account" }, value, path, registry);
    case "call":
      return decodeCall(value, registry, path);
  }
  if ("bytes" in type) return decodeBytes(value, path, type.bytes);
  if ("custom" in type) return type.custom(value, path);
  if ("option" in type) return value === null ? null : decodeArg(type.option, value, path, registry);
  if ("list" in type) {
    if (!Array.isArray(value)) throw badCall(path, "an array", value);
    return value.map((item, i) => decodeArg(type.list, item, `${path}[${i}]`, registry));
  }
  if ("tuple" in type) {
    if (!Array.isArray(value) || value.length !== type.tuple.length) {
      throw badCall(path, `an array of length ${type.tuple.length}`, value);
    }
    return type.tuple.map((itemType, i) => decodeArg(itemType, value[i], `${path}[${i}]`, registry));
  }
  if ("enum" in type) {
    if (typeof value !== "string" || !type.enum.includes(value)) {
      throw badCall(path, `one of ${type.enum.map((tag) => JSON.stringify(tag)).join(", ")}`, value);
    }
    return value;
  }
  return decodeArgs(type.struct, value, path, registry);
}

/** Decodes an argument object: exactly the names of `spec`, each of its type. */
export function decodeArgs(
  spec: ArgsSpec,
  value: unknown,
  path: string,
  registry: CallRegistry,
): { [name: string]: unknown } {
  const names = Object.keys(spec);
  expectExactKeys(value, names, path, "argument");
  const args: { [name: string]: unknown } = {};
  for (const name of names) args[name] = decodeArg(spec[name]!, value[name], `${path}.${name}`, registry);
  return args;
}

/**
 * Decodes `{"module", "method", "args"}` against the registry: `BadCall` for an unknown module or method
 * and for any argument that does not match its declared type.
 */
export function decodeCall(value: unknown, registry: CallRegistry, path = "call"): DecodedCall {
  expectExactKeys(value, ["module", "method", "args"], path);
  const { module, method } = value;
  if (typeof module !== "string") throw badCall(`${path}.module`, "a string", module);
  if (typeof method !== "string") throw badCall(`${path}.method`, "a string", method);
  const definition = registry.find(module, method);
  if (definition === undefined) {
    throw new InvalidTransactionError("BadCall", `${path}: unknown call ${module}.${method}`);
  }
  const args = decodeArgs(definition.args, value.args, `${path}.args`, registry);
  // The values were decoded against `definition.args`, which is what Args<S> describes.
  return { definition, args: args as DecodedCall["args"] };
}
