import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TAO } from "../subnets/_testChain.ts";
import { RootClaimableThreshold } from "../subnets/hyperparameters.ts";
import { SubnetAlphaOut, SubnetTAO } from "../subnets/subnetsStorage.ts";
import { MIN_PRICE } from "../swap/index.ts";
import { ALICE, BOB, fixture, OWNER_HOT, OWNER3_HOT } from "./_fixtures.ts";
import { assertIssuance, type Chain, dispatch, eventNames, expectFailure } from "./_testChain.ts";
import { rootClaimableFor, rootClaimOwed } from "./rootClaimableFor.ts";
import { simSellAlpha } from "./sellAlpha.ts";
import { getStake } from "./stakePosition.ts";
import { stakingCalls } from "./stakingCalls.ts";
import { RootClaimable, RootClaimed, RootClaimType } from "./stakingStorage.ts";

/** 0.1 alpha per rao of root stake, F18. */
const RATE = 100_000_000_000_000_000n;
const OWED = TAO; // RATE · 10 TAO / 10^18

/**
 * Alice holds 10 TAO of root stake on OWNER_HOT and OWNER3_HOT; the coinbase has credited RATE on subnets
 * 1 and 3 for both hotkeys (the alpha counted in SubnetAlphaOut, as §10.4 does).
 */
function claimable(): Chain {
  const c = fixture();
  for (const hotkey of [OWNER_HOT, OWNER3_HOT]) {
    dispatch(c, ALICE, "add_stake", { hotkey, netuid: 0, amount_staked: 10n * TAO });
    for (const netuid of [1, 3]) {
      RootClaimable.set(c.store, RATE, hotkey, netuid);
      SubnetAlphaOut.set(c.store, SubnetAlphaOut.get(c.store, netuid) + OWED, netuid);
    }
  }
  c.ctx.events.length = 0;
  return c;
}

describe("claim_root (chain.md §12.9)", () => {
  it("owed amounts: rate · root stake − claimed, listed per (hotkey, netuid)", () => {
    const c = claimable();
    assert.equal(rootClaimOwed(c.store, OWNER_HOT, ALICE, 1), OWED, "owed: rate · stake / 10^18");
    assert.deepEqual(
      rootClaimableFor(c.store, ALICE),
      [
        { hotkey: OWNER_HOT, netuid: 1, owed: OWED },
        { hotkey: OWNER_HOT, netuid: 3, owed: OWED },
        { hotkey: OWNER3_HOT, netuid: 1, owed: OWED },
        { hotkey: OWNER3_HOT, netuid: 3, owed: OWED },
      ],
      "rootClaimableFor: StakingHotkeys order, subnets ascending",
    );
  });

  it("new root stake never claims past dividends", () => {
    const c = claimable();
    dispatch(c, BOB, "add_stake", { hotkey: OWNER_HOT, netuid: 0, amount_staked: 10n * TAO });
    assert.equal(RootClaimed.get(c.store, 1, OWNER_HOT, BOB), OWED, "late staker: credited as claimed");
    assert.deepEqual(rootClaimableFor(c.store, BOB), [], "late staker: nothing owed");
  });

  it("Keep: the owed alpha is staked on the subnet and credited as claimed", () => {
    const c = claimable();
    dispatch(c, ALICE, "set_root_claim_type", { new_root_claim_type: "Keep" });
    assert.equal(RootClaimType.get(c.store, ALICE), "Keep", "set_root_claim_type: stored");
    assert.deepEqual(eventNames(c), ["RootClaimTypeSet"], "set_root_claim_type: event");
    assert.deepEqual(c.ctx.events[0]!.data, { coldkey: ALICE, type: "Keep" }, "set_root_claim_type: data");
    c.ctx.events.length = 0;
    dispatch(c, ALICE, "claim_root", { subnets: [1] });
    assert.equal(getStake(c.store, OWNER_HOT, ALICE, 1), OWED, "Keep: alpha staked on OWNER_HOT");
    assert.equal(getStake(c.store, OWNER3_HOT, ALICE, 1), OWED, "Keep: alpha staked on OWNER3_HOT");
    assert.equal(getStake(c.store, OWNER_HOT, ALICE, 3), 0n, "Keep: unlisted subnet untouched");
    assert.equal(RootClaimed.get(c.store, 1, OWNER_HOT, ALICE), OWED, "Keep: claimed");
    assert.equal(rootClaimOwed(c.store, OWNER_HOT, ALICE, 1), 0n, "Keep: nothing left owed");
    assert.deepEqual(eventNames(c), ["RootClaimed"], "Keep: event");
    assert.deepEqual(c.ctx.events[0]!.data, { coldkey: ALICE }, "Keep: event data");
    dispatch(c, ALICE, "claim_root", { subnets: [1] });
    assert.equal(getStake(c.store, OWNER_HOT, ALICE, 1), OWED, "Keep: a second claim adds nothing");
    assertIssuance(c, "Keep");
  });

  it("Swap (default): sold fee-less at MIN_PRICE, TAO moved to root and staked there", () => {
    const c = claimable();
    const tao = simSellAlpha(c.store, 1, OWED, MIN_PRICE, true).out;
    const rootTao = SubnetTAO.get(c.store, 0);
    const subnetTao = SubnetTAO.get(c.store, 1);
    dispatch(c, ALICE, "claim_root", { subnets: [1, 1] });
    const gained = getStake(c.store, OWNER_HOT, ALICE, 0) - 10n * TAO;
    assert.equal(gained, tao, "Swap: first claim's TAO staked on root");
    const total = SubnetTAO.get(c.store, 0) - rootTao;
    assert.equal(subnetTao - SubnetTAO.get(c.store, 1), total, "Swap: TAO moved from SubnetTAO[1] to [0]");
    assert.equal(
      RootClaimed.get(c.store, 1, OWNER_HOT, ALICE),
      OWED + (RATE * tao) / 1_000_000_000_000_000_000n,
      "Swap: claimed = owed + the new root stake's credit",
    );
    assert.equal(rootClaimOwed(c.store, OWNER_HOT, ALICE, 1), 0n, "Swap: nothing left owed on 1");
    assert.equal(rootClaimOwed(c.store, OWNER_HOT, ALICE, 3), OWED, "Swap: subnet 3 still owed");
    assertIssuance(c, "Swap");
  });

  it("amounts below rootClaimableThreshold are skipped", () => {
    const c = claimable();
    RootClaimableThreshold.set(c.store, OWED + 1n, 1);
    dispatch(c, ALICE, "claim_root", { subnets: [1] });
    assert.equal(rootClaimOwed(c.store, OWNER_HOT, ALICE, 1), OWED, "threshold: nothing claimed");
    assert.deepEqual(eventNames(c), ["RootClaimed"], "threshold: the event is still emitted");
  });

  it("InvalidSubnetNumber: none, or more than 5 distinct; duplicates count once", () => {
    const c = claimable();
    expectFailure(c, ALICE, "claim_root", { subnets: [] }, "InvalidSubnetNumber");
    expectFailure(c, ALICE, "claim_root", { subnets: [1, 2, 3, 4, 5, 6] }, "InvalidSubnetNumber");
    dispatch(c, ALICE, "claim_root", { subnets: [1, 1, 1, 1, 1, 1] });
  });

  it("a swap error on any subnet fails the whole call and writes nothing", () => {
    const c = claimable();
    SubnetTAO.set(c.store, 1n, 3); // below MinimumReserve: every sell on 3 is ReservesTooLow
    expectFailure(c, ALICE, "claim_root", { subnets: [1, 3] }, "ReservesTooLow");
    assert.equal(rootClaimOwed(c.store, OWNER_HOT, ALICE, 1), OWED, "swap error: subnet 1 not claimed");
  });
});

describe("childkey and root-claim call weights (chain.md §3.4)", () => {
  it("set_children 200, claim_root 200 per distinct subnet, set_childkey_take and set_root_claim_type 100", () => {
    const weight = (method: string, args: unknown) => {
      const call = stakingCalls.find((x) => x.method === method)!;
      return call.weightOf?.(args as never) ?? call.weight;
    };
    assert.equal(weight("set_children", {}), 200_000_000n, "set_children weight");
    assert.equal(weight("claim_root", { subnets: [3, 1, 3] }), 400_000_000n, "claim_root weight");
    assert.equal(weight("set_childkey_take", {}), 100_000_000n, "set_childkey_take weight");
    assert.equal(weight("set_root_claim_type", {}), 100_000_000n, "set_root_claim_type weight");
  });
});
