/**
 * chain.md §12.9 bookkeeping when root stake changes (subtensor `staking/claim_root.rs`
 * `add_stake_adjust_root_claimed_for_hotkey_and_coldkey`, `remove_stake_adjust_root_claimed_…`): new root
 * stake never claims dividends accrued before it arrived, and removed stake gives back its credit.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { F18_ONE } from "../swap/index.ts";
import { RootClaimable, RootClaimed } from "./stakingStorage.ts";

/**
 * Root stake of (hotkey, coldkey) changed by `delta` rao (positive: added, negative: removed): for every
 * subnet `n` with a rate in `RootClaimable[hotkey]`, `RootClaimed[(n,h,c)] ±= floor(rate·|delta|/10^18)`,
 * saturating at 0.
 */
export function adjustRootClaimed(
  store: KeyValueStore,
  hotkey: string,
  coldkey: string,
  delta: bigint,
): void {
  if (delta === 0n) return;
  const magnitude = delta < 0n ? -delta : delta;
  for (const [parts, rate] of RootClaimable.entries(store, hotkey)) {
    const netuid = Number(parts[1]);
    const change = (rate * magnitude) / F18_ONE;
    if (change === 0n) continue;
    const claimed = RootClaimed.get(store, netuid, hotkey, coldkey);
    const next = delta > 0n ? claimed + change : claimed > change ? claimed - change : 0n;
    if (next === 0n) RootClaimed.remove(store, netuid, hotkey, coldkey);
    else RootClaimed.set(store, next, netuid, hotkey, coldkey);
  }
}
