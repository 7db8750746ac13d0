/**
 * chain.md §9 `swapBuy(n, a, L, dropFees)` applied to state: swap/'s pure `swapBuy` over
 * `SubnetTAO[n]`, `SubnetAlphaIn[n]` and `FeeRate[n]`, then step 8's writes (`τ += net`, `α −= out`,
 * `SubnetAlphaOut += out`), `SubnetVolume += net + fee`, the fee deposited to the block author and a
 * partial fill's refund to the payer. subtensor `staking/stake_utils.rs::swap_tao_for_alpha`.
 * A refused swap becomes the DispatchError of the same §20 name under `module`.
 */
import type { DispatchModule } from "@opentao/primitives";
import { deposit } from "../balances/accountFunds.ts";
import type { BlockContext } from "../block/blockContext.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { type SwapResult, swapBuy } from "../swap/index.ts";
import { swapStoredPool } from "./_swapStoredPool.ts";
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO, SubnetVolume } from "./subnetsStorage.ts";

export type BuyAlphaParameters = {
  readonly netuid: number;
  /** Rao already withdrawn from `payer`. */
  readonly amount: bigint;
  /** Limit price, rao per alpha. */
  readonly limit: bigint;
  readonly dropFees?: boolean;
  /** Who receives a partial fill's refund. */
  readonly payer: string;
  /** Module the call's errors are reported under. */
  readonly module?: DispatchModule;
};

/** Runs `simSwapBuy` on the stored pool: the result, or the swap's DispatchError. Writes nothing. */
export function simBuyAlpha(store: KeyValueStore, parameters: Omit<BuyAlphaParameters, "payer">): SwapResult {
  const { netuid, amount, limit, dropFees = false, module = "SubtensorModule" } = parameters;
  return swapStoredPool(store, netuid, swapBuy, { amount, limit, dropFees }, module);
}

/** Buys alpha into the pool's outstanding supply with `amount` rao (see the file comment). */
export function buyAlpha(
  store: KeyValueStore,
  ctx: BlockContext,
  parameters: BuyAlphaParameters,
): SwapResult {
  const { netuid, payer } = parameters;
  const result = simBuyAlpha(store, parameters);
  SubnetTAO.set(store, result.newTau, netuid);
  SubnetAlphaIn.set(store, result.newAlpha, netuid);
  SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, netuid) + result.out, netuid);
  SubnetVolume.set(store, SubnetVolume.get(store, netuid) + result.paidIn + result.fee, netuid);
  deposit(store, ctx, ctx.author, result.fee);
  deposit(store, ctx, payer, result.refund);
  return result;
}
