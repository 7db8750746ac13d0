/** scheduler/: chain.md §7 epoch scheduling — the due rule, the epoch clock and the per-block drain. */
export { blocksUntilNextAutoEpoch } from "./blocksUntilNextAutoEpoch.ts";
export { type DrainedEpoch, drainDueEpochs } from "./drainDueEpochs.ts";
export { epochIndexWithLookahead } from "./epochIndexWithLookahead.ts";
export { MAX_TEMPO, shouldRunEpoch } from "./shouldRunEpoch.ts";
