/**
 * chain.md §7 drain (run inside the coinbase, §10.4), subtensor `coinbase/run_coinbase.rs`
 * (`drain_pending`, tempo control): for every non-root subnet in ascending netuid, advance
 * `BlocksSinceLastStep`, and for each subnet whose epoch is due either defer it (`MaxEpochsPerBlock`
 * already reached: `EpochDeferred`) or take its four pending buckets and advance its schedule. The
 * epochs themselves run afterwards (`distributeEmission`, §10.5), in the order returned here.
 */
import type { BlockContext } from "../block/blockContext.ts";
import { emitEvent } from "../block/blockContext.ts";
import {
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
} from "../coinbase/coinbaseStorage.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import {
  BlocksSinceLastStep,
  existingNetuids,
  LastEpochBlock,
  PendingEpochAt,
  ROOT_NETUID,
  SubnetEpochIndex,
} from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { shouldRunEpoch } from "./shouldRunEpoch.ts";

/** One drained subnet: its epoch index after this epoch, and the buckets `(S, V, R, O)` of §10.4. */
export type DrainedEpoch = {
  readonly netuid: number;
  /** `SubnetEpochIndex[n]` after the increment: the number of epochs run, this one included. */
  readonly epochIndex: number;
  /** `PendingServerEmission` taken: `S`. */
  readonly server: bigint;
  /** `PendingValidatorEmission` taken: `V`. */
  readonly validator: bigint;
  /** `PendingRootAlphaDivs` taken: `R`. */
  readonly rootAlpha: bigint;
  /** `PendingOwnerCut` taken: `O`. */
  readonly ownerCut: bigint;
};

/** Reads and zeroes a bucket. */
function take(store: KeyValueStore, item: typeof PendingServerEmission, netuid: number): bigint {
  const value = item.get(store, netuid);
  item.remove(store, netuid);
  return value;
}

/**
 * chain.md §7 drain at block `ctx.now`; returns the drained subnets in ascending netuid. Emits
 * `EpochDeferred {netuid, fromBlock: now, toBlock: now + 1}` for each due subnet over the limit.
 */
export function drainDueEpochs(store: KeyValueStore, ctx: BlockContext): DrainedEpoch[] {
  const now = ctx.now;
  const maxEpochs = getNetworkParam(store, "MaxEpochsPerBlock");
  const drained: DrainedEpoch[] = [];
  for (const netuid of existingNetuids(store)) {
    if (netuid === ROOT_NETUID) continue; //                       root never runs an epoch (§6.1)
    // 1. count the block (before the check: the MAX_TEMPO safety net reads the new value)
    BlocksSinceLastStep.set(store, BlocksSinceLastStep.get(store, netuid) + 1, netuid);
    if (!shouldRunEpoch(store, netuid, now)) continue;
    // 2. over the per-block limit: fire in the next block instead; the buckets keep accumulating
    if (drained.length >= maxEpochs) {
      PendingEpochAt.set(store, now + 1, netuid);
      emitEvent(ctx, "SubtensorModule", "EpochDeferred", { netuid, fromBlock: now, toBlock: now + 1 });
      continue;
    }
    // 3. take the buckets and count the epoch (subtensor's duplicate-key `EpochSkipped` cannot happen:
    //    `Uids` maps each hotkey to one uid by construction)
    BlocksSinceLastStep.set(store, 0, netuid);
    const server = take(store, PendingServerEmission, netuid);
    const validator = take(store, PendingValidatorEmission, netuid);
    const rootAlpha = take(store, PendingRootAlphaDivs, netuid);
    const ownerCut = take(store, PendingOwnerCut, netuid);
    // 4. advance the schedule
    const epochIndex = SubnetEpochIndex.get(store, netuid) + 1;
    LastEpochBlock.set(store, now, netuid);
    PendingEpochAt.set(store, 0, netuid);
    SubnetEpochIndex.set(store, epochIndex, netuid);
    drained.push({ netuid, epochIndex, server, validator, rootAlpha, ownerCut });
  }
  return drained;
}
