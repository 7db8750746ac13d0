/**
 * chain.md §11.3 append (subtensor `subnets/uids.rs::append_neuron`): the new hotkey takes uid `N`, `N`
 * grows by one, every per-UID vector gets its default entry, and `BlockAtRegistration = LastUpdate = now`.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { seatNeuron } from "./_seatNeuron.ts";
import { SubnetworkN } from "./neuronsStorage.ts";

/**
 * Appends `hotkey` as the next uid of `netuid` and returns the uid. The caller has checked that the
 * hotkey is not registered there and that `N < maxAllowedUids`.
 */
export function appendNeuron(store: KeyValueStore, netuid: number, hotkey: string, now: number): number {
  const uid = SubnetworkN.get(store, netuid);
  SubnetworkN.set(store, uid + 1, netuid);
  seatNeuron(store, netuid, uid, hotkey, now);
  return uid;
}
