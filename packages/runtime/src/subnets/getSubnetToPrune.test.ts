import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { account, dispatch, genesis, signed, TAO } from "./_testChain.ts";
import { getSubnetToPrune } from "./getSubnetToPrune.ts";
import { subnetsCalls } from "./subnetsCalls.ts";
import { NetworkRegisteredAt, SubnetMovingPrice } from "./subnetsStorage.ts";

function threeSubnets() {
  const owner = account(1);
  const chain = genesis({ fastBlocks: true, balances: [[owner, 100_000n * TAO]] });
  for (const seed of [2, 3, 4])
    dispatch(chain, subnetsCalls, signed(owner), "register_network", { hotkey: account(seed) });
  return chain;
}

describe("getSubnetToPrune", () => {
  test("none while every subnet is inside NetworkImmunityPeriod (1,000 blocks on fast-blocks)", () => {
    const { store } = threeSubnets();
    assert.equal(getSubnetToPrune(store, 1_000), null, "registered at 1: immune until 1,001");
    assert.equal(
      getSubnetToPrune(store, 1_001),
      1,
      "all prices 0: earliest registration, then lowest netuid",
    );
  });

  test("lowest moving price; ties by earliest registration, then lowest netuid; immune subnets skipped", () => {
    const { store } = threeSubnets();
    SubnetMovingPrice.set(store, 9n, 1);
    SubnetMovingPrice.set(store, 4n, 2);
    SubnetMovingPrice.set(store, 4n, 3);
    assert.equal(getSubnetToPrune(store, 2_000), 2, "2 and 3 tie on price and block: lower netuid");
    NetworkRegisteredAt.set(store, 0, 3);
    assert.equal(getSubnetToPrune(store, 2_000), 3, "3 registered earlier");
    NetworkRegisteredAt.set(store, 1_500, 3);
    assert.equal(getSubnetToPrune(store, 2_000), 2, "3 is immune again");
    SubnetMovingPrice.set(store, 1n, 1);
    assert.equal(getSubnetToPrune(store, 2_000), 1);
  });

  test("root is never a target", () => {
    const { store } = genesis({ fastBlocks: true });
    assert.equal(getSubnetToPrune(store, 10_000_000), null);
  });
});
