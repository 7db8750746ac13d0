/**
 * chain.md §13.3 commit-reveal v2 state (subtensor pallets/subtensor/src/lib.rs `WeightCommits`), and the
 * limits of §13. The weight rows themselves, `Weights[n][uid]`, and `LastUpdate[n][uid]` are per-UID state
 * owned by neurons/neuronsStorage.ts (replacement clears them there); this module writes them.
 *
 * Keys read `SubtensorModule.WeightCommits/<netuid>/<hotkey>`. An empty queue is never stored: the last
 * commit taken out removes the entry, so "the queue exists" (§13.3 `NoWeightsCommitFound`) is `has`.
 */
import { fromHex, toHex } from "@opentao/primitives";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { jsonCodec, StorageMap } from "../state/storage.ts";

/** One unrevealed commit: the §13.2 hash, the epoch it counts from, and the block it was made in. */
export type WeightCommitRecord = {
  /** 32 bytes. */
  readonly hash: Uint8Array;
  /** `epochIndexWithLookahead(n)` at commit time. */
  readonly commitEpoch: number;
  readonly commitBlock: number;
};

/** At most this many unrevealed, unexpired commits per (netuid, hotkey) (`TooManyUnrevealedCommits`). */
export const MAX_UNREVEALED_COMMITS = 10;

/** `WeightCommits[n][hotkey]`: FIFO of commits, oldest first. */
export const WeightCommits = new StorageMap<[number, string], readonly WeightCommitRecord[]>(
  "SubtensorModule.WeightCommits",
  jsonCodec(
    (queue) => queue.map((c) => [toHex(c.hash), c.commitEpoch, c.commitBlock]),
    (json: [string, number, number][]) =>
      json.map(([hash, commitEpoch, commitBlock]) => ({ hash: fromHex(hash), commitEpoch, commitBlock })),
  ),
  [],
);

/** Writes a queue, removing the entry when it is empty. */
export function writeWeightCommits(
  store: KeyValueStore,
  netuid: number,
  hotkey: string,
  queue: readonly WeightCommitRecord[],
): void {
  if (queue.length === 0) WeightCommits.remove(store, netuid, hotkey);
  else WeightCommits.set(store, queue, netuid, hotkey);
}

/** Removes every commit queue of `netuid` (chain.md §6.6 step 3: dissolution). */
export function removeSubnetWeightCommits(store: KeyValueStore, netuid: number): void {
  for (const [parts] of WeightCommits.entries(store, netuid)) store.delete(WeightCommits.key(parts));
}
