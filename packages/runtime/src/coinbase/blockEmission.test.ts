/**
 * blockEmission (chain.md §2.2): every halving boundary exactly, the cap, the deepest halving and
 * monotonicity over seeded issuances.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mulberry32 } from "../../../../test/mulberry32.ts";
import { blockEmission } from "./blockEmission.ts";
import { SUPPLY_CAP } from "./constants.ts";

describe("blockEmission (chain.md §2.2)", () => {
  test("issuance 0 → 10^9; at or over the cap → 0", () => {
    assert.equal(blockEmission(0n), 1_000_000_000n, "issuance 0");
    assert.equal(blockEmission(SUPPLY_CAP), 0n, "issuance S");
    assert.equal(blockEmission(SUPPLY_CAP + 1n), 0n, "issuance S + 1");
  });

  test("the k-th halving starts exactly at I = S − floor(S/2^k), k = 1..40", () => {
    // 2^k·(S − I) ≤ S ⇔ S − I ≤ floor(S/2^k) for integer I.
    for (let k = 1n; k <= 40n; k++) {
      const boundary = SUPPLY_CAP - (SUPPLY_CAP >> k);
      assert.equal(blockEmission(boundary), 1_000_000_000n >> k, `k=${k}: at the boundary`);
      assert.equal(blockEmission(boundary - 1n), 1_000_000_000n >> (k - 1n), `k=${k}: one rao before`);
    }
  });

  test("18,375,000 TAO → 1.25·10^8; one rao less → 2.5·10^8", () => {
    assert.equal(blockEmission(18_375_000_000_000_000n), 125_000_000n, "third halving");
    assert.equal(blockEmission(18_374_999_999_999_999n), 250_000_000n, "just before it");
  });

  test("one rao below the cap: k = 54, 10^9 >> 54 = 0", () => {
    assert.equal(blockEmission(SUPPLY_CAP - 1n), 0n, "S − 1");
  });

  test("never increases with issuance (2,000 seeded pairs)", () => {
    const next = mulberry32(0xe41);
    const draw = (): bigint => ((BigInt(next()) << 32n) | BigInt(next())) % (SUPPLY_CAP + 10n);
    for (let i = 0; i < 2_000; i++) {
      const [a, b] = [draw(), draw()];
      const [lo, hi] = a < b ? [a, b] : [b, a];
      assert.ok(blockEmission(lo) >= blockEmission(hi), `case ${i}: E(${lo}) ≥ E(${hi})`);
    }
  });

  test("a negative issuance is a RangeError", () => {
    assert.throws(() => blockEmission(-1n), RangeError, "negative");
  });
});
