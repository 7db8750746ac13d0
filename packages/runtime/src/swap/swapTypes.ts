/**
 * The argument and result shapes of chain.md §9's swaps and limit functions, shared by swapBuy.ts,
 * swapSell.ts, maxAdd.ts, maxRemove.ts and maxMove.ts.
 */
import { assertBigintInRange, assertNonNegative } from "./_assert.ts";
import { U16P_ONE } from "./constants.ts";

/** A dynamic (non-root) subnet's pool: `τ = SubnetTAO[n]`, `α = SubnetAlphaIn[n]`, `FeeRate[n]`. */
export type DynamicPool = {
  /** Not root. Optional so that a plain `{tau, alpha, feeRate}` reads as a dynamic pool. */
  readonly isRoot?: false;
  /** TAO reserve `SubnetTAO[n]`, rao. */
  readonly tau: bigint;
  /** Alpha reserve `SubnetAlphaIn[n]`, alpha-rao. */
  readonly alpha: bigint;
  /** U16P fee rate `FeeRate[n]` (default 33); at most 65,534 here (setters cap it at 10,000). */
  readonly feeRate: bigint;
};

/** Root (netuid 0): price 1, swaps 1:1 with no fee (chain.md §6.1, §9). */
export type RootPool = { readonly isRoot: true };

/** Either kind of pool, as the limit functions take it. */
export type Pool = DynamicPool | RootPool;

/** Arguments of `swapBuy` / `swapSell` (chain.md §9): a dynamic pool, a gross input and a limit. */
export type SwapParameters = {
  /** TAO reserve `SubnetTAO[n]`, rao. */
  readonly tau: bigint;
  /** Alpha reserve `SubnetAlphaIn[n]`, alpha-rao. */
  readonly alpha: bigint;
  /** U16P fee rate `FeeRate[n]`; ignored when `dropFees` is set. */
  readonly feeRate: bigint;
  /** Limit price, rao per alpha: the highest price a buy may reach, the lowest a sell may reach. */
  readonly limit: bigint;
  /** Gross input `a`: rao for a buy, alpha-rao for a sell. */
  readonly amount: bigint;
  /** Fee-less swap (protocol buys, second leg of a move, root-claim sells, fee conversion). */
  readonly dropFees?: boolean;
};

/**
 * Result of a swap (chain.md §9 `{paidIn, fee, out, refund}`) plus step 8's new reserves, which the
 * caller writes. `paidIn + fee + refund == amount` always.
 */
export type SwapResult = {
  /** Net input that entered the pool (`net`): rao for a buy, alpha-rao for a sell. */
  readonly paidIn: bigint;
  /** Fee, in the input token: TAO for a buy (to the block author), alpha for a sell (converted). */
  readonly fee: bigint;
  /** Output: alpha-rao for a buy, rao for a sell. */
  readonly out: bigint;
  /** Input returned to the caller after a partial fill (0 on a full fill). */
  readonly refund: bigint;
  /** `SubnetTAO[n]` after the swap. */
  readonly newTau: bigint;
  /** `SubnetAlphaIn[n]` after the swap. */
  readonly newAlpha: bigint;
};

/** Checks a swap's arguments and returns the fee rate in force (0 for `dropFees`). */
export function checkSwapParameters(label: string, parameters: SwapParameters): bigint {
  assertNonNegative(parameters.tau, `${label} tau`);
  assertNonNegative(parameters.alpha, `${label} alpha`);
  assertNonNegative(parameters.limit, `${label} limit`);
  assertNonNegative(parameters.amount, `${label} amount`);
  assertBigintInRange(parameters.feeRate, 0n, U16P_ONE - 1n, `${label} feeRate`);
  return parameters.dropFees === true ? 0n : parameters.feeRate;
}

/** Checks a pool argument of the limit functions. */
export function checkPool(label: string, pool: Pool): void {
  if (pool.isRoot === true) return;
  assertNonNegative(pool.tau, `${label} tau`);
  assertNonNegative(pool.alpha, `${label} alpha`);
  assertBigintInRange(pool.feeRate, 0n, U16P_ONE - 1n, `${label} feeRate`);
}
