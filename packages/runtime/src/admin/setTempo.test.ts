import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { blocksUntilNextAutoEpoch } from "../scheduler/blocksUntilNextAutoEpoch.ts";
import { shouldRunEpoch } from "../scheduler/shouldRunEpoch.ts";
import {
  atBlock,
  chainWithSubnet,
  dispatch,
  expectFailure,
  OWNER,
  ROOT,
  signed,
} from "../subnets/_testChain.ts";
import { Tempo } from "../subnets/hyperparameters.ts";
import { LastEpochBlock } from "../subnets/subnetsStorage.ts";
import { afterEpochAt, MISSING_NETUID, NETUID, OTHER } from "./_testAdmin.ts";
import { ADMIN_CALLS } from "./adminCalls.ts";

const setTempo = (tempo: number, netuid = NETUID) => ({ netuid, tempo });

describe("set_tempo (chain.md §7)", () => {
  test("owner success: Tempo set, cycle restarts at now, TempoSet", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "set_tempo", setTempo(500));
    assert.equal(Tempo.get(chain.store, NETUID), 500);
    assert.equal(LastEpochBlock.get(chain.store, NETUID), 100);
    assert.equal(
      blocksUntilNextAutoEpoch(chain.store, NETUID, 100),
      500,
      "next auto epoch a full tempo away",
    );
    assert.equal(shouldRunEpoch(chain.store, NETUID, 599), false, "not before now + tempo");
    assert.equal(shouldRunEpoch(chain.store, NETUID, 600), true, "at now + tempo");
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.module, e.name, e.data]),
      [["SubtensorModule", "TempoSet", { netuid: NETUID, tempo: 500 }]],
    );
  });

  test("bounds MinTempo..50,400: edges pass, outside → TempoOutOfBounds", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "set_tempo", setTempo(359), "TempoOutOfBounds");
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "set_tempo", setTempo(50_401), "TempoOutOfBounds");
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "set_tempo", setTempo(50_400));
    const other = chainWithSubnet();
    atBlock(other, 100);
    dispatch(other, ADMIN_CALLS, signed(OWNER), "set_tempo", setTempo(360));
  });

  test("origin: root → System.BadOrigin; another signer or a missing subnet → NotSubnetOwner", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    expectFailure(chain, ADMIN_CALLS, ROOT, "set_tempo", setTempo(400), "BadOrigin", "System");
    expectFailure(chain, ADMIN_CALLS, signed(OTHER), "set_tempo", setTempo(400), "NotSubnetOwner");
    expectFailure(
      chain,
      ADMIN_CALLS,
      signed(OWNER),
      "set_tempo",
      setTempo(400, MISSING_NETUID),
      "NotSubnetOwner",
    );
  });

  test("freeze window → AdminActionProhibitedDuringWeightsWindow", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 351);
    expectFailure(
      chain,
      ADMIN_CALLS,
      signed(OWNER),
      "set_tempo",
      setTempo(400),
      "AdminActionProhibitedDuringWeightsWindow",
    );
  });

  test("rate limit MinTempo blocks per (owner, netuid) → TxRateLimitExceeded", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "set_tempo", setTempo(400));
    atBlock(chain, 459); // 359 blocks later, window open (41 blocks to the epoch)
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "set_tempo", setTempo(450), "TxRateLimitExceeded");
    atBlock(chain, 460);
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "set_tempo", setTempo(450));
    assert.equal(LastEpochBlock.get(chain.store, NETUID), 460);
  });

  test("check order: origin → bounds → freeze window → rate limit", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "set_tempo", setTempo(400));
    atBlock(chain, 495); // rate-limited and 5 blocks to the epoch
    expectFailure(chain, ADMIN_CALLS, signed(OTHER), "set_tempo", setTempo(1), "NotSubnetOwner");
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "set_tempo", setTempo(1), "TempoOutOfBounds");
    expectFailure(
      chain,
      ADMIN_CALLS,
      signed(OWNER),
      "set_tempo",
      setTempo(400),
      "AdminActionProhibitedDuringWeightsWindow",
    );
    afterEpochAt(chain, 400);
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "set_tempo", setTempo(400), "TxRateLimitExceeded");
  });
});

describe("AdminUtils.sudo_set_tempo (chain.md §7)", () => {
  test("root sets any u16, even below MinTempo and inside the freeze window; cycle restarts", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 355);
    dispatch(chain, ADMIN_CALLS, ROOT, "sudo_set_tempo", setTempo(5));
    assert.equal(Tempo.get(chain.store, NETUID), 5);
    assert.equal(LastEpochBlock.get(chain.store, NETUID), 355);
    dispatch(chain, ADMIN_CALLS, ROOT, "sudo_set_tempo", setTempo(65_535));
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [
        ["HyperparameterSet", { netuid: NETUID, name: "tempo", value: 5 }],
        ["HyperparameterSet", { netuid: NETUID, name: "tempo", value: 65_535 }],
      ],
    );
  });

  test("tempo 0 stops epochs", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    dispatch(chain, ADMIN_CALLS, ROOT, "sudo_set_tempo", setTempo(0));
    assert.equal(shouldRunEpoch(chain.store, NETUID, 10_000), false);
  });

  test("errors: signed → System.BadOrigin; missing subnet → SubnetNotExists", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "sudo_set_tempo", setTempo(400), "BadOrigin", "System");
    expectFailure(
      chain,
      ADMIN_CALLS,
      ROOT,
      "sudo_set_tempo",
      setTempo(400, MISSING_NETUID),
      "SubnetNotExists",
      "AdminUtils",
    );
  });
});
