/**
 * chain.md §13.3 commit expiry: a commit is *expired* iff `epochIndexWithLookahead(n) > commit_epoch +
 * revealPeriodEpochs` and *revealable* iff the two are equal (subtensor `subnets/weights.rs`
 * `is_commit_expired`, `is_reveal_block_range`). Commits enter the FIFO with non-decreasing epochs, so
 * the expired ones are always at its front.
 */
import type { WeightCommitRecord } from "./weightsStorage.ts";

/** The commit can no longer be revealed. */
export function isWeightCommitExpired(
  currentEpoch: number,
  commitEpoch: number,
  revealPeriod: number,
): boolean {
  return currentEpoch > commitEpoch + revealPeriod;
}

/** The commit can be revealed now: exactly `revealPeriod` epochs after its commit epoch. */
export function isWeightCommitRevealable(
  currentEpoch: number,
  commitEpoch: number,
  revealPeriod: number,
): boolean {
  return currentEpoch === commitEpoch + revealPeriod;
}

/** The queue split at its first unexpired commit: `expired` (dropped, oldest first) and `kept`. */
export type DroppedWeightCommits = {
  readonly kept: readonly WeightCommitRecord[];
  readonly expired: readonly WeightCommitRecord[];
};

/** Drops expired commits from the front of `queue` (pure: the caller decides whether to persist). */
export function dropExpiredWeightCommits(
  queue: readonly WeightCommitRecord[],
  currentEpoch: number,
  revealPeriod: number,
): DroppedWeightCommits {
  let firstKept = 0;
  while (
    firstKept < queue.length &&
    isWeightCommitExpired(currentEpoch, queue[firstKept]!.commitEpoch, revealPeriod)
  ) {
    firstKept += 1;
  }
  return { kept: queue.slice(firstKept), expired: queue.slice(0, firstKept) };
}
