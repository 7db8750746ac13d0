/**
 * Input checks shared by the economics functions of swap/, coinbase/ and registration/ (STYLE.md: every
 * entry point checks its input). A failed check is a caller bug, not a chain error, so it throws
 * TypeError/RangeError in noble's "expected X, got Y" form rather than a chain.md §20 name.
 */
import { assertBigint } from "@opentao/primitives";

/** Throws unless `value` is a bigint ≥ 0. */
export function assertNonNegative(value: unknown, label: string): asserts value is bigint {
  assertBigint(value, label);
  if (value < 0n) throw new RangeError(`${label}: expected a non-negative bigint, got ${value}`);
}

/** Throws unless `value` is a bigint in [min, max]. */
export function assertBigintInRange(value: unknown, min: bigint, max: bigint, label: string): void {
  assertBigint(value, label);
  if (value < min || value > max) {
    throw new RangeError(`${label}: expected a bigint in [${min}, ${max}], got ${value}`);
  }
}
