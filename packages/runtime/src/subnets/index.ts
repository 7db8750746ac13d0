/** subnets/: chain.md §6 subnets, §8.1 hyperparameters, and the genesis subnets of §17. */
export { type BuyAlphaParameters, buyAlpha, simBuyAlpha } from "./buyAlpha.ts";
export { createGenesisRootSubnet, createGenesisSubnets } from "./createGenesisSubnets.ts";
export { type CreateSubnetParameters, createRootSubnet, createSubnet } from "./createSubnet.ts";
export { interimDissolveHooks, type SubnetDissolveHooks } from "./dissolveHooks.ts";
export { dissolveNetwork, rootDissolveNetwork, validateRootDissolveNetwork } from "./dissolveNetwork.ts";
export { distributeSubnetPot, type SubnetPotShares, type SubnetStake } from "./distributeSubnetPot.ts";
export { getSubnetToPrune } from "./getSubnetToPrune.ts";
export {
  ActivityCutoffFactorMilli,
  AlphaSigmoidSteepness,
  AlphaValues,
  BondsMovingAverage,
  BondsPenalty,
  Burn,
  BurnHalfLife,
  BurnIncreaseMult,
  CommitRevealWeightsEnabled,
  DEFAULT_MAX_ALLOWED_UIDS,
  EmaPriceHalvingBlocks,
  FeeRate,
  HYPERPARAMETERS,
  type HyperparameterName,
  type Hyperparameters,
  hyperparameterDefaults,
  ImmuneOwnerUidsLimit,
  ImmunityPeriod,
  Kappa,
  LiquidAlphaOn,
  MAX_WEIGHTS_LIMIT,
  MaxAllowedUids,
  MaxAllowedValidators,
  MaxBurn,
  MinAllowedUids,
  MinAllowedWeights,
  MinBurn,
  MinChildkeyTakePerSubnet,
  MinNonImmuneUids,
  NetworkRegistrationAllowed,
  OwnerCutEnabled,
  type RecycleOrBurn,
  RecycleOrBurnItem,
  RevealPeriodEpochs,
  Rho,
  RootClaimableThreshold,
  readHyperparameters,
  removeHyperparameters,
  ServingRateLimit,
  Tempo,
  TransferToggle,
  WeightsSetRateLimit,
  WeightsVersionKey,
  writeHyperparameters,
  Yuma3On,
} from "./hyperparameters.ts";
export { medianSubnetPrice } from "./medianSubnetPrice.ts";
export { getNetworkLockCost } from "./networkLockCost.ts";
export {
  applyRegisterNetwork,
  type RegisterNetworkPlan,
  registerNetwork,
  validateRegisterNetwork,
} from "./registerNetwork.ts";
export {
  applySetSnOwnerHotkey,
  setSnOwnerHotkey,
  snOwnerHotkeyRateLimit,
  validateSetSnOwnerHotkey,
} from "./setSnOwnerHotkey.ts";
export { applySetSubnetIdentity, setSubnetIdentity, validateSetSubnetIdentity } from "./setSubnetIdentity.ts";
export { applyStartCall, startCall, validateStartCall } from "./startCall.ts";
export {
  SUBNET_IDENTITY_LIMITS,
  type SubnetIdentity,
  subnetIdentityViolation,
} from "./subnetIdentity.ts";
export { createSubnetsCalls, subnetsCalls } from "./subnetsCalls.ts";
export {
  BlocksSinceLastStep,
  existingNetuids,
  FirstEmissionBlockNumber,
  LastEpochBlock,
  LastMechanismStepBlock,
  MinerBurned,
  NetworkLastLockBlock,
  NetworkLastLockCost,
  NetworkRegisteredAt,
  NetworksAdded,
  PendingEpochAt,
  ROOT_NETUID,
  SnOwnerHotkeyLastSet,
  SubnetAlphaBurned,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetEmissionEnabled,
  SubnetEpochIndex,
  SubnetIdentitiesV3,
  SubnetLocked,
  SubnetMovingPrice,
  SubnetOwner,
  SubnetOwnerHotkey,
  SubnetProtocolAlpha,
  SubnetTAO,
  SubnetVolume,
  SubtokenEnabled,
  subnetExists,
  TokenSymbol,
  TotalNetworks,
} from "./subnetsStorage.ts";
export { tokenSymbol } from "./tokenSymbol.ts";
