/**
 * yuma.md §6.2 / chain.md §10.5 step 1, subtensor `epoch/run_epoch.rs::persist_netuid_epoch_terms` and
 * `persist_mechanism_epoch_terms`: one epoch's outputs written in uid order — `Active`, `Emission`,
 * `Consensus`, `Incentive`, `Dividends`, `ValidatorTrust`, `StakeWeight`, `ValidatorPermit` (the new
 * permits) and every uid's `Bonds` row (an empty row, for a uid without a new permit, is removed).
 */
import type { EpochOutput } from "../epoch/epochTypes.ts";
import {
  Active,
  Bonds,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  StakeWeight,
  ValidatorPermit,
  ValidatorTrust,
} from "../neurons/neuronsStorage.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";

/** Writes `output` for subnet `netuid` (one mechanism, so the yuma.md §7.2 aggregation is the identity). */
export function persistEpochTerms(store: KeyValueStore, netuid: number, output: EpochOutput): void {
  output.active.forEach((active, uid) => {
    Active.set(store, active, netuid, uid);
    Emission.set(store, output.emission[uid]!, netuid, uid);
    Consensus.set(store, output.consensus[uid]!, netuid, uid);
    Incentive.set(store, output.incentive[uid]!, netuid, uid);
    Dividends.set(store, output.dividends[uid]!, netuid, uid);
    ValidatorTrust.set(store, output.validatorTrust[uid]!, netuid, uid);
    StakeWeight.set(store, output.stakeWeight[uid]!, netuid, uid);
    ValidatorPermit.set(store, output.newValidatorPermits[uid]!, netuid, uid);
    const row = output.bondsOut[uid]!;
    if (row.length === 0) Bonds.remove(store, netuid, uid);
    else Bonds.set(store, row, netuid, uid);
  });
}
