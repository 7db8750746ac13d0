export { type AppliedBlock, type ApplyBlockOptions, applyBlock, type BlockInput } from "./applyBlock.ts";
export {
  type BlockContext,
  createBlockContext,
  type EventPhase,
  type EventRecord,
  emitEvent,
} from "./blockContext.ts";
export type { BlockFields, BlockOutcome } from "./blockExecution.ts";
export { BlockImportError, type BlockImportErrorCode } from "./blockImportError.ts";
export { type BuildBlockOptions, type BuiltBlock, buildBlock, type SkippedExtrinsic } from "./buildBlock.ts";
export { type Block, blockHash, extrinsicsRoot, GENESIS_AUTHOR, type Header, ZERO_HASH } from "./header.ts";
export { type BlockStep, PIPELINE_HOOKS, type PipelineHooks, runBlockPipeline } from "./pipeline.ts";
