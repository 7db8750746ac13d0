/**
 * chain.md §12.3, the shared algorithm of `move_stake`, `transfer_stake`, `swap_stake` and
 * `swap_stake_limit`: move alpha from an origin (hotkey, coldkey, netuid) position to a destination one,
 * through TAO when the subnets differ (subtensor `staking/move_stake.rs::transition_stake_internal`,
 * `staking/stake_utils.rs::validate_stake_transition`).
 *
 * Raises, in order: `SameNetuid`, `SubnetNotExists` (origin, destination), `SubtokenDisabled` (origin,
 * destination), `HotKeyAccountNotExists` (origin, destination hotkey), `NotEnoughStakeToWithdraw` (nothing
 * to move), then cross-subnet `InsufficientLiquidity` / `AmountTooLow` (TAO out ≤ DefaultMinStake) /
 * `SlippageTooHigh`, or same-subnet `AmountTooLow` (worth < DefaultMinStake); `transfer_stake`:
 * `TransferDisallowed`.
 */
import { deposit } from "../balances/accountFunds.ts";
import type { BlockContext } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { TransferToggle } from "../subnets/hyperparameters.ts";
import { ROOT_NETUID } from "../subnets/subnetsStorage.ts";
import { DEFAULT_MIN_STAKE, F18_ONE, MAX_PRICE, MIN_PRICE, maxMove } from "../swap/index.ts";
import {
  ensureHotkeyExists,
  ensureSubnetExists,
  ensureSubtokenEnabled,
  simOrInsufficientLiquidity,
} from "./_checks.ts";
import type { StakeLimit } from "./addStake.ts";
import { adjustRootClaimed } from "./rootClaimed.ts";
import { simSellAlpha } from "./sellAlpha.ts";
import { recordStaker, stakeInto } from "./stakeInto.ts";
import { decreaseStake, getStake, increaseStake, previewMint } from "./stakePosition.ts";
import { subnetPool, subnetPrice } from "./subnetPool.ts";
import { unstakeFrom } from "./unstakeFrom.ts";

export type StakeTransition = {
  readonly originHotkey: string;
  readonly originColdkey: string;
  readonly originNetuid: number;
  readonly destinationHotkey: string;
  readonly destinationColdkey: string;
  readonly destinationNetuid: number;
  readonly alphaAmount: bigint;
  /** `swap_stake_limit`: minimum `price(o)/price(d) × 10^9` and partial fills. */
  readonly limit?: StakeLimit;
  /** `transfer_stake`: both subnets must allow transfers. */
  readonly checkTransfersEnabled?: boolean;
};

/** §12.3 checks in order; returns the alpha `m` that moves. Writes nothing. */
export function validateStakeTransition(store: KeyValueStore, t: StakeTransition): bigint {
  const { originHotkey: oh, originColdkey: oc, originNetuid: on } = t;
  const { destinationHotkey: dh, destinationColdkey: dc, destinationNetuid: dn } = t;
  if (oh === dh && oc === dc && on === dn) {
    throw dispatchError("SubtensorModule", "SameNetuid", { originNetuid: on, destinationNetuid: dn });
  }
  ensureSubnetExists(store, on);
  ensureSubnetExists(store, dn);
  ensureSubtokenEnabled(store, on);
  ensureSubtokenEnabled(store, dn);
  ensureHotkeyExists(store, oh);
  ensureHotkeyExists(store, dh);
  const stake = getStake(store, oh, oc, on);
  const amount = t.alphaAmount < stake ? t.alphaAmount : stake;
  if (amount === 0n) {
    throw dispatchError("SubtensorModule", "NotEnoughStakeToWithdraw", {
      netuid: on,
      needed: t.alphaAmount,
      available: stake,
    });
  }
  let moved = amount;
  if (on !== dn) {
    const sim = simOrInsufficientLiquidity(on, amount, () =>
      simSellAlpha(store, on, amount, MIN_PRICE, on === ROOT_NETUID),
    );
    if (sim.out <= DEFAULT_MIN_STAKE) {
      throw dispatchError("SubtensorModule", "AmountTooLow", {
        netuid: on,
        tao: sim.out,
        minimum: DEFAULT_MIN_STAKE,
      });
    }
    if (t.limit !== undefined) {
      const max = maxMove(subnetPool(store, on), subnetPool(store, dn), t.limit.limitPrice);
      if ((!t.limit.allowPartial && amount > max) || max === 0n) {
        // Nothing can move within the limit, or not all of it and no partial fill was allowed.
        throw dispatchError("SubtensorModule", "SlippageTooHigh", {
          amount,
          max,
          limitPrice: t.limit.limitPrice,
        });
      }
      if (max < moved) moved = max;
    }
  } else {
    const tao = (subnetPrice(store, on) * amount) / F18_ONE;
    if (tao < DEFAULT_MIN_STAKE) {
      throw dispatchError("SubtensorModule", "AmountTooLow", { netuid: on, tao, minimum: DEFAULT_MIN_STAKE });
    }
  }
  if (t.checkTransfersEnabled === true) {
    for (const netuid of [on, dn]) {
      if (!TransferToggle.get(store, netuid))
        throw dispatchError("SubtensorModule", "TransferDisallowed", { netuid });
    }
  }
  return moved;
}

/**
 * Moves `m` alpha (validated) and returns the TAO it was worth: cross-subnet, the TAO of the sell (one
 * swap fee in total: the sell pays it unless the origin is root, then the buy does), staked to the
 * destination when at least DefaultMinStake, else left free on the destination coldkey; same subnet, a
 * pure share move with no swap and no fee, valued at spot price.
 */
export function applyStakeTransition(
  store: KeyValueStore,
  ctx: BlockContext,
  t: StakeTransition,
  m: bigint,
): bigint {
  const { originHotkey: oh, originColdkey: oc, originNetuid: on } = t;
  const { destinationHotkey: dh, destinationColdkey: dc, destinationNetuid: dn } = t;
  if (on !== dn) {
    const tao = unstakeFrom(store, ctx, {
      hotkey: oh,
      coldkey: oc,
      netuid: on,
      alpha: m,
      limit: MIN_PRICE,
      dropFees: on === ROOT_NETUID,
      credit: false,
    });
    if (tao >= DEFAULT_MIN_STAKE) {
      stakeInto(store, ctx, {
        hotkey: dh,
        coldkey: dc,
        netuid: dn,
        tao,
        limit: MAX_PRICE,
        dropFees: on !== ROOT_NETUID,
      });
    } else {
      deposit(store, ctx, dc, tao);
    }
    return tao;
  }
  decreaseStake(store, oh, oc, on, m);
  if (previewMint(store, dh, dn, m) === 0n) {
    throw dispatchError("SubtensorModule", "InsufficientLiquidity", { netuid: dn, amount: m });
  }
  increaseStake(store, dh, dc, dn, m);
  recordStaker(store, dc, dh);
  if (on === ROOT_NETUID) {
    adjustRootClaimed(store, oh, oc, -m);
    adjustRootClaimed(store, dh, dc, m);
  }
  return (subnetPrice(store, on) * m) / F18_ONE;
}
