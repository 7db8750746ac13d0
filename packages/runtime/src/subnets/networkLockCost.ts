/**
 * chain.md §6.3 lock cost read from state (subtensor `coinbase/root.rs::get_network_lock_cost`): the
 * stored `NetworkLastLockCost` / `NetworkLastLockBlock`, the §8.2 globals and `TotalIssuance` fed to
 * registration/'s pure `lockCost`. Also `subnetInfo_getLockCost` (§19).
 */
import { TotalIssuance } from "../balances/balancesStorage.ts";
import { lockCost } from "../registration/index.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { getNetworkParam } from "../system/index.ts";
import { NetworkLastLockBlock, NetworkLastLockCost } from "./subnetsStorage.ts";

/** TAO (rao) a subnet registered in block `now` must lock. */
export function getNetworkLockCost(store: KeyValueStore, now: number): bigint {
  return lockCost({
    lastLockCost: NetworkLastLockCost.get(store),
    lastLockBlock: BigInt(NetworkLastLockBlock.get(store)),
    now: BigInt(now),
    minLockCost: getNetworkParam(store, "NetworkMinLockCost"),
    lockReductionInterval: BigInt(getNetworkParam(store, "NetworkLockReductionInterval")),
    totalIssuance: TotalIssuance.get(store),
  });
}
