/**
 * Block import (chain.md §4): runs the per-block pipeline (§4.2 steps 0–7, block/pipeline.ts), then every
 * extrinsic in block order (step 8, §3.3). The whole block runs in one overlay over `store`, committed
 * only when every extrinsic is valid (§3.2 checks 1–7; an included Pays::No call that fails just fails)
 * and the roots match the header: otherwise `BlockImportError` and the store is untouched.
 *
 * Signatures (check 3) are verified here one by one unless `signatureResults` carries the answers of
 * a verification done beforehand (the node's worker pool), which keeps this function synchronous and
 * pure while letting the node spread the expensive part over every core.
 */
import { InvalidTransactionError } from "@opentao/primitives";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import type { CallRegistry } from "../transactions/callRegistry.ts";
import { runtimeCalls } from "../transactions/calls.ts";
import { checkTransaction } from "../transactions/checkTransaction.ts";
import {
  type BlockFields,
  type BlockOutcome,
  beginBlock,
  checkBlockResources,
  completeHeader,
  finishBlock,
  includeExtrinsic,
} from "./blockExecution.ts";
import { BlockImportError } from "./blockImportError.ts";
import { blockHash, type Header } from "./header.ts";
import { PIPELINE_HOOKS, type PipelineHooks } from "./pipeline.ts";

/** A block to apply: a full header (import), or one without roots (an author applying a fixed list). */
export type BlockInput = {
  readonly header: BlockFields & { readonly stateRoot?: string; readonly extrinsicsRoot?: string };
  /** As received (JSON); each is checked against chain.md §3.1–§3.2. */
  readonly extrinsics: readonly unknown[];
};

/** Options of `applyBlock`. */
export type ApplyBlockOptions = {
  /** The chain's genesis hash (check 2). */
  readonly genesisHash: string;
  /**
   * One entry per extrinsic: whether its signature verified, from a verification done beforehand (e.g.
   * `createVerifyPool().verifyBatch(block.extrinsics.map(extrinsicSignedMessage))`). Absent: verify here.
   */
  readonly signatureResults?: readonly boolean[];
  /** The pipeline hooks; `PIPELINE_HOOKS` unless a test replaces them. */
  readonly pipeline?: PipelineHooks;
  /** The calls; `runtimeCalls()` unless a test adds its own. */
  readonly calls?: CallRegistry;
};

/** The applied block: its complete header and hash, and what it produced. */
export type AppliedBlock = BlockOutcome & { readonly header: Header; readonly hash: string };

/**
 * Applies `block` on top of `store` (whose last block must be `block.header.number − 1`) and commits it.
 * Throws `BlockImportError` (store unchanged) if the block is invalid.
 */
export function applyBlock(
  store: KeyValueStore,
  block: BlockInput,
  options: ApplyBlockOptions,
): AppliedBlock {
  const { genesisHash, signatureResults, pipeline = PIPELINE_HOOKS, calls = runtimeCalls() } = options;
  const { header } = block;
  if (signatureResults !== undefined && signatureResults.length !== block.extrinsics.length) {
    throw new RangeError(
      `signatureResults: expected ${block.extrinsics.length} entries (one per extrinsic), got ${signatureResults.length}`,
    );
  }
  // 0–7. the per-block pipeline (block/pipeline.ts)
  const execution = beginBlock(store, header, pipeline);
  // 8. extrinsics in block order
  block.extrinsics.forEach((extrinsic, index) => {
    try {
      const checked = checkTransaction(execution.overlay, extrinsic, {
        genesisHash,
        now: header.number,
        calls,
        ...(signatureResults === undefined ? {} : { signatureValid: signatureResults[index]! }),
      });
      checkBlockResources(execution, checked);
      includeExtrinsic(execution, execution.overlay, checked);
    } catch (error) {
      if (!(error instanceof InvalidTransactionError)) throw error;
      throw new BlockImportError(
        "InvalidExtrinsic",
        header.number,
        `extrinsic ${index} is invalid: ${error.reason}`,
        {
          index,
          cause: error,
        },
      );
    }
  });
  const outcome = finishBlock(execution);
  if (header.extrinsicsRoot !== undefined && header.extrinsicsRoot !== outcome.extrinsicsRoot) {
    throw new BlockImportError(
      "ExtrinsicsRootMismatch",
      header.number,
      `header has ${header.extrinsicsRoot}, the extrinsics give ${outcome.extrinsicsRoot}`,
    );
  }
  if (header.stateRoot !== undefined && header.stateRoot !== outcome.stateRoot) {
    throw new BlockImportError(
      "StateRootMismatch",
      header.number,
      `header has ${header.stateRoot}, the state after the block has ${outcome.stateRoot}`,
    );
  }
  execution.overlay.commit();
  const applied = completeHeader(header, outcome);
  return { ...outcome, header: applied, hash: blockHash(applied) };
}
