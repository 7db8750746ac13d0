import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { TotalIssuance } from "../balances/balancesStorage.ts";
import {
  buildGenesis,
  ChainSpecError,
  DEV_ACCOUNTS,
  devChainSpec,
  type GenesisHooks,
} from "../genesis/index.ts";
import { Keys, SubnetworkN } from "../neurons/neuronsStorage.ts";
import { MemoryStore } from "../state/keyValueStore.ts";
import { assertIssuanceInvariant, TAO } from "./_testChain.ts";
import { createGenesisRootSubnet, createGenesisSubnets } from "./createGenesisSubnets.ts";
import { AlphaValues, MaxAllowedUids, RecycleOrBurnItem, Tempo } from "./hyperparameters.ts";
import { getNetworkLockCost } from "./networkLockCost.ts";
import {
  FirstEmissionBlockNumber,
  NetworkLastLockCost,
  NetworksAdded,
  SubnetAlphaIn,
  SubnetEmissionEnabled,
  SubnetOwner,
  SubnetTAO,
  SubtokenEnabled,
  TokenSymbol,
  TotalNetworks,
} from "./subnetsStorage.ts";

const HOOKS: GenesisHooks = {
  createRootSubnet: createGenesisRootSubnet,
  createSubnets: createGenesisSubnets,
  applyStakes: () => {},
};

const { alice, bob, charlie, dave } = DEV_ACCOUNTS;

function build(subnets: NonNullable<ReturnType<typeof devChainSpec>["subnets"]>) {
  const store = new MemoryStore();
  buildGenesis({ ...devChainSpec(), subnets }, store, HOOKS);
  return store;
}

describe("genesis subnets", () => {
  test("root, then subnets 1, 2 with minted locks at price 1.0, startCall and hyperparams", () => {
    const store = build([
      { owner: alice, ownerHotkey: bob, lock: "1000000000000", startCall: true, hyperparams: { tempo: 99 } },
      {
        owner: charlie,
        ownerHotkey: dave,
        lock: "5000000000",
        hyperparams: {
          maxAllowedUids: 8,
          alphaValues: [2_000, 60_000],
          recycleOrBurn: "Recycle",
          emissionEnabled: false,
        },
      },
    ]);
    assert.equal(NetworksAdded.get(store, 0), true);
    assert.equal(SubtokenEnabled.get(store, 0), true, "root");
    assert.equal(TokenSymbol.get(store, 0), "τ");
    assert.equal(TotalNetworks.get(store), 3);
    assert.equal(SubnetOwner.get(store, 1), alice);
    assert.equal(Keys.get(store, 1, 0), bob);
    assert.equal(SubnetworkN.get(store, 2), 1);
    assert.equal(SubnetTAO.get(store, 1), 1_000n * TAO);
    assert.equal(SubnetAlphaIn.get(store, 1), 1_000n * TAO);
    assert.equal(FirstEmissionBlockNumber.get(store, 1), 1);
    assert.equal(SubtokenEnabled.get(store, 1), true);
    assert.equal(FirstEmissionBlockNumber.has(store, 2), false);
    assert.equal(SubtokenEnabled.get(store, 2), false);
    assert.equal(Tempo.get(store, 1), 99);
    assert.equal(Tempo.get(store, 2), 10, "fast DefaultTempo");
    assert.equal(MaxAllowedUids.get(store, 2), 8);
    assert.deepEqual(AlphaValues.get(store, 2), [2_000, 60_000]);
    assert.equal(RecycleOrBurnItem.get(store, 2), "Recycle");
    assert.equal(SubnetEmissionEnabled.get(store, 2), false);
    assert.equal(TotalIssuance.get(store), 6n * 1_000_000n * TAO + 1_005n * TAO, "balances + minted locks");
    assertIssuanceInvariant(store, "genesis");
    assert.equal(NetworkLastLockCost.get(store), 100n * TAO, "NetworkMinLockCost (fast)");
    assert.equal(getNetworkLockCost(store, 1), 100n * TAO, "genesis subnets do not raise the lock cost");
  });

  test("refuses unknown hyperparameters, wrong wire types, the UID cap and a hotkey owned by another", () => {
    const cases: [string, Parameters<typeof build>[0], string][] = [
      [
        "unknown",
        [{ owner: alice, ownerHotkey: bob, lock: "1", hyperparams: { nope: 1 } }],
        "subnets[0].hyperparams.nope",
      ],
      [
        "type",
        [{ owner: alice, ownerHotkey: bob, lock: "1", hyperparams: { burn: 5 } }],
        "subnets[0].hyperparams.burn",
      ],
      [
        "cap",
        [{ owner: alice, ownerHotkey: bob, lock: "1", hyperparams: { maxAllowedUids: 257 } }],
        "subnets[0].hyperparams.maxAllowedUids",
      ],
      [
        "owned",
        [
          { owner: alice, ownerHotkey: bob, lock: "1" },
          { owner: charlie, ownerHotkey: bob, lock: "1" },
        ],
        "subnets[1].ownerHotkey",
      ],
    ];
    for (const [name, subnets, path] of cases) {
      assert.throws(
        () => build(subnets),
        (error: unknown) => error instanceof ChainSpecError && error.path === path,
        name,
      );
    }
  });
});
