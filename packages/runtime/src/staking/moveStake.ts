/**
 * chain.md §12.3 `move_stake(origin_hotkey, destination_hotkey, origin_netuid, destination_netuid,
 * alpha_amount)` (C): (oh, caller, on) → (dh, caller, dn). subtensor `staking/move_stake.rs::do_move_stake`.
 *
 * Events: `StakeMoved {coldkey, originHotkey, originNetuid, destinationHotkey, destinationNetuid, tao}`,
 * plus the inner `StakeRemoved`/`StakeAdded` when the subnets differ.
 * Raises: see transitionStake.ts.
 */
import { emitEvent } from "../block/blockContext.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { applyStakeTransition, validateStakeTransition } from "./transitionStake.ts";

export type MoveStakeParameters = {
  readonly originHotkey: string;
  readonly destinationHotkey: string;
  readonly originNetuid: number;
  readonly destinationNetuid: number;
  readonly alphaAmount: bigint;
};

/** `move_stake`: validate, move, emit `StakeMoved`. */
export function moveStake(context: DispatchContext, p: MoveStakeParameters): void {
  const coldkey = ensureSigned(context.origin);
  const transition = { ...p, originColdkey: coldkey, destinationColdkey: coldkey };
  const m = validateStakeTransition(context.store, transition);
  const tao = applyStakeTransition(context.store, context.ctx, transition, m);
  emitEvent(context.ctx, "SubtensorModule", "StakeMoved", {
    coldkey,
    originHotkey: p.originHotkey,
    originNetuid: p.originNetuid,
    destinationHotkey: p.destinationHotkey,
    destinationNetuid: p.destinationNetuid,
    tao: tao.toString(),
  });
}
