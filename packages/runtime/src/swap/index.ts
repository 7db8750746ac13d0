/**
 * swap/: the TAO/alpha pools of chain.md §9 as pure functions over reserves (no state). Other modules
 * reach the pools only through this file (STYLE.md).
 */
export {
  DEFAULT_MIN_STAKE,
  F18_ONE,
  LIMIT_PRICE_SCALE,
  MAX_PRICE,
  MAX_SWAP_INPUT_RESERVE_MULTIPLE,
  MIN_PRICE,
  MINIMUM_RESERVE,
  ROOT_SPOT_PRICE,
  U16P_ONE,
  UNLIMITED,
} from "./constants.ts";
export { isqrt } from "./isqrt.ts";
export { maxAdd } from "./maxAdd.ts";
export { maxMove } from "./maxMove.ts";
export { maxRemove } from "./maxRemove.ts";
export { type MinAddStakePool, minAddStake } from "./minAddStake.ts";
export { spotPrice } from "./spotPrice.ts";
export { simSwapBuy, swapBuy } from "./swapBuy.ts";
export { SwapError, type SwapErrorName } from "./swapError.ts";
export { feeOnNet, swapFee } from "./swapFee.ts";
export { simSwapSell, swapSell } from "./swapSell.ts";
export type { DynamicPool, Pool, RootPool, SwapParameters, SwapResult } from "./swapTypes.ts";
