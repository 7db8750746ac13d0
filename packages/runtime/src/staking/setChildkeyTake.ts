/**
 * chain.md §12.8 `set_childkey_take(hotkey, netuid, take)` (C); subtensor `staking/set_children.rs::
 * do_set_childkey_take`. Decreases apply at any time; an increase is rate-limited by
 * `TxChildkeyTakeRateLimit` since the last increase of the same (hotkey, netuid).
 *
 * Event: `ChildKeyTakeSet {hotkey, take}`.
 * Raises, in order: `NonAssociatedColdKey`, `InvalidChildkeyTake` (outside
 * `[max(MinChildkeyTake, minChildkeyTake[n]), MaxChildkeyTake]`), `TxChildkeyTakeRateLimitExceeded`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { ensureOwnsHotkey } from "./_delegateTake.ts";
import { minChildkeyTake } from "./childkeyTake.ts";
import { ChildkeyTake, LastChildkeyTakeIncreaseBlock } from "./stakingStorage.ts";

export type SetChildkeyTakeParameters = {
  readonly hotkey: string;
  readonly netuid: number;
  /** U16P. */
  readonly take: number;
};

/** `set_childkey_take` checks for `coldkey` at block `now`, in order. Writes nothing. */
export function validateSetChildkeyTake(
  store: KeyValueStore,
  now: number,
  coldkey: string,
  parameters: SetChildkeyTakeParameters,
): void {
  const { hotkey, netuid, take } = parameters;
  ensureOwnsHotkey(store, coldkey, hotkey);
  const minimum = minChildkeyTake(store, netuid);
  const maximum = getNetworkParam(store, "MaxChildkeyTake");
  if (take < minimum || take > maximum) {
    throw dispatchError("SubtensorModule", "InvalidChildkeyTake", { hotkey, netuid, take, minimum, maximum });
  }
  // Only increases are rate-limited; chain.md §1: passes when `last == 0 || now − last ≥ limit`.
  if (take > ChildkeyTake.get(store, hotkey, netuid)) {
    const last = LastChildkeyTakeIncreaseBlock.get(store, hotkey, netuid);
    const limit = getNetworkParam(store, "TxChildkeyTakeRateLimit");
    if (last !== 0 && now - last < limit) {
      throw dispatchError("SubtensorModule", "TxChildkeyTakeRateLimitExceeded", {
        hotkey,
        netuid,
        last,
        now,
        limit,
      });
    }
  }
}

/** `set_childkey_take`: validate, store the take, record an increase's block, emit `ChildKeyTakeSet`. */
export function setChildkeyTake(context: DispatchContext, parameters: SetChildkeyTakeParameters): void {
  const { store, ctx } = context;
  const coldkey = ensureSigned(context.origin);
  validateSetChildkeyTake(store, ctx.now, coldkey, parameters);
  const { hotkey, netuid, take } = parameters;
  if (take > ChildkeyTake.get(store, hotkey, netuid)) {
    LastChildkeyTakeIncreaseBlock.set(store, ctx.now, hotkey, netuid);
  }
  ChildkeyTake.set(store, take, hotkey, netuid);
  emitEvent(ctx, "SubtensorModule", "ChildKeyTakeSet", { hotkey, take });
}
