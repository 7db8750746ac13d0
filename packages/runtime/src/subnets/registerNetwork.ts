/**
 * chain.md §6.2 `register_network(hotkey)` / `register_network_with_identity(hotkey, identity?)` (C),
 * subtensor `subnets/subnet.rs::do_register_network`.
 *
 * Args: `hotkey` (the owner hotkey, UID 0), `identity` (optional, §6.7).
 * Events: `SubnetIdentitySet {netuid}` (with an identity), `NetworkAdded {netuid}`; `NetworkRemoved` first
 * when a subnet is pruned.
 * Raises, in order: `NonAssociatedColdKey`, `NetworkTxRateLimitExceeded`, `SubnetLimitReached`,
 * `CannotAffordLockCost`, `InvalidIdentity`.
 */
import { withdrawForStake } from "../balances/accountFunds.ts";
import { Account } from "../balances/balancesStorage.ts";
import { dispatchError } from "../errors.ts";
import { canAssociateHotkey } from "../neurons/hotkeyOwner.ts";
import { F18_ONE } from "../swap/index.ts";
import { getNetworkParam } from "../system/index.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { createSubnet } from "./createSubnet.ts";
import type { SubnetDissolveHooks } from "./dissolveHooks.ts";
import { dissolveNetwork } from "./dissolveNetwork.ts";
import { getSubnetToPrune } from "./getSubnetToPrune.ts";
import { medianSubnetPrice } from "./medianSubnetPrice.ts";
import { getNetworkLockCost } from "./networkLockCost.ts";
import { type SubnetIdentity, subnetIdentityViolation } from "./subnetIdentity.ts";
import {
  existingNetuids,
  NetworkLastLockBlock,
  NetworkLastLockCost,
  NetworksAdded,
  ROOT_NETUID,
} from "./subnetsStorage.ts";

/** What validation found: the caller, the lock cost of this block and the subnet to prune, if any. */
export type RegisterNetworkPlan = {
  readonly coldkey: string;
  readonly lockCost: bigint;
  readonly pruneNetuid: number | null;
};

/** §6.2 checks 1–5 in order. Writes nothing. */
export function validateRegisterNetwork(
  context: DispatchContext,
  hotkey: string,
  identity: SubnetIdentity | null,
): RegisterNetworkPlan {
  const { store, ctx } = context;
  const coldkey = ensureSigned(context.origin);
  const now = ctx.now;

  // 1. The hotkey is new or already the caller's.
  if (!canAssociateHotkey(store, coldkey, hotkey)) {
    throw dispatchError("SubtensorModule", "NonAssociatedColdKey", { hotkey, coldkey });
  }
  // 2. Network-wide rate limit since the last registration.
  const lastLockBlock = NetworkLastLockBlock.get(store);
  const rateLimit = getNetworkParam(store, "NetworkRateLimit");
  if (lastLockBlock !== 0 && now - lastLockBlock < rateLimit) {
    throw dispatchError("SubtensorModule", "NetworkTxRateLimitExceeded", { lastLockBlock, rateLimit, now });
  }
  // 3. Below the subnet limit, or a subnet past its immunity can be pruned.
  const subnetCount = existingNetuids(store).filter((netuid) => netuid !== ROOT_NETUID).length;
  const subnetLimit = getNetworkParam(store, "SubnetLimit");
  let pruneNetuid: number | null = null;
  if (subnetCount >= subnetLimit) {
    pruneNetuid = getSubnetToPrune(store, now);
    if (pruneNetuid === null) {
      throw dispatchError("SubtensorModule", "SubnetLimitReached", { subnetCount, subnetLimit });
    }
  }
  // 4. The caller can pay the lock.
  const lockCost = getNetworkLockCost(store, now);
  const { free } = Account.get(store, coldkey);
  if (free < lockCost) {
    throw dispatchError("SubtensorModule", "CannotAffordLockCost", { needed: lockCost, free });
  }
  // 5. Identity within its byte limits.
  if (identity !== null) {
    const violation = subnetIdentityViolation(identity);
    if (violation !== null) throw dispatchError("SubtensorModule", "InvalidIdentity", violation);
  }
  return { coldkey, lockCost, pruneNetuid };
}

/** §6.2 effects 1–8 for a validated registration; returns the new netuid. */
export function applyRegisterNetwork(
  context: DispatchContext,
  hotkey: string,
  identity: SubnetIdentity | null,
  plan: RegisterNetworkPlan,
  hooks: SubnetDissolveHooks,
): number {
  const { store, ctx } = context;
  // --- 1. Prune (the new subnet reuses the netuid) or take the smallest unused netuid ≥ 1.
  let netuid: number;
  if (plan.pruneNetuid !== null) {
    dissolveNetwork(store, ctx, plan.pruneNetuid, hooks);
    netuid = plan.pruneNetuid;
  } else {
    netuid = 1;
    while (NetworksAdded.get(store, netuid)) netuid++;
  }
  // --- 2. Median price of the other subnets, before this one exists.
  const medianPrice = medianSubnetPrice(store);
  // --- 4. Take the lock (what withdrawForStake actually moves) and restart the lock-cost decay.
  const lock = withdrawForStake(store, plan.coldkey, plan.lockCost);
  NetworkLastLockCost.set(store, lock);
  NetworkLastLockBlock.set(store, ctx.now);
  // --- 3, 5–8. Initial state, owner hotkey as UID 0, pool seeded at the median price, events.
  createSubnet(store, ctx, {
    netuid,
    owner: plan.coldkey,
    ownerHotkey: hotkey,
    lock,
    alphaIn: (lock * F18_ONE) / medianPrice,
    identity,
  });
  return netuid;
}

/** `register_network` / `register_network_with_identity`: validate, then apply; returns the netuid. */
export function registerNetwork(
  context: DispatchContext,
  hotkey: string,
  identity: SubnetIdentity | null,
  hooks: SubnetDissolveHooks,
): number {
  const plan = validateRegisterNetwork(context, hotkey, identity);
  return applyRegisterNetwork(context, hotkey, identity, plan, hooks);
}
