/**
 * The partial-success rule of chain.md §3.3 and §13.1 for `batch_set_weights` and `batch_commit_weights`
 * (subtensor `subnets/weights.rs::do_batch_set_weights`, `do_batch_commit_weights`): each item runs as its
 * own call in a nested overlay, kept on success and discarded on failure, so a failed item leaves no state
 * and no events behind. Failures are reported as events, in item order: `BatchCompletedWithErrors {}`
 * before the first one, then `BatchWeightItemFailed {netuid, error}` for each.
 */
import { DispatchError } from "@opentao/primitives";
import { emitEvent } from "../block/blockContext.ts";
import { Overlay } from "../state/keyValueStore.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";

/** Runs one item; returns its DispatchError (state and events rolled back), or null on success. */
export function runBatchItem(
  context: DispatchContext,
  item: (itemContext: DispatchContext) => void,
): DispatchError | null {
  const overlay = new Overlay(context.store);
  const eventCount = context.ctx.events.length;
  try {
    item({ ...context, store: overlay });
  } catch (error) {
    // Only a chain.md §20 failure is an item failure; anything else is a bug and fails the block.
    if (!(error instanceof DispatchError)) throw error;
    context.ctx.events.length = eventCount;
    return error;
  }
  overlay.commit();
  return null;
}

/**
 * Runs every item of a batch in order with `runBatchItem`, emitting the failure events as they happen;
 * returns the number of failed items.
 */
export function runBatch(
  context: DispatchContext,
  netuids: readonly number[],
  item: (itemContext: DispatchContext, index: number) => void,
): number {
  let failures = 0;
  netuids.forEach((netuid, index) => {
    const error = runBatchItem(context, (itemContext) => item(itemContext, index));
    if (error === null) return;
    if (failures === 0) emitEvent(context.ctx, "SubtensorModule", "BatchCompletedWithErrors", {});
    failures += 1;
    emitEvent(context.ctx, "SubtensorModule", "BatchWeightItemFailed", { netuid, error: error.error });
  });
  return failures;
}
