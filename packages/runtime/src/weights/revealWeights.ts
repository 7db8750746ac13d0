/**
 * chain.md §13.3 `reveal_weights(netuid, uids, values, salt, version_key)` (H, Pays::No), subtensor
 * `subnets/weights.rs::do_reveal_weights`: a validator opens a commit and its weights are stored.
 *
 * Steps: (1) commit-reveal on, a queue exists; (2) drop expired commits from the front, remembering their
 * hashes, and compute the §13.2 hash; (3) queue now empty → expired or none; (4) hash not queued → expired
 * or mismatch; (5) the commit must be revealable; (6) pop it and every older commit, then run `set_weights`
 * checks 1–13 (rate limit skipped: commit-reveal is on) and store the row. `LastUpdate` is left alone: the
 * commit set it. Any failure fails the whole reveal and the commit is not consumed.
 * Events: `WeightsSet {netuid, uid}` (as subtensor, which stores through `do_set_weights`), then
 * `WeightsRevealed {hotkey, netuid, hash}`.
 * Raises, in order: `CommitRevealDisabled`, `NoWeightsCommitFound`, `ExpiredWeightCommit`,
 * `InvalidRevealCommitHashNotMatch`, `RevealTooEarly`, then checks 1–13 of validateWeights.ts.
 */
import { decodeSs58, toHex, weightCommitHash } from "@opentao/primitives";
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { epochIndexWithLookahead } from "../scheduler/epochIndexWithLookahead.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { CommitRevealWeightsEnabled, RevealPeriodEpochs } from "../subnets/hyperparameters.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import {
  type DroppedWeightCommits,
  dropExpiredWeightCommits,
  isWeightCommitRevealable,
} from "./dropExpiredWeightCommits.ts";
import { applySetWeights } from "./setWeights.ts";
import { validateWeights } from "./validateWeights.ts";
import { type WeightCommitRecord, WeightCommits, writeWeightCommits } from "./weightsStorage.ts";

/** One revealed weight vector with the salt and version key it was committed with. */
export type WeightReveal = {
  readonly uids: readonly number[];
  readonly values: readonly number[];
  readonly salt: readonly number[];
  /** u64, below 2^53. */
  readonly versionKey: number;
};

/** The §13.2 commit hash of `reveal` by `hotkey` (SS58) on `netuid` (mechanism 0). */
export function revealCommitHash(hotkey: string, netuid: number, reveal: WeightReveal): Uint8Array {
  return weightCommitHash({
    hotkey: decodeSs58(hotkey),
    netuid,
    uids: reveal.uids,
    values: reveal.values,
    salt: reveal.salt,
    versionKey: BigInt(reveal.versionKey),
  });
}

/** The signer's commit queue for a reveal at block `now`, split at its first unexpired commit. */
export type RevealQueue = DroppedWeightCommits & {
  readonly currentEpoch: number;
  readonly revealPeriod: number;
};

/**
 * §13.3 steps 1 and 2 shared by both reveals: commit-reveal on, a stored queue, expired commits split off.
 * Writes nothing.
 */
export function readRevealQueue(
  store: KeyValueStore,
  netuid: number,
  hotkey: string,
  now: number,
): RevealQueue {
  if (!CommitRevealWeightsEnabled.get(store, netuid)) {
    throw dispatchError("SubtensorModule", "CommitRevealDisabled", { netuid });
  }
  if (!WeightCommits.has(store, netuid, hotkey)) {
    throw dispatchError("SubtensorModule", "NoWeightsCommitFound", { netuid, hotkey });
  }
  const currentEpoch = epochIndexWithLookahead(store, netuid, now);
  const revealPeriod = RevealPeriodEpochs.get(store, netuid);
  const dropped = dropExpiredWeightCommits(
    WeightCommits.get(store, netuid, hotkey),
    currentEpoch,
    revealPeriod,
  );
  return { ...dropped, currentEpoch, revealPeriod };
}

const sameHash = (hash: Uint8Array) => (commit: WeightCommitRecord) => toHex(commit.hash) === toHex(hash);

/**
 * §13.3 steps 4 and 5: the index in `queue` of the first commit with `hash`, which must be revealable.
 * `ExpiredWeightCommit` when only a dropped commit had the hash, else `InvalidRevealCommitHashNotMatch`.
 */
export function findRevealableCommit(
  queue: readonly WeightCommitRecord[],
  revealQueue: RevealQueue,
  netuid: number,
  hash: Uint8Array,
): number {
  const index = queue.findIndex(sameHash(hash));
  if (index === -1) {
    const expired = revealQueue.expired.some(sameHash(hash));
    throw dispatchError(
      "SubtensorModule",
      expired ? "ExpiredWeightCommit" : "InvalidRevealCommitHashNotMatch",
      {
        netuid,
        hash: toHex(hash),
      },
    );
  }
  const commit = queue[index]!;
  if (!isWeightCommitRevealable(revealQueue.currentEpoch, commit.commitEpoch, revealQueue.revealPeriod)) {
    throw dispatchError("SubtensorModule", "RevealTooEarly", {
      netuid,
      commitEpoch: commit.commitEpoch,
      revealEpoch: commit.commitEpoch + revealQueue.revealPeriod,
      currentEpoch: revealQueue.currentEpoch,
    });
  }
  return index;
}

/** What a validated reveal writes. */
export type ValidatedReveal = {
  readonly hotkey: string;
  readonly uid: number;
  readonly hash: Uint8Array;
  /** The queue left after popping the revealed commit and every older one. */
  readonly remaining: readonly WeightCommitRecord[];
};

/** Steps 1–6 of §13.3 in order. Writes nothing. */
export function validateRevealWeights(
  context: DispatchContext,
  netuid: number,
  reveal: WeightReveal,
): ValidatedReveal {
  const { store, ctx } = context;
  const hotkey = ensureSigned(context.origin);
  // 1–2. Commit-reveal on, a queue; expired commits split off; the hash.
  const revealQueue = readRevealQueue(store, netuid, hotkey, ctx.now);
  const hash = revealCommitHash(hotkey, netuid, reveal);
  // 3. Nothing left to reveal.
  if (revealQueue.kept.length === 0) {
    const expired = revealQueue.expired.some(sameHash(hash));
    throw dispatchError("SubtensorModule", expired ? "ExpiredWeightCommit" : "NoWeightsCommitFound", {
      netuid,
      hotkey,
      hash: toHex(hash),
    });
  }
  // 4–5. The matching commit, revealable now.
  const index = findRevealableCommit(revealQueue.kept, revealQueue, netuid, hash);
  // 6. set_weights checks 1–13 (rate limit skipped under commit-reveal).
  const uid = validateWeights(
    store,
    { netuid, hotkey, dests: reveal.uids, weights: reveal.values, versionKey: reveal.versionKey },
    ctx.now,
  );
  return { hotkey, uid, hash, remaining: revealQueue.kept.slice(index + 1) };
}

/** Pops the commits, stores the weights, emits `WeightsSet` and `WeightsRevealed`. */
export function applyRevealWeights(
  context: DispatchContext,
  netuid: number,
  reveal: WeightReveal,
  validated: ValidatedReveal,
): void {
  writeWeightCommits(context.store, netuid, validated.hotkey, validated.remaining);
  applySetWeights(context, netuid, validated.uid, reveal.uids, reveal.values);
  emitEvent(context.ctx, "SubtensorModule", "WeightsRevealed", {
    hotkey: validated.hotkey,
    netuid,
    hash: toHex(validated.hash),
  });
}

/** `reveal_weights`: validate, then apply. */
export function revealWeights(context: DispatchContext, netuid: number, reveal: WeightReveal): void {
  const validated = validateRevealWeights(context, netuid, reveal);
  applyRevealWeights(context, netuid, reveal, validated);
}
