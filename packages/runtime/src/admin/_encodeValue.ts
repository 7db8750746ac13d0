/**
 * Encodes a decoded argument value back to its chain.md §3.1 JSON form for event data (`HyperparameterSet`,
 * `NetworkParamSet`): amounts as decimal strings, numbers and booleans as is, tuples as arrays, enum tags
 * as strings.
 */
import type { JsonValue } from "@opentao/primitives";
import type { ArgType } from "../transactions/callDefinition.ts";

/** The §3.1 JSON of `value` read as wire type `type`. */
export function encodeValue(type: ArgType, value: unknown): JsonValue {
  if (typeof type === "object" && "tuple" in type) {
    const items = value as readonly unknown[];
    return type.tuple.map((itemType, i) => encodeValue(itemType, items[i]));
  }
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  throw new TypeError(`cannot encode ${String(value)} as ${JSON.stringify(type)}`);
}
