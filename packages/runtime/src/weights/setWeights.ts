/**
 * chain.md §13.1 `set_weights(netuid, dests, weights, version_key)` (H, Pays::No), subtensor
 * `subnets/weights.rs::do_set_weights` / `do_set_mechanism_weights`: a validator stores its weight row.
 *
 * Effects: `Weights[n][uid] = zip(dests, upscale(weights))` in the caller's order, explicit zeros kept
 * (yuma.md §4.1); `LastUpdate[n][uid] = now` only while commit-reveal is off. Event: `WeightsSet {netuid, uid}`.
 * Raises, in order: `CommitRevealEnabled`, then checks 1–13 of validateWeights.ts.
 */
import { vecU16MaxUpscaleToU16 } from "@opentao/primitives";
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { LastUpdate, Weights } from "../neurons/neuronsStorage.ts";
import { CommitRevealWeightsEnabled } from "../subnets/hyperparameters.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { validateWeights, type WeightsSubmission } from "./validateWeights.ts";

/** The call's arguments (the hotkey is the signer). */
export type SetWeightsParameters = Omit<WeightsSubmission, "hotkey">;

/** Check 0, then checks 1–13; returns the signer's hotkey and uid. Writes nothing. */
export function validateSetWeights(
  context: DispatchContext,
  parameters: SetWeightsParameters,
): { readonly hotkey: string; readonly uid: number } {
  const hotkey = ensureSigned(context.origin);
  const { netuid } = parameters;
  // 0. Under commit-reveal, weights arrive only through reveals.
  if (CommitRevealWeightsEnabled.get(context.store, netuid)) {
    throw dispatchError("SubtensorModule", "CommitRevealEnabled", { netuid });
  }
  const uid = validateWeights(context.store, { ...parameters, hotkey }, context.ctx.now);
  return { hotkey, uid };
}

/**
 * Stores a validated weight row for `uid` (chain.md §13.1 effects, shared with the reveals of §13.3):
 * the row max-upscaled in caller order, `LastUpdate = now` while commit-reveal is off (under commit-reveal
 * the commit already set it, yuma.md §3), and `WeightsSet`.
 */
export function applySetWeights(
  context: DispatchContext,
  netuid: number,
  uid: number,
  dests: readonly number[],
  weights: readonly number[],
): void {
  const { store, ctx } = context;
  const upscaled = vecU16MaxUpscaleToU16(weights);
  Weights.set(
    store,
    dests.map((dest, i) => [dest, upscaled[i]!] as const),
    netuid,
    uid,
  );
  if (!CommitRevealWeightsEnabled.get(store, netuid)) LastUpdate.set(store, ctx.now, netuid, uid);
  emitEvent(ctx, "SubtensorModule", "WeightsSet", { netuid, uid });
}

/** `set_weights`: validate, then apply. */
export function setWeights(context: DispatchContext, parameters: SetWeightsParameters): void {
  const { uid } = validateSetWeights(context, parameters);
  applySetWeights(context, parameters.netuid, uid, parameters.dests, parameters.weights);
}
