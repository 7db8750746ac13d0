/**
 * Test support for coinbase/ and scheduler/ (not exported): a genesis chain with started subnets built
 * by `buildGenesis` with the subnets module's genesis hooks, the runtime's calls for registering,
 * staking and weights, and the pipeline with this folder's hooks plugged in, driven through
 * `applyBlock`. Also the two conformance invariants every test checks after each block.
 */
import assert from "node:assert/strict";
import type { Keypair } from "@opentao/primitives";
import { BALANCES_CALLS } from "../balances/balancesCalls.ts";
import { Account, TotalIssuance } from "../balances/balancesStorage.ts";
import { call, freshKeypair, nextBlock, signed, type TestChain } from "../block/_testChain.ts";
import type { AppliedBlock } from "../block/applyBlock.ts";
import { PIPELINE_HOOKS, type PipelineHooks } from "../block/pipeline.ts";
import { buildGenesis } from "../genesis/buildGenesis.ts";
import type { ChainSpecJson } from "../genesis/chainSpec.ts";
import { DEV_ACCOUNTS } from "../genesis/devChainSpec.ts";
import type { GenesisHooks } from "../genesis/genesisHooks.ts";
import { decayBurns } from "../neurons/decayBurns.ts";
import { neuronsCalls } from "../neurons/neuronsCalls.ts";
import { stakingCalls } from "../staking/stakingCalls.ts";
import { TotalHotkeyAlpha } from "../staking/stakingStorage.ts";
import { type KeyValueStore, MemoryStore } from "../state/keyValueStore.ts";
import { createGenesisRootSubnet, createGenesisSubnets } from "../subnets/createGenesisSubnets.ts";
import {
  existingNetuids,
  SubnetAlphaBurned,
  SubnetAlphaOut,
  SubnetProtocolAlpha,
  SubnetTAO,
} from "../subnets/subnetsStorage.ts";
import { SUDO_CALLS } from "../sudo/sudoCalls.ts";
import { createCallRegistry } from "../transactions/callRegistry.ts";
import { weightsCalls } from "../weights/weightsCalls.ts";
import {
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
} from "./coinbaseStorage.ts";
import { currentBlockEmission } from "./currentBlockEmission.ts";
import { runCoinbase } from "./runCoinbase.ts";
import { updateMovingPrices } from "./updateMovingPrices.ts";
import { updateRootProportions } from "./updateRootProportions.ts";

export const TAO = 1_000_000_000n;

/** The hook mapping this folder asks block/pipeline.ts to adopt (decayBurns is neurons/'s). */
export const COINBASE_HOOKS: PipelineHooks = {
  ...PIPELINE_HOOKS,
  decayBurns,
  blockEmission: currentBlockEmission,
  runCoinbase,
  updateMovingPrices,
  updateRootProportions,
};

const GENESIS: GenesisHooks = {
  createRootSubnet: createGenesisRootSubnet,
  createSubnets: createGenesisSubnets,
  applyStakes: () => {},
};

const CALLS = createCallRegistry([BALANCES_CALLS, neuronsCalls, stakingCalls, SUDO_CALLS, weightsCalls]);

export type GenesisSubnetJson = NonNullable<ChainSpecJson["subnets"]>[number];

/** A started genesis subnet owned by //Alice with its own owner hotkey and the given hyperparameters. */
export function startedSubnet(
  label: string,
  hyperparams: GenesisSubnetJson["hyperparams"] = {},
): GenesisSubnetJson {
  return {
    owner: DEV_ACCOUNTS.alice,
    ownerHotkey: freshKeypair(`owner hotkey ${label}`).ss58Address,
    lock: (1_000n * TAO).toString(),
    startCall: true,
    hyperparams: { tempo: 10, ...hyperparams },
  };
}

export type CoinbaseChainOptions = {
  readonly subnets: readonly GenesisSubnetJson[];
  /** Extra `[ss58, rao]` balances (hotkeys that sign set_weights need an account). */
  readonly balances?: readonly (readonly [string, bigint])[];
  /** Replaces the dev accounts' balances entirely. */
  readonly devBalance?: bigint;
  readonly params?: ChainSpecJson["params"];
};

/** A fast-blocks chain at block 0 with `options.subnets` (netuid 1, 2, …), dev accounts funded. */
export function coinbaseChain(options: CoinbaseChainOptions): TestChain {
  const devBalance = options.devBalance ?? 1_000_000n * TAO;
  const spec: ChainSpecJson = {
    chainName: "opentao-coinbase-test",
    specVersion: 1,
    fastBlocks: true,
    sudo: DEV_ACCOUNTS.alice,
    authorities: [{ account: DEV_ACCOUNTS.alice, weight: "1" }],
    balances: [
      ...Object.values(DEV_ACCOUNTS).map((a) => [a, devBalance.toString()] as const),
      ...(options.balances ?? []).map(([a, v]) => [a, v.toString()] as const),
    ],
    subnets: options.subnets,
    ...(options.params === undefined ? {} : { params: options.params }),
  };
  const store = new MemoryStore();
  const { hash } = buildGenesis(spec, store, GENESIS);
  return { store, genesisHash: hash };
}

/** Signs `method` of SubtensorModule by `signer` with `args`. */
export function subtensor(chain: TestChain, signer: Keypair, method: string, args: Record<string, unknown>) {
  return signed(chain, signer, call("SubtensorModule", method, args as never));
}

/** Applies the next block with the coinbase hooks and the test calls; every extrinsic must succeed. */
export function block(
  chain: TestChain,
  extrinsics: readonly unknown[] = [],
  hooks = COINBASE_HOOKS,
): AppliedBlock {
  const applied = nextBlock(chain, extrinsics, { pipeline: hooks, calls: CALLS });
  const failed = applied.events.filter((e) => e.name === "ExtrinsicFailed");
  assert.deepEqual(failed, [], `block ${applied.header.number}: an extrinsic failed`);
  return applied;
}

/** chain.md §2.3: `TotalIssuance == Σ free + Σ_n SubnetTAO[n]` (root included). */
export function assertIssuance(store: KeyValueStore, label: string): void {
  const free = Account.entries(store).reduce((sum, [, a]) => sum + a.free, 0n);
  const pools = existingNetuids(store).reduce((sum, n) => sum + SubnetTAO.get(store, n), 0n);
  assert.equal(TotalIssuance.get(store), free + pools, `${label}: TotalIssuance == Σ free + Σ SubnetTAO`);
}

/** Σ stake values + protocol alpha + the four buckets + burned alpha on `netuid` (unclaimed root divs excluded). */
export function heldAlpha(store: KeyValueStore, netuid: number): bigint {
  let held = 0n;
  for (const [parts, value] of TotalHotkeyAlpha.entries(store))
    if (Number(parts[1]) === netuid) held += value;
  for (const item of [
    PendingServerEmission,
    PendingValidatorEmission,
    PendingRootAlphaDivs,
    PendingOwnerCut,
  ]) {
    held += item.get(store, netuid);
  }
  return held + SubnetProtocolAlpha.get(store, netuid) + SubnetAlphaBurned.get(store, netuid);
}

/** chain.md §2.3: every non-root subnet's held alpha ≤ `SubnetAlphaOut`. */
export function assertAlphaHeld(store: KeyValueStore, label: string): void {
  for (const netuid of existingNetuids(store)) {
    if (netuid === 0) continue;
    const held = heldAlpha(store, netuid);
    const out = SubnetAlphaOut.get(store, netuid);
    assert.ok(held <= out, `${label}: netuid ${netuid} holds ${held} > SubnetAlphaOut ${out}`);
  }
}
