/**
 * chain.md §6.4 `start_call(netuid)` (O), subtensor `subnets/subnet.rs::do_start_call`: the owner starts
 * emission and staking on the subnet from the next block.
 *
 * Args: `netuid`. Event: `FirstEmissionBlockNumberSet {netuid, block}`.
 * Raises, in order: `SubnetNotExists`, `NotSubnetOwner`, `FirstEmissionBlockNumberAlreadySet`,
 * `NeedWaitingMoreBlocksToStarCall`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { getNetworkParam } from "../system/index.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSubnetOwner } from "./_origin.ts";
import {
  FirstEmissionBlockNumber,
  NetworkRegisteredAt,
  SubtokenEnabled,
  subnetExists,
} from "./subnetsStorage.ts";

/** §6.4 checks in order. Writes nothing. */
export function validateStartCall(context: DispatchContext, netuid: number): void {
  const { store, ctx } = context;
  if (!subnetExists(store, netuid)) throw dispatchError("SubtensorModule", "SubnetNotExists", { netuid });
  ensureSubnetOwner(store, context.origin, netuid);
  if (FirstEmissionBlockNumber.has(store, netuid)) {
    throw dispatchError("SubtensorModule", "FirstEmissionBlockNumberAlreadySet", {
      netuid,
      firstEmissionBlock: FirstEmissionBlockNumber.get(store, netuid),
    });
  }
  const registeredAt = NetworkRegisteredAt.get(store, netuid);
  const delay = getNetworkParam(store, "StartCallDelay");
  if (ctx.now < registeredAt + delay) {
    throw dispatchError("SubtensorModule", "NeedWaitingMoreBlocksToStarCall", {
      netuid,
      registeredAt,
      startCallDelay: delay,
      now: ctx.now,
    });
  }
}

/** §6.4 effects: `FirstEmissionBlockNumber = now + 1`, `SubtokenEnabled = true`, event. */
export function applyStartCall(context: DispatchContext, netuid: number): void {
  const { store, ctx } = context;
  const block = ctx.now + 1;
  FirstEmissionBlockNumber.set(store, block, netuid);
  SubtokenEnabled.set(store, true, netuid);
  emitEvent(ctx, "SubtensorModule", "FirstEmissionBlockNumberSet", { netuid, block });
}

/** `start_call(netuid)`: validate, then apply. */
export function startCall(context: DispatchContext, netuid: number): void {
  validateStartCall(context, netuid);
  applyStartCall(context, netuid);
}
