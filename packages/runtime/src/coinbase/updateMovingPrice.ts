/**
 * chain.md §10.6 price EMA (pipeline step 5, after the coinbase), subtensor
 * staking/stake_utils.rs::update_moving_price. All values F18; every product floors.
 */

import { F18_ONE } from "../swap/index.ts";
import { assertNonNegativeFields } from "./_assert.ts";

/** Arguments of `updateMovingPrice`: one emitting subnet's EMA inputs (chain.md §10.6). */
export type UpdateMovingPriceParameters = {
  /** The block being built. */
  readonly now: bigint;
  /** `FirstEmissionBlockNumber[n]` (the `start_call` block + 1); 0 if unset. */
  readonly firstEmissionBlockNumber: bigint;
  /** `emaPriceHalvingBlocks` hyperparameter `h` (default 201,600). */
  readonly emaPriceHalvingBlocks: bigint;
  /** Global `SubnetMovingAlpha`, F18 (default 3·10^12 = 0.000003). */
  readonly subnetMovingAlpha: bigint;
  /** Current spot price `price(n)`, F18 (see `spotPrice`). */
  readonly price: bigint;
  /** Current `SubnetMovingPrice[n]`, F18. */
  readonly movingPrice: bigint;
};

/**
 * The new `SubnetMovingPrice[n]` (chain.md §10.6): with `b = now − (FirstEmissionBlockNumber − 1)`,
 * `a = floor(SubnetMovingAlpha·b/(b + h))` and `p = min(price, 10^18)`, returns
 * `floor((a·p + (10^18 − a)·movingPrice) / 10^18)`. Prices above 1 TAO count as 1; the EMA's weight
 * `a` ramps up from 0 as the subnet ages, reaching half of `SubnetMovingAlpha` after `h` blocks.
 *
 * @example
 * updateMovingPrice({ now: 201_600n, firstEmissionBlockNumber: 1n, emaPriceHalvingBlocks: 201_600n,
 *   subnetMovingAlpha: 3_000_000_000_000n, price: 10n ** 18n, movingPrice: 0n }) // 1_500_000_000_000n
 */
export function updateMovingPrice(parameters: UpdateMovingPriceParameters): bigint {
  const { now, firstEmissionBlockNumber, emaPriceHalvingBlocks, subnetMovingAlpha, price, movingPrice } =
    parameters;
  assertNonNegativeFields("updateMovingPrice", parameters);
  // Both subtractions saturate at 0 as subtensor's do (`saturating_sub`): the start_call block is
  // FirstEmissionBlockNumber − 1, and a subnet never emits before it, so b ≥ 1 in practice.
  const startCallBlock = firstEmissionBlockNumber > 0n ? firstEmissionBlockNumber - 1n : 0n;
  const blocks = now > startCallBlock ? now - startCallBlock : 0n;
  // b + h == 0 only when b == 0 and h == 0; subtensor's safe division gives 0 there.
  const denominator = blocks + emaPriceHalvingBlocks;
  const a = denominator === 0n ? 0n : (subnetMovingAlpha * blocks) / denominator;
  const p = price < F18_ONE ? price : F18_ONE;
  // SubnetMovingAlpha is a proportion (≤ 10^18), but nothing bounds its setter: should a > 10^18,
  // 10^18 − a saturates at 0 as subtensor's `1 − alpha` does, and every term stays non-negative.
  const keep = F18_ONE > a ? F18_ONE - a : 0n;
  return (a * p + keep * movingPrice) / F18_ONE;
}
