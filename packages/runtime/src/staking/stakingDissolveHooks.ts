/**
 * chain.md §6.6 steps 1–3 for staking's per-subnet state: the stake positions the dissolution refund is
 * shared over, and the removal of share pools, childkeys and root-claim entries of the subnet (subtensor
 * `coinbase/root.rs::destroy_alpha_in_out_stakes`). Plugs into subnets/'s `SubnetDissolveHooks`.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import type { SubnetStake } from "../subnets/distributeSubnetPot.ts";
import { positionsOnSubnet } from "./stakePosition.ts";
import {
  AlphaShares,
  ChildKeys,
  ChildkeyTake,
  LastChildkeyTakeIncreaseBlock,
  LastSetChildrenBlock,
  ParentKeys,
  PendingChildKeys,
  RootClaimable,
  RootClaimed,
  removeWhereNetuid,
  TotalHotkeyAlpha,
  TotalHotkeyShares,
} from "./stakingStorage.ts";

/** §6.6 step 2: every (hotkey, coldkey) position value on `netuid`, in key order. */
export function stakesOnSubnet(store: KeyValueStore, netuid: number): SubnetStake[] {
  return positionsOnSubnet(store, netuid);
}

/** §6.6 steps 1 and 3: deletes every staking item of `netuid`. Call after the refund. */
export function removeStakingSubnetState(store: KeyValueStore, netuid: number): void {
  // Step 1: root-claim entries of the subnet.
  removeWhereNetuid(store, RootClaimable, 1, netuid);
  for (const key of store.keysWithPrefix(`${RootClaimed.key([netuid])}/`)) store.delete(key);
  // Step 3: share pools, childkeys and childkey takes.
  removeWhereNetuid(store, AlphaShares, 2, netuid);
  removeWhereNetuid(store, TotalHotkeyAlpha, 1, netuid);
  removeWhereNetuid(store, TotalHotkeyShares, 1, netuid);
  removeWhereNetuid(store, ChildKeys, 1, netuid);
  removeWhereNetuid(store, ParentKeys, 1, netuid);
  removeWhereNetuid(store, ChildkeyTake, 1, netuid);
  removeWhereNetuid(store, LastSetChildrenBlock, 1, netuid);
  removeWhereNetuid(store, LastChildkeyTakeIncreaseBlock, 1, netuid);
  for (const key of store.keysWithPrefix(`${PendingChildKeys.key([netuid])}/`)) store.delete(key);
}

/** The staking half of `SubnetDissolveHooks` (subnets/dissolveHooks.ts). */
export const stakingDissolveHooks = {
  stakesOnSubnet,
  removeSubnetState: removeStakingSubnetState,
} as const;
