/**
 * chain.md §6.5 prune target (subtensor `coinbase/root.rs::get_network_to_prune`): among added non-root
 * subnets past `NetworkImmunityPeriod`, the one with the lowest `SubnetMovingPrice`; ties go to the
 * earliest `NetworkRegisteredAt`, then **(v1)** the lowest netuid. Also `subnetInfo_getSubnetToPrune` (§19).
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { getNetworkParam } from "../system/index.ts";
import { existingNetuids, NetworkRegisteredAt, ROOT_NETUID, SubnetMovingPrice } from "./subnetsStorage.ts";

/** The netuid `register_network` in block `now` would dissolve, or null when every subnet is immune. */
export function getSubnetToPrune(store: KeyValueStore, now: number): number | null {
  const immunity = getNetworkParam(store, "NetworkImmunityPeriod");
  let best: { netuid: number; price: bigint; registeredAt: number } | null = null;
  // Ascending netuid, so keeping the first of equal (price, registeredAt) applies the lowest-netuid rule.
  for (const netuid of existingNetuids(store)) {
    if (netuid === ROOT_NETUID) continue;
    const registeredAt = NetworkRegisteredAt.get(store, netuid);
    if (now < registeredAt + immunity) continue;
    const price = SubnetMovingPrice.get(store, netuid);
    if (best === null || price < best.price || (price === best.price && registeredAt < best.registeredAt)) {
      best = { netuid, price, registeredAt };
    }
  }
  return best?.netuid ?? null;
}
