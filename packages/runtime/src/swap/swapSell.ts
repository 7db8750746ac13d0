/**
 * chain.md §9 `swapSell` (alpha in, TAO out), steps 1–7, with step 8's reserve updates returned rather
 * than written; subtensor pallets/swap/src/pallet/impls.rs (`do_swap`) and swap_step.rs. **(v1)** The
 * pool is a plain `x·y = k` pool and every step is exact integer arithmetic.
 */

import { LIMIT_PRICE_SCALE, MAX_SWAP_INPUT_RESERVE_MULTIPLE, MINIMUM_RESERVE } from "./constants.ts";
import { isqrt } from "./isqrt.ts";
import { SwapError } from "./swapError.ts";
import { feeOnNet, swapFee } from "./swapFee.ts";
import { checkSwapParameters, type SwapParameters, type SwapResult } from "./swapTypes.ts";

/** TAO out for `net` alpha in: `floor(τ·net/(α+net))`, rounded in the pool's favour. */
function taoOut(tau: bigint, alpha: bigint, net: bigint): bigint {
  // net == 0 pays nothing; it also avoids 0/0 on an empty alpha reserve (step 2 forces net = 0 there).
  return net === 0n ? 0n : (tau * net) / (alpha + net);
}

/**
 * Sells `amount` alpha-rao into a dynamic pool without going below `limit` (chain.md §9). A sell that
 * would cross the limit fills partially, up to the amount that brings the price down to the limit, and
 * refunds the rest (in alpha). The fee is in alpha. Pure: it is also `simSwapSell`.
 *
 * @throws {SwapError} `SwapInputTooLarge` (net input > 1000·α), `ReservesTooLow` (τ < MinimumReserve,
 *   or a positive input that pays 0 TAO), `PriceLimitExceeded` (price already ≤ limit)
 * @example
 * swapSell({ tau: 10n ** 12n, alpha: 10n ** 12n, feeRate: 33n, limit: MIN_PRICE, amount: 10n ** 10n })
 * // { paidIn: 9_994_964_523n, fee: 5_035_477n, out: 9_896_053_816n, refund: 0n, … }
 */
export function swapSell(parameters: SwapParameters): SwapResult {
  const feeRate = checkSwapParameters("swapSell", parameters);
  const { tau, alpha, limit, amount } = parameters;

  // 1. Fee on the gross input, in alpha.
  let fee = swapFee(amount, feeRate);
  let net = amount - fee;
  // 2. Input size against the alpha reserve.
  if (net > MAX_SWAP_INPUT_RESERVE_MULTIPLE * alpha) {
    throw new SwapError("SwapInputTooLarge", { net, alpha });
  }
  // 3. The output-side (TAO) reserve must hold at least MinimumReserve.
  if (tau < MINIMUM_RESERVE) {
    throw new SwapError("ReservesTooLow", { tau, minimumReserve: MINIMUM_RESERVE });
  }
  // 4. The current price must be strictly above the limit (exact cross-multiplication).
  if (tau * LIMIT_PRICE_SCALE <= limit * alpha) {
    throw new SwapError("PriceLimitExceeded", { tau, alpha, limit });
  }
  // 5. Full fill iff the price after the whole net input stays at or above the limit. With limit 0
  // this always holds, so step 6 never divides by 0.
  let out = taoOut(tau, alpha, net);
  if ((tau - out) * LIMIT_PRICE_SCALE < limit * (alpha + net)) {
    // 6. Partial fill: the alpha that takes τ/α down to L on the curve, α' = isqrt(τ·α·10^9/L). Step 4
    // gives τ·α·10^9 > L·α², so the root is ≥ α and the partial net is ≥ 0. It never exceeds step 1's.
    const partial = isqrt((tau * alpha * LIMIT_PRICE_SCALE) / limit) - alpha;
    if (partial < net) net = partial;
    // Fee recomputed on the net actually used, capped at what the caller sent (partial fills only).
    const grossedUp = feeOnNet(net, feeRate);
    fee = amount - net < grossedUp ? amount - net : grossedUp;
    out = taoOut(tau, alpha, net);
  }
  const refund = amount - net - fee;
  // 7. A positive input that pays nothing is refused rather than swallowed.
  if (net > 0n && out === 0n) {
    throw new SwapError("ReservesTooLow", { net, out, tau, alpha });
  }
  // 8. Returned, not written: SubnetAlphaIn += net, SubnetTAO −= out (the caller subtracts `net` from
  // SubnetAlphaOut and adds `out` to SubnetVolume).
  return { paidIn: net, fee, out, refund, newTau: tau - out, newAlpha: alpha + net };
}

/** chain.md §9 `simSwapSell`: steps 1–7 without writing. `swapSell` writes nothing, so it is the same function. */
export const simSwapSell: (parameters: SwapParameters) => SwapResult = swapSell;
