/**
 * Input check for this folder's entry points (STYLE.md: every entry point checks its input). A failed
 * check is a caller bug, not a chain error, so it throws TypeError/RangeError in noble's "expected X,
 * got Y" form rather than a chain.md §20 name.
 */
import { assertBigint } from "@opentao/primitives";

/** Throws unless every value of `fields` is a bigint ≥ 0; `label` names the function. */
export function assertNonNegativeFields(label: string, fields: Readonly<Record<string, unknown>>): void {
  for (const [key, value] of Object.entries(fields)) {
    assertBigint(value, `${label} ${key}`);
    if (value < 0n) throw new RangeError(`${label} ${key}: expected a non-negative bigint, got ${value}`);
  }
}
