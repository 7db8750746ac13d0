/**
 * chain.md §2.4 and §12.4 hotkey association: `Owner[hotkey] = coldkey` is set once, on first use
 * (registration, `register_network`, `try_associate_hotkey`), and never changes in v1; a hotkey "exists"
 * iff it has an owner. `OwnedHotkeys[coldkey]` lists a coldkey's hotkeys in association order.
 * subtensor `staking/helpers.rs::create_account_if_non_existent`, `coldkey_owns_hotkey`.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { jsonCodec, StorageMap, stringCodec } from "../state/storage.ts";

/** `Owner[hotkey]`: the hotkey's coldkey. */
export const Owner = new StorageMap<[string], string>("SubtensorModule.Owner", stringCodec, "");

/** `OwnedHotkeys[coldkey]`: the coldkey's hotkeys, in association order. */
export const OwnedHotkeys = new StorageMap<[string], readonly string[]>(
  "SubtensorModule.OwnedHotkeys",
  jsonCodec(
    (hotkeys) => [...hotkeys],
    (json: string[]) => json,
  ),
  [],
);

/** True when `hotkey` has an owner (chain.md §2.4: the hotkey "exists"). */
export function hotkeyAccountExists(store: KeyValueStore, hotkey: string): boolean {
  return Owner.has(store, hotkey);
}

/** True when `hotkey` is unowned or owned by `coldkey`: the association `coldkey` may use or create. */
export function canAssociateHotkey(store: KeyValueStore, coldkey: string, hotkey: string): boolean {
  return !Owner.has(store, hotkey) || Owner.get(store, hotkey) === coldkey;
}

/**
 * Sets `Owner[hotkey] = coldkey` and appends to `OwnedHotkeys[coldkey]` if the hotkey has no owner yet;
 * does nothing otherwise (callers check `canAssociateHotkey` first).
 */
export function associateHotkey(store: KeyValueStore, coldkey: string, hotkey: string): void {
  if (Owner.has(store, hotkey)) return;
  Owner.set(store, coldkey, hotkey);
  OwnedHotkeys.set(store, [...OwnedHotkeys.get(store, coldkey), hotkey], coldkey);
}
