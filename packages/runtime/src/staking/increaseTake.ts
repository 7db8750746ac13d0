/**
 * chain.md §12.6 `increase_take(hotkey, take)` (C, Pays::No); subtensor `staking/increase_take.rs`.
 * Rate-limited by `TxDelegateTakeRateLimit` since the hotkey's last take change.
 *
 * Event: `TakeIncreased {coldkey, hotkey, take}`.
 * Raises, in order: `NonAssociatedColdKey`, `DelegateTakeTooLow` (not above the current take),
 * `DelegateTakeTooHigh` (above `MaxDelegateTake`), `DelegateTxRateLimitExceeded`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { ensureOwnsHotkey, getDelegateTake } from "./_delegateTake.ts";
import { Delegates, LastTxBlockDelegateTake } from "./stakingStorage.ts";

/** `increase_take` checks at block `now`. Writes nothing. */
export function validateIncreaseTake(
  store: KeyValueStore,
  now: number,
  coldkey: string,
  hotkey: string,
  take: number,
): void {
  ensureOwnsHotkey(store, coldkey, hotkey);
  const current = getDelegateTake(store, hotkey);
  if (take <= current)
    throw dispatchError("SubtensorModule", "DelegateTakeTooLow", { hotkey, take, current });
  const maximum = getNetworkParam(store, "MaxDelegateTake");
  if (take > maximum)
    throw dispatchError("SubtensorModule", "DelegateTakeTooHigh", { hotkey, take, maximum });
  // chain.md §1: a rate limit passes when `last == 0 || now − last ≥ limit`.
  const last = LastTxBlockDelegateTake.get(store, hotkey);
  const limit = getNetworkParam(store, "TxDelegateTakeRateLimit");
  if (last !== 0 && now - last < limit) {
    throw dispatchError("SubtensorModule", "DelegateTxRateLimitExceeded", { hotkey, last, now, limit });
  }
}

/** `increase_take`: validate, set `Delegates[h]`, record the block, emit `TakeIncreased`. */
export function increaseTake(context: DispatchContext, hotkey: string, take: number): void {
  const { store, ctx } = context;
  const coldkey = ensureSigned(context.origin);
  validateIncreaseTake(store, ctx.now, coldkey, hotkey, take);
  Delegates.set(store, take, hotkey);
  LastTxBlockDelegateTake.set(store, ctx.now, hotkey);
  emitEvent(ctx, "SubtensorModule", "TakeIncreased", { coldkey, hotkey, take });
}
