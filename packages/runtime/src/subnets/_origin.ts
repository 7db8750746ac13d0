/**
 * Owner-origin checks of chain.md §3.3 shared by subnets/ and neurons/ calls (subtensor
 * `utils/misc.rs::ensure_subnet_owner`, `ensure_subnet_owner_or_root`): an owner call signed by anyone but
 * `SubnetOwner[netuid]` fails with `NotSubnetOwner`; root on an owner-only call is `System.BadOrigin`.
 */
import type { DispatchModule } from "@opentao/primitives";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import type { Origin } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { SubnetOwner } from "./subnetsStorage.ts";

/** Requires the owner coldkey of `netuid` as signer and returns it (a missing subnet has no owner). */
export function ensureSubnetOwner(
  store: KeyValueStore,
  origin: Origin,
  netuid: number,
  module: DispatchModule = "SubtensorModule",
): string {
  const signer = ensureSigned(origin);
  const owner = SubnetOwner.get(store, netuid);
  if (owner === "" || owner !== signer) {
    throw dispatchError(module, "NotSubnetOwner", { netuid, signer, owner: owner === "" ? null : owner });
  }
  return signer;
}

/** Requires root or the owner coldkey of `netuid`; returns the signer, or null for root. */
export function ensureSubnetOwnerOrRoot(
  store: KeyValueStore,
  origin: Origin,
  netuid: number,
  module: DispatchModule = "SubtensorModule",
): string | null {
  if (origin.kind === "root") return null;
  return ensureSubnetOwner(store, origin, netuid, module);
}
