/**
 * Canonical JSON per RFC 8785 (JCS), the form every transaction is signed and hashed in (chain.md §3.1):
 * UTF-8, object keys sorted by UTF-16 code units, no insignificant white space, ECMAScript number
 * rendering. Serialisation is the `canonicalize` library (the RFC authors' implementation); this module
 * first checks that the value is within the JSON data model, because `JSON.stringify` would silently
 * drop or coerce what is not (undefined, NaN, bigint, class instances, lone surrogates).
 */
import canonicalize from "canonicalize";
import { TaoError } from "../errors/taoError.ts";

export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

export class CanonicalJsonError extends TaoError {
  override name = "CanonicalJsonError";
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`Cannot canonicalise ${path}: ${problem}.`, { spec: "chain.md §3.1 (RFC 8785)" });
    this.path = path;
  }
}

// With the u flag a paired surrogate is one code point, so only an unpaired one matches.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

function check(value: unknown, path: string): void {
  switch (typeof value) {
    case "string":
      if (LONE_SURROGATE.test(value))
        throw new CanonicalJsonError(path, "string holds a lone UTF-16 surrogate");
      return;
    case "number":
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `${value} is not a JSON number`);
      return;
    case "boolean":
      return;
    case "object": {
      if (value === null) return;
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) check(item, `${path}[${index}]`);
        return;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new CanonicalJsonError(path, `${proto?.constructor?.name ?? "object"} is not a plain object`);
      }
      for (const [key, item] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key))
          throw new CanonicalJsonError(path, "a key holds a lone UTF-16 surrogate");
        check(item, `${path}.${key}`);
      }
      return;
    }
    default:
      throw new CanonicalJsonError(
        path,
        `${typeof value} has no JSON form (encode bigint as a decimal string)`,
      );
  }
}

/**
 * Serialises a JSON value in RFC 8785 canonical form.
 *
 * @example canonicalJson({ b: 1, a: "x" }) // '{"a":"x","b":1}'
 */
export function canonicalJson(value: JsonValue): string {
  check(value, "$");
  // check() has ruled out every input for which canonicalize returns undefined.
  return canonicalize(value) as string;
}
