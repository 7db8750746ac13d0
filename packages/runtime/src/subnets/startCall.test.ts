import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setNetworkParam } from "../system/index.ts";
import {
  account,
  atBlock,
  chainWithSubnet,
  dispatch,
  expectFailure,
  OWNER,
  ROOT,
  signed,
} from "./_testChain.ts";
import { subnetsCalls } from "./subnetsCalls.ts";
import { FirstEmissionBlockNumber, SubtokenEnabled } from "./subnetsStorage.ts";

const OTHER = account(3);

describe("start_call", () => {
  test("success: FirstEmissionBlockNumber = now + 1, SubtokenEnabled, event", () => {
    const chain = chainWithSubnet({ fastBlocks: true });
    atBlock(chain, 7);
    dispatch(chain, subnetsCalls, signed(OWNER), "start_call", { netuid: 1 });
    assert.equal(FirstEmissionBlockNumber.get(chain.store, 1), 8);
    assert.equal(SubtokenEnabled.get(chain.store, 1), true);
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [["FirstEmissionBlockNumberSet", { netuid: 1, block: 8 }]],
    );
  });

  test("errors in order: SubnetNotExists, NotSubnetOwner, FirstEmissionBlockNumberAlreadySet, NeedWaitingMoreBlocksToStarCall", () => {
    const chain = chainWithSubnet({ fastBlocks: true });
    setNetworkParam(chain.store, "StartCallDelay", 5);
    expectFailure(chain, subnetsCalls, signed(OTHER), "start_call", { netuid: 9 }, "SubnetNotExists");
    expectFailure(chain, subnetsCalls, signed(OTHER), "start_call", { netuid: 1 }, "NotSubnetOwner");
    expectFailure(chain, subnetsCalls, ROOT, "start_call", { netuid: 1 }, "BadOrigin", "System");
    // registered at 1, delay 5: block 5 is too early, block 6 is allowed
    atBlock(chain, 5);
    const error = expectFailure(
      chain,
      subnetsCalls,
      signed(OWNER),
      "start_call",
      { netuid: 1 },
      "NeedWaitingMoreBlocksToStarCall",
    );
    assert.deepEqual(error.fields, { netuid: 1, registeredAt: 1, startCallDelay: 5, now: 5 });
    atBlock(chain, 6);
    dispatch(chain, subnetsCalls, signed(OWNER), "start_call", { netuid: 1 });
    expectFailure(chain, subnetsCalls, signed(OTHER), "start_call", { netuid: 1 }, "NotSubnetOwner");
    expectFailure(
      chain,
      subnetsCalls,
      signed(OWNER),
      "start_call",
      { netuid: 1 },
      "FirstEmissionBlockNumberAlreadySet",
    );
  });

  test("root (netuid 0) has no owner", () => {
    const chain = chainWithSubnet({ fastBlocks: true });
    expectFailure(chain, subnetsCalls, signed(OWNER), "start_call", { netuid: 0 }, "NotSubnetOwner");
  });
});
