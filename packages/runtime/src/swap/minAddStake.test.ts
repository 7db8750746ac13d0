/** minAddStake (chain.md §12.2 check 3): DefaultMinStake plus the step-1 fee on it; root has no fee. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEFAULT_MIN_STAKE } from "./constants.ts";
import { minAddStake } from "./minAddStake.ts";
import { swapFee } from "./swapFee.ts";

describe("minAddStake (chain.md §12.2)", () => {
  test("root → DefaultMinStake (2,000,000)", () => {
    assert.equal(minAddStake({ isRoot: true }), 2_000_000n, "root");
  });

  test("rate 0 → 2,000,000; rate 10,000 → 2,305,180", () => {
    assert.equal(minAddStake({ feeRate: 0n }), 2_000_000n, "rate 0");
    assert.equal(minAddStake({ feeRate: 10_000n }), 2_305_180n, "rate 10,000");
  });

  test("at rate 33 the minimum nets exactly DefaultMinStake and one rao less nets less", () => {
    const min = minAddStake({ feeRate: 33n });
    assert.equal(min - swapFee(min, 33n), DEFAULT_MIN_STAKE, "2,001,007 nets 2,000,000");
    assert.equal(min - 1n - swapFee(min - 1n, 33n), DEFAULT_MIN_STAKE - 1n, "2,001,006 nets 1,999,999");
  });

  test("an out-of-range fee rate is a RangeError", () => {
    assert.throws(() => minAddStake({ feeRate: 65_535n }), RangeError, "65,535");
  });
});
