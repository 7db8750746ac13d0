/** mulQ32, powQ32 and decayFactorQ32 (chain.md §11.2): Q32 arithmetic and the binary search's defining property. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { decayFactorQ32, mulQ32, ONE_Q32, powQ32 } from "./decayFactorQ32.ts";

const HALF = 1n << 31n;

describe("Q32 helpers (chain.md §11.2)", () => {
  test("mulQ32 floors and clamps to u64", () => {
    assert.equal(mulQ32(1_000_000_000n, HALF), 500_000_000n, "× 0.5");
    assert.equal(mulQ32(3n, HALF), 1n, "1.5 floors to 1");
    assert.equal(mulQ32(1n << 64n, 1n << 64n), (1n << 64n) - 1n, "clamped to u64::MAX");
  });

  test("powQ32: x^0 = 1.0, 0.5² = 0.25, 1.0^n = 1.0", () => {
    assert.equal(powQ32(HALF, 0n), ONE_Q32, "x^0");
    assert.equal(powQ32(HALF, 2n), 1n << 30n, "0.5²");
    assert.equal(powQ32(ONE_Q32, 36_100n), ONE_Q32, "1.0^36100");
  });

  test("powQ32 skips the final squaring, as subtensor does", () => {
    // 2^20 (as Q32: 2^52) to the power 1: squaring after the last bit would saturate, but is skipped.
    assert.equal(powQ32(1n << 52n, 1n), 1n << 52n, "no trailing square");
  });
});

describe("decayFactorQ32 (chain.md §11.2)", () => {
  test("half-life 0 → 1.0 (no decay)", () => {
    assert.equal(decayFactorQ32(0n), ONE_Q32, "half-life 0");
  });

  test("f is the largest value with powQ32(f, h) ≤ 2^31, for 12 half-lives", () => {
    for (const h of [1n, 2n, 3n, 7n, 10n, 64n, 100n, 360n, 1_000n, 7_200n, 20_000n, 36_100n]) {
      const f = decayFactorQ32(h);
      assert.ok(f < ONE_Q32, `h=${h}: f < 1.0`);
      assert.ok(powQ32(f, h) <= HALF, `h=${h}: f^h ≤ 0.5`);
      assert.ok(powQ32(f + 1n, h) > HALF, `h=${h}: (f+1)^h > 0.5`);
    }
  });

  test("a second call returns the same factor (cached)", () => {
    assert.equal(decayFactorQ32(360n), decayFactorQ32(360n), "stable");
  });
});
