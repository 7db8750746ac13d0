/**
 * chain.md §11.3 replace (subtensor `subnets/uids.rs::replace_neuron`, `clear_neuron`): the new hotkey
 * takes over `uid`. The old hotkey loses its `Uids`, axon, certificate and prometheus entries; the uid's
 * epoch terms are zeroed, its own `Weights` and `Bonds` rows deleted, and weights that other uids set on it
 * become 0 (the entries stay, so row lengths do not change). Stake is per hotkey and is untouched.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { seatNeuron } from "./_seatNeuron.ts";
import { Axons, Bonds, Keys, NeuronCertificates, Prometheus, Uids, Weights } from "./neuronsStorage.ts";

/** Replaces the neuron at `uid` of `netuid` with `hotkey`, registered at `now`. */
export function replaceNeuron(
  store: KeyValueStore,
  netuid: number,
  uid: number,
  hotkey: string,
  now: number,
): void {
  const oldHotkey = Keys.get(store, netuid, uid);
  Uids.remove(store, netuid, oldHotkey);
  Axons.remove(store, netuid, oldHotkey);
  NeuronCertificates.remove(store, netuid, oldHotkey);
  Prometheus.remove(store, netuid, oldHotkey);
  seatNeuron(store, netuid, uid, hotkey, now);
  Weights.remove(store, netuid, uid);
  Bonds.remove(store, netuid, uid);
  // Rows are scanned in uid order; only rows that point at `uid` are rewritten.
  for (const [parts, row] of Weights.entries(store, netuid)) {
    if (!row.some(([dest, value]) => dest === uid && value !== 0)) continue;
    const zeroed = row.map(([dest, value]) => [dest, dest === uid ? 0 : value] as const);
    Weights.set(store, zeroed, netuid, Number(parts[1]));
  }
}
