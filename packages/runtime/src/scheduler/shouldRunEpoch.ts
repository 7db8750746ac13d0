/**
 * chain.md §7 `shouldRunEpoch(n, b)`, subtensor `coinbase/run_coinbase.rs::should_run_epoch` and
 * `coinbase/tempo_control.rs`: whether subnet `n` runs its epoch in block `b`. A pure read of the
 * scheduler items in subnets/ (`Tempo`, `PendingEpochAt`, `BlocksSinceLastStep`, `LastEpochBlock`).
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { Tempo } from "../subnets/hyperparameters.ts";
import { BlocksSinceLastStep, LastEpochBlock, PendingEpochAt } from "../subnets/subnetsStorage.ts";

/** chain.md §2.1 `MAX_TEMPO`: a subnet runs an epoch at least this often (the safety net of §7). */
export const MAX_TEMPO = 50_400;

/**
 * chain.md §7: false when `Tempo == 0`; true when a triggered or deferred epoch is due
 * (`PendingEpochAt > 0` and `b ≥ PendingEpochAt`), when `BlocksSinceLastStep > MAX_TEMPO`, or when a
 * full period has passed (`b − LastEpochBlock ≥ Tempo`).
 *
 * @example shouldRunEpoch(store, 1, LastEpochBlock.get(store, 1) + Tempo.get(store, 1)) // true
 */
export function shouldRunEpoch(store: KeyValueStore, netuid: number, now: number): boolean {
  const tempo = Tempo.get(store, netuid);
  if (tempo === 0) return false; //                                          tempo 0 stops epochs
  const pendingAt = PendingEpochAt.get(store, netuid);
  if (pendingAt > 0 && now >= pendingAt) return true; //                     triggered or deferred
  if (BlocksSinceLastStep.get(store, netuid) > MAX_TEMPO) return true; //  safety net
  return now - LastEpochBlock.get(store, netuid) >= tempo; //              period = tempo blocks
}
