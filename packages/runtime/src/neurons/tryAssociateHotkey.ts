/**
 * chain.md §12.4 `try_associate_hotkey(hotkey)` (C), subtensor `staking/account.rs::do_try_associate_hotkey`:
 * claims an unowned hotkey for the caller, so it can be staked to before it has a UID. Succeeds without
 * change when the caller already owns it.
 *
 * Raises: `NonAssociatedColdKey` (owned by another coldkey).
 */
import { dispatchError } from "../errors.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { associateHotkey, canAssociateHotkey } from "./hotkeyOwner.ts";

/** Checks the hotkey is unowned or the caller's; returns the caller. Writes nothing. */
export function validateTryAssociateHotkey(context: DispatchContext, hotkey: string): string {
  const coldkey = ensureSigned(context.origin);
  if (!canAssociateHotkey(context.store, coldkey, hotkey)) {
    throw dispatchError("SubtensorModule", "NonAssociatedColdKey", { hotkey, coldkey });
  }
  return coldkey;
}

/** `try_associate_hotkey`: validate, then set `Owner[hotkey] = caller` if unset. */
export function tryAssociateHotkey(context: DispatchContext, hotkey: string): void {
  const coldkey = validateTryAssociateHotkey(context, hotkey);
  associateHotkey(context.store, coldkey, hotkey);
}
