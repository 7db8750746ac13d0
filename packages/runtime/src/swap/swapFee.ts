/**
 * chain.md §9 swap fees, subtensor pallets/swap/src/pallet/impls.rs: the fee taken from a swap's input
 * (step 1) and the fee that goes with a given net input (step 6, `maxAdd`, `maxRemove`).
 */
import { U16P_ONE } from "./constants.ts";

/**
 * The fee on a gross input: `floor(amount·feeRate/65535)` (chain.md §9 step 1). `amount − swapFee` is
 * the net input that reaches the pool.
 *
 * @param amount gross input, rao (buys) or alpha-rao (sells)
 * @param feeRate U16P fee rate (`FeeRate[n]`, 33 by default); pass 0 for `dropFees` swaps
 * @example swapFee(10_000_000_000n, 33n) // 5_035_477n
 */
export function swapFee(amount: bigint, feeRate: bigint): bigint {
  return (amount * feeRate) / U16P_ONE;
}

/**
 * The fee that goes with a net input: `floor(net·feeRate/(65535 − feeRate))` (chain.md §9 step 6 and
 * the limit functions). It grosses `net` up to the input that would leave `net` after the fee; the
 * floor keeps the gross-up from overshooting, so `net + feeOnNet(net)` never nets more than `net`.
 *
 * @param net net input, rao or alpha-rao
 * @param feeRate U16P fee rate, below 65535
 * @example feeOnNet(4_987_562_112n, 33n) // 2_512_740n
 */
export function feeOnNet(net: bigint, feeRate: bigint): bigint {
  return (net * feeRate) / (U16P_ONE - feeRate);
}
