/**
 * What dissolution (chain.md §6.6) needs from modules that own per-subnet state outside subnets/ and
 * neurons/: the stake positions to refund, and the removal of their own items. The staking, weights,
 * commitments and coinbase modules supply these; until they exist `interimDissolveHooks` reports no
 * stakes (the whole pot is then the protocol's and is recycled) and removes nothing.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import type { SubnetStake } from "./distributeSubnetPot.ts";

export type SubnetDissolveHooks = {
  /**
   * §6.6 step 2: every (hotkey, coldkey) stake value on `netuid`, in alpha-rao (share-pool values,
   * §12.1); any order, zero values allowed. Supplied by staking/.
   */
  readonly stakesOnSubnet: (store: KeyValueStore, netuid: number) => readonly SubnetStake[];
  /**
   * §6.6 steps 1 and 3 for items owned elsewhere: `RootClaimable[*][n]`, `RootClaimed[(n,*,*)]`, share
   * pools of `n`, child/parent/pending childkeys and childkey takes, weight commits, commitments, the
   * four pending emission buckets and per-subnet emission records. Called after the refund.
   */
  readonly removeSubnetState: (store: KeyValueStore, netuid: number) => void;
};

/** Interim hooks: no stakes, nothing else to remove. Replace with the staking module's hooks. */
export const interimDissolveHooks: SubnetDissolveHooks = {
  stakesOnSubnet: () => [],
  removeSubnetState: () => {},
};
