/** maxRemove (chain.md §9 limit functions): root cases, the at-limit zero, limit 0 and hand-worked values. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { UNLIMITED } from "./constants.ts";
import { maxRemove } from "./maxRemove.ts";

const POOL = { tau: 10n ** 12n, alpha: 10n ** 12n, feeRate: 33n } as const;

describe("maxRemove (chain.md §9)", () => {
  test("root: unlimited at limit ≤ 10^9, 0 above", () => {
    assert.equal(maxRemove({ isRoot: true }, 1_000_000_000n), UNLIMITED, "limit 10^9");
    assert.equal(maxRemove({ isRoot: true }, 0n), UNLIMITED, "limit 0");
    assert.equal(maxRemove({ isRoot: true }, 1_000_000_001n), 0n, "limit 10^9 + 1");
  });

  test("0 when the price is at or under the limit", () => {
    assert.equal(maxRemove(POOL, 1_000_000_000n), 0n, "at the limit");
    assert.equal(maxRemove(POOL, 10n ** 15n), 0n, "under the limit");
    assert.equal(maxRemove({ ...POOL, tau: 0n }, 0n), 0n, "empty TAO reserve");
  });

  test("limit 0 on a priced pool is unlimited", () => {
    assert.equal(maxRemove(POOL, 0n), UNLIMITED, "limit 0");
  });

  test("limit 0.25 TAO: α' = isqrt(4·10^24) = 2·10^12, Δ = 10^12, plus floor(Δ·33/65502)", () => {
    assert.equal(maxRemove({ ...POOL, feeRate: 0n }, 250_000_000n), 10n ** 12n, "rate 0");
    assert.equal(maxRemove(POOL, 250_000_000n), 1_000_503_801_410n, "rate 33");
  });
});
