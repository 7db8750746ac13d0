/**
 * chain.md §7 `AdminUtils.sudo_set_tempo(netuid, tempo)` (R): root sets any u16 tempo (0 stops epochs)
 * and restarts the epoch cycle (`LastEpochBlock = now`). No bounds, rate limit or freeze window.
 *
 * Event: `HyperparameterSet {netuid, name: "tempo", value}` (the §8.1 AdminUtils setter event; the owner's
 * `set_tempo` emits `TempoSet`). Raises, in order: `System.BadOrigin`, `SubnetNotExists`.
 */
import { Tempo } from "../subnets/hyperparameters.ts";
import { LastEpochBlock } from "../subnets/subnetsStorage.ts";
import { type CallDefinition, type DispatchContext, defineCall } from "../transactions/callDefinition.ts";
import {
  ADMIN_SETTER_WEIGHT,
  recordHyperparameterSet,
  type SetterChecks,
  validateSetterChecks,
} from "./hyperparameterSetters.ts";

const CHECKS: SetterChecks = {
  module: "AdminUtils",
  name: "tempo",
  who: "Root",
  rateLimitTempos: null,
  freeze: false,
};

/** Checks in order. Writes nothing. */
export function validateSudoSetTempo(context: DispatchContext, netuid: number): void {
  validateSetterChecks(context, CHECKS, netuid);
}

/** Sets `Tempo`, restarts the cycle, emits `HyperparameterSet`. */
export function applySudoSetTempo(context: DispatchContext, netuid: number, tempo: number): void {
  Tempo.set(context.store, tempo, netuid);
  LastEpochBlock.set(context.store, context.ctx.now, netuid);
  recordHyperparameterSet(context, CHECKS, null, netuid, tempo);
}

/** `sudo_set_tempo`: validate, then apply. */
export function sudoSetTempo(context: DispatchContext, netuid: number, tempo: number): void {
  validateSudoSetTempo(context, netuid);
  applySudoSetTempo(context, netuid, tempo);
}

/** `AdminUtils.sudo_set_tempo(netuid, tempo)`. */
export const sudoSetTempoCall: CallDefinition = defineCall({
  module: "AdminUtils",
  method: "sudo_set_tempo",
  args: { netuid: "u16", tempo: "u16" },
  weight: ADMIN_SETTER_WEIGHT,
  paysFee: true,
  dispatch: (context, { netuid, tempo }) => sudoSetTempo(context, netuid, tempo),
}) as CallDefinition;
