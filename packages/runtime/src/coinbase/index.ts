/**
 * coinbase/: chain.md §2.2 and §10 — block emission, the per-block coinbase (TAO split, injection,
 * participant alpha, due epochs and their distribution), the price EMA and RootProp pipeline steps.
 */
export { blockEmission } from "./blockEmission.ts";
export { activityCutoffBlocks, buildEpochInput } from "./buildEpochInput.ts";
export {
  AlphaDividendsPerSubnet,
  COINBASE_SUBNET_ITEMS,
  clearDividendRecords,
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  RootAlphaDividendsPerSubnet,
  RootProp,
  removeCoinbaseSubnetState,
  SubnetAlphaInEmission,
  SubnetAlphaOutEmission,
  SubnetExcessTao,
  SubnetTaoEmission,
  SubnetTaoInEmission,
} from "./coinbaseStorage.ts";
export { BASE_BLOCK_EMISSION, DEFAULT_TAO_WEIGHT, SUPPLY_CAP, U64P_ONE } from "./constants.ts";
export { currentBlockEmission } from "./currentBlockEmission.ts";
export { distributeEmission, type EmissionDistribution } from "./distributeEmission.ts";
export { emittingSubnets } from "./emittingSubnets.ts";
export { persistEpochTerms } from "./persistEpochTerms.ts";
export { rootProportion } from "./rootProportion.ts";
export { runCoinbase } from "./runCoinbase.ts";
export { type DividendShares, splitDividendWithParents } from "./splitDividendWithParents.ts";
export {
  type ParticipantAlpha,
  type SplitParticipantAlphaParameters,
  splitParticipantAlpha,
} from "./splitParticipantAlpha.ts";
export { splitTaoEmission, type TaoSplitSubnet } from "./splitTaoEmission.ts";
export {
  type SubnetEmissionTerms,
  type SubnetEmissionTermsParameters,
  subnetEmissionTerms,
} from "./subnetEmissionTerms.ts";
export { type UpdateMovingPriceParameters, updateMovingPrice } from "./updateMovingPrice.ts";
export { updateMovingPrices } from "./updateMovingPrices.ts";
export { updateRootProportions } from "./updateRootProportions.ts";
