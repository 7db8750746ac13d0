import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Account } from "../balances/balancesStorage.ts";
import { createBlockContext } from "../block/blockContext.ts";
import {
  buildGenesis,
  ChainSpecError,
  DEV_ACCOUNTS,
  devChainSpec,
  type GenesisHooks,
} from "../genesis/index.ts";
import { Owner } from "../neurons/hotkeyOwner.ts";
import { MemoryStore } from "../state/keyValueStore.ts";
import { account, TAO } from "../subnets/_testChain.ts";
import { createGenesisRootSubnet, createGenesisSubnets } from "../subnets/createGenesisSubnets.ts";
import { SubnetTAO } from "../subnets/subnetsStorage.ts";
import { assertIssuance } from "./_testChain.ts";
import { applyGenesisStakes } from "./applyGenesisStakes.ts";
import { getStake } from "./stakePosition.ts";
import { StakingHotkeys } from "./stakingStorage.ts";

const HOOKS: GenesisHooks = {
  createRootSubnet: createGenesisRootSubnet,
  createSubnets: createGenesisSubnets,
  applyStakes: applyGenesisStakes,
};
const { alice, bob } = DEV_ACCOUNTS;
const HOT = account(77);

type Stakes = NonNullable<ReturnType<typeof devChainSpec>["stakes"]>;

function build(stakes: Stakes): MemoryStore {
  const store = new MemoryStore();
  const subnets = [{ owner: alice, ownerHotkey: bob, lock: (100n * TAO).toString(), startCall: true }];
  buildGenesis({ ...devChainSpec(), subnets, stakes }, store, HOOKS);
  return store;
}

describe("applyGenesisStakes (chain.md §17)", () => {
  it("stakes at zero fee with TAO minted; Owner set only if unset; issuance invariant", () => {
    const store = build([
      { coldkey: alice, hotkey: HOT, netuid: 0, tao: (5n * TAO).toString() },
      { coldkey: bob, hotkey: HOT, netuid: 1, tao: (10n * TAO).toString() },
      { coldkey: alice, hotkey: bob, netuid: 1, tao: (1n * TAO).toString() },
    ]);
    assert.equal(Owner.get(store, HOT), alice, "genesis: first staker becomes the owner");
    assert.equal(getStake(store, HOT, alice, 0), 5n * TAO, "genesis: root stake 1:1");
    assert.equal(SubnetTAO.get(store, 0), 5n * TAO, "genesis: root pool TAO");
    assert.equal(SubnetTAO.get(store, 1), 111n * TAO, "genesis: subnet pool gets every TAO (no fee)");
    assert.ok(getStake(store, HOT, bob, 1) > 0n, "genesis: nominator position");
    assert.deepEqual(StakingHotkeys.get(store, alice), [HOT, bob], "genesis: StakingHotkeys");
    assert.equal(
      Account.get(store, alice).free,
      Account.get(store, DEV_ACCOUNTS.charlie).free,
      "genesis: no balance spent",
    );
    assertIssuance({ store, ctx: createBlockContext(0, 0, alice) }, "genesis stakes");
  });

  it("refuses a missing subnet and a zero amount, naming the field", () => {
    assert.throws(
      () => build([{ coldkey: alice, hotkey: HOT, netuid: 2, tao: "1" }]),
      (e: unknown) => e instanceof ChainSpecError && e.path === "stakes[0].netuid",
      "genesis: missing subnet",
    );
    assert.throws(
      () =>
        build([
          { coldkey: alice, hotkey: HOT, netuid: 1, tao: "5" },
          { coldkey: alice, hotkey: HOT, netuid: 1, tao: "0" },
        ]),
      (e: unknown) => e instanceof ChainSpecError && e.path === "stakes[1].tao",
      "genesis: zero amount",
    );
  });
});
