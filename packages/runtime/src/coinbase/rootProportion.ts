/**
 * chain.md §10.3 `rootProportion(i)`, subtensor `coinbase/run_coinbase.rs::get_root_proportion`: root's
 * weighted stake against the subnet's alpha issuance,
 * `mulW(SubnetTAO[0])·10^18 / (mulW(SubnetTAO[0]) + SubnetAlphaIn_i + SubnetAlphaOut_i)` (F18, floored;
 * 0 when both are 0). It caps the alpha injected into the pool and sets root stakers' share of the
 * participant alpha.
 */

import { mulTaoWeight } from "../staking/stakeWeight.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { ROOT_NETUID, SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from "../subnets/subnetsStorage.ts";
import { F18_ONE } from "../swap/index.ts";

/**
 * `rootProportion(i)` of subnet `netuid` from the current state (chain.md §10.3), F18.
 *
 * @example rootProportion(store, 1) // 0n while nobody stakes on root
 */
export function rootProportion(store: KeyValueStore, netuid: number): bigint {
  const weightedRoot = mulTaoWeight(store, SubnetTAO.get(store, ROOT_NETUID));
  const alphaIssuance = SubnetAlphaIn.get(store, netuid) + SubnetAlphaOut.get(store, netuid);
  const total = weightedRoot + alphaIssuance;
  return total === 0n ? 0n : (weightedRoot * F18_ONE) / total;
}
