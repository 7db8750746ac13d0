/**
 * chain.md §9 limit function `maxAdd`, subtensor staking/add_stake.rs (`get_max_amount_add`): the most
 * TAO, fee included, that a buy can take in before the pool price passes a limit. `add_stake_limit`
 * (§12.2 check 5) compares its amount with it. **(v1)** Exact integer form of subtensor's fixed point.
 */

import { LIMIT_PRICE_SCALE, UNLIMITED } from "./constants.ts";
import { isqrt } from "./isqrt.ts";
import { feeOnNet } from "./swapFee.ts";
import { checkPool, type Pool } from "./swapTypes.ts";

/**
 * Maximum gross TAO a buy can bring in before the price exceeds `limit` (rao per alpha), fee included
 * (chain.md §9): `Δ + floor(Δ·feeRate/(65535−feeRate))` with `Δ = isqrt(floor(L·τ·α/10^9)) − τ`, or 0
 * when the price is already at or over the limit. Root: `UNLIMITED` if `limit ≥ 10^9`, else 0.
 *
 * Buying exactly this amount with limit `limit` fills fully (its net input is `Δ` or `Δ − 1`, as the fee
 * floors) and leaves the price at or below the limit.
 *
 * @example maxAdd({ tau: 10n ** 12n, alpha: 10n ** 12n, feeRate: 33n }, 1_010_000_000n) // 4_990_074_852n
 */
export function maxAdd(pool: Pool, limit: bigint): bigint {
  checkPool("maxAdd", pool);
  if (limit < 0n) throw new RangeError(`maxAdd limit: expected a non-negative bigint, got ${limit}`);
  // Root swaps 1:1 at price 1 TAO, so either every amount stays within the limit or none does.
  if (pool.isRoot === true) return limit >= LIMIT_PRICE_SCALE ? UNLIMITED : 0n;
  const { tau, alpha, feeRate } = pool;
  // At or over the limit already: nothing can be bought (this also covers an empty alpha reserve).
  if (tau * LIMIT_PRICE_SCALE >= limit * alpha) return 0n;
  // τ' = isqrt(L·τ·α/10^9) is the largest TAO reserve whose curve price τ'²/(τ·α) is ≤ L/10^9.
  const delta = isqrt((limit * tau * alpha) / LIMIT_PRICE_SCALE) - tau;
  return delta + feeOnNet(delta, feeRate);
}
