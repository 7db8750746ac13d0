/**
 * chain.md §9 limit function `maxRemove`, subtensor staking/remove_stake.rs (`get_max_amount_remove`):
 * the most alpha, fee included, that a sell can take in before the pool price falls below a limit.
 * `remove_stake_limit` (§12.2 check 6) uses it. **(v1)** Exact integer form of subtensor's fixed point.
 */

import { LIMIT_PRICE_SCALE, UNLIMITED } from "./constants.ts";
import { isqrt } from "./isqrt.ts";
import { feeOnNet } from "./swapFee.ts";
import { checkPool, type Pool } from "./swapTypes.ts";

/**
 * Maximum gross alpha a sell can bring in before the price falls below `limit` (rao per alpha), fee
 * included (chain.md §9): `Δ + floor(Δ·feeRate/(65535−feeRate))` with `Δ = isqrt(floor(τ·α·10^9/L)) − α`,
 * or 0 when the price is already at or under the limit. Root: `UNLIMITED` if `limit ≤ 10^9`, else 0.
 *
 * @example maxRemove({ tau: 10n ** 12n, alpha: 10n ** 12n, feeRate: 0n }, 250_000_000n) // 10n ** 12n
 */
export function maxRemove(pool: Pool, limit: bigint): bigint {
  checkPool("maxRemove", pool);
  if (limit < 0n) throw new RangeError(`maxRemove limit: expected a non-negative bigint, got ${limit}`);
  // Root swaps 1:1 at price 1 TAO, so either every amount stays within the limit or none does.
  if (pool.isRoot === true) return limit <= LIMIT_PRICE_SCALE ? UNLIMITED : 0n;
  const { tau, alpha, feeRate } = pool;
  // At or under the limit already: nothing can be sold (this also covers an empty TAO reserve).
  if (tau * LIMIT_PRICE_SCALE <= limit * alpha) return 0n;
  // A positive price never falls to 0 on the curve: with limit 0 every amount is within it. The formula
  // would divide by 0 here, and subtensor returns u64::MAX too.
  if (limit === 0n) return UNLIMITED;
  // α' = isqrt(τ·α·10^9/L) is the largest alpha reserve whose curve price τ·α/α'² is ≥ L/10^9.
  const delta = isqrt((tau * alpha * LIMIT_PRICE_SCALE) / limit) - alpha;
  return delta + feeOnNet(delta, feeRate);
}
