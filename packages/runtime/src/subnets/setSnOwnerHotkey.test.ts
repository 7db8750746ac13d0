import assert from "node:assert/strict";
import { describe, test } from "node:test";
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
import { SubnetOwnerHotkey } from "./subnetsStorage.ts";

const OTHER = account(3);
const NEW_HOT = account(4);

describe("set_sn_owner_hotkey", () => {
  test("owner success: hotkey set, event", () => {
    const chain = chainWithSubnet({ fastBlocks: true });
    atBlock(chain, 3);
    dispatch(chain, subnetsCalls, signed(OWNER), "set_sn_owner_hotkey", { netuid: 1, hotkey: NEW_HOT });
    assert.equal(SubnetOwnerHotkey.get(chain.store, 1), NEW_HOT);
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [["SubnetOwnerHotkeySet", { netuid: 1, hotkey: NEW_HOT }]],
    );
  });

  test("root may set it; rate limit per netuid is 10 blocks on fast-blocks, root included", () => {
    const chain = chainWithSubnet({ fastBlocks: true });
    atBlock(chain, 3);
    dispatch(chain, subnetsCalls, ROOT, "set_sn_owner_hotkey", { netuid: 1, hotkey: NEW_HOT });
    atBlock(chain, 12);
    expectFailure(
      chain,
      subnetsCalls,
      ROOT,
      "set_sn_owner_hotkey",
      { netuid: 1, hotkey: OTHER },
      "TxRateLimitExceeded",
    );
    expectFailure(
      chain,
      subnetsCalls,
      signed(OWNER),
      "set_sn_owner_hotkey",
      { netuid: 1, hotkey: OTHER },
      "TxRateLimitExceeded",
    );
    atBlock(chain, 13);
    dispatch(chain, subnetsCalls, signed(OWNER), "set_sn_owner_hotkey", { netuid: 1, hotkey: OTHER });
    assert.equal(SubnetOwnerHotkey.get(chain.store, 1), OTHER);
  });

  test("standard chains limit to one change per 50,400 blocks", () => {
    const chain = chainWithSubnet({ fastBlocks: false });
    atBlock(chain, 10);
    dispatch(chain, subnetsCalls, signed(OWNER), "set_sn_owner_hotkey", { netuid: 1, hotkey: NEW_HOT });
    atBlock(chain, 50_409);
    expectFailure(
      chain,
      subnetsCalls,
      signed(OWNER),
      "set_sn_owner_hotkey",
      { netuid: 1, hotkey: OTHER },
      "TxRateLimitExceeded",
    );
    atBlock(chain, 50_410);
    dispatch(chain, subnetsCalls, signed(OWNER), "set_sn_owner_hotkey", { netuid: 1, hotkey: OTHER });
  });

  test("errors in order: NotSubnetOwner, SubnetNotExists (root on a missing subnet)", () => {
    const chain = chainWithSubnet({ fastBlocks: true });
    expectFailure(
      chain,
      subnetsCalls,
      signed(OTHER),
      "set_sn_owner_hotkey",
      { netuid: 1, hotkey: OTHER },
      "NotSubnetOwner",
    );
    expectFailure(
      chain,
      subnetsCalls,
      signed(OWNER),
      "set_sn_owner_hotkey",
      { netuid: 5, hotkey: OTHER },
      "NotSubnetOwner",
    );
    expectFailure(
      chain,
      subnetsCalls,
      ROOT,
      "set_sn_owner_hotkey",
      { netuid: 5, hotkey: OTHER },
      "SubnetNotExists",
    );
  });
});
