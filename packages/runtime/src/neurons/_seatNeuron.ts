/**
 * The writes chain.md §11.3 append and replace share (subtensor `subnets/uids.rs`): `hotkey` takes `uid`,
 * registered at `now`, with the per-uid terms of a new neuron.
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
  Uids,
  ValidatorPermit,
  ValidatorTrust,
} from "./neuronsStorage.ts";

/**
 * Links `uid` and `hotkey` both ways, sets `BlockAtRegistration = LastUpdate = now`, and gives the uid
 * the defaults subtensor pushes onto each vector; a new neuron counts as active until its first epoch.
 */
export function seatNeuron(
  store: KeyValueStore,
  netuid: number,
  uid: number,
  hotkey: string,
  now: number,
): void {
  Keys.set(store, hotkey, netuid, uid);
  Uids.set(store, uid, netuid, hotkey);
  BlockAtRegistration.set(store, now, netuid, uid);
  LastUpdate.set(store, now, netuid, uid);
  Active.set(store, true, netuid, uid);
  Emission.set(store, 0n, netuid, uid);
  Consensus.set(store, 0, netuid, uid);
  Incentive.set(store, 0, netuid, uid);
  Dividends.set(store, 0, netuid, uid);
  ValidatorTrust.set(store, 0, netuid, uid);
  StakeWeight.set(store, 0, netuid, uid);
  ValidatorPermit.set(store, false, netuid, uid);
}
