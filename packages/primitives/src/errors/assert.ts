/**
 * Input checks for entry points, in noble's style: TypeError for the wrong kind, RangeError for the
 * wrong size, and a message that reads "expected X, got Y" with an optional label in front.
 */
function prefix(label: string | undefined): string {
  return label ? `${label}: ` : "";
}

function describe(value: unknown): string {
  if (value instanceof Uint8Array) return `Uint8Array of length ${value.length}`;
  if (value === null) return "null";
  if (Array.isArray(value)) return `array of length ${value.length}`;
  return typeof value;
}

export function assertBytes(value: unknown, length?: number, label?: string): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new TypeError(`${prefix(label)}expected Uint8Array, got ${describe(value)}`);
  }
  if (length !== undefined && value.length !== length) {
    throw new RangeError(
      `${prefix(label)}expected Uint8Array of length ${length}, got length=${value.length}`,
    );
  }
}

export function assertBigint(value: unknown, label?: string): asserts value is bigint {
  if (typeof value !== "bigint")
    throw new TypeError(`${prefix(label)}expected bigint, got ${describe(value)}`);
}

/** Checks that `value` is an integer in [min, max]; used for u16/u32/u64 arguments. */
export function assertIntegerInRange(value: unknown, min: bigint, max: bigint, label?: string): void {
  if (typeof value !== "bigint" && !(typeof value === "number" && Number.isSafeInteger(value))) {
    throw new TypeError(`${prefix(label)}expected an integer, got ${describe(value)}`);
  }
  const v = BigInt(value);
  if (v < min || v > max) {
    throw new RangeError(`${prefix(label)}expected an integer in [${min}, ${max}], got ${v}`);
  }
}
