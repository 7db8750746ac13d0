/**
 * chain.md §12.6 reads shared by the take calls: the owner check and the current take (`Delegates[h]`,
 * default `DefaultTake`). Internal to staking/.
 */
import { dispatchError } from "../errors.ts";
import { Owner } from "../neurons/hotkeyOwner.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { Delegates } from "./stakingStorage.ts";

/** `NonAssociatedColdKey` unless `coldkey` owns `hotkey`. */
export function ensureOwnsHotkey(store: KeyValueStore, coldkey: string, hotkey: string): void {
  const owner = Owner.get(store, hotkey);
  if (owner !== coldkey) {
    throw dispatchError("SubtensorModule", "NonAssociatedColdKey", {
      hotkey,
      coldkey,
      owner: owner === "" ? null : owner,
    });
  }
}

/** The hotkey's delegate take, U16P: `Delegates[h]`, or `DefaultTake` while unset. */
export function getDelegateTake(store: KeyValueStore, hotkey: string): number {
  return Delegates.has(store, hotkey) ? Delegates.get(store, hotkey) : getNetworkParam(store, "DefaultTake");
}
