/**
 * chain.md §12.3 `swap_stake(hotkey, origin_netuid, destination_netuid, alpha_amount)` and
 * `swap_stake_limit(…, limit_price, allow_partial)` (C): (h, caller, on) → (h, caller, dn), the limit
 * variant bounded by `maxMove`. subtensor `staking/move_stake.rs::do_swap_stake`, `do_swap_stake_limit`.
 *
 * Events: `StakeSwapped {coldkey, hotkey, originNetuid, destinationNetuid, tao}`, plus the inner
 * `StakeRemoved`/`StakeAdded`.
 * Raises: see transitionStake.ts.
 */
import { emitEvent } from "../block/blockContext.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import type { StakeLimit } from "./addStake.ts";
import { applyStakeTransition, validateStakeTransition } from "./transitionStake.ts";

export type SwapStakeParameters = {
  readonly hotkey: string;
  readonly originNetuid: number;
  readonly destinationNetuid: number;
  readonly alphaAmount: bigint;
  /** Present for `swap_stake_limit`. */
  readonly limit?: StakeLimit;
};

/** `swap_stake` / `swap_stake_limit`: validate, move, emit `StakeSwapped`. */
export function swapStake(context: DispatchContext, p: SwapStakeParameters): void {
  const coldkey = ensureSigned(context.origin);
  const transition = {
    originHotkey: p.hotkey,
    originColdkey: coldkey,
    originNetuid: p.originNetuid,
    destinationHotkey: p.hotkey,
    destinationColdkey: coldkey,
    destinationNetuid: p.destinationNetuid,
    alphaAmount: p.alphaAmount,
    ...(p.limit === undefined ? {} : { limit: p.limit }),
  };
  const m = validateStakeTransition(context.store, transition);
  const tao = applyStakeTransition(context.store, context.ctx, transition, m);
  emitEvent(context.ctx, "SubtensorModule", "StakeSwapped", {
    coldkey,
    hotkey: p.hotkey,
    originNetuid: p.originNetuid,
    destinationNetuid: p.destinationNetuid,
    tao: tao.toString(),
  });
}
