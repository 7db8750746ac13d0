import assert from "node:assert/strict";
import { describe, test } from "node:test";
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
import { CommitRevealWeightsEnabled } from "../subnets/hyperparameters.ts";
import { PendingEpochAt } from "../subnets/subnetsStorage.ts";
import { afterEpochAt, MISSING_NETUID, NETUID, OTHER } from "./_testAdmin.ts";
import { ADMIN_CALLS } from "./adminCalls.ts";

const ARGS = { netuid: NETUID };

describe("trigger_epoch (chain.md §7)", () => {
  test("owner success: PendingEpochAt = now + AdminFreezeWindow, EpochTriggered, fires then", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS);
    assert.equal(PendingEpochAt.get(chain.store, NETUID), 110);
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.module, e.name, e.data]),
      [["SubtensorModule", "EpochTriggered", { netuid: NETUID, by: OWNER, firesAt: 110 }]],
    );
    assert.equal(shouldRunEpoch(chain.store, NETUID, 109), false, "not before firesAt");
    assert.equal(shouldRunEpoch(chain.store, NETUID, 110), true, "at firesAt");
  });

  test("fast-blocks: AdminFreezeWindow 2", () => {
    const chain = chainWithSubnet({ fastBlocks: true });
    afterEpochAt(chain, 3); // tempo 10: next auto epoch at 13
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS);
    assert.equal(PendingEpochAt.get(chain.store, NETUID), 5);
  });

  test("origin: root → System.BadOrigin; another signer or missing subnet → NotSubnetOwner", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    expectFailure(chain, ADMIN_CALLS, ROOT, "trigger_epoch", ARGS, "BadOrigin", "System");
    expectFailure(chain, ADMIN_CALLS, signed(OTHER), "trigger_epoch", ARGS, "NotSubnetOwner");
    expectFailure(
      chain,
      ADMIN_CALLS,
      signed(OWNER),
      "trigger_epoch",
      { netuid: MISSING_NETUID },
      "NotSubnetOwner",
    );
  });

  test("commit-reveal on → DynamicTempoBlockedByCommitReveal", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    CommitRevealWeightsEnabled.set(chain.store, true, NETUID);
    expectFailure(
      chain,
      ADMIN_CALLS,
      signed(OWNER),
      "trigger_epoch",
      ARGS,
      "DynamicTempoBlockedByCommitReveal",
    );
  });

  test("a pending trigger → EpochTriggerAlreadyPending", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS);
    atBlock(chain, 101);
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS, "EpochTriggerAlreadyPending");
  });

  test("blocksUntilNextAutoEpoch < AdminFreezeWindow → AutoEpochAlreadyImminent; = passes", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 351); // 9 blocks to the epoch
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS, "AutoEpochAlreadyImminent");
    atBlock(chain, 350); // 10
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS);
    assert.equal(PendingEpochAt.get(chain.store, NETUID), 360);
  });

  test("owner hyperparameter rate limit (2 tempos) → TxRateLimitExceeded", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS);
    afterEpochAt(chain, 110); // the triggered epoch ran
    afterEpochAt(chain, 819); // 719 blocks after the trigger, window open
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS, "TxRateLimitExceeded");
    afterEpochAt(chain, 820);
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS);
  });

  test("check order: commit-reveal → pending → imminent → rate limit", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS);
    atBlock(chain, 355); // pending, imminent and rate-limited
    CommitRevealWeightsEnabled.set(chain.store, true, NETUID);
    expectFailure(chain, ADMIN_CALLS, signed(OTHER), "trigger_epoch", ARGS, "NotSubnetOwner");
    expectFailure(
      chain,
      ADMIN_CALLS,
      signed(OWNER),
      "trigger_epoch",
      ARGS,
      "DynamicTempoBlockedByCommitReveal",
    );
    CommitRevealWeightsEnabled.set(chain.store, false, NETUID);
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS, "EpochTriggerAlreadyPending");
    PendingEpochAt.set(chain.store, 0, NETUID);
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS, "AutoEpochAlreadyImminent");
    afterEpochAt(chain, 356);
    expectFailure(chain, ADMIN_CALLS, signed(OWNER), "trigger_epoch", ARGS, "TxRateLimitExceeded");
  });
});
