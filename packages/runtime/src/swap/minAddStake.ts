/**
 * chain.md §12.2 check 3 (`add_stake`): the smallest amount an add may bring in, `DefaultMinStake`
 * plus the swap fee on it; subtensor staking/stake_utils.rs (`validate_add_stake`, `AmountTooLow`).
 */
import { DEFAULT_MIN_STAKE } from "./constants.ts";
import { swapFee } from "./swapFee.ts";
import type { Pool } from "./swapTypes.ts";

/** The pool fields `minAddStake` reads: root, or a dynamic pool's fee rate. */
export type MinAddStakePool = Pool | { readonly isRoot?: false; readonly feeRate: bigint };

/**
 * Minimum `amount` of `add_stake` (chain.md §12.2 check 3): `DefaultMinStake + fee(DefaultMinStake)` on
 * a dynamic subnet, where `fee` is §9 step 1's `floor(a·feeRate/65535)`; `DefaultMinStake` on root
 * (1:1, no fee). Below it the call fails with `AmountTooLow`.
 *
 * @example minAddStake({ feeRate: 33n }) // 2_001_007n
 */
export function minAddStake(pool: MinAddStakePool): bigint {
  if (pool.isRoot === true) return DEFAULT_MIN_STAKE;
  if (typeof pool.feeRate !== "bigint" || pool.feeRate < 0n || pool.feeRate > 65_534n) {
    throw new RangeError(`minAddStake feeRate: expected a bigint in [0, 65534], got ${pool.feeRate}`);
  }
  // The fee on DefaultMinStake itself, as §12.2 writes it, not the gross-up of §9 step 6. At rate 33 the
  // two agree and the amount nets exactly DefaultMinStake (2,001,006 would net 1,999,999). At most
  // other rates the fee on this larger amount floors one or more rao higher, so its net falls short of
  // DefaultMinStake and §12.2 check 8 (`paidIn ≥ DefaultMinStake`) refuses it with `AmountTooLow`.
  return DEFAULT_MIN_STAKE + swapFee(DEFAULT_MIN_STAKE, pool.feeRate);
}
