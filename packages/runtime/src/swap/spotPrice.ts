/**
 * chain.md §9 spot price, subtensor pallets/swap/src/pallet/impls.rs (`current_alpha_price`): the F18
 * TAO price of one alpha in a `x·y = k` pool. Root's price is the constant `ROOT_SPOT_PRICE` (10^18).
 */
import { assertNonNegative } from "./_assert.ts";
import { F18_ONE } from "./constants.ts";

/**
 * Spot price of a dynamic pool, F18 TAO per alpha: `α == 0 ? 0 : floor(τ·10^18 / α)` (chain.md §9).
 *
 * @param tau TAO reserve `SubnetTAO[n]`, rao
 * @param alpha alpha reserve `SubnetAlphaIn[n]`, alpha-rao
 * @example spotPrice(2_000_000_000n, 1_000_000_000n) // 2_000_000_000_000_000_000n (2 TAO per alpha)
 */
export function spotPrice(tau: bigint, alpha: bigint): bigint {
  assertNonNegative(tau, "spotPrice tau");
  assertNonNegative(alpha, "spotPrice alpha");
  // An empty alpha reserve has no meaningful price; §9 defines it as 0 (and subtensor does the same).
  return alpha === 0n ? 0n : (tau * F18_ONE) / alpha;
}
