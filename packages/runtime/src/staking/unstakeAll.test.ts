import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TAO } from "../subnets/_testChain.ts";
import { ALICE, fixture, OWNER_HOT, OWNER3_HOT, STRANGER_HOT } from "./_fixtures.ts";
import { assertIssuance, dispatch, eventNames, expectFailure, free } from "./_testChain.ts";
import { getStake } from "./stakePosition.ts";

function staked() {
  const chain = fixture();
  for (const netuid of [0, 1, 3]) {
    dispatch(chain, ALICE, "add_stake", { hotkey: OWNER_HOT, netuid, amount_staked: 10n * TAO });
  }
  dispatch(chain, ALICE, "add_stake", { hotkey: OWNER3_HOT, netuid: 3, amount_staked: 10n * TAO });
  chain.ctx.events.length = 0;
  return chain;
}

describe("unstake_all / unstake_all_alpha (chain.md §12.2)", () => {
  it("unstake_all: every subnet of the hotkey, root included; other hotkeys untouched", () => {
    const chain = staked();
    const before = free(chain, ALICE);
    dispatch(chain, ALICE, "unstake_all", { hotkey: OWNER_HOT });
    for (const netuid of [0, 1, 3]) {
      assert.equal(
        getStake(chain.store, OWNER_HOT, ALICE, netuid),
        0n,
        `unstake_all: netuid ${netuid} empty`,
      );
    }
    assert.ok(getStake(chain.store, OWNER3_HOT, ALICE, 3) > 0n, "unstake_all: other hotkey kept");
    assert.ok(free(chain, ALICE) > before + 29n * TAO, "unstake_all: TAO credited");
    assert.deepEqual(
      eventNames(chain),
      ["StakeRemoved", "StakeRemoved", "StakeRemoved"],
      "unstake_all: events",
    );
    assertIssuance(chain, "unstake_all");
  });

  it("unstake_all_alpha: dynamic subnets sold and the TAO staked to root", () => {
    const chain = staked();
    const before = free(chain, ALICE);
    dispatch(chain, ALICE, "unstake_all_alpha", { hotkey: OWNER_HOT });
    assert.equal(getStake(chain.store, OWNER_HOT, ALICE, 1), 0n, "unstake_all_alpha: netuid 1 empty");
    assert.equal(getStake(chain.store, OWNER_HOT, ALICE, 3), 0n, "unstake_all_alpha: netuid 3 empty");
    const root = getStake(chain.store, OWNER_HOT, ALICE, 0);
    assert.ok(root > 29n * TAO && root < 31n * TAO, `unstake_all_alpha: root stake grew (${root})`);
    assert.equal(free(chain, ALICE), before, "unstake_all_alpha: nothing credited");
    assert.deepEqual(
      eventNames(chain),
      ["StakeRemoved", "StakeRemoved", "StakeAdded"],
      "unstake_all_alpha: events",
    );
    assertIssuance(chain, "unstake_all_alpha");
  });

  it("a hotkey without stake succeeds and changes nothing; an unowned hotkey is HotKeyAccountNotExists", () => {
    const chain = staked();
    dispatch(chain, ALICE, "unstake_all", { hotkey: OWNER3_HOT });
    dispatch(chain, ALICE, "unstake_all", { hotkey: OWNER3_HOT });
    expectFailure(chain, ALICE, "unstake_all", { hotkey: STRANGER_HOT }, "HotKeyAccountNotExists");
    expectFailure(chain, ALICE, "unstake_all_alpha", { hotkey: STRANGER_HOT }, "HotKeyAccountNotExists");
  });
});
