/**
 * The checks shared by the admin calls (chain.md §7, §8.1; subtensor `utils/misc.rs`
 * `ensure_sn_owner_or_root_with_limits`, `utils/rate_limiting.rs`, `coinbase/tempo_control.rs`): origin,
 * the owner hyperparameter rate limit, the admin freeze window, subnet existence. Each throws the
 * DispatchError of its check and writes nothing.
 */
import type { DispatchModule } from "@opentao/primitives";
import { dispatchError } from "../errors.ts";
import { blocksUntilNextAutoEpoch } from "../scheduler/blocksUntilNextAutoEpoch.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { ensureSubnetOwner } from "../subnets/_origin.ts";
import { Tempo } from "../subnets/hyperparameters.ts";
import { PendingEpochAt, subnetExists } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import type { Origin } from "../transactions/callDefinition.ts";
import { ensureRoot } from "../transactions/origin.ts";
import { OwnerHyperparamLastSet } from "./adminStorage.ts";

/** Who may call a setter (chain.md §8.1 "Who"): the owner coldkey or root, or root only. */
export type SetterOrigin = "Owner" | "Root";

/**
 * Checks the origin of a setter: `Root` rows need root (`System.BadOrigin`); `Owner` rows take root or
 * the owner coldkey (`NotSubnetOwner`, also for a missing subnet, which has no owner). Returns the owner
 * coldkey, or null for root.
 */
export function ensureAdminOrigin(
  store: KeyValueStore,
  origin: Origin,
  who: SetterOrigin,
  netuid: number,
  module: DispatchModule,
): string | null {
  if (who === "Root") {
    ensureRoot(origin);
    return null;
  }
  if (origin.kind === "root") return null;
  return ensureSubnetOwner(store, origin, netuid, module);
}

/** `rate limit passes` of chain.md §1: `last == 0 || now − last ≥ limit`. */
export function rateLimitPasses(last: number, limit: number, now: number): boolean {
  return last === 0 || now - last >= limit;
}

/**
 * The owner rate limit of chain.md §8.1: `tempos · Tempo[n]` blocks since the owner last changed `key` on
 * `netuid` (`tempos` = OwnerHyperparamRateLimit, or 5 for weightsVersionKey) → `TxRateLimitExceeded`.
 */
export function ensureOwnerRateLimit(
  store: KeyValueStore,
  netuid: number,
  key: string,
  tempos: number,
  now: number,
  module: DispatchModule,
): void {
  const last = OwnerHyperparamLastSet.get(store, netuid, key);
  const limit = tempos * Tempo.get(store, netuid);
  if (!rateLimitPasses(last, limit, now)) {
    throw dispatchError(module, "TxRateLimitExceeded", {
      netuid,
      parameter: key,
      lastBlock: last,
      limit,
      now,
    });
  }
}

/** OwnerHyperparamRateLimit (§8.2), in tempos. */
export function ownerHyperparamRateLimit(store: KeyValueStore): number {
  return getNetworkParam(store, "OwnerHyperparamRateLimit");
}

/**
 * chain.md §7 admin freeze window: frozen iff `Tempo > 0` and (`PendingEpochAt > now` or
 * `blocksUntilNextAutoEpoch(n, now) < AdminFreezeWindow`). Owner-origin calls only (v1).
 */
export function isInAdminFreezeWindow(store: KeyValueStore, netuid: number, now: number): boolean {
  if (Tempo.get(store, netuid) === 0) return false;
  if (PendingEpochAt.get(store, netuid) > now) return true;
  return blocksUntilNextAutoEpoch(store, netuid, now) < getNetworkParam(store, "AdminFreezeWindow");
}

/** Refuses an owner change inside the freeze window → `AdminActionProhibitedDuringWeightsWindow`. */
export function ensureAdminWindowOpen(
  store: KeyValueStore,
  netuid: number,
  now: number,
  module: DispatchModule,
): void {
  if (isInAdminFreezeWindow(store, netuid, now)) {
    throw dispatchError(module, "AdminActionProhibitedDuringWeightsWindow", {
      netuid,
      now,
      pendingEpochAt: PendingEpochAt.get(store, netuid),
      blocksUntilNextAutoEpoch: blocksUntilNextAutoEpoch(store, netuid, now),
      adminFreezeWindow: getNetworkParam(store, "AdminFreezeWindow"),
    });
  }
}

/** `SubnetNotExists` unless `netuid` exists (root included). */
export function ensureSubnetExists(store: KeyValueStore, netuid: number, module: DispatchModule): void {
  if (!subnetExists(store, netuid)) throw dispatchError(module, "SubnetNotExists", { netuid });
}
