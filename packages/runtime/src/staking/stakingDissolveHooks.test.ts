import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TAO } from "../subnets/_testChain.ts";
import { dissolveNetwork } from "../subnets/dissolveNetwork.ts";
import { setNetworkParam } from "../system/networkParams.ts";
import { ALICE, BOB, fixture, OWNER_HOT, OWNER3_HOT } from "./_fixtures.ts";
import { assertIssuance, dispatch, free } from "./_testChain.ts";
import { stakeWeight, U64P_ONE } from "./stakeWeight.ts";
import { stakingDissolveHooks } from "./stakingDissolveHooks.ts";
import { AlphaShares, ChildKeys, ParentKeys, TotalHotkeyAlpha } from "./stakingStorage.ts";

describe("dissolution hooks (chain.md §6.6)", () => {
  it("stakes on the subnet are refunded pro rata and staking state of the subnet is removed", () => {
    const chain = fixture();
    dispatch(chain, ALICE, "add_stake", { hotkey: OWNER_HOT, netuid: 1, amount_staked: 10n * TAO });
    dispatch(chain, BOB, "add_stake", { hotkey: OWNER_HOT, netuid: 1, amount_staked: 10n * TAO });
    dispatch(chain, ALICE, "add_stake", { hotkey: OWNER_HOT, netuid: 3, amount_staked: 10n * TAO });
    const stakes = stakingDissolveHooks.stakesOnSubnet(chain.store, 1);
    assert.equal(stakes.length, 2, "hooks: two positions on netuid 1");
    const aliceBefore = free(chain, ALICE);
    dissolveNetwork(chain.store, chain.ctx, 1, stakingDissolveHooks);
    assert.ok(free(chain, ALICE) > aliceBefore + 9n * TAO, "dissolve: Alice refunded");
    assert.equal(TotalHotkeyAlpha.get(chain.store, OWNER_HOT, 1), 0n, "dissolve: pool removed");
    assert.equal(AlphaShares.has(chain.store, OWNER_HOT, ALICE, 1), false, "dissolve: shares removed");
    assert.ok(AlphaShares.has(chain.store, OWNER_HOT, ALICE, 3), "dissolve: other subnet kept");
    assertIssuance(chain, "dissolve");
  });
});

describe("stake weight (chain.md §12.7)", () => {
  it("alpha plus TaoWeight·root, after childkey proportions", () => {
    const chain = fixture();
    setNetworkParam(chain.store, "TaoWeight", U64P_ONE / 2n);
    dispatch(chain, ALICE, "add_stake", { hotkey: OWNER_HOT, netuid: 0, amount_staked: 10n * TAO });
    dispatch(chain, ALICE, "add_stake", { hotkey: OWNER_HOT, netuid: 1, amount_staked: 10n * TAO });
    const alpha = TotalHotkeyAlpha.get(chain.store, OWNER_HOT, 1);
    const mulW = (tao: bigint) => (tao * (U64P_ONE / 2n)) / U64P_ONE;
    assert.equal(
      stakeWeight(chain.store, OWNER_HOT, 1),
      alpha + mulW(10n * TAO),
      "weight: alpha + mulW(root)",
    );
    // Half of the parent's stake to the child on subnet 1.
    const half = U64P_ONE / 2n;
    ChildKeys.set(chain.store, [[half, OWNER3_HOT]], OWNER_HOT, 1);
    ParentKeys.set(chain.store, [[half, OWNER_HOT]], OWNER3_HOT, 1);
    const parentAlpha = alpha - (alpha * half) / U64P_ONE;
    const parentRoot = 10n * TAO - (10n * TAO * half) / U64P_ONE;
    assert.equal(
      stakeWeight(chain.store, OWNER_HOT, 1),
      parentAlpha + mulW(parentRoot),
      "weight: parent keeps half",
    );
    assert.equal(
      stakeWeight(chain.store, OWNER3_HOT, 1),
      (alpha * half) / U64P_ONE + mulW((10n * TAO * half) / U64P_ONE),
      "weight: child inherits half",
    );
  });
});
