/**
 * chain.md §7 `blocksUntilNextAutoEpoch(n, b) = max(0, LastEpochBlock[n] + Tempo[n] − b)`: the blocks
 * left before the periodic epoch, ignoring a pending trigger. Read by the admin freeze window and by
 * `trigger_epoch` (`AutoEpochAlreadyImminent`).
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { Tempo } from "../subnets/hyperparameters.ts";
import { LastEpochBlock } from "../subnets/subnetsStorage.ts";

/**
 * `max(0, LastEpochBlock[n] + Tempo[n] − now)` (chain.md §7).
 *
 * @example blocksUntilNextAutoEpoch(store, 1, 105) // 5 when LastEpochBlock = 100 and Tempo = 10
 */
export function blocksUntilNextAutoEpoch(store: KeyValueStore, netuid: number, now: number): number {
  const remaining = LastEpochBlock.get(store, netuid) + Tempo.get(store, netuid) - now;
  return remaining > 0 ? remaining : 0;
}
