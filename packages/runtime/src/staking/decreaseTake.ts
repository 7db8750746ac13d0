/**
 * chain.md §12.6 `decrease_take(hotkey, take)` (C, Pays::No); subtensor `staking/decrease_take.rs`.
 * Immediate; records the block for the increase rate limit.
 *
 * Event: `TakeDecreased {coldkey, hotkey, take}`.
 * Raises, in order: `NonAssociatedColdKey`, `DelegateTakeTooLow` (not below the current take, or below
 * `MinDelegateTake`).
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { ensureOwnsHotkey, getDelegateTake } from "./_delegateTake.ts";
import { Delegates, LastTxBlockDelegateTake } from "./stakingStorage.ts";

/** `decrease_take` checks. Writes nothing. */
export function validateDecreaseTake(
  store: KeyValueStore,
  coldkey: string,
  hotkey: string,
  take: number,
): void {
  ensureOwnsHotkey(store, coldkey, hotkey);
  const current = getDelegateTake(store, hotkey);
  const minimum = getNetworkParam(store, "MinDelegateTake");
  if (take >= current || take < minimum) {
    throw dispatchError("SubtensorModule", "DelegateTakeTooLow", { hotkey, take, current, minimum });
  }
}

/** `decrease_take`: validate, set `Delegates[h]`, record the block, emit `TakeDecreased`. */
export function decreaseTake(context: DispatchContext, hotkey: string, take: number): void {
  const { store, ctx } = context;
  const coldkey = ensureSigned(context.origin);
  validateDecreaseTake(store, coldkey, hotkey, take);
  Delegates.set(store, take, hotkey);
  LastTxBlockDelegateTake.set(store, ctx.now, hotkey);
  emitEvent(ctx, "SubtensorModule", "TakeDecreased", { coldkey, hotkey, take });
}
