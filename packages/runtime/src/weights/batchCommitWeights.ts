/**
 * chain.md §13.3 `batch_commit_weights(netuids, commit_hashes)` (H, Pays::No), subtensor
 * `subnets/weights.rs::do_batch_commit_weights`: several `commit_weights` in one call, with partial success
 * (chain.md §3.3).
 *
 * Each item runs `commit_weights` independently; a failed item is rolled back and reported
 * (`BatchCompletedWithErrors` before the first, `BatchWeightItemFailed {netuid, error}`). Always ends with
 * `BatchWeightsCompleted {netuids, hotkey}`.
 * Raises (the whole call): `InputLengthsUnequal`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { commitWeights } from "./commitWeights.ts";
import { runBatch } from "./runBatch.ts";

/** The whole-call checks; returns the signer. Writes nothing. */
export function validateBatchCommitWeights(
  context: DispatchContext,
  netuids: readonly number[],
  commitHashes: readonly Uint8Array[],
): string {
  const hotkey = ensureSigned(context.origin);
  if (netuids.length !== commitHashes.length) {
    throw dispatchError("SubtensorModule", "InputLengthsUnequal", {
      netuids: netuids.length,
      commitHashes: commitHashes.length,
    });
  }
  return hotkey;
}

/** Runs every item as `commit_weights` and emits the batch events. */
export function applyBatchCommitWeights(
  context: DispatchContext,
  hotkey: string,
  netuids: readonly number[],
  commitHashes: readonly Uint8Array[],
): void {
  runBatch(context, netuids, (itemContext, i) => commitWeights(itemContext, netuids[i]!, commitHashes[i]!));
  emitEvent(context.ctx, "SubtensorModule", "BatchWeightsCompleted", { netuids: [...netuids], hotkey });
}

/** `batch_commit_weights`: validate, then apply. */
export function batchCommitWeights(
  context: DispatchContext,
  netuids: readonly number[],
  commitHashes: readonly Uint8Array[],
): void {
  const hotkey = validateBatchCommitWeights(context, netuids, commitHashes);
  applyBatchCommitWeights(context, hotkey, netuids, commitHashes);
}
