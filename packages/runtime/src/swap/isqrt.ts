/**
 * chain.md §1 `isqrt`: the integer square root, the largest `r` with `r² ≤ x`. Used by the partial
 * fills of §9 and by `maxAdd`/`maxRemove`. **(v1)** subtensor takes square roots in binary fixed point
 * (pallets/swap, U64F64); v1 uses this exact integer root instead.
 */
import { assertNonNegative } from "./_assert.ts";

/**
 * Integer square root: the largest `r` with `r·r ≤ x` (chain.md §1).
 *
 * @param x a non-negative bigint of any size
 * @returns `floor(√x)`
 * @example isqrt(1_010_000_000_000_000_000_000_000n) // 1_004_987_562_112n
 */
export function isqrt(x: bigint): bigint {
  assertNonNegative(x, "isqrt");
  if (x < 2n) return x;
  // Newton's iteration from above. The start 2^ceil(bits/2) is ≥ √x because x < 2^bits, and from any
  // start ≥ √x the floored iterates decrease strictly until they reach floor(√x), then stop decreasing.
  let r = 1n << BigInt((x.toString(2).length + 1) >> 1);
  for (;;) {
    const next = (r + x / r) >> 1n;
    if (next >= r) return r;
    r = next;
  }
}
