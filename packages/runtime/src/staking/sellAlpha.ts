/**
 * chain.md §9 `swapSell(n, a, L, dropFees)` applied to state for staking (subtensor
 * `staking/stake_utils.rs::swap_alpha_for_tao`): swap/'s pure `swapSell` over `SubnetTAO[n]`,
 * `SubnetAlphaIn[n]` and `FeeRate[n]`, root 1:1 with no fee. A refused swap becomes the DispatchError of
 * the same §20 name. The sell fee (alpha) is converted by a fee-less sell at `MIN_PRICE` and paid to the
 * block author; if that conversion fails the fee alpha is recycled.
 */

import { DispatchError } from "@opentao/primitives";
import { deposit } from "../balances/accountFunds.ts";
import type { BlockContext } from "../block/blockContext.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { swapStoredPool } from "../subnets/_swapStoredPool.ts";
import {
  ROOT_NETUID,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetTAO,
  SubnetVolume,
} from "../subnets/subnetsStorage.ts";
import { MIN_PRICE, type SwapResult, swapSell } from "../swap/index.ts";

/**
 * `simSwapSell` on the stored pool: root answers 1:1 with no fee. Throws the swap's DispatchError
 * (`SwapInputTooLarge`, `ReservesTooLow`, `PriceLimitExceeded`). Writes nothing.
 */
export function simSellAlpha(
  store: KeyValueStore,
  netuid: number,
  amount: bigint,
  limit: bigint,
  dropFees = false,
): SwapResult {
  if (netuid === ROOT_NETUID)
    return { paidIn: amount, fee: 0n, out: amount, refund: 0n, newTau: 0n, newAlpha: 0n };
  return swapStoredPool(store, netuid, swapSell, { amount, limit, dropFees }, "SubtensorModule");
}

/** Sells `amount` alpha of SubnetAlphaOut into the dynamic pool and returns the result (§9 step 8). */
function applySell(store: KeyValueStore, netuid: number, result: SwapResult): void {
  SubnetTAO.set(store, result.newTau, netuid);
  SubnetAlphaIn.set(store, result.newAlpha, netuid);
  SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, netuid) - result.paidIn, netuid);
  SubnetVolume.set(store, SubnetVolume.get(store, netuid) + result.out, netuid);
}

/**
 * Converts a sell fee of `fee` alpha (still counted in `SubnetAlphaOut`) to TAO for the block author with
 * a fee-less sell at `MIN_PRICE`; when that sell is refused or pays nothing, the alpha is recycled
 * (`SubnetAlphaOut −= fee`).
 */
export function convertSellFee(store: KeyValueStore, ctx: BlockContext, netuid: number, fee: bigint): void {
  if (fee === 0n) return;
  let result: SwapResult | undefined;
  try {
    result = simSellAlpha(store, netuid, fee, MIN_PRICE, true);
  } catch (error) {
    // A fee too small or a pool too shallow to convert is not the caller's failure: recycle it below.
    if (!(error instanceof DispatchError)) throw error;
    result = undefined;
  }
  if (result === undefined || result.out === 0n || result.paidIn !== fee) {
    SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, netuid) - fee, netuid);
    return;
  }
  applySell(store, netuid, result);
  deposit(store, ctx, ctx.author, result.out);
}

/**
 * Sells `amount` alpha on `netuid` at `limit` (root: 1:1, `SubnetTAO[0]` and `SubnetAlphaOut[0]` fall by
 * the amount): writes the pool and returns the result. The sell fee stays in `SubnetAlphaOut` for
 * `convertSellFee`; the refund is the caller's.
 */
export function sellAlpha(
  store: KeyValueStore,
  netuid: number,
  amount: bigint,
  limit: bigint,
  dropFees = false,
): SwapResult {
  const result = simSellAlpha(store, netuid, amount, limit, dropFees);
  if (netuid === ROOT_NETUID) {
    SubnetTAO.set(store, SubnetTAO.get(store, netuid) - amount, netuid);
    SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, netuid) - amount, netuid);
    SubnetVolume.set(store, SubnetVolume.get(store, netuid) + amount, netuid);
    return result;
  }
  applySell(store, netuid, result);
  return result;
}
