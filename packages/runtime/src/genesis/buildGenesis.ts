/**
 * Genesis (chain.md §17): writes block 0's state from a chain spec and returns block 0's header, whose
 * hash is the genesis hash every extrinsic signs (`chain`, §3.1). Block 0 has no extrinsics and runs no
 * pipeline. Everything is written in one overlay, committed only when all of genesis succeeds.
 */

import { toHex } from "@opentao/primitives";
import { mint } from "../balances/accountFunds.ts";
import { createBlockContext } from "../block/blockContext.ts";
import { blockHash, extrinsicsRoot, GENESIS_AUTHOR, type Header, ZERO_HASH } from "../block/header.ts";
import { type KeyValueStore, MemoryStore, Overlay } from "../state/keyValueStore.ts";
import { stateRoot } from "../state/stateRoot.ts";
import { SudoKey } from "../sudo/sudoStorage.ts";
import { NETWORK_PARAM_NAMES, setNetworkParam } from "../system/networkParams.ts";
import { Authorities, BlockNumber, ChainName, FastBlocks } from "../system/systemStorage.ts";
import { type ChainSpec, type ChainSpecJson, parseChainSpec } from "./chainSpec.ts";
import { GENESIS_HOOKS, type GenesisHooks } from "./genesisHooks.ts";

/** Block 0 of a chain. */
export type Genesis = {
  /** The parsed spec (authorities, block interval and the rest the node needs). */
  readonly spec: ChainSpec;
  readonly header: Header;
  /** The genesis hash: `blockHash(header)`. */
  readonly hash: string;
};

/** Block 0's timestamp: fixed, so that the genesis hash depends on the spec alone. */
export const GENESIS_TIMESTAMP = 0;

/**
 * Checks `specJson` (`ChainSpecError` if it is not a §17 spec), writes the genesis state into `store`
 * (which should be empty) and returns block 0.
 *
 * @example
 * const store = new MemoryStore();
 * const { hash } = buildGenesis(devChainSpec(), store);
 */
export function buildGenesis(
  specJson: ChainSpecJson,
  store: KeyValueStore = new MemoryStore(),
  hooks: GenesisHooks = GENESIS_HOOKS,
): Genesis {
  const spec = parseChainSpec(specJson);
  const overlay = new Overlay(store);
  const ctx = createBlockContext(0, GENESIS_TIMESTAMP, GENESIS_AUTHOR);

  BlockNumber.set(overlay, 0);
  ChainName.set(overlay, spec.chainName);
  FastBlocks.set(overlay, spec.fastBlocks);
  Authorities.set(
    overlay,
    spec.authorities.map(({ account, weight }) => ({ account, weight })),
  );
  for (const name of NETWORK_PARAM_NAMES) setNetworkParam(overlay, name, spec.params[name]);
  if (spec.sudo !== null) SudoKey.set(overlay, spec.sudo);
  for (const { account, free } of spec.balances) mint(overlay, ctx, account, free);
  hooks.createRootSubnet(overlay, ctx, spec);
  hooks.createSubnets(overlay, ctx, spec);
  hooks.applyStakes(overlay, ctx, spec);

  const header: Header = {
    number: 0,
    parentHash: ZERO_HASH,
    stateRoot: toHex(stateRoot(overlay)),
    extrinsicsRoot: extrinsicsRoot([]),
    timestamp: GENESIS_TIMESTAMP,
    author: GENESIS_AUTHOR,
  };
  overlay.commit();
  return { spec, header, hash: blockHash(header) };
}
