/** maxAdd (chain.md §9 limit functions): root cases, the at-limit zero and hand-worked values. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { UNLIMITED } from "./constants.ts";
import { maxAdd } from "./maxAdd.ts";

const POOL = { tau: 10n ** 12n, alpha: 10n ** 12n, feeRate: 33n } as const;

describe("maxAdd (chain.md §9)", () => {
  test("root: unlimited at limit ≥ 10^9, 0 below", () => {
    assert.equal(maxAdd({ isRoot: true }, 1_000_000_000n), UNLIMITED, "limit 10^9");
    assert.equal(maxAdd({ isRoot: true }, 10n ** 15n), UNLIMITED, "limit MAX_PRICE");
    assert.equal(maxAdd({ isRoot: true }, 999_999_999n), 0n, "limit 10^9 − 1");
  });

  test("0 when the price is at or over the limit", () => {
    assert.equal(maxAdd(POOL, 1_000_000_000n), 0n, "at the limit");
    assert.equal(maxAdd(POOL, 1n), 0n, "over the limit");
    assert.equal(maxAdd({ ...POOL, alpha: 0n }, 10n ** 15n), 0n, "empty alpha reserve");
  });

  test("limit 1.01: Δ = 4,987,562,112 plus floor(Δ·33/65502) = 2,512,740 → 4,990,074,852", () => {
    assert.equal(maxAdd(POOL, 1_010_000_000n), 4_990_074_852n, "rate 33");
    assert.equal(maxAdd({ ...POOL, feeRate: 0n }, 1_010_000_000n), 4_987_562_112n, "rate 0 is Δ");
  });

  test("limit 4 TAO: τ' = isqrt(4·10^24) = 2·10^12, so Δ = 10^12", () => {
    assert.equal(maxAdd({ ...POOL, feeRate: 0n }, 4_000_000_000n), 10n ** 12n, "rate 0");
  });

  test("a negative limit is a RangeError", () => {
    assert.throws(() => maxAdd(POOL, -1n), RangeError, "negative limit");
  });
});
