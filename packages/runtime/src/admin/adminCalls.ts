/**
 * The admin calls (chain.md §7, §8, §16) with their §3.4 weights, for the call registry: the AdminUtils
 * setters, the SubtensorModule scheduler and owner calls, and `Swap.set_fee_rate`.
 */
import type { CallDefinition } from "../transactions/callDefinition.ts";
import { HYPERPARAMETER_SETTERS, hyperparameterSetterCall } from "./hyperparameterSetters.ts";
import { NETWORK_PARAM_SETTER_CALLS } from "./networkParamSetters.ts";
import { sudoSetAlphaValues } from "./setAlphaValues.ts";
import { setTempoCall } from "./setTempo.ts";
import { sudoSetTempoCall } from "./sudoSetTempo.ts";
import { triggerEpochCall } from "./triggerEpoch.ts";

const TABLE_CALLS = HYPERPARAMETER_SETTERS.map(hyperparameterSetterCall);

/** AdminUtils: sudo_set_tempo, the §8.1 table's AdminUtils rows, sudo_set_alpha_values, the §8.2 setters. */
export const ADMIN_UTILS_CALLS: readonly CallDefinition[] = [
  sudoSetTempoCall,
  ...TABLE_CALLS.filter((call) => call.module === "AdminUtils"),
  sudoSetAlphaValues,
  ...NETWORK_PARAM_SETTER_CALLS,
];

/** SubtensorModule: set_tempo, trigger_epoch, set_activity_cutoff_factor, sudo_set_root_claim_threshold. */
export const ADMIN_SUBTENSOR_CALLS: readonly CallDefinition[] = [
  setTempoCall,
  triggerEpochCall,
  ...TABLE_CALLS.filter((call) => call.module === "SubtensorModule"),
];

/** Swap: set_fee_rate. */
export const ADMIN_SWAP_CALLS: readonly CallDefinition[] = TABLE_CALLS.filter(
  (call) => call.module === "Swap",
);

/** Every admin call: AdminUtils, then SubtensorModule, then Swap. */
export const ADMIN_CALLS: readonly CallDefinition[] = [
  ...ADMIN_UTILS_CALLS,
  ...ADMIN_SUBTENSOR_CALLS,
  ...ADMIN_SWAP_CALLS,
];
