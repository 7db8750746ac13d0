/**
 * chain.md §14 `Commitments.set_commitment(netuid, info)` (H, Pays::No), subtensor
 * `pallets/commitments/src/lib.rs::set_commitment`: a registered hotkey publishes up to three data fields
 * (model hashes, a locator) on a subnet, within a space quota per epoch.
 *
 * Effects: `CommitmentOf[n][hotkey] = {info, block: now}`, `LastCommitment[n][hotkey] = now`, the epoch's
 * space use grows by `need`. No deposit. Event: `Commitments.Commitment {netuid, who}`.
 * Raises, in order: `AccountNotAllowedCommit`, `TooManyFieldsInCommitmentInfo`, `SpaceLimitExceeded`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { isHotkeyRegisteredOnNetwork } from "../neurons/neuronsStorage.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { SubnetEpochIndex } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import {
  type CommitmentData,
  type CommitmentInfo,
  CommitmentOf,
  LastCommitment,
  type UsageTracker,
  UsedSpaceOf,
} from "./commitmentsStorage.ts";

/** At most this many fields per commitment (`TooManyFieldsInCommitmentInfo`). */
export const MAX_COMMITMENT_FIELDS = 3;
/** Every commitment counts at least this many bytes against the quota. */
export const MIN_COMMITMENT_SPACE = 100;

/** A field's bytes for the quota (subtensor `Data::len_for_rate_limit`): None 0, hashes 32, raw its length. */
export function commitmentDataLength(data: CommitmentData): number {
  return data.tag === "None" ? 0 : data.bytes.length;
}

/** `need = max(100, Σ field byte lengths)`. */
export function commitmentSpaceNeeded(info: CommitmentInfo): number {
  const total = info.fields.reduce((sum, field) => sum + commitmentDataLength(field), 0);
  return Math.max(MIN_COMMITMENT_SPACE, total);
}

/** The hotkey's usage for the current epoch: reset when `SubnetEpochIndex[n]` has moved on. */
export function currentUsage(store: KeyValueStore, netuid: number, hotkey: string): UsageTracker {
  const epoch = SubnetEpochIndex.get(store, netuid);
  const usage = UsedSpaceOf.get(store, netuid, hotkey);
  return usage.lastEpoch === epoch ? usage : { lastEpoch: epoch, usedSpace: 0 };
}

/** §14 checks in order; returns the signer and its usage after this commitment. Writes nothing. */
export function validateSetCommitment(
  context: DispatchContext,
  netuid: number,
  info: CommitmentInfo,
): { readonly hotkey: string; readonly usage: UsageTracker } {
  const { store } = context;
  const hotkey = ensureSigned(context.origin);
  if (!isHotkeyRegisteredOnNetwork(store, netuid, hotkey)) {
    throw dispatchError("Commitments", "AccountNotAllowedCommit", { netuid, hotkey });
  }
  if (info.fields.length > MAX_COMMITMENT_FIELDS) {
    throw dispatchError("Commitments", "TooManyFieldsInCommitmentInfo", {
      netuid,
      fields: info.fields.length,
      max: MAX_COMMITMENT_FIELDS,
    });
  }
  const usage = currentUsage(store, netuid, hotkey);
  const need = commitmentSpaceNeeded(info);
  const maxSpace = getNetworkParam(store, "CommitmentsMaxSpace");
  if (usage.usedSpace + need > maxSpace) {
    throw dispatchError("Commitments", "SpaceLimitExceeded", {
      netuid,
      used: usage.usedSpace,
      need,
      maxSpace,
    });
  }
  return { hotkey, usage: { lastEpoch: usage.lastEpoch, usedSpace: usage.usedSpace + need } };
}

/** Stores the commitment and the usage; emits `Commitment`. */
export function applySetCommitment(
  context: DispatchContext,
  netuid: number,
  info: CommitmentInfo,
  validated: { readonly hotkey: string; readonly usage: UsageTracker },
): void {
  const { store, ctx } = context;
  const { hotkey, usage } = validated;
  UsedSpaceOf.set(store, usage, netuid, hotkey);
  CommitmentOf.set(store, { info, block: ctx.now }, netuid, hotkey);
  LastCommitment.set(store, ctx.now, netuid, hotkey);
  emitEvent(ctx, "Commitments", "Commitment", { netuid, who: hotkey });
}

/** `set_commitment`: validate, then apply. */
export function setCommitment(context: DispatchContext, netuid: number, info: CommitmentInfo): void {
  const validated = validateSetCommitment(context, netuid, info);
  applySetCommitment(context, netuid, info, validated);
}
