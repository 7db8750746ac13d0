/**
 * chain.md §12.8 childkey take reads (subtensor `staking/set_children.rs::get_childkey_take`): the lowest
 * take a childkey may set on a subnet, `max(MinChildkeyTake, minChildkeyTake[n])`, and the effective take
 * the dividend split uses, `max(ChildkeyTake[h][n], effective min)`. Pure reads.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { MinChildkeyTakePerSubnet } from "../subnets/hyperparameters.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { ChildkeyTake } from "./stakingStorage.ts";

/** The effective minimum childkey take on `netuid`, U16P: the global and per-subnet minimum, larger one. */
export function minChildkeyTake(store: KeyValueStore, netuid: number): number {
  const global = getNetworkParam(store, "MinChildkeyTake");
  const subnet = MinChildkeyTakePerSubnet.get(store, netuid);
  return global > subnet ? global : subnet;
}

/** The childkey take of `hotkey` on `netuid` the dividend split applies, U16P (§12.8). */
export function childkeyTake(store: KeyValueStore, hotkey: string, netuid: number): number {
  const stored = ChildkeyTake.get(store, hotkey, netuid);
  const minimum = minChildkeyTake(store, netuid);
  return stored > minimum ? stored : minimum;
}
