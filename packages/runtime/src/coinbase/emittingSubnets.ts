/**
 * chain.md §10.1 emitting set, subtensor `coinbase/subnet_emissions.rs::get_subnets_to_emit_to`: the
 * non-root subnets that have run `start_call` (`FirstEmissionBlockNumber` set), allow staking
 * (`SubtokenEnabled`) and allow registrations (`registrationAllowed`; false also stops emission, §8.1).
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { NetworkRegistrationAllowed } from "../subnets/hyperparameters.ts";
import {
  existingNetuids,
  FirstEmissionBlockNumber,
  ROOT_NETUID,
  SubtokenEnabled,
} from "../subnets/subnetsStorage.ts";

/** The emitting subnets, ascending netuid (chain.md §10.1). */
export function emittingSubnets(store: KeyValueStore): number[] {
  return existingNetuids(store).filter(
    (netuid) =>
      netuid !== ROOT_NETUID && //                              root never emits
      FirstEmissionBlockNumber.has(store, netuid) && //         started (start_call ran)
      SubtokenEnabled.get(store, netuid) && //                  staking allowed
      NetworkRegistrationAllowed.get(store, netuid), //         registrations allowed
  );
}
