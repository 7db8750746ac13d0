/**
 * chain.md §9 limit function `maxMove`, subtensor staking/move_stake.rs (`get_max_amount_move`): the
 * most origin alpha a cross-subnet move (`swap_stake_limit`, §12.3) can take before the exchange rate
 * `price(o)/price(d)` falls below a limit. **(v1)** Exact integer form of subtensor's fixed point.
 */
import { F18_ONE, LIMIT_PRICE_SCALE, UNLIMITED } from "./constants.ts";
import { maxAdd } from "./maxAdd.ts";
import { maxRemove } from "./maxRemove.ts";
import { spotPrice } from "./spotPrice.ts";
import { checkPool, type Pool } from "./swapTypes.ts";

/**
 * Maximum origin alpha a move from `origin` to `destination` can take, where `limit` is the minimum
 * acceptable `price(o)/price(d) × 10^9` (chain.md §9):
 * - both root: `UNLIMITED` if `limit ≤ 10^9`, else 0;
 * - root → dynamic: `maxAdd(d, floor(10^18/limit))` (`UNLIMITED` if `limit` is 0);
 * - dynamic → root: `maxRemove(o, limit)`;
 * - dynamic → dynamic: 0 if `limit·price(d) > price(o)·10^9`, `UNLIMITED` if `limit` is 0, else
 *   `floor((α_d·τ_o·10^9 − limit·α_o·τ_d) / (limit·(τ_o+τ_d)))`.
 *
 * The dynamic → dynamic formula is the fee-less single-step curve: at the returned `x` the ideal rate
 * `α_d·τ_o / (τ_d·α_o + x·(τ_o+τ_d))` is still ≥ `limit/10^9`, at `x + 1` it is below.
 *
 * @example maxMove({ isRoot: true }, { isRoot: true }, 1_000_000_000n) // UNLIMITED
 */
export function maxMove(origin: Pool, destination: Pool, limit: bigint): bigint {
  checkPool("maxMove origin", origin);
  checkPool("maxMove destination", destination);
  if (limit < 0n) throw new RangeError(`maxMove limit: expected a non-negative bigint, got ${limit}`);
  if (origin.isRoot === true) {
    // Root to root is 1:1 both ways: the rate is exactly 1.
    if (destination.isRoot === true) return limit <= LIMIT_PRICE_SCALE ? UNLIMITED : 0n;
    if (limit === 0n) return UNLIMITED;
    // Root alpha is TAO, so a root → dynamic move is a buy on `d` whose limit is the inverse rate.
    return maxAdd(destination, F18_ONE / limit);
  }
  // Dynamic → root is a sell on `o` at the rate limit (root's price is 1).
  if (destination.isRoot === true) return maxRemove(origin, limit);

  const { tau: tauO, alpha: alphaO } = origin;
  const { tau: tauD, alpha: alphaD } = destination;
  // An empty reserve on either side has no rate to protect: subtensor answers ZeroMaxStakeAmount
  // (0) before looking at the limit, and so do we (it also keeps the division below away from 0).
  if (tauO === 0n || tauD === 0n || alphaO === 0n || alphaD === 0n) return 0n;
  // The rate cannot rise by moving, so a limit above the current rate admits nothing.
  if (limit * spotPrice(tauD, alphaD) > spotPrice(tauO, alphaO) * LIMIT_PRICE_SCALE) return 0n;
  if (limit === 0n) return UNLIMITED;
  const numerator = alphaD * tauO * LIMIT_PRICE_SCALE - limit * alphaO * tauD;
  // The check above uses floored F18 prices, so the exact numerator can still be slightly negative
  // when the limit sits within rounding of the current rate; saturate at 0 as subtensor's u64 does.
  if (numerator <= 0n) return 0n;
  return numerator / (limit * (tauO + tauD));
}
