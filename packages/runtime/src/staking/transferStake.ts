/**
 * chain.md §12.3 `transfer_stake(destination_coldkey, hotkey, origin_netuid, destination_netuid,
 * alpha_amount)` (C): (h, caller, on) → (h, dc, dn), allowed only where `transfersEnabled` is on for both
 * subnets. subtensor `staking/move_stake.rs::do_transfer_stake`.
 *
 * Events: `StakeTransferred {originColdkey, destinationColdkey, hotkey, originNetuid, destinationNetuid,
 * tao}`, plus the inner `StakeRemoved`/`StakeAdded` when the subnets differ.
 * Raises: see transitionStake.ts; `TransferDisallowed`.
 */
import { emitEvent } from "../block/blockContext.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { applyStakeTransition, validateStakeTransition } from "./transitionStake.ts";

export type TransferStakeParameters = {
  readonly destinationColdkey: string;
  readonly hotkey: string;
  readonly originNetuid: number;
  readonly destinationNetuid: number;
  readonly alphaAmount: bigint;
};

/** `transfer_stake`: validate, move, emit `StakeTransferred`. */
export function transferStake(context: DispatchContext, p: TransferStakeParameters): void {
  const coldkey = ensureSigned(context.origin);
  const transition = {
    originHotkey: p.hotkey,
    originColdkey: coldkey,
    originNetuid: p.originNetuid,
    destinationHotkey: p.hotkey,
    destinationColdkey: p.destinationColdkey,
    destinationNetuid: p.destinationNetuid,
    alphaAmount: p.alphaAmount,
    checkTransfersEnabled: true,
  };
  const m = validateStakeTransition(context.store, transition);
  const tao = applyStakeTransition(context.store, context.ctx, transition, m);
  emitEvent(context.ctx, "SubtensorModule", "StakeTransferred", {
    originColdkey: coldkey,
    destinationColdkey: p.destinationColdkey,
    hotkey: p.hotkey,
    originNetuid: p.originNetuid,
    destinationNetuid: p.destinationNetuid,
    tao: tao.toString(),
  });
}
