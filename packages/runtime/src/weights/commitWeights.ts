/**
 * chain.md §13.3 `commit_weights(netuid, commit_hash)` (H, Pays::No), subtensor
 * `subnets/weights.rs::do_commit_weights`: a validator commits to a weight vector by its §13.2 hash, to
 * reveal it `revealPeriodEpochs` epochs later.
 *
 * Effects: expired commits dropped from the queue front; `(hash, epochIndexWithLookahead(n), now)`
 * appended; `LastUpdate[n][uid] = now` (the commit, not the reveal, counts as the validator's update,
 * yuma.md §3). Event: `WeightsCommitted {hotkey, netuid, hash}`.
 * Raises, in order: `SubnetNotExists`, `CommitRevealDisabled`, `HotKeyNotRegisteredInSubNet`,
 * `CommittingWeightsTooFast`, `TooManyUnrevealedCommits`.
 */
import { toHex } from "@opentao/primitives";
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { LastUpdate, uidOfHotkey } from "../neurons/neuronsStorage.ts";
import { epochIndexWithLookahead } from "../scheduler/epochIndexWithLookahead.ts";
import {
  CommitRevealWeightsEnabled,
  RevealPeriodEpochs,
  WeightsSetRateLimit,
} from "../subnets/hyperparameters.ts";
import { subnetExists } from "../subnets/subnetsStorage.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { dropExpiredWeightCommits } from "./dropExpiredWeightCommits.ts";
import { weightsRateLimitPasses } from "./validateWeights.ts";
import {
  MAX_UNREVEALED_COMMITS,
  type WeightCommitRecord,
  WeightCommits,
  writeWeightCommits,
} from "./weightsStorage.ts";

/** What a validated commit writes. */
export type ValidatedCommit = {
  readonly hotkey: string;
  readonly uid: number;
  /** The queue after dropping expired commits and appending this one. */
  readonly queue: readonly WeightCommitRecord[];
};

/** The §13.3 checks in order; returns the queue to store. Writes nothing. */
export function validateCommitWeights(
  context: DispatchContext,
  netuid: number,
  commitHash: Uint8Array,
): ValidatedCommit {
  const { store, ctx } = context;
  const hotkey = ensureSigned(context.origin);
  if (!subnetExists(store, netuid)) throw dispatchError("SubtensorModule", "SubnetNotExists", { netuid });
  if (!CommitRevealWeightsEnabled.get(store, netuid)) {
    throw dispatchError("SubtensorModule", "CommitRevealDisabled", { netuid });
  }
  const uid = uidOfHotkey(store, netuid, hotkey);
  if (uid === null) throw dispatchError("SubtensorModule", "HotKeyNotRegisteredInSubNet", { netuid, hotkey });
  if (!weightsRateLimitPasses(store, netuid, uid, ctx.now)) {
    throw dispatchError("SubtensorModule", "CommittingWeightsTooFast", {
      netuid,
      uid,
      lastUpdate: LastUpdate.get(store, netuid, uid),
      rateLimit: WeightsSetRateLimit.get(store, netuid),
      now: ctx.now,
    });
  }
  const currentEpoch = epochIndexWithLookahead(store, netuid, ctx.now);
  const { kept } = dropExpiredWeightCommits(
    WeightCommits.get(store, netuid, hotkey),
    currentEpoch,
    RevealPeriodEpochs.get(store, netuid),
  );
  if (kept.length >= MAX_UNREVEALED_COMMITS) {
    throw dispatchError("SubtensorModule", "TooManyUnrevealedCommits", {
      netuid,
      hotkey,
      unrevealed: kept.length,
      max: MAX_UNREVEALED_COMMITS,
    });
  }
  const queue = [...kept, { hash: commitHash.slice(), commitEpoch: currentEpoch, commitBlock: ctx.now }];
  return { hotkey, uid, queue };
}

/** Stores the queue, sets `LastUpdate`, emits `WeightsCommitted`. */
export function applyCommitWeights(
  context: DispatchContext,
  netuid: number,
  commitHash: Uint8Array,
  commit: ValidatedCommit,
): void {
  const { store, ctx } = context;
  writeWeightCommits(store, netuid, commit.hotkey, commit.queue);
  LastUpdate.set(store, ctx.now, netuid, commit.uid);
  emitEvent(ctx, "SubtensorModule", "WeightsCommitted", {
    hotkey: commit.hotkey,
    netuid,
    hash: toHex(commitHash),
  });
}

/** `commit_weights`: validate, then apply. */
export function commitWeights(context: DispatchContext, netuid: number, commitHash: Uint8Array): void {
  const commit = validateCommitWeights(context, netuid, commitHash);
  applyCommitWeights(context, netuid, commitHash, commit);
}
