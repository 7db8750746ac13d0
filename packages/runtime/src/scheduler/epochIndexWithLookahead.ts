/**
 * chain.md §7 `epochIndexWithLookahead(n) = SubnetEpochIndex[n] + (shouldRunEpoch(n, now) ? 1 : 0)`, the
 * epoch clock of commit-reveal (§13.3) and of the epoch's `commit_block` input (yuma.md §3.1); subtensor
 * `subnets/weights.rs::get_current_epoch_index` with lookahead.
 *
 * During extrinsics (pipeline step 8) a due epoch has already run in step 4 (`LastEpochBlock == now`),
 * so the lookahead is 0 unless a deferred epoch is still pending.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { SubnetEpochIndex } from "../subnets/subnetsStorage.ts";
import { shouldRunEpoch } from "./shouldRunEpoch.ts";

/** `SubnetEpochIndex[n] + (shouldRunEpoch(n, now) ? 1 : 0)` (chain.md §7). */
export function epochIndexWithLookahead(store: KeyValueStore, netuid: number, now: number): number {
  return SubnetEpochIndex.get(store, netuid) + (shouldRunEpoch(store, netuid, now) ? 1 : 0);
}
