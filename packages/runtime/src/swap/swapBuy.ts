/**
 * chain.md §9 `swapBuy` (TAO in, alpha out), steps 1–7, with step 8's reserve updates returned rather
 * than written; subtensor pallets/swap/src/pallet/impls.rs (`do_swap`) and swap_step.rs. **(v1)** The
 * pool is a plain `x·y = k` pool (subtensor's weights fixed at 0.5) and every step is exact integer
 * arithmetic, so results may differ from subtensor's fixed point by a few rao.
 */

import { LIMIT_PRICE_SCALE, MAX_SWAP_INPUT_RESERVE_MULTIPLE, MINIMUM_RESERVE } from "./constants.ts";
import { isqrt } from "./isqrt.ts";
import { SwapError } from "./swapError.ts";
import { feeOnNet, swapFee } from "./swapFee.ts";
import { checkSwapParameters, type SwapParameters, type SwapResult } from "./swapTypes.ts";

/** Alpha out for `net` TAO in: `floor(α·net/(τ+net))`, rounded in the pool's favour. */
function alphaOut(tau: bigint, alpha: bigint, net: bigint): bigint {
  // net == 0 pays nothing; it also avoids 0/0 on an empty TAO reserve (step 2 forces net = 0 there).
  return net === 0n ? 0n : (alpha * net) / (tau + net);
}

/**
 * Buys alpha with `amount` rao on a dynamic pool without going above `limit` (chain.md §9). A buy that
 * would cross the limit fills partially, up to the amount that brings the price to the limit, and
 * refunds the rest. Pure: it is also `simSwapBuy`.
 *
 * @throws {SwapError} `SwapInputTooLarge` (net input > 1000·τ), `ReservesTooLow` (α < MinimumReserve,
 *   or a positive input that buys 0 alpha), `PriceLimitExceeded` (price already ≥ limit)
 * @example
 * swapBuy({ tau: 10n ** 12n, alpha: 10n ** 12n, feeRate: 33n, limit: MAX_PRICE, amount: 10n ** 10n })
 * // { paidIn: 9_994_964_523n, fee: 5_035_477n, out: 9_896_053_816n, refund: 0n, … }
 */
export function swapBuy(parameters: SwapParameters): SwapResult {
  const feeRate = checkSwapParameters("swapBuy", parameters);
  const { tau, alpha, limit, amount } = parameters;

  // 1. Fee on the gross input.
  let fee = swapFee(amount, feeRate);
  let net = amount - fee;
  // 2. Input size against the TAO reserve.
  if (net > MAX_SWAP_INPUT_RESERVE_MULTIPLE * tau) {
    throw new SwapError("SwapInputTooLarge", { net, tau });
  }
  // 3. The output-side (alpha) reserve must hold at least MinimumReserve.
  if (alpha < MINIMUM_RESERVE) {
    throw new SwapError("ReservesTooLow", { alpha, minimumReserve: MINIMUM_RESERVE });
  }
  // 4. The current price must be strictly below the limit (exact cross-multiplication).
  if (tau * LIMIT_PRICE_SCALE >= limit * alpha) {
    throw new SwapError("PriceLimitExceeded", { tau, alpha, limit });
  }
  // 5. Full fill iff the price after the whole net input stays at or below the limit.
  let out = alphaOut(tau, alpha, net);
  if ((tau + net) * LIMIT_PRICE_SCALE > limit * (alpha - out)) {
    // 6. Partial fill: the TAO that takes τ/α to L on the curve, τ' = isqrt(L·τ·α/10^9). Step 4 gives
    // L·τ·α > τ²·10^9, so the root is ≥ τ and the partial net is ≥ 0. It never exceeds step 1's net.
    const partial = isqrt((limit * tau * alpha) / LIMIT_PRICE_SCALE) - tau;
    if (partial < net) net = partial;
    // The fee is recomputed on the net actually used (grossed up, not taken from `amount`), capped so
    // that fee + net never exceeds what the caller sent. This only happens on a partial fill: on a
    // full fill step 1's fee stands and nothing is refunded.
    const grossedUp = feeOnNet(net, feeRate);
    fee = amount - net < grossedUp ? amount - net : grossedUp;
    out = alphaOut(tau, alpha, net);
  }
  const refund = amount - net - fee;
  // 7. A positive input that buys nothing is refused rather than swallowed.
  if (net > 0n && out === 0n) {
    throw new SwapError("ReservesTooLow", { net, out, tau, alpha });
  }
  // 8. Returned, not written: SubnetTAO += net, SubnetAlphaIn −= out (the caller adds `out` to
  // SubnetAlphaOut and `net` to SubnetVolume).
  return { paidIn: net, fee, out, refund, newTau: tau + net, newAlpha: alpha - out };
}

/** chain.md §9 `simSwapBuy`: steps 1–7 without writing. `swapBuy` writes nothing, so it is the same function. */
export const simSwapBuy: (parameters: SwapParameters) => SwapResult = swapBuy;
