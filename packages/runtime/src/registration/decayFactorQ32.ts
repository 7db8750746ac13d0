/**
 * chain.md §11.2 burn decay factor, subtensor utils/misc.rs (`mul_by_q32`, `pow_q32`,
 * `decay_factor_q32`): Q32 fixed point (`v / 2^32`) with the exact integer steps subtensor uses, so the
 * factors match bit for bit (Appendix A).
 */
import { assertNonNegativeFields } from "./_assert.ts";

/** 1.0 in Q32. */
export const ONE_Q32 = 1n << 32n;
const HALF_Q32 = 1n << 31n;
const U64_MAX = (1n << 64n) - 1n;

/**
 * `mulQ32(x, y) = floor(x·y / 2^32)`, clamped to u64 (chain.md §11.2; subtensor `mul_by_q32`).
 *
 * @example mulQ32(1_000_000_000n, 1n << 31n) // 500_000_000n
 */
export function mulQ32(x: bigint, y: bigint): bigint {
  const product = (x * y) >> 32n;
  return product > U64_MAX ? U64_MAX : product;
}

/**
 * `base^exponent` in Q32 by square-and-multiply with `mulQ32` (chain.md §11.2; subtensor `pow_q32`): the
 * result starts at 2^32 and the base is squared only while exponent bits remain. Each step floors, so
 * the result is at most the exact power.
 *
 * @example powQ32(1n << 31n, 2n) // 1n << 30n (0.5² = 0.25)
 */
export function powQ32(base: bigint, exponent: bigint): bigint {
  let result = ONE_Q32;
  let factor = base;
  let power = exponent;
  while (power > 0n) {
    if ((power & 1n) === 1n) result = mulQ32(result, factor);
    power >>= 1n;
    // Skipping the last squaring matters: it could saturate, and the floors must match subtensor's.
    if (power > 0n) factor = mulQ32(factor, factor);
  }
  return result;
}

// The factor depends only on the half-life (≤ 36,100 values), and every subnet needs it every block.
const cache = new Map<bigint, bigint>();

/**
 * Per-block burn decay factor `f` in Q32 for a half-life in blocks (chain.md §11.2): the largest
 * `f ∈ [0, 2^32)` with `powQ32(f, halfLife) ≤ 2^31`, by subtensor's binary search. Half-life 0 gives 1.0
 * (no decay), as subtensor returns.
 *
 * @example decayFactorQ32(360n) // 4_286_705_684n
 */
export function decayFactorQ32(halfLife: bigint): bigint {
  assertNonNegativeFields("decayFactorQ32", { halfLife });
  if (halfLife === 0n) return ONE_Q32;
  const cached = cache.get(halfLife);
  if (cached !== undefined) return cached;
  let lo = 0n;
  let hi = ONE_Q32;
  while (lo + 1n < hi) {
    const mid = lo + ((hi - lo) >> 1n);
    if (powQ32(mid, halfLife) > HALF_Q32) hi = mid;
    else lo = mid;
  }
  cache.set(halfLife, lo);
  return lo;
}
