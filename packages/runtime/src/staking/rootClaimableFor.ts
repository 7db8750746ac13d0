/**
 * chain.md §12.9 reads (subtensor `staking/claim_root.rs::get_root_owed_for_hotkey_coldkey`): what a
 * (hotkey, coldkey) root position may claim on a subnet, and every such amount of one coldkey for the
 * RPC's stake views. Pure reads.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { ROOT_NETUID } from "../subnets/subnetsStorage.ts";
import { F18_ONE } from "../swap/index.ts";
import { getStake } from "./stakePosition.ts";
import { RootClaimable, RootClaimed, StakingHotkeys } from "./stakingStorage.ts";

/**
 * `owed(h, c, n) = max(0, floor(RootClaimable[h][n] · rootStake(h, c) / 10^18) − RootClaimed[(n, h, c)])`,
 * alpha-rao of subnet `n`.
 */
export function rootClaimOwed(store: KeyValueStore, hotkey: string, coldkey: string, netuid: number): bigint {
  const rate = RootClaimable.get(store, hotkey, netuid);
  if (rate === 0n) return 0n;
  const earned = (rate * getStake(store, hotkey, coldkey, ROOT_NETUID)) / F18_ONE;
  const claimed = RootClaimed.get(store, netuid, hotkey, coldkey);
  return earned > claimed ? earned - claimed : 0n;
}

/** One claimable amount: alpha-rao of `netuid` that (hotkey, coldkey) may claim. */
export type RootClaimableEntry = { readonly hotkey: string; readonly netuid: number; readonly owed: bigint };

/**
 * Every non-zero amount `coldkey` may claim with `claim_root`: hotkeys in `StakingHotkeys[coldkey]`
 * order, subnets ascending. The per-subnet `rootClaimableThreshold` is not applied (a claim skips
 * amounts below it).
 */
export function rootClaimableFor(store: KeyValueStore, coldkey: string): RootClaimableEntry[] {
  const out: RootClaimableEntry[] = [];
  for (const hotkey of StakingHotkeys.get(store, coldkey)) {
    for (const [parts] of RootClaimable.entries(store, hotkey)) {
      const netuid = Number(parts[1]);
      const owed = rootClaimOwed(store, hotkey, coldkey, netuid);
      if (owed > 0n) out.push({ hotkey, netuid, owed });
    }
  }
  return out;
}
