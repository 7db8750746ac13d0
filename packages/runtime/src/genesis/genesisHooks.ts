/**
 * The parts of genesis (chain.md §17) owned by other modules, one typed hook each, called by
 * `buildGenesis` in this order after accounts, parameters and the sudo key are written. To plug a module
 * in, replace its entry in `GENESIS_HOOKS`.
 *
 * Contract for every hook: write through `store` only (it is the genesis overlay, committed when all of
 * genesis succeeds); mint any TAO put into pools by adding it to `TotalIssuance` (§17: `TotalIssuance =
 * Σ balances + Σ pool TAO`); throw `ChainSpecError` naming the field for input the module rejects.
 */
import type { BlockContext } from "../block/blockContext.ts";
import { applyGenesisStakes } from "../staking/applyGenesisStakes.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { createGenesisRootSubnet, createGenesisSubnets } from "../subnets/createGenesisSubnets.ts";
import type { ChainSpec } from "./chainSpec.ts";

/** One genesis step: the genesis state, a block-0 context (events are discarded), and the parsed spec. */
export type GenesisStep = (store: KeyValueStore, ctx: BlockContext, spec: ChainSpec) => void;

/** The genesis steps of other modules, in the order `buildGenesis` runs them. */
export type GenesisHooks = {
  /** Root (netuid 0): exists from genesis, `SubtokenEnabled = true`, no owner (§6.1, §17). Owner: subnets/. */
  readonly createRootSubnet: GenesisStep;
  /** `spec.subnets`, netuid 1, 2, … as by register_network at block 0, lock minted (§17). Owner: subnets/. */
  readonly createSubnets: GenesisStep;
  /** `spec.stakes`: `Owner[hotkey]` if unset, `stakeInto` at zero fee, TAO minted (§17). Owner: staking/. */
  readonly applyStakes: GenesisStep;
};

/** The runtime's genesis hooks. */
export const GENESIS_HOOKS: GenesisHooks = {
  createRootSubnet: createGenesisRootSubnet,
  createSubnets: createGenesisSubnets,
  applyStakes: applyGenesisStakes,
};
