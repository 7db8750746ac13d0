/**
 * Checks shared by the staking calls (chain.md §12.2, §12.3), each throwing the §20 error with the
 * numbers it compared. Internal to staking/.
 */
import { DispatchError } from "@opentao/primitives";
import { dispatchError } from "../errors.ts";
import { hotkeyAccountExists } from "../neurons/hotkeyOwner.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { SubtokenEnabled, subnetExists } from "../subnets/subnetsStorage.ts";

/** `SubnetNotExists`. */
export function ensureSubnetExists(store: KeyValueStore, netuid: number): void {
  if (!subnetExists(store, netuid)) throw dispatchError("SubtensorModule", "SubnetNotExists", { netuid });
}

/** `SubtokenDisabled`: staking is allowed only after `start_call` (root always). */
export function ensureSubtokenEnabled(store: KeyValueStore, netuid: number): void {
  if (!SubtokenEnabled.get(store, netuid))
    throw dispatchError("SubtensorModule", "SubtokenDisabled", { netuid });
}

/** `HotKeyAccountNotExists`: the hotkey has no owner (§2.4). */
export function ensureHotkeyExists(store: KeyValueStore, hotkey: string): void {
  if (!hotkeyAccountExists(store, hotkey))
    throw dispatchError("SubtensorModule", "HotKeyAccountNotExists", { hotkey });
}

/** Runs `f`; a DispatchError it throws becomes `InsufficientLiquidity` (a refused simulated swap). */
export function simOrInsufficientLiquidity<T>(netuid: number, amount: bigint, f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof DispatchError) {
      throw dispatchError("SubtensorModule", "InsufficientLiquidity", {
        netuid,
        amount,
        swapError: error.error,
      });
    }
    throw error;
  }
}
