/**
 * chain.md §11.3 append (subtensor `subnets/uids.rs::append_neuron`): the new hotkey takes uid `N`, `N`
 * grows by one, every per-UID vector gets its default entry, and `BlockAtRegistration = LastUpdate = now`.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import {
  Active,
  BlockAtRegistration,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  Keys,
  LastUpdate,
  StakeWeight,
  SubnetworkN,
  Uids,
  ValidatorPermit,
  ValidatorTrust,
} from "./neuronsStorage.ts";

/**
 * Appends `hotkey` as the next uid of `netuid` and returns the uid. The caller has checked that the
 * hotkey is not registered there and that `N < maxAllowedUids`.
 */
export function appendNeuron(store: KeyValueStore, netuid: number, hotkey: string, now: number): number {
  const uid = SubnetworkN.get(store, netuid);
  SubnetworkN.set(store, uid + 1, netuid);
  Keys.set(store, hotkey, netuid, uid);
  Uids.set(store, uid, netuid, hotkey);
  BlockAtRegistration.set(store, now, netuid, uid);
  LastUpdate.set(store, now, netuid, uid);
  // The defaults subtensor pushes onto each vector; a new neuron counts as active until its first epoch.
  Active.set(store, true, netuid, uid);
  Emission.set(store, 0n, netuid, uid);
  Consensus.set(store, 0, netuid, uid);
  Incentive.set(store, 0, netuid, uid);
  Dividends.set(store, 0, netuid, uid);
  ValidatorTrust.set(store, 0, netuid, uid);
  StakeWeight.set(store, 0, netuid, uid);
  ValidatorPermit.set(store, false, netuid, uid);
  return uid;
}
