/**
 * chain.md §11.3 "register the neuron": append while the subnet has room, otherwise replace the prune
 * candidate of §11.4 (subtensor `subnets/registration.rs::do_burned_registration` steps 11–13).
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { MaxAllowedUids } from "../subnets/hyperparameters.ts";
import { appendNeuron } from "./appendNeuron.ts";
import { getNeuronToPrune } from "./getNeuronToPrune.ts";
import { SubnetworkN } from "./neuronsStorage.ts";
import { replaceNeuron } from "./replaceNeuron.ts";

/** Where a registration lands: a new uid, or the uid it replaces. */
export type NeuronSlot =
  | { readonly kind: "append"; readonly uid: number }
  | { readonly kind: "replace"; readonly uid: number };

/**
 * The slot a registration on `netuid` at block `now` would take, or null when none is available
 * (`maxAllowedUids == 0`, or the subnet is full and has no prune candidate). Writes nothing.
 */
export function neuronSlot(store: KeyValueStore, netuid: number, now: number): NeuronSlot | null {
  const maxAllowedUids = MaxAllowedUids.get(store, netuid);
  if (maxAllowedUids === 0) return null;
  const n = SubnetworkN.get(store, netuid);
  if (n < maxAllowedUids) return { kind: "append", uid: n };
  const uid = getNeuronToPrune(store, netuid, now);
  return uid === null ? null : { kind: "replace", uid };
}

/** Registers `hotkey` in `slot` (from `neuronSlot` in the same state) and returns its uid. */
export function registerNeuron(
  store: KeyValueStore,
  netuid: number,
  hotkey: string,
  slot: NeuronSlot,
  now: number,
): number {
  if (slot.kind === "append") return appendNeuron(store, netuid, hotkey, now);
  replaceNeuron(store, netuid, slot.uid, hotkey, now);
  return slot.uid;
}
