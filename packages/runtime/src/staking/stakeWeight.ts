/**
 * chain.md §12.7 stake weight (subtensor `staking/stake_utils.rs::get_inherited_for_hotkey_on_subnet`,
 * `get_stake_weights_for_hotkey_on_subnet`): a hotkey's alpha on subnet `n` and its root TAO, each after
 * giving its children their proportions and receiving its parents', with the TAO converted by
 * `TaoWeight`. Pure reads, used by `set_weights`, validator permits and the epoch's stake vector.
 * **(v1)** Each term floors; subtensor accumulates in U96F32.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { ROOT_NETUID } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { ChildKeys, ParentKeys, TotalHotkeyAlpha } from "./stakingStorage.ts";

/** `U = 2^64 − 1`, the U64P denominator (chain.md §1). */
export const U64P_ONE = 18_446_744_073_709_551_615n;

/**
 * The stake `h` holds on `stakeNetuid` after the childkey relations of `relationNetuid`:
 * `own − Σ_children floor(own·p_c/U) + Σ_parents floor(TotalHotkeyAlpha[P][stakeNetuid]·p/U)`.
 */
function inherited(
  store: KeyValueStore,
  hotkey: string,
  relationNetuid: number,
  stakeNetuid: number,
): bigint {
  const own = TotalHotkeyAlpha.get(store, hotkey, stakeNetuid);
  let stake = own;
  for (const [proportion] of ChildKeys.get(store, hotkey, relationNetuid))
    stake -= (own * proportion) / U64P_ONE;
  for (const [proportion, parent] of ParentKeys.get(store, hotkey, relationNetuid)) {
    stake += (TotalHotkeyAlpha.get(store, parent, stakeNetuid) * proportion) / U64P_ONE;
  }
  return stake;
}

/**
 * `[alphaInh(h, n), taoInh(h, n)]` with the childkey relations of `n` read once: the same two numbers
 * `alphaInherited` and `taoInherited` compute, for the epoch's per-uid stake vectors.
 */
export function inheritedPair(store: KeyValueStore, hotkey: string, netuid: number): [bigint, bigint] {
  const children = ChildKeys.get(store, hotkey, netuid);
  const parents = ParentKeys.get(store, hotkey, netuid);
  const share = (stakeNetuid: number): bigint => {
    const own = TotalHotkeyAlpha.get(store, hotkey, stakeNetuid);
    let stake = own;
    for (const [proportion] of children) stake -= (own * proportion) / U64P_ONE;
    for (const [proportion, parent] of parents) {
      stake += (TotalHotkeyAlpha.get(store, parent, stakeNetuid) * proportion) / U64P_ONE;
    }
    return stake;
  };
  return [share(netuid), share(ROOT_NETUID)];
}

/** `alphaInh(h, n)`: alpha stake of `h` on `n` after childkey relations, alpha-rao. */
export function alphaInherited(store: KeyValueStore, hotkey: string, netuid: number): bigint {
  return inherited(store, hotkey, netuid, netuid);
}

/** `taoInh(h, n)`: root stake of `h` after the childkey relations of subnet `n`, rao. */
export function taoInherited(store: KeyValueStore, hotkey: string, netuid: number): bigint {
  return inherited(store, hotkey, netuid, ROOT_NETUID);
}

/** `mulW(x) = floor(x · TaoWeight / (2^64 − 1))` (chain.md §1). */
export function mulTaoWeight(store: KeyValueStore, tao: bigint): bigint {
  return (tao * getNetworkParam(store, "TaoWeight")) / U64P_ONE;
}

/** `stakeWeight(h, n) = alphaInh(h, n) + mulW(taoInh(h, n))` (chain.md §12.7). */
export function stakeWeight(store: KeyValueStore, hotkey: string, netuid: number): bigint {
  return alphaInherited(store, hotkey, netuid) + mulTaoWeight(store, taoInherited(store, hotkey, netuid));
}
