/**
 * chain.md §6.7 `set_sn_owner_hotkey(netuid, hotkey)` (O or R), subtensor
 * `utils/misc.rs::do_set_sn_owner_hotkey`: changes the subnet's owner hotkey (whose UID is the owner UID),
 * at most once per 50,400 blocks per netuid (fast-blocks: 10), root included.
 *
 * Event: `SubnetOwnerHotkeySet {netuid, hotkey}`. Raises, in order: `NotSubnetOwner` (signed by another
 * account), `SubnetNotExists`, `TxRateLimitExceeded`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { FastBlocks } from "../system/index.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSubnetOwnerOrRoot } from "./_origin.ts";
import { SnOwnerHotkeyLastSet, SubnetOwnerHotkey, subnetExists } from "./subnetsStorage.ts";

/** subtensor `DefaultSetSNOwnerHotkeyRateLimit`: 50,400 blocks (one week), 10 on fast-blocks chains. */
export function snOwnerHotkeyRateLimit(store: KeyValueStore): number {
  return FastBlocks.get(store) ? 10 : 50_400;
}

/** Checks in order. Writes nothing. */
export function validateSetSnOwnerHotkey(context: DispatchContext, netuid: number): void {
  const { store, ctx } = context;
  // subtensor checks the origin before existence; a signed call on a missing subnet is NotSubnetOwner.
  ensureSubnetOwnerOrRoot(store, context.origin, netuid);
  if (!subnetExists(store, netuid)) throw dispatchError("SubtensorModule", "SubnetNotExists", { netuid });
  const last = SnOwnerHotkeyLastSet.get(store, netuid);
  const limit = snOwnerHotkeyRateLimit(store);
  if (last !== 0 && ctx.now - last < limit) {
    throw dispatchError("SubtensorModule", "TxRateLimitExceeded", {
      netuid,
      lastBlock: last,
      rateLimit: limit,
      now: ctx.now,
    });
  }
}

/** Records the rate-limit block, sets `SubnetOwnerHotkey`, emits `SubnetOwnerHotkeySet`. */
export function applySetSnOwnerHotkey(context: DispatchContext, netuid: number, hotkey: string): void {
  const { store, ctx } = context;
  SnOwnerHotkeyLastSet.set(store, ctx.now, netuid);
  SubnetOwnerHotkey.set(store, hotkey, netuid);
  emitEvent(ctx, "SubtensorModule", "SubnetOwnerHotkeySet", { netuid, hotkey });
}

/** `set_sn_owner_hotkey`: validate, then apply. */
export function setSnOwnerHotkey(context: DispatchContext, netuid: number, hotkey: string): void {
  validateSetSnOwnerHotkey(context, netuid);
  applySetSnOwnerHotkey(context, netuid, hotkey);
}
