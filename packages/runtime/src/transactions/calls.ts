/**
 * The runtime's calls: one explicit list of every module's `CallDefinition[]`, in alphabetical order of
 * module. This is the single place where a module's calls become dispatchable (chain.md §3.2 check 1),
 * and where modules that depend on each other are joined (subnet dissolution reaches into staking,
 * weights and commitments through `DISSOLVE_HOOKS`).
 *
 * The registry is built on first use rather than at import, so that a module which imports from
 * transactions/ while this file imports it back cannot hit an uninitialised array.
 */
import { ADMIN_CALLS, removeAdminSubnetState } from "../admin/index.ts";
import { BALANCES_CALLS } from "../balances/index.ts";
import { removeCoinbaseSubnetState } from "../coinbase/index.ts";
import { removeSubnetCommitments } from "../commitments/commitmentsStorage.ts";
import { commitmentsCalls } from "../commitments/index.ts";
import { IDENTITY_CALLS } from "../identity/index.ts";
import { neuronsCalls } from "../neurons/index.ts";
import { stakingCalls, stakingDissolveHooks } from "../staking/index.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import type { SubnetDissolveHooks } from "../subnets/dissolveHooks.ts";
import { createSubnetsCalls } from "../subnets/index.ts";
import { SUDO_CALLS } from "../sudo/index.ts";
import { weightsCalls } from "../weights/index.ts";
import { removeSubnetWeightCommits } from "../weights/weightsStorage.ts";
import { type CallRegistry, createCallRegistry } from "./callRegistry.ts";

/** Dissolution (chain.md §6.6): staking reports the stakes to refund; every module removes its own items. */
const DISSOLVE_HOOKS: SubnetDissolveHooks = {
  stakesOnSubnet: stakingDissolveHooks.stakesOnSubnet,
  removeSubnetState: (store: KeyValueStore, netuid: number) => {
    stakingDissolveHooks.removeSubnetState(store, netuid);
    removeSubnetWeightCommits(store, netuid);
    removeSubnetCommitments(store, netuid);
    removeAdminSubnetState(store, netuid);
    removeCoinbaseSubnetState(store, netuid);
  },
};

let registry: CallRegistry | undefined;

/** The registry of every call the runtime dispatches. */
export function runtimeCalls(): CallRegistry {
  registry ??= createCallRegistry([
    ADMIN_CALLS, // AdminUtils, with the SubtensorModule tempo calls and Swap.set_fee_rate
    BALANCES_CALLS,
    commitmentsCalls,
    // SubtensorModule
    createSubnetsCalls(DISSOLVE_HOOKS),
    IDENTITY_CALLS,
    neuronsCalls,
    stakingCalls,
    weightsCalls,
    SUDO_CALLS,
  ]);
  return registry;
}
