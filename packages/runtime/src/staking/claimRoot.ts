/**
 * chain.md §12.9 `claim_root(subnets: [u16])` (C); subtensor `staking/claim_root.rs::do_root_claim`,
 * `root_claim_on_subnet`. For each hotkey the caller has staked to (`StakingHotkeys` order) and each
 * listed subnet (ascending, duplicates removed) with a rate, the owed root dividend is claimed by the
 * caller's `RootClaimType`: `Swap` sells it fee-less at `MIN_PRICE` and stakes the TAO on root to
 * (hotkey, caller); `Keep` stakes the alpha on the subnet to (hotkey, caller). Amounts of 0 or below the
 * subnet's `rootClaimableThreshold` are skipped. **(v1)** No automatic claims, no `KeepSubnets`.
 *
 * Event: `RootClaimed {coldkey}`.
 * Raises: `InvalidSubnetNumber` (not 1–5 distinct subnets); any swap error of a `Swap` claim
 * (`SwapInputTooLarge`, `ReservesTooLow`) fails the whole call.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { type KeyValueStore, Overlay } from "../state/keyValueStore.ts";
import { RootClaimableThreshold } from "../subnets/hyperparameters.ts";
import { ROOT_NETUID, SubnetAlphaOut, SubnetTAO } from "../subnets/subnetsStorage.ts";
import { MIN_PRICE } from "../swap/index.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { rootClaimOwed } from "./rootClaimableFor.ts";
import { adjustRootClaimed } from "./rootClaimed.ts";
import { sellAlpha } from "./sellAlpha.ts";
import { increaseStake } from "./stakePosition.ts";
import {
  RootClaimable,
  RootClaimed,
  RootClaimType,
  type RootClaimTypeValue,
  StakingHotkeys,
} from "./stakingStorage.ts";

/** At most 5 distinct subnets per claim. */
export const MAX_ROOT_CLAIM_SUBNETS = 5;

/** The distinct subnets of a claim, ascending (subtensor takes a `BTreeSet`). */
export function claimSubnets(subnets: readonly number[]): number[] {
  const unique: number[] = [];
  for (const netuid of subnets) if (!unique.includes(netuid)) unique.push(netuid);
  return unique.sort((a, b) => a - b);
}

/** `claim_root` check: 1–5 distinct subnets (`InvalidSubnetNumber`). Returns them ascending. */
export function validateClaimRoot(subnets: readonly number[]): number[] {
  const unique = claimSubnets(subnets);
  if (unique.length === 0 || unique.length > MAX_ROOT_CLAIM_SUBNETS) {
    throw dispatchError("SubtensorModule", "InvalidSubnetNumber", {
      count: unique.length,
      max: MAX_ROOT_CLAIM_SUBNETS,
    });
  }
  return unique;
}

/** Claims `owed` alpha of (hotkey, coldkey) on `netuid` by `claimType`, then credits it as claimed. */
function claimOnSubnet(
  store: KeyValueStore,
  hotkey: string,
  coldkey: string,
  netuid: number,
  owed: bigint,
  claimType: RootClaimTypeValue,
): void {
  if (claimType === "Swap") {
    // The owed alpha is already counted in SubnetAlphaOut (the coinbase put it there): sell it into the
    // pool, then the TAO leaves SubnetTAO[n] for SubnetTAO[0] as new root stake.
    const { out } = sellAlpha(store, netuid, owed, MIN_PRICE, true);
    SubnetTAO.set(store, SubnetTAO.get(store, ROOT_NETUID) + out, ROOT_NETUID);
    SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, ROOT_NETUID) + out, ROOT_NETUID);
    increaseStake(store, hotkey, coldkey, ROOT_NETUID, out);
    adjustRootClaimed(store, hotkey, coldkey, out);
  } else {
    increaseStake(store, hotkey, coldkey, netuid, owed);
  }
  RootClaimed.set(store, RootClaimed.get(store, netuid, hotkey, coldkey) + owed, netuid, hotkey, coldkey);
}

/** `claim_root`: validate, claim every owed amount in a scratch overlay, emit `RootClaimed`. */
export function claimRoot(context: DispatchContext, subnets: readonly number[]): void {
  const { store, ctx } = context;
  const coldkey = ensureSigned(context.origin);
  const netuids = validateClaimRoot(subnets);
  const claimType = RootClaimType.get(store, coldkey);
  // A swap can still refuse after earlier claims were written: they are buffered here and committed only
  // when every claim succeeded, so a failed call writes nothing at all.
  const scratch = new Overlay(store);
  for (const hotkey of StakingHotkeys.get(store, coldkey)) {
    for (const netuid of netuids) {
      if (!RootClaimable.has(scratch, hotkey, netuid)) continue;
      const owed = rootClaimOwed(scratch, hotkey, coldkey, netuid);
      if (owed === 0n || owed < RootClaimableThreshold.get(scratch, netuid)) continue;
      claimOnSubnet(scratch, hotkey, coldkey, netuid, owed, claimType);
    }
  }
  scratch.commit();
  emitEvent(ctx, "SubtensorModule", "RootClaimed", { coldkey });
}
