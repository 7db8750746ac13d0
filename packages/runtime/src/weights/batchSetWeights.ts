/**
 * chain.md §13.1 `batch_set_weights(netuids, weights, version_keys)` (H, Pays::No), subtensor
 * `subnets/weights.rs::do_batch_set_weights`: several `set_weights` in one call, with partial success.
 *
 * Each item runs `set_weights` independently (commit-reveal on → `CommitRevealEnabled`); a failed item is
 * rolled back and reported (`BatchCompletedWithErrors` before the first, `BatchWeightItemFailed {netuid,
 * error}`), the others stand. Always ends with `BatchWeightsCompleted {netuids, hotkey}`.
 * Raises (the whole call): `InputLengthsUnequal`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { runBatch } from "./runBatch.ts";
import { setWeights } from "./setWeights.ts";

export type BatchSetWeightsParameters = {
  readonly netuids: readonly number[];
  /** Per item, `[uid, weight]` pairs. */
  readonly weights: readonly (readonly (readonly [number, number])[])[];
  readonly versionKeys: readonly number[];
};

/** The whole-call checks; returns the signer. Writes nothing. */
export function validateBatchSetWeights(
  context: DispatchContext,
  parameters: BatchSetWeightsParameters,
): string {
  const hotkey = ensureSigned(context.origin);
  const { netuids, weights, versionKeys } = parameters;
  if (netuids.length !== weights.length || netuids.length !== versionKeys.length) {
    throw dispatchError("SubtensorModule", "InputLengthsUnequal", {
      netuids: netuids.length,
      weights: weights.length,
      versionKeys: versionKeys.length,
    });
  }
  return hotkey;
}

/** Runs every item as `set_weights` and emits the batch events. */
export function applyBatchSetWeights(
  context: DispatchContext,
  hotkey: string,
  parameters: BatchSetWeightsParameters,
): void {
  const { netuids, weights, versionKeys } = parameters;
  runBatch(context, netuids, (itemContext, i) => {
    const pairs = weights[i]!;
    setWeights(itemContext, {
      netuid: netuids[i]!,
      dests: pairs.map(([uid]) => uid),
      weights: pairs.map(([, weight]) => weight),
      versionKey: versionKeys[i]!,
    });
  });
  emitEvent(context.ctx, "SubtensorModule", "BatchWeightsCompleted", { netuids: [...netuids], hotkey });
}

/** `batch_set_weights`: validate, then apply. */
export function batchSetWeights(context: DispatchContext, parameters: BatchSetWeightsParameters): void {
  const hotkey = validateBatchSetWeights(context, parameters);
  applyBatchSetWeights(context, hotkey, parameters);
}
