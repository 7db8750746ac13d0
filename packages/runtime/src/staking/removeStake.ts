/**
 * chain.md §12.2 `remove_stake(hotkey, netuid, amount_unstaked)`, `remove_stake_limit(hotkey, netuid,
 * amount_unstaked, limit_price, allow_partial)` and `remove_stake_full_limit(hotkey, netuid, limit_price?)`
 * (C); subtensor `staking/remove_stake.rs` and `staking/stake_utils.rs::validate_remove_stake`.
 *
 * Event: `StakeRemoved`.
 * Raises, in order: `SubnetNotExists`, `SubtokenDisabled`, `InsufficientLiquidity` (more than
 * 1000·SubnetAlphaIn), `AmountTooLow` (0), `NotEnoughStakeToWithdraw`, `InsufficientLiquidity` /
 * `AmountTooLow` (simulated sell refused, or a remaining stake would sell for less than DefaultMinStake),
 * `SlippageTooHigh` (limit variant without partial fills), `HotKeyAccountNotExists`; at execution a
 * partial limit that admits nothing fails with `PriceLimitExceeded`.
 */
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { ROOT_NETUID, SubnetAlphaIn } from "../subnets/subnetsStorage.ts";
import { DEFAULT_MIN_STAKE, MAX_SWAP_INPUT_RESERVE_MULTIPLE, MIN_PRICE, maxRemove } from "../swap/index.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import {
  ensureHotkeyExists,
  ensureSubnetExists,
  ensureSubtokenEnabled,
  simOrInsufficientLiquidity,
} from "./_checks.ts";
import type { StakeLimit } from "./addStake.ts";
import { clearPendingChildKeysBelowThreshold, clearSmallNomination } from "./clearSmallNomination.ts";
import { simSellAlpha } from "./sellAlpha.ts";
import { getStake } from "./stakePosition.ts";
import { subnetPool } from "./subnetPool.ts";
import { unstakeFrom } from "./unstakeFrom.ts";

export type RemoveStakeParameters = {
  readonly hotkey: string;
  readonly netuid: number;
  readonly amountUnstaked: bigint;
  /** Present for the limit variants (whose amount is not capped at the stake). */
  readonly limit?: StakeLimit;
};

/** The alpha to sell and the limit price it sells at. */
export type ValidatedRemoveStake = { readonly alpha: bigint; readonly limitPrice: bigint };

/**
 * §12.2 remove checks 1–7 for `coldkey` on `amount` (already capped for `remove_stake`). Writes nothing.
 */
export function validateRemoveStake(
  store: KeyValueStore,
  coldkey: string,
  hotkey: string,
  netuid: number,
  amount: bigint,
  limit?: StakeLimit,
): ValidatedRemoveStake {
  // 1.
  ensureSubnetExists(store, netuid);
  ensureSubtokenEnabled(store, netuid);
  // 2.
  if (netuid !== ROOT_NETUID) {
    const cap = MAX_SWAP_INPUT_RESERVE_MULTIPLE * SubnetAlphaIn.get(store, netuid);
    if (amount > cap)
      throw dispatchError("SubtensorModule", "InsufficientLiquidity", { netuid, amount, cap });
  }
  // 3.
  if (amount === 0n) throw dispatchError("SubtensorModule", "AmountTooLow", { netuid, amount });
  // 4.
  const stake = getStake(store, hotkey, coldkey, netuid);
  if (amount > stake) {
    throw dispatchError("SubtensorModule", "NotEnoughStakeToWithdraw", {
      netuid,
      needed: amount,
      available: stake,
    });
  }
  // 5. The sell without a limit; a stake that stays behind must have been worth unstaking.
  const sim = simOrInsufficientLiquidity(netuid, amount, () =>
    simSellAlpha(store, netuid, amount, MIN_PRICE),
  );
  if (amount < stake && sim.out < DEFAULT_MIN_STAKE) {
    throw dispatchError("SubtensorModule", "AmountTooLow", {
      netuid,
      tao: sim.out,
      minimum: DEFAULT_MIN_STAKE,
    });
  }
  // 6.
  let alpha = amount;
  const limitPrice = limit?.limitPrice ?? MIN_PRICE;
  if (limit !== undefined) {
    const max = maxRemove(subnetPool(store, netuid), limit.limitPrice);
    if (!limit.allowPartial && amount > max) {
      throw dispatchError("SubtensorModule", "SlippageTooHigh", { netuid, amount, max, limitPrice });
    }
    alpha = amount < max ? amount : max;
  }
  // 7.
  ensureHotkeyExists(store, hotkey);
  return { alpha, limitPrice };
}

/**
 * `remove_stake` (amount capped at the stake) or a limit variant: validate, `unstakeFrom`, then the
 * nominator minimum (§12.5) and the stake-threshold rule for pending childkeys.
 */
export function removeStake(context: DispatchContext, parameters: RemoveStakeParameters): void {
  const { store, ctx } = context;
  const coldkey = ensureSigned(context.origin);
  const { hotkey, netuid, limit } = parameters;
  let amount = parameters.amountUnstaked;
  if (limit === undefined) {
    const stake = getStake(store, hotkey, coldkey, netuid);
    amount = amount < stake ? amount : stake;
  }
  const { alpha, limitPrice } = validateRemoveStake(store, coldkey, hotkey, netuid, amount, limit);
  if (alpha === 0n) {
    // A partial limit that admits nothing: the price is already at or below the limit.
    throw dispatchError("SubtensorModule", "PriceLimitExceeded", { netuid, limitPrice });
  }
  unstakeFrom(store, ctx, { hotkey, coldkey, netuid, alpha, limit: limitPrice });
  clearSmallNomination(store, ctx, hotkey, coldkey, netuid);
  clearPendingChildKeysBelowThreshold(store, hotkey);
}

/**
 * `remove_stake_full_limit(hotkey, netuid, limit_price?)`: the limit variant on the whole stake with
 * `allow_partial = false`, limit default `MIN_PRICE`.
 */
export function removeStakeFullLimit(
  context: DispatchContext,
  hotkey: string,
  netuid: number,
  limitPrice: bigint | null,
): void {
  const coldkey = ensureSigned(context.origin);
  const amountUnstaked = getStake(context.store, hotkey, coldkey, netuid);
  removeStake(context, {
    hotkey,
    netuid,
    amountUnstaked,
    limit: { limitPrice: limitPrice ?? MIN_PRICE, allowPartial: false },
  });
}
