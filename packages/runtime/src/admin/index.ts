/** admin/: chain.md §7 scheduler calls, §8.1 hyperparameter setters and §8.2 global setters (§16 root). */
export {
  ensureAdminWindowOpen,
  isInAdminFreezeWindow,
  rateLimitPasses,
  type SetterOrigin,
} from "./_checks.ts";
export { ADMIN_CALLS, ADMIN_SUBTENSOR_CALLS, ADMIN_SWAP_CALLS, ADMIN_UTILS_CALLS } from "./adminCalls.ts";
export { OwnerHyperparamLastSet, removeAdminSubnetState, TempoLastSet } from "./adminStorage.ts";
export {
  ADMIN_SETTER_WEIGHT,
  applyHyperparameterSetter,
  type BoundsContext,
  type BoundsViolation,
  HYPERPARAMETER_SETTERS,
  type HyperparameterSetter,
  hyperparameterSetterCall,
  type SettableName,
  setHyperparameter,
  validateHyperparameterSetter,
} from "./hyperparameterSetters.ts";
export {
  NETWORK_PARAM_SETTER_CALLS,
  networkParamSetterCall,
  setNetworkParamByRoot,
} from "./networkParamSetters.ts";
export {
  applySetAlphaValues,
  MIN_ALPHA_VALUE,
  setAlphaValues,
  sudoSetAlphaValues,
  validateSetAlphaValues,
} from "./setAlphaValues.ts";
export { applySetTempo, MAX_OWNER_TEMPO, setTempo, setTempoCall, validateSetTempo } from "./setTempo.ts";
export { applySudoSetTempo, sudoSetTempo, sudoSetTempoCall, validateSudoSetTempo } from "./sudoSetTempo.ts";
export {
  applyTriggerEpoch,
  TRIGGER_EPOCH_RATE_LIMIT_KEY,
  triggerEpoch,
  triggerEpochCall,
  validateTriggerEpoch,
} from "./triggerEpoch.ts";
