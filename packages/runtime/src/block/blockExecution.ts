/**
 * The work `applyBlock` (import) and `buildBlock` (authoring) share: check the header fields against the
 * state, open the block's overlay and run the pipeline, include extrinsics within the block limits,
 * and compute the roots. The state is written only by `commit()` of the returned overlay.
 */
import { decodeSs58, InvalidTransactionError, toHex } from "@opentao/primitives";
import { type KeyValueStore, Overlay } from "../state/keyValueStore.ts";
import { stateRoot } from "../state/stateRoot.ts";
import { BlockNumber } from "../system/systemStorage.ts";
import { applyExtrinsic, type ExtrinsicResult } from "../transactions/applyExtrinsic.ts";
import type { CheckedExtrinsic } from "../transactions/checkTransaction.ts";
import type { SignedExtrinsic } from "../transactions/extrinsic.ts";
import { BLOCK_LENGTH_LIMIT, BLOCK_WEIGHT_LIMIT } from "../transactions/fees.ts";
import { type BlockContext, createBlockContext, type EventRecord } from "./blockContext.ts";
import { BlockImportError } from "./blockImportError.ts";
import { extrinsicsRoot, type Header } from "./header.ts";
import { type PipelineHooks, runBlockPipeline } from "./pipeline.ts";

/** The header fields a block needs before it runs (the roots come out of it). */
export type BlockFields = Pick<Header, "number" | "parentHash" | "timestamp" | "author">;

/** A block being executed. */
export type BlockExecution = {
  readonly overlay: Overlay;
  readonly ctx: BlockContext;
  readonly fields: BlockFields;
  readonly extrinsics: SignedExtrinsic[];
  readonly results: ExtrinsicResult[];
  weight: bigint;
  length: number;
};

/** What a block produced. */
export type BlockOutcome = {
  readonly stateRoot: string;
  readonly extrinsicsRoot: string;
  readonly events: EventRecord[];
  readonly results: ExtrinsicResult[];
};

const HASH_PATTERN = /^0x[0-9a-f]{64}$/;

/** Checks the header fields and that the block follows the state's last block. */
export function checkBlockFields(store: KeyValueStore, fields: BlockFields): void {
  const { number, parentHash, timestamp, author } = fields;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1 || number > 0xffffffff) {
    throw new BlockImportError("InvalidHeader", Number(number), `number ${number} is not a block number ≥ 1`);
  }
  if (typeof parentHash !== "string" || !HASH_PATTERN.test(parentHash)) {
    throw new BlockImportError(
      "InvalidHeader",
      number,
      `parentHash ${JSON.stringify(parentHash)} is not a hash`,
    );
  }
  if (typeof timestamp !== "number" || !Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new BlockImportError("InvalidHeader", number, `timestamp ${timestamp} is not a ms timestamp`);
  }
  try {
    decodeSs58(author);
  } catch (cause) {
    throw new BlockImportError("InvalidHeader", number, "author is not an SS58 address", { cause });
  }
  const last = BlockNumber.get(store);
  if (number !== last + 1) {
    throw new BlockImportError(
      "UnexpectedNumber",
      number,
      `the state is at block ${last}; expected block ${last + 1}`,
    );
  }
}

/** Steps 0–7: opens the block's overlay over `store` and runs the pipeline in it. */
export function beginBlock(store: KeyValueStore, fields: BlockFields, hooks: PipelineHooks): BlockExecution {
  checkBlockFields(store, fields);
  const overlay = new Overlay(store);
  const ctx = createBlockContext(fields.number, fields.timestamp, fields.author);
  runBlockPipeline(overlay, ctx, hooks);
  return { overlay, ctx, fields, extrinsics: [], results: [], weight: 0n, length: 0 };
}

/** Check 6's block-wide part: the extrinsic must fit in what is left of the block's weight and length. */
export function checkBlockResources(execution: BlockExecution, checked: CheckedExtrinsic): void {
  if (execution.weight + checked.weight > BLOCK_WEIGHT_LIMIT) {
    throw new InvalidTransactionError(
      "ExhaustsResources",
      `block weight ${execution.weight} + ${checked.weight} exceeds ${BLOCK_WEIGHT_LIMIT}`,
    );
  }
  if (execution.length + checked.len > BLOCK_LENGTH_LIMIT) {
    throw new InvalidTransactionError(
      "ExhaustsResources",
      `block length ${execution.length} + ${checked.len} exceeds ${BLOCK_LENGTH_LIMIT} bytes`,
    );
  }
}

/** Step 8 for one extrinsic: applies it as the block's next extrinsic, into `store`. */
export function includeExtrinsic(
  execution: BlockExecution,
  store: KeyValueStore,
  checked: CheckedExtrinsic,
): ExtrinsicResult {
  const result = applyExtrinsic(store, execution.ctx, checked, execution.extrinsics.length);
  recordExtrinsic(execution, checked, result);
  return result;
}

/** Counts an applied extrinsic into the block (its place, result, weight and length). */
export function recordExtrinsic(
  execution: BlockExecution,
  checked: CheckedExtrinsic,
  result: ExtrinsicResult,
): void {
  execution.extrinsics.push(checked.extrinsic);
  execution.results.push(result);
  execution.weight += checked.weight;
  execution.length += checked.len;
}

/** The header of an executed block: its fields and the roots it produced, in §4.1's field order. */
export function completeHeader(fields: BlockFields, outcome: BlockOutcome): Header {
  return {
    number: fields.number,
    parentHash: fields.parentHash,
    stateRoot: outcome.stateRoot,
    extrinsicsRoot: outcome.extrinsicsRoot,
    timestamp: fields.timestamp,
    author: fields.author,
  };
}

/** The roots of the executed block (the state root of the overlay's view, before any commit). */
export function finishBlock(execution: BlockExecution): BlockOutcome {
  return {
    stateRoot: toHex(stateRoot(execution.overlay)),
    extrinsicsRoot: extrinsicsRoot(execution.results.map((result) => result.hash)),
    events: execution.ctx.events,
    results: execution.results,
  };
}
