/**
 * chain.md §13.3 `batch_reveal_weights(netuid, uids_list, values_list, salts_list, version_keys)`
 * (H, Pays::No), subtensor `subnets/weights.rs::do_batch_reveal_weights`: several reveals on one subnet,
 * all or nothing (unlike the other batches, a failure fails the whole call).
 *
 * Every hash is checked first (steps 4–5 against the queue after dropping expired commits); then, in order,
 * each reveal removes only its matching commit (a hash given twice for one commit fails the second time
 * with `InvalidRevealCommitHashNotMatch`) and its weights pass `set_weights` checks 1–13 and are stored.
 * Events: `WeightsSet {netuid, uid}` per reveal, then `WeightsBatchRevealed {hotkey, netuid, hashes}`.
 * Raises, in order: `InputLengthsUnequal`, `CommitRevealDisabled`, `NoWeightsCommitFound`,
 * `ExpiredWeightCommit` / `InvalidRevealCommitHashNotMatch` / `RevealTooEarly` (first bad reveal), then
 * per reveal `InvalidRevealCommitHashNotMatch` and checks 1–13 of validateWeights.ts.
 */
import { toHex } from "@opentao/primitives";
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import {
  findRevealableCommit,
  readRevealQueue,
  revealCommitHash,
  type WeightReveal,
} from "./revealWeights.ts";
import { applySetWeights } from "./setWeights.ts";
import { validateWeights } from "./validateWeights.ts";
import type { WeightCommitRecord } from "./weightsStorage.ts";
import { writeWeightCommits } from "./weightsStorage.ts";

/** What a validated batch reveal writes. */
export type ValidatedBatchReveal = {
  readonly hotkey: string;
  readonly uid: number;
  readonly hashes: readonly Uint8Array[];
  /** The queue left after removing every revealed commit. */
  readonly remaining: readonly WeightCommitRecord[];
};

/** The checks of §13.3 in subtensor's order, simulating the removals. Writes nothing. */
export function validateBatchRevealWeights(
  context: DispatchContext,
  netuid: number,
  reveals: readonly WeightReveal[],
  listLengths: readonly number[],
): ValidatedBatchReveal {
  const { store, ctx } = context;
  const hotkey = ensureSigned(context.origin);
  if (listLengths.some((length) => length !== listLengths[0])) {
    throw dispatchError("SubtensorModule", "InputLengthsUnequal", {
      uidsList: listLengths[0] ?? 0,
      valuesList: listLengths[1] ?? 0,
      saltsList: listLengths[2] ?? 0,
      versionKeys: listLengths[3] ?? 0,
    });
  }
  const revealQueue = readRevealQueue(store, netuid, hotkey, ctx.now);
  // Every hash first, against the queue as it stands after dropping expired commits.
  const hashes = reveals.map((reveal) => revealCommitHash(hotkey, netuid, reveal));
  for (const hash of hashes) findRevealableCommit(revealQueue.kept, revealQueue, netuid, hash);
  // Then each reveal in order: remove its commit, check its weights. Storing a row changes nothing that
  // checks 1–13 read under commit-reveal, so checking all before storing any gives subtensor's result.
  let queue = revealQueue.kept;
  let uid = -1;
  reveals.forEach((reveal, i) => {
    const hash = hashes[i]!;
    const index = queue.findIndex((commit) => toHex(commit.hash) === toHex(hash));
    if (index === -1) {
      throw dispatchError("SubtensorModule", "InvalidRevealCommitHashNotMatch", {
        netuid,
        hash: toHex(hash),
      });
    }
    queue = [...queue.slice(0, index), ...queue.slice(index + 1)];
    uid = validateWeights(
      store,
      { netuid, hotkey, dests: reveal.uids, weights: reveal.values, versionKey: reveal.versionKey },
      ctx.now,
    );
  });
  return { hotkey, uid, hashes, remaining: queue };
}

/** Stores the queue and every reveal's weights; emits `WeightsSet` per reveal and `WeightsBatchRevealed`. */
export function applyBatchRevealWeights(
  context: DispatchContext,
  netuid: number,
  reveals: readonly WeightReveal[],
  validated: ValidatedBatchReveal,
): void {
  writeWeightCommits(context.store, netuid, validated.hotkey, validated.remaining);
  for (const reveal of reveals) applySetWeights(context, netuid, validated.uid, reveal.uids, reveal.values);
  emitEvent(context.ctx, "SubtensorModule", "WeightsBatchRevealed", {
    hotkey: validated.hotkey,
    netuid,
    hashes: validated.hashes.map(toHex),
  });
}

/** The call's lists, one entry per reveal. */
export type BatchRevealWeightsParameters = {
  readonly netuid: number;
  readonly uidsList: readonly (readonly number[])[];
  readonly valuesList: readonly (readonly number[])[];
  readonly saltsList: readonly (readonly number[])[];
  readonly versionKeys: readonly number[];
};

/** `batch_reveal_weights`: validate, then apply. */
export function batchRevealWeights(context: DispatchContext, parameters: BatchRevealWeightsParameters): void {
  const { netuid, uidsList, valuesList, saltsList, versionKeys } = parameters;
  const lengths = [uidsList.length, valuesList.length, saltsList.length, versionKeys.length];
  const reveals: WeightReveal[] = [];
  // Zip only up to the shortest list; unequal lengths fail validation before any reveal is read.
  for (let i = 0; i < Math.min(...lengths); i += 1) {
    reveals.push({
      uids: uidsList[i]!,
      values: valuesList[i]!,
      salt: saltsList[i]!,
      versionKey: versionKeys[i]!,
    });
  }
  const validated = validateBatchRevealWeights(context, netuid, reveals, lengths);
  applyBatchRevealWeights(context, netuid, reveals, validated);
}
