/**
 * chain.md §12.2 (remove effects) and §12.8 check 7: a hotkey's total stake in TAO,
 * `Σ_n floor(TotalHotkeyAlpha[h][n]·price(n)/10^18)` (subtensor `staking/helpers.rs::
 * get_total_stake_for_hotkey`). Pure read.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { F18_ONE } from "../swap/index.ts";
import { TotalHotkeyAlpha } from "./stakingStorage.ts";
import { subnetPrice } from "./subnetPool.ts";

/** The hotkey's stake over every subnet, valued at spot price, rao. */
export function getTotalStakeForHotkey(store: KeyValueStore, hotkey: string): bigint {
  let total = 0n;
  for (const [parts, alpha] of TotalHotkeyAlpha.entries(store, hotkey)) {
    total += (alpha * subnetPrice(store, Number(parts[1]))) / F18_ONE;
  }
  return total;
}
