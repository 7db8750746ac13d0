/**
 * chain.md §8.1 `AdminUtils.sudo_set_alpha_values(netuid, alpha_low, alpha_high)` (Owner), subtensor
 * `utils/misc.rs::do_set_alpha_values`: the liquid-alpha (low, high) pair, u16 each.
 *
 * Event: `HyperparameterSet {netuid, name: "alphaValues", value: [low, high]}`. Raises, in order (§8.1
 * check order, then the bounds): `NotSubnetOwner`, `TxRateLimitExceeded`,
 * `AdminActionProhibitedDuringWeightsWindow`, `SubnetNotExists`, `LiquidAlphaDisabled`,
 * `AlphaHighTooLow` (high < 1,638), `AlphaLowOutOfRange` (low < 1,638 or low > high).
 */
import { dispatchError } from "../errors.ts";
import { AlphaValues, LiquidAlphaOn } from "../subnets/hyperparameters.ts";
import { type CallDefinition, type DispatchContext, defineCall } from "../transactions/callDefinition.ts";
import {
  ADMIN_SETTER_WEIGHT,
  recordHyperparameterSet,
  type SetterChecks,
  validateSetterChecks,
} from "./hyperparameterSetters.ts";

/** The least alpha value (subtensor: 1,638 ≈ 0.025 · 65,535). */
export const MIN_ALPHA_VALUE = 1_638;

const CHECKS: SetterChecks = {
  module: "AdminUtils",
  name: "alphaValues",
  who: "Owner",
  rateLimitTempos: "OwnerHyperparamRateLimit",
  freeze: true,
};

/** Checks in order. Writes nothing. Returns the owner coldkey, or null for root. */
export function validateSetAlphaValues(
  context: DispatchContext,
  netuid: number,
  alphaLow: number,
  alphaHigh: number,
): string | null {
  const owner = validateSetterChecks(context, CHECKS, netuid);
  const fields = { netuid, alphaLow, alphaHigh, min: MIN_ALPHA_VALUE };
  if (!LiquidAlphaOn.get(context.store, netuid))
    throw dispatchError("AdminUtils", "LiquidAlphaDisabled", fields);
  if (alphaHigh < MIN_ALPHA_VALUE) throw dispatchError("AdminUtils", "AlphaHighTooLow", fields);
  if (alphaLow < MIN_ALPHA_VALUE || alphaLow > alphaHigh) {
    throw dispatchError("AdminUtils", "AlphaLowOutOfRange", fields);
  }
  return owner;
}

/** Stores the pair, records the owner's change, emits `HyperparameterSet`. */
export function applySetAlphaValues(
  context: DispatchContext,
  owner: string | null,
  netuid: number,
  alphaLow: number,
  alphaHigh: number,
): void {
  AlphaValues.set(context.store, [alphaLow, alphaHigh], netuid);
  recordHyperparameterSet(context, CHECKS, owner, netuid, [alphaLow, alphaHigh]);
}

/** `sudo_set_alpha_values`: validate, then apply. */
export function setAlphaValues(
  context: DispatchContext,
  netuid: number,
  alphaLow: number,
  alphaHigh: number,
): void {
  const owner = validateSetAlphaValues(context, netuid, alphaLow, alphaHigh);
  applySetAlphaValues(context, owner, netuid, alphaLow, alphaHigh);
}

/** `AdminUtils.sudo_set_alpha_values(netuid, alpha_low, alpha_high)`. */
export const sudoSetAlphaValues: CallDefinition = defineCall({
  module: "AdminUtils",
  method: "sudo_set_alpha_values",
  args: { netuid: "u16", alpha_low: "u16", alpha_high: "u16" },
  weight: ADMIN_SETTER_WEIGHT,
  paysFee: true,
  dispatch: (context, { netuid, alpha_low, alpha_high }) =>
    setAlphaValues(context, netuid, alpha_low, alpha_high),
}) as CallDefinition;
