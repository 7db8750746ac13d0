/** maxMove (chain.md §9 limit functions): the four origin/destination cases and their corners. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { UNLIMITED } from "./constants.ts";
import { maxAdd } from "./maxAdd.ts";
import { maxMove } from "./maxMove.ts";
import { maxRemove } from "./maxRemove.ts";

const ROOT = { isRoot: true } as const;
const EVEN = { tau: 10n ** 12n, alpha: 10n ** 12n, feeRate: 33n } as const;
const DEAR = { tau: 4n * 10n ** 12n, alpha: 10n ** 12n, feeRate: 33n } as const;

describe("maxMove (chain.md §9)", () => {
  test("root → root: unlimited at limit ≤ 10^9, 0 above", () => {
    assert.equal(maxMove(ROOT, ROOT, 1_000_000_000n), UNLIMITED, "limit 10^9");
    assert.equal(maxMove(ROOT, ROOT, 1_000_000_001n), 0n, "limit 10^9 + 1");
  });

  test("root → dynamic: maxAdd(d, floor(10^18/L)); unlimited at L = 0", () => {
    assert.equal(maxMove(ROOT, EVEN, 0n), UNLIMITED, "limit 0");
    // L = 0.5: the destination may rise to 2 TAO per alpha.
    assert.equal(maxMove(ROOT, EVEN, 500_000_000n), maxAdd(EVEN, 2_000_000_000n), "limit 0.5");
    assert.equal(maxMove(ROOT, EVEN, 300_000_000n), maxAdd(EVEN, 3_333_333_333n), "limit 0.3 floors");
    assert.equal(maxMove(ROOT, EVEN, 10n ** 18n + 1n), 0n, "limit above 10^18 → maxAdd(d, 0) = 0");
  });

  test("dynamic → root: maxRemove(o, L)", () => {
    assert.equal(maxMove(DEAR, ROOT, 2_000_000_000n), maxRemove(DEAR, 2_000_000_000n), "limit 2");
    assert.equal(maxMove(DEAR, ROOT, 0n), UNLIMITED, "limit 0");
  });

  test("dynamic → dynamic: hand-worked x = (α_d·τ_o/L − τ_d·α_o)/(τ_o + τ_d)", () => {
    // Equal pools at rate 1, limit 0.5: (10^24/0.5 − 10^24)/(2·10^12) = 5·10^11.
    assert.equal(maxMove(EVEN, EVEN, 500_000_000n), 500_000_000_000n, "limit 0.5");
    // At exactly the current rate nothing can move.
    assert.equal(maxMove(EVEN, EVEN, 1_000_000_000n), 0n, "limit = rate");
    // Origin 4 TAO, destination 1 TAO per alpha (rate 4), limit 2: (10^12·4·10^12/2 − 10^24)/(5·10^12) = 2·10^11.
    assert.equal(maxMove(DEAR, EVEN, 2_000_000_000n), 200_000_000_000n, "rate 4, limit 2");
  });

  test("dynamic → dynamic corners: limit above the rate, limit 0, empty reserves, negative numerator", () => {
    assert.equal(maxMove(EVEN, DEAR, 250_000_001n), 0n, "limit above the rate 0.25");
    assert.equal(maxMove(EVEN, DEAR, 0n), UNLIMITED, "limit 0");
    assert.equal(maxMove({ ...EVEN, tau: 0n }, DEAR, 0n), 0n, "empty origin τ beats limit 0");
    assert.equal(maxMove(EVEN, { ...DEAR, alpha: 0n }, 1n), 0n, "empty destination α");
    // price(d) floors to 333…333 (1/3), so the F18 check passes while the exact rate (just under 3)
    // is below the limit 3: the numerator is −3·10^21 and the result saturates at 0.
    const origin = { tau: 10n ** 18n, alpha: 10n ** 18n + 1n, feeRate: 33n };
    const destination = { tau: 10n ** 12n, alpha: 3n * 10n ** 12n, feeRate: 33n };
    assert.equal(maxMove(origin, destination, 3_000_000_000n), 0n, "negative numerator");
  });
});
