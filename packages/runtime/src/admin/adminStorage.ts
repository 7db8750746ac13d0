/**
 * The rate-limit records of the owner admin calls (chain.md §7, §8.1; subtensor `LastRateLimitedBlock`
 * of `utils/rate_limiting.rs`). Only owner-origin successes are recorded: root bypasses the limits and
 * leaves them untouched (subtensor `record_owner_rl` records only `Some(owner)`).
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { numberCodec, StorageMap } from "../state/storage.ts";

/**
 * Block of the owner's last successful change of a hyperparameter, keyed by (netuid, JSON name of the
 * parameter, or `triggerEpoch` for `trigger_epoch`); 0 = never.
 */
export const OwnerHyperparamLastSet = new StorageMap<[number, string], number>(
  "AdminUtils.OwnerHyperparamLastSet",
  numberCodec,
  0,
);

/** Block of the owner's last `set_tempo` on a subnet, keyed by (netuid, owner coldkey); 0 = never. */
export const TempoLastSet = new StorageMap<[number, string], number>(
  "SubtensorModule.TempoLastSet",
  numberCodec,
  0,
);

/**
 * Deletes every rate-limit record of `netuid` (dissolution, chain.md §6.6 step 3), so that a subnet that
 * reuses the netuid starts with no limits pending.
 */
export function removeAdminSubnetState(store: KeyValueStore, netuid: number): void {
  for (const map of [OwnerHyperparamLastSet, TempoLastSet]) {
    for (const [parts] of map.entries(store, netuid)) map.remove(store, netuid, parts[1]!);
  }
}
