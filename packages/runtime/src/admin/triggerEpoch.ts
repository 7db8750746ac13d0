/**
 * chain.md §7 `trigger_epoch(netuid)` (O), subtensor `coinbase/tempo_control.rs`: the owner schedules an
 * extra epoch `AdminFreezeWindow` blocks from now (`PendingEpochAt`), which the scheduler runs once
 * `now ≥ PendingEpochAt`; the settings are frozen until it has run (§7 freeze window).
 *
 * Event: `EpochTriggered {netuid, by, firesAt}`. Raises, in order: `System.BadOrigin` (root),
 * `NotSubnetOwner`, `DynamicTempoBlockedByCommitReveal`, `EpochTriggerAlreadyPending`,
 * `AutoEpochAlreadyImminent` (`blocksUntilNextAutoEpoch < AdminFreezeWindow`), `TxRateLimitExceeded`
 * (owner hyperparameter rate limit, keyed `triggerEpoch`).
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { blocksUntilNextAutoEpoch } from "../scheduler/blocksUntilNextAutoEpoch.ts";
import { ensureSubnetOwner } from "../subnets/_origin.ts";
import { CommitRevealWeightsEnabled } from "../subnets/hyperparameters.ts";
import { PendingEpochAt } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { type CallDefinition, type DispatchContext, defineCall } from "../transactions/callDefinition.ts";
import { ensureOwnerRateLimit, ownerHyperparamRateLimit } from "./_checks.ts";
import { OwnerHyperparamLastSet } from "./adminStorage.ts";
import { ADMIN_SETTER_WEIGHT } from "./hyperparameterSetters.ts";

/** The owner rate-limit key of `trigger_epoch`. */
export const TRIGGER_EPOCH_RATE_LIMIT_KEY = "triggerEpoch";

/** Checks in order. Writes nothing. Returns the owner coldkey. */
export function validateTriggerEpoch(context: DispatchContext, netuid: number): string {
  const { store, ctx } = context;
  const owner = ensureSubnetOwner(store, context.origin, netuid);
  if (CommitRevealWeightsEnabled.get(store, netuid)) {
    throw dispatchError("SubtensorModule", "DynamicTempoBlockedByCommitReveal", { netuid });
  }
  const pendingAt = PendingEpochAt.get(store, netuid);
  if (pendingAt !== 0) {
    throw dispatchError("SubtensorModule", "EpochTriggerAlreadyPending", {
      netuid,
      pendingEpochAt: pendingAt,
    });
  }
  const remaining = blocksUntilNextAutoEpoch(store, netuid, ctx.now);
  const window = getNetworkParam(store, "AdminFreezeWindow");
  if (remaining < window) {
    throw dispatchError("SubtensorModule", "AutoEpochAlreadyImminent", {
      netuid,
      blocksUntilNextAutoEpoch: remaining,
      adminFreezeWindow: window,
    });
  }
  ensureOwnerRateLimit(
    store,
    netuid,
    TRIGGER_EPOCH_RATE_LIMIT_KEY,
    ownerHyperparamRateLimit(store),
    ctx.now,
    "SubtensorModule",
  );
  return owner;
}

/** Sets `PendingEpochAt = now + AdminFreezeWindow`, records the rate limit, emits `EpochTriggered`. */
export function applyTriggerEpoch(context: DispatchContext, owner: string, netuid: number): void {
  const { store, ctx } = context;
  const firesAt = ctx.now + getNetworkParam(store, "AdminFreezeWindow");
  PendingEpochAt.set(store, firesAt, netuid);
  OwnerHyperparamLastSet.set(store, ctx.now, netuid, TRIGGER_EPOCH_RATE_LIMIT_KEY);
  emitEvent(ctx, "SubtensorModule", "EpochTriggered", { netuid, by: owner, firesAt });
}

/** `trigger_epoch`: validate, then apply. */
export function triggerEpoch(context: DispatchContext, netuid: number): void {
  const owner = validateTriggerEpoch(context, netuid);
  applyTriggerEpoch(context, owner, netuid);
}

/** `SubtensorModule.trigger_epoch(netuid)`, weight 100 × 10^6 (§3.4). */
export const triggerEpochCall: CallDefinition = defineCall({
  module: "SubtensorModule",
  method: "trigger_epoch",
  args: { netuid: "u16" },
  weight: ADMIN_SETTER_WEIGHT,
  paysFee: true,
  dispatch: (context, { netuid }) => triggerEpoch(context, netuid),
}) as CallDefinition;
