/**
 * chain.md §10.1 TAO split, subtensor `coinbase/subnet_emissions.rs` (the price-EMA share rule): the
 * block's TAO emission `E` shared among the emitting subnets by moving price, discounted by the share of
 * incentive each withheld from owner keys (`MinerBurned`). Pure; every division floors, and what the
 * floors leave over is simply not minted (§10.4 step 3).
 */
import { F18_ONE } from "../swap/index.ts";

/** One emitting subnet's inputs to the split (chain.md §10.1), in emitting-set order. */
export type TaoSplitSubnet = {
  /** `SubnetMovingPrice_i`, F18. */
  readonly movingPrice: bigint;
  /** `MinerBurned_i`, F18 (capped at 10^18). */
  readonly minerBurned: bigint;
  /** `SubnetEmissionEnabled_i`. */
  readonly emissionEnabled: boolean;
};

/**
 * `taoEmission_i` for each subnet (chain.md §10.1):
 * `w_i = floor(SubnetMovingPrice_i·(10^18 − min(MinerBurned_i, 10^18))/10^18)`; if `Σw == 0` the plain
 * moving prices; `w_i = 0` where emission is disabled; `taoEmission_i = Σw == 0 ? 0 : floor(E·w_i/Σw)`.
 *
 * @example splitTaoEmission(10n, [{movingPrice: 1n, minerBurned: 0n, emissionEnabled: true},
 *   {movingPrice: 3n, minerBurned: 0n, emissionEnabled: true}]) // [2n, 7n]
 */
export function splitTaoEmission(emission: bigint, subnets: readonly TaoSplitSubnet[]): bigint[] {
  let weights = subnets.map(({ movingPrice, minerBurned }) => {
    const burned = minerBurned < F18_ONE ? minerBurned : F18_ONE;
    return (movingPrice * (F18_ONE - burned)) / F18_ONE;
  });
  // Every subnet fully burned (or every EMA still 0): fall back to plain price shares.
  if (weights.every((w) => w === 0n)) weights = subnets.map((s) => s.movingPrice);
  // Disabled subnets take no share; the others split all of E among themselves.
  weights = weights.map((w, i) => (subnets[i]!.emissionEnabled ? w : 0n));
  const total = weights.reduce((sum, w) => sum + w, 0n);
  return weights.map((w) => (total === 0n ? 0n : (emission * w) / total));
}
