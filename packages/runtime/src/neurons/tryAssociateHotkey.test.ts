import assert from "node:assert/strict";
import { test } from "node:test";
import { account, dispatch, expectFailure, genesis, ROOT, signed } from "../subnets/_testChain.ts";
import { OwnedHotkeys, Owner } from "./hotkeyOwner.ts";
import { neuronsCalls } from "./neuronsCalls.ts";

test("try_associate_hotkey: sets the owner once; the owner may repeat it; others fail", () => {
  const chain = genesis({ fastBlocks: true });
  const [cold, other, hot] = [account(1), account(2), account(3)];
  dispatch(chain, neuronsCalls, signed(cold), "try_associate_hotkey", { hotkey: hot });
  assert.equal(Owner.get(chain.store, hot), cold);
  assert.deepEqual(OwnedHotkeys.get(chain.store, cold), [hot]);
  dispatch(chain, neuronsCalls, signed(cold), "try_associate_hotkey", { hotkey: hot });
  assert.deepEqual(OwnedHotkeys.get(chain.store, cold), [hot], "no duplicate");
  expectFailure(
    chain,
    neuronsCalls,
    signed(other),
    "try_associate_hotkey",
    { hotkey: hot },
    "NonAssociatedColdKey",
  );
  expectFailure(chain, neuronsCalls, ROOT, "try_associate_hotkey", { hotkey: hot }, "BadOrigin", "System");
  assert.deepEqual(chain.ctx.events, [], "no event");
});
