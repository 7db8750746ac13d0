/**
 * chain.md §6.6 step 3 for neurons: removes every per-UID and per-hotkey item of a dissolving subnet
 * (`SubnetworkN`, `Keys`, `Uids`, the epoch vectors, `Weights`, `Bonds`, axons, prometheus, certificates).
 * subtensor `coinbase/root.rs::remove_network`.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { NEURON_ITEMS, SubnetworkN } from "./neuronsStorage.ts";

/** Deletes all neuron state of `netuid`. `Owner` associations are permanent and stay. */
export function removeSubnetNeurons(store: KeyValueStore, netuid: number): void {
  SubnetworkN.remove(store, netuid);
  for (const item of NEURON_ITEMS) {
    for (const key of store.keysWithPrefix(`${item.key([netuid])}/`)) store.delete(key);
  }
}
