/**
 * chain.md §9.1 `stakeInto(hot, cold, n, tao, L, dropFees)`, subtensor `staking/stake_utils.rs::
 * stake_into_subnet`: buys alpha with TAO already withdrawn from the coldkey (1:1 on root), refunds a
 * partial fill to the coldkey, pays the buy fee to the block author, and credits the (hot, cold, n)
 * position.
 *
 * Event: `StakeAdded {coldkey, hotkey, tao, alpha, netuid, fee}`.
 * Raises: the swap's `SwapInputTooLarge` / `ReservesTooLow` / `PriceLimitExceeded`;
 * `InsufficientLiquidity` (no alpha out, or no shares minted).
 */
import type { BlockContext } from "../block/blockContext.ts";
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { Owner } from "../neurons/hotkeyOwner.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { buyAlpha, simBuyAlpha } from "../subnets/buyAlpha.ts";
import { ROOT_NETUID, SubnetAlphaOut, SubnetTAO, SubnetVolume } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { adjustRootClaimed } from "./rootClaimed.ts";
import { increaseStake, previewMint } from "./stakePosition.ts";
import { Delegates, StakingHotkeys } from "./stakingStorage.ts";

export type StakeIntoParameters = {
  readonly hotkey: string;
  readonly coldkey: string;
  readonly netuid: number;
  /** Rao already taken from the coldkey (withdrawForStake, or an unstake's proceeds). */
  readonly tao: bigint;
  /** Limit price, rao per alpha (MAX_PRICE for no limit). */
  readonly limit: bigint;
  readonly dropFees?: boolean;
};

export type StakeIntoResult = { readonly alpha: bigint; readonly fee: bigint; readonly refund: bigint };

/** Appends `hotkey` to `StakingHotkeys[coldkey]` unless listed (append-only, §2.4). */
export function recordStakingHotkey(store: KeyValueStore, coldkey: string, hotkey: string): void {
  const listed = StakingHotkeys.get(store, coldkey);
  if (!listed.includes(hotkey)) StakingHotkeys.set(store, [...listed, hotkey], coldkey);
}

/**
 * §9.1 bookkeeping after stake lands on (hot, cold): `StakingHotkeys`, and a nominated hotkey becomes a
 * delegate at `DefaultTake`.
 */
export function recordStaker(store: KeyValueStore, coldkey: string, hotkey: string): void {
  recordStakingHotkey(store, coldkey, hotkey);
  if (Owner.get(store, hotkey) !== coldkey && !Delegates.has(store, hotkey)) {
    Delegates.set(store, getNetworkParam(store, "DefaultTake"), hotkey);
  }
}

/** Stakes `tao` rao into (hot, cold, n); see the file comment. */
export function stakeInto(
  store: KeyValueStore,
  ctx: BlockContext,
  parameters: StakeIntoParameters,
): StakeIntoResult {
  const { hotkey, coldkey, netuid, tao, limit, dropFees = false } = parameters;
  let alpha: bigint;
  let fee = 0n;
  let refund = 0n;
  if (netuid === ROOT_NETUID) {
    // Root is the stable pool: TAO in, the same amount of root "alpha" out, no fee.
    if (tao === 0n || previewMint(store, hotkey, netuid, tao) === 0n) {
      throw dispatchError("SubtensorModule", "InsufficientLiquidity", { netuid, tao });
    }
    alpha = tao;
    SubnetTAO.set(store, SubnetTAO.get(store, netuid) + tao, netuid);
    SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, netuid) + tao, netuid);
    SubnetVolume.set(store, SubnetVolume.get(store, netuid) + tao, netuid);
  } else {
    // Simulate first, so that nothing is written for a buy that would be refused.
    const sim = simBuyAlpha(store, { netuid, amount: tao, limit, dropFees });
    if (sim.out === 0n || previewMint(store, hotkey, netuid, sim.out) === 0n) {
      throw dispatchError("SubtensorModule", "InsufficientLiquidity", { netuid, tao, alpha: sim.out });
    }
    const result = buyAlpha(store, ctx, { netuid, amount: tao, limit, dropFees, payer: coldkey });
    alpha = result.out;
    fee = result.fee;
    refund = result.refund;
  }
  increaseStake(store, hotkey, coldkey, netuid, alpha);
  recordStaker(store, coldkey, hotkey);
  if (netuid === ROOT_NETUID) adjustRootClaimed(store, hotkey, coldkey, alpha);
  emitEvent(ctx, "SubtensorModule", "StakeAdded", {
    coldkey,
    hotkey,
    tao: (tao - refund).toString(),
    alpha: alpha.toString(),
    netuid,
    fee: fee.toString(),
  });
  return { alpha, fee, refund };
}
