/**
 * chain.md §7 `set_tempo(netuid, tempo)` (O), subtensor `coinbase/tempo_control.rs`: the owner changes the
 * subnet's tempo and restarts its epoch cycle (`LastEpochBlock = now`).
 *
 * Event: `TempoSet {netuid, tempo}`. Raises, in the order chain.md §7 lists them: `System.BadOrigin`
 * (root: use `AdminUtils.sudo_set_tempo`), `NotSubnetOwner` (also for a missing subnet, which has no
 * owner), `TempoOutOfBounds` (outside MinTempo..50,400), `AdminActionProhibitedDuringWeightsWindow`,
 * `TxRateLimitExceeded` (MinTempo blocks per (owner, netuid)).
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { ensureSubnetOwner } from "../subnets/_origin.ts";
import { Tempo } from "../subnets/hyperparameters.ts";
import { LastEpochBlock } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { type CallDefinition, type DispatchContext, defineCall } from "../transactions/callDefinition.ts";
import { ensureAdminWindowOpen, rateLimitPasses } from "./_checks.ts";
import { TempoLastSet } from "./adminStorage.ts";
import { ADMIN_SETTER_WEIGHT } from "./hyperparameterSetters.ts";

/** The largest tempo an owner may set (chain.md §7; `MAX_TEMPO` of §2.1). */
export const MAX_OWNER_TEMPO = 50_400;

/** Checks in order. Writes nothing. Returns the owner coldkey. */
export function validateSetTempo(context: DispatchContext, netuid: number, tempo: number): string {
  const { store, ctx } = context;
  const owner = ensureSubnetOwner(store, context.origin, netuid);
  const minTempo = getNetworkParam(store, "MinTempo");
  if (tempo < minTempo || tempo > MAX_OWNER_TEMPO) {
    throw dispatchError("SubtensorModule", "TempoOutOfBounds", {
      netuid,
      tempo,
      min: minTempo,
      max: MAX_OWNER_TEMPO,
    });
  }
  ensureAdminWindowOpen(store, netuid, ctx.now, "SubtensorModule");
  const last = TempoLastSet.get(store, netuid, owner);
  if (!rateLimitPasses(last, minTempo, ctx.now)) {
    throw dispatchError("SubtensorModule", "TxRateLimitExceeded", {
      netuid,
      lastBlock: last,
      limit: minTempo,
      now: ctx.now,
    });
  }
  return owner;
}

/** Sets `Tempo`, restarts the cycle, records the rate limit, emits `TempoSet`. */
export function applySetTempo(context: DispatchContext, owner: string, netuid: number, tempo: number): void {
  const { store, ctx } = context;
  Tempo.set(store, tempo, netuid);
  LastEpochBlock.set(store, ctx.now, netuid);
  TempoLastSet.set(store, ctx.now, netuid, owner);
  emitEvent(ctx, "SubtensorModule", "TempoSet", { netuid, tempo });
}

/** `set_tempo`: validate, then apply. */
export function setTempo(context: DispatchContext, netuid: number, tempo: number): void {
  const owner = validateSetTempo(context, netuid, tempo);
  applySetTempo(context, owner, netuid, tempo);
}

/** `SubtensorModule.set_tempo(netuid, tempo)`, weight 100 × 10^6 (§3.4). */
export const setTempoCall: CallDefinition = defineCall({
  module: "SubtensorModule",
  method: "set_tempo",
  args: { netuid: "u16", tempo: "u16" },
  weight: ADMIN_SETTER_WEIGHT,
  paysFee: true,
  dispatch: (context, { netuid, tempo }) => setTempo(context, netuid, tempo),
}) as CallDefinition;
