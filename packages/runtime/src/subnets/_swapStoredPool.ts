/**
 * chain.md §9 over stored state, shared by `simBuyAlpha` and `simSellAlpha`: swap/'s pure `swapBuy` or
 * `swapSell` over `SubnetTAO[n]`, `SubnetAlphaIn[n]` and `FeeRate[n]`, with a refused swap turned into the
 * DispatchError of the same §20 name.
 */
import type { DispatchModule } from "@opentao/primitives";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { SwapError, type SwapParameters, type SwapResult } from "../swap/index.ts";
import { FeeRate } from "./hyperparameters.ts";
import { SubnetAlphaIn, SubnetTAO } from "./subnetsStorage.ts";

/** What a swap takes besides the pool: the gross input, the limit price and whether fees are dropped. */
export type StoredPoolOrder = Pick<SwapParameters, "amount" | "limit" | "dropFees">;

/**
 * Runs `swap` (`swapBuy` or `swapSell`) on the stored pool of dynamic subnet `netuid`: the result, or the
 * swap's DispatchError under `module`. Writes nothing.
 */
export function swapStoredPool(
  store: KeyValueStore,
  netuid: number,
  swap: (parameters: SwapParameters) => SwapResult,
  order: StoredPoolOrder,
  module: DispatchModule,
): SwapResult {
  try {
    return swap({
      tau: SubnetTAO.get(store, netuid),
      alpha: SubnetAlphaIn.get(store, netuid),
      feeRate: BigInt(FeeRate.get(store, netuid)),
      ...order,
    });
  } catch (error) {
    if (error instanceof SwapError) throw dispatchError(module, error.error, { netuid, ...error.context });
    throw error;
  }
}
