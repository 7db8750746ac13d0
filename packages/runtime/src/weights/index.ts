export { batchCommitWeights, validateBatchCommitWeights } from "./batchCommitWeights.ts";
export { batchRevealWeights, validateBatchRevealWeights } from "./batchRevealWeights.ts";
export { batchSetWeights, validateBatchSetWeights } from "./batchSetWeights.ts";
export { commitBlockForEpoch, commitBlocksForEpoch } from "./commitBlockForEpoch.ts";
export { commitWeights, validateCommitWeights } from "./commitWeights.ts";
export {
  dropExpiredWeightCommits,
  isWeightCommitExpired,
  isWeightCommitRevealable,
} from "./dropExpiredWeightCommits.ts";
export {
  revealCommitHash,
  revealWeights,
  validateRevealWeights,
  type WeightReveal,
} from "./revealWeights.ts";
export { applySetWeights, setWeights, validateSetWeights } from "./setWeights.ts";
export { validateWeights, type WeightsSubmission, weightsRateLimitPasses } from "./validateWeights.ts";
export { weightsCalls } from "./weightsCalls.ts";
export {
  MAX_UNREVEALED_COMMITS,
  removeSubnetWeightCommits,
  type WeightCommitRecord,
  WeightCommits,
} from "./weightsStorage.ts";
