import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setNetworkParam } from "../system/networkParams.ts";
import { ALICE, fixture, OWNER, OWNER_HOT } from "./_fixtures.ts";
import { atBlock, dispatch, eventNames, expectFailure } from "./_testChain.ts";
import { Delegates } from "./stakingStorage.ts";

describe("increase_take / decrease_take (chain.md §12.6)", () => {
  it("decrease: owner only, strictly lower, not below MinDelegateTake", () => {
    const chain = fixture();
    setNetworkParam(chain.store, "MinDelegateTake", 100);
    expectFailure(chain, ALICE, "decrease_take", { hotkey: OWNER_HOT, take: 50 }, "NonAssociatedColdKey");
    expectFailure(chain, OWNER, "decrease_take", { hotkey: OWNER_HOT, take: 11_796 }, "DelegateTakeTooLow");
    expectFailure(chain, OWNER, "decrease_take", { hotkey: OWNER_HOT, take: 99 }, "DelegateTakeTooLow");
    dispatch(chain, OWNER, "decrease_take", { hotkey: OWNER_HOT, take: 100 });
    assert.equal(Delegates.get(chain.store, OWNER_HOT), 100, "decrease: take set");
    assert.deepEqual(eventNames(chain), ["TakeDecreased"], "decrease: event");
  });

  it("increase: strictly higher, at most MaxDelegateTake, rate-limited since the last change", () => {
    const chain = fixture();
    setNetworkParam(chain.store, "TxDelegateTakeRateLimit", 5);
    dispatch(chain, OWNER, "decrease_take", { hotkey: OWNER_HOT, take: 1_000 });
    expectFailure(chain, ALICE, "increase_take", { hotkey: OWNER_HOT, take: 2_000 }, "NonAssociatedColdKey");
    expectFailure(chain, OWNER, "increase_take", { hotkey: OWNER_HOT, take: 1_000 }, "DelegateTakeTooLow");
    expectFailure(chain, OWNER, "increase_take", { hotkey: OWNER_HOT, take: 11_797 }, "DelegateTakeTooHigh");
    atBlock(chain, 5);
    expectFailure(
      chain,
      OWNER,
      "increase_take",
      { hotkey: OWNER_HOT, take: 2_000 },
      "DelegateTxRateLimitExceeded",
    );
    atBlock(chain, 6);
    dispatch(chain, OWNER, "increase_take", { hotkey: OWNER_HOT, take: 2_000 });
    assert.equal(Delegates.get(chain.store, OWNER_HOT), 2_000, "increase: take set");
    assert.deepEqual(eventNames(chain), ["TakeIncreased"], "increase: event");
  });
});
