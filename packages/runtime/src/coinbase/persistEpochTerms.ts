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
  // `update` skips entries that already hold the value (most terms repeat from one epoch to the next);
  // an absent row needs no removal.
  output.active.forEach((active, uid) => {
    Active.update(store, active, netuid, uid);
    Emission.update(store, output.emission[uid]!, netuid, uid);
    Consensus.update(store, output.consensus[uid]!, netuid, uid);
    Incentive.update(store, output.incentive[uid]!, netuid, uid);
    Dividends.update(store, output.dividends[uid]!, netuid, uid);
    ValidatorTrust.update(store, output.validatorTrust[uid]!, netuid, uid);
    StakeWeight.update(store, output.stakeWeight[uid]!, netuid, uid);
    ValidatorPermit.update(store, output.newValidatorPermits[uid]!, netuid, uid);
    const row = output.bondsOut[uid]!;
    if (row.length === 0) {
      if (Bonds.has(store, netuid, uid)) Bonds.remove(store, netuid, uid);
    } else Bonds.update(store, row, netuid, uid);
  });
}
