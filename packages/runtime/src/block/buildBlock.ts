/**
 * Block authoring (chain.md §4, §3.2): like `applyBlock`, but the extrinsics are candidates from the
 * pool. A candidate that fails a validity check (checks 1–7, the block's weight and length limits, or
 * check 8 for free calls) is skipped rather than failing the block, and reported in `skipped`. The
 * result is a complete block whose import by `applyBlock` gives the same state root.
 */
import { InvalidTransactionError } from "@opentao/primitives";
import { type KeyValueStore, Overlay } from "../state/keyValueStore.ts";
import { applyExtrinsic } from "../transactions/applyExtrinsic.ts";
import type { CallRegistry } from "../transactions/callRegistry.ts";
import { runtimeCalls } from "../transactions/calls.ts";
import { checkTransaction } from "../transactions/checkTransaction.ts";
import type { AppliedBlock } from "./applyBlock.ts";
import {
  type BlockFields,
  beginBlock,
  checkBlockResources,
  completeHeader,
  finishBlock,
  includeExtrinsic,
  recordExtrinsic,
} from "./blockExecution.ts";
import { type Block, blockHash } from "./header.ts";
import { PIPELINE_HOOKS, type PipelineHooks } from "./pipeline.ts";

/** Options of `buildBlock`: as `applyBlock`, with `signatureResults` one per candidate. */
export type BuildBlockOptions = {
  readonly genesisHash: string;
  /** One entry per candidate, from a verification done beforehand; absent: verify here. */
  readonly signatureResults?: readonly boolean[];
  readonly pipeline?: PipelineHooks;
  readonly calls?: CallRegistry;
};

/** A candidate left out of the block, and why. */
export type SkippedExtrinsic = { readonly candidate: number; readonly error: InvalidTransactionError };

/** The authored block (header and included extrinsics), what it produced, and the candidates left out. */
export type BuiltBlock = AppliedBlock & {
  readonly block: Block;
  readonly skipped: readonly SkippedExtrinsic[];
};

/** Builds and commits the next block from `candidates` (in the order given: the pool's priority order). */
export function buildBlock(
  store: KeyValueStore,
  fields: BlockFields,
  candidates: readonly unknown[],
  options: BuildBlockOptions,
): BuiltBlock {
  const { genesisHash, signatureResults, pipeline = PIPELINE_HOOKS, calls = runtimeCalls() } = options;
  // 0–7. the per-block pipeline (block/pipeline.ts)
  const execution = beginBlock(store, fields, pipeline);
  const skipped: SkippedExtrinsic[] = [];
  // 8. extrinsics, skipping the invalid
  candidates.forEach((candidate, index) => {
    try {
      const checked = checkTransaction(execution.overlay, candidate, {
        genesisHash,
        now: fields.number,
        calls,
        ...(signatureResults === undefined ? {} : { signatureValid: signatureResults[index]! }),
      });
      checkBlockResources(execution, checked);
      if (checked.paysFee) {
        includeExtrinsic(execution, execution.overlay, checked);
        return;
      }
      // Check 8: a free call goes in only if it succeeds; tried in an overlay that is kept on success.
      const trial = new Overlay(execution.overlay);
      const eventCount = execution.ctx.events.length;
      const result = applyExtrinsic(trial, execution.ctx, checked, execution.extrinsics.length);
      if (result.success) {
        trial.commit();
        recordExtrinsic(execution, checked, result);
        return;
      }
      execution.ctx.events.length = eventCount;
      throw new InvalidTransactionError(
        "Custom",
        `${checked.call.definition.module}.${checked.call.definition.method} fails with ${result.error.module}.${result.error.error}`,
        result.error.error,
      );
    } catch (error) {
      if (!(error instanceof InvalidTransactionError)) throw error;
      skipped.push({ candidate: index, error });
    }
  });
  const outcome = finishBlock(execution);
  execution.overlay.commit();
  const header = completeHeader(fields, outcome);
  return {
    ...outcome,
    header,
    hash: blockHash(header),
    block: { header, extrinsics: execution.extrinsics },
    skipped,
  };
}
