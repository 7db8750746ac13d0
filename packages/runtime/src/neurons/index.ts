/** neurons/: chain.md §11 neurons (registration, UIDs, prune candidate, permits, serving) and §12.4. */
export { appendNeuron } from "./appendNeuron.ts";
export {
  applyBurnedRegister,
  type BurnedRegisterPlan,
  burnedRegister,
  registerLimit,
  validateBurnedRegister,
} from "./burnedRegister.ts";
export { decayBurns } from "./decayBurns.ts";
export { getNeuronToPrune, immuneOwnerUids, isNeuronImmune } from "./getNeuronToPrune.ts";
export {
  associateHotkey,
  canAssociateHotkey,
  hotkeyAccountExists,
  OwnedHotkeys,
  Owner,
} from "./hotkeyOwner.ts";
export { type IpAddressRules, isValidIpAddress, isValidIpType } from "./isValidIpAddress.ts";
export { neuronsCalls } from "./neuronsCalls.ts";
export {
  Active,
  type AxonInfo,
  Axons,
  BlockAtRegistration,
  Bonds,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  isHotkeyRegisteredOnNetwork,
  Keys,
  LastUpdate,
  type NeuronCertificate,
  NeuronCertificates,
  Prometheus,
  type PrometheusInfo,
  StakeWeight,
  SubnetworkN,
  Uids,
  uidOfHotkey,
  ValidatorPermit,
  ValidatorTrust,
  Weights,
} from "./neuronsStorage.ts";
export { type NeuronSlot, neuronSlot, registerNeuron } from "./registerNeuron.ts";
export { removeSubnetNeurons } from "./removeSubnetNeurons.ts";
export { replaceNeuron } from "./replaceNeuron.ts";
export {
  applyServeAxon,
  parseNeuronCertificate,
  type ServeAxonParameters,
  serveAxon,
  servingRateLimitPasses,
  validateServeAxon,
} from "./serveAxon.ts";
export {
  applyServePrometheus,
  type ServePrometheusParameters,
  servePrometheus,
  validateServePrometheus,
} from "./servePrometheus.ts";
export { tryAssociateHotkey, validateTryAssociateHotkey } from "./tryAssociateHotkey.ts";
