import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  atBlock,
  chainWithSubnet,
  dispatch,
  expectFailure,
  OWNER,
  ROOT,
  signed,
  type TestChain,
} from "../subnets/_testChain.ts";
import { AlphaValues, LiquidAlphaOn } from "../subnets/hyperparameters.ts";
import { afterEpochAt, MISSING_NETUID, NETUID, OTHER } from "./_testAdmin.ts";
import { ADMIN_CALLS } from "./adminCalls.ts";

const args = (alpha_low: number, alpha_high: number, netuid = NETUID) => ({ netuid, alpha_low, alpha_high });

function liquidAlphaChain(): TestChain {
  const chain = chainWithSubnet();
  LiquidAlphaOn.set(chain.store, true, NETUID);
  atBlock(chain, 100);
  return chain;
}

describe("AdminUtils.sudo_set_alpha_values (chain.md §8.1)", () => {
  test("owner success: pair stored, HyperparameterSet with [low, high]", () => {
    const chain = liquidAlphaChain();
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "sudo_set_alpha_values", args(1_638, 1_638));
    assert.deepEqual(AlphaValues.get(chain.store, NETUID), [1_638, 1_638]);
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [["HyperparameterSet", { netuid: NETUID, name: "alphaValues", value: [1_638, 1_638] }]],
    );
  });

  test("bounds: LiquidAlphaDisabled, AlphaHighTooLow, AlphaLowOutOfRange (low < 1,638 or low > high)", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    const fail = (low: number, high: number, error: Parameters<typeof expectFailure>[5]) =>
      expectFailure(
        chain,
        ADMIN_CALLS,
        signed(OWNER),
        "sudo_set_alpha_values",
        args(low, high),
        error,
        "AdminUtils",
      );
    fail(2_000, 3_000, "LiquidAlphaDisabled");
    LiquidAlphaOn.set(chain.store, true, NETUID);
    fail(1_000, 1_637, "AlphaHighTooLow");
    fail(1_637, 3_000, "AlphaLowOutOfRange");
    fail(3_001, 3_000, "AlphaLowOutOfRange");
  });

  test("errors in order: NotSubnetOwner, TxRateLimitExceeded, freeze window, SubnetNotExists (root)", () => {
    const chain = liquidAlphaChain();
    const fail = (
      origin: Parameters<typeof expectFailure>[2],
      a: ReturnType<typeof args>,
      error: Parameters<typeof expectFailure>[5],
    ) => expectFailure(chain, ADMIN_CALLS, origin, "sudo_set_alpha_values", a, error, "AdminUtils");
    fail(signed(OTHER), args(1, 1), "NotSubnetOwner");
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "sudo_set_alpha_values", args(2_000, 3_000));
    atBlock(chain, 355);
    fail(signed(OWNER), args(1, 1), "TxRateLimitExceeded");
    afterEpochAt(chain, 820);
    atBlock(chain, 1_175);
    fail(signed(OWNER), args(1, 1), "AdminActionProhibitedDuringWeightsWindow");
    fail(ROOT, args(1, 1, MISSING_NETUID), "SubnetNotExists");
    fail(ROOT, args(1, 1), "AlphaHighTooLow");
    dispatch(chain, ADMIN_CALLS, ROOT, "sudo_set_alpha_values", args(5_000, 6_000));
    assert.deepEqual(AlphaValues.get(chain.store, NETUID), [5_000, 6_000]);
  });
});
