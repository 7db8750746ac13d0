/**
 * chain.md §9.1 `unstakeFrom(hot, cold, n, alpha, L, dropFees)`, subtensor `staking/stake_utils.rs::
 * unstake_from_subnet`: sells alpha of the (hot, cold, n) position (1:1 on root), keeps a partial fill's
 * unsold alpha in the position, credits the TAO to the coldkey, and converts the sell fee for the block
 * author.
 *
 * Event: `StakeRemoved {coldkey, hotkey, tao, alpha, netuid, fee}`.
 * Raises: the swap's `SwapInputTooLarge` / `ReservesTooLow` / `PriceLimitExceeded`;
 * `NotEnoughStakeToWithdraw` (more than the position holds).
 */
import { deposit } from "../balances/accountFunds.ts";
import type { BlockContext } from "../block/blockContext.ts";
import { emitEvent } from "../block/blockContext.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { ROOT_NETUID } from "../subnets/subnetsStorage.ts";
import { adjustRootClaimed } from "./rootClaimed.ts";
import { convertSellFee, sellAlpha, simSellAlpha } from "./sellAlpha.ts";
import { decreaseStake } from "./stakePosition.ts";

export type UnstakeFromParameters = {
  readonly hotkey: string;
  readonly coldkey: string;
  readonly netuid: number;
  /** Alpha-rao to sell from the position (root: rao). */
  readonly alpha: bigint;
  /** Limit price, rao per alpha (MIN_PRICE for no limit). */
  readonly limit: bigint;
  readonly dropFees?: boolean;
  /**
   * False when the caller moves the TAO on itself (a cross-subnet move stakes it again): the TAO is
   * returned but not deposited. Default true.
   */
  readonly credit?: boolean;
};

/** Unstakes from (hot, cold, n) and returns the TAO out; see the file comment. */
export function unstakeFrom(
  store: KeyValueStore,
  ctx: BlockContext,
  parameters: UnstakeFromParameters,
): bigint {
  const { hotkey, coldkey, netuid, alpha, limit, dropFees = false, credit = true } = parameters;
  // The sell is simulated before the position changes, and only the alpha the pool takes (net + fee)
  // leaves the position: the same as §9.1's "remove alpha, re-add the refund", with one rounding fewer.
  const sim = simSellAlpha(store, netuid, alpha, limit, dropFees);
  const taken = sim.paidIn + sim.fee;
  decreaseStake(store, hotkey, coldkey, netuid, taken);
  const result = sellAlpha(store, netuid, alpha, limit, dropFees);
  if (credit) deposit(store, ctx, coldkey, result.out);
  convertSellFee(store, ctx, netuid, result.fee);
  if (netuid === ROOT_NETUID) adjustRootClaimed(store, hotkey, coldkey, -taken);
  emitEvent(ctx, "SubtensorModule", "StakeRemoved", {
    coldkey,
    hotkey,
    tao: result.out.toString(),
    alpha: taken.toString(),
    netuid,
    fee: result.fee.toString(),
  });
  return result.out;
}
