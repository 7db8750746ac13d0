/**
 * yuma.md §3.1 commit blocks (chain.md §13.3, last paragraph), the `commit_block[i]` input of the epoch,
 * subtensor `epoch/run_epoch.rs` (`get_commit_blocks…` over `WeightCommits`): walking a hotkey's v2 queue
 * in order, the commit block of its first unexpired commit, or null ("no active commit", u64::MAX). The
 * epoch masks this validator's weights to uids registered after that block. Pure reads.
 *
 * Expiry uses `epochIndexWithLookahead(n)` at `now` exactly as the calls do, so the epoch sees the commits
 * a reveal in the same block would see.
 */
import { Keys, SubnetworkN } from "../neurons/neuronsStorage.ts";
import { epochIndexWithLookahead } from "../scheduler/epochIndexWithLookahead.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { RevealPeriodEpochs } from "../subnets/hyperparameters.ts";
import { isWeightCommitExpired } from "./dropExpiredWeightCommits.ts";
import { WeightCommits } from "./weightsStorage.ts";

/** `commit_block` of `hotkey` on `netuid` at block `now`: its earliest unexpired commit's block, or null. */
export function commitBlockForEpoch(
  store: KeyValueStore,
  netuid: number,
  hotkey: string,
  now: number,
): bigint | null {
  const currentEpoch = epochIndexWithLookahead(store, netuid, now);
  const revealPeriod = RevealPeriodEpochs.get(store, netuid);
  const first = WeightCommits.get(store, netuid, hotkey).find(
    (commit) => !isWeightCommitExpired(currentEpoch, commit.commitEpoch, revealPeriod),
  );
  return first === undefined ? null : BigInt(first.commitBlock);
}

/** `commit_block[i]` for every uid `0..SubnetworkN−1` of `netuid` (a uid without a hotkey: null). */
export function commitBlocksForEpoch(store: KeyValueStore, netuid: number, now: number): (bigint | null)[] {
  const n = SubnetworkN.get(store, netuid);
  const hotkeys: string[] = [];
  for (let uid = 0; uid < n; uid += 1) hotkeys.push(Keys.get(store, netuid, uid));
  return commitBlocksOfHotkeys(store, netuid, hotkeys, now);
}

/**
 * `commitBlocksForEpoch` given the subnet's hotkeys in uid order (`Keys`, "" for none): the epoch index
 * and reveal period are read once for all of them, as nothing is written in between.
 */
export function commitBlocksOfHotkeys(
  store: KeyValueStore,
  netuid: number,
  hotkeys: readonly string[],
  now: number,
): (bigint | null)[] {
  const out: (bigint | null)[] = [];
  if (hotkeys.length === 0) return out;
  const currentEpoch = epochIndexWithLookahead(store, netuid, now);
  const revealPeriod = RevealPeriodEpochs.get(store, netuid);
  for (const hotkey of hotkeys) {
    if (hotkey === "") {
      out.push(null);
      continue;
    }
    const first = WeightCommits.get(store, netuid, hotkey).find(
      (commit) => !isWeightCommitExpired(currentEpoch, commit.commitEpoch, revealPeriod),
    );
    out.push(first === undefined ? null : BigInt(first.commitBlock));
  }
  return out;
}
