/**
 * isqrt (chain.md §1): the definition `r² ≤ x < (r+1)²` checked exhaustively for small x, at and
 * around perfect squares, and on random values up to 2^256, plus the §9 partial-buy root.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mulberry32 } from "../../../../test/mulberry32.ts";
import { isqrt } from "./isqrt.ts";

function assertRoot(x: bigint, r: bigint, caseId: string): void {
  assert.ok(r * r <= x, `${caseId}: r² ≤ x (x=${x}, r=${r})`);
  assert.ok((r + 1n) * (r + 1n) > x, `${caseId}: (r+1)² > x (x=${x}, r=${r})`);
}

/** A random bigint of `bits` bits from a seeded mulberry32 (top bit not forced). */
function randomBits(next: () => number, bits: number): bigint {
  let v = 0n;
  for (let i = 0; i < bits; i += 32) v = (v << 32n) | BigInt(next());
  return v & ((1n << BigInt(bits)) - 1n);
}

describe("isqrt (chain.md §1)", () => {
  test("every x in 0..100,000 meets r² ≤ x < (r+1)²", () => {
    for (let x = 0n; x <= 100_000n; x++) assertRoot(x, isqrt(x), `x=${x}`);
  });

  test("0, 1, 2, 3, 4 give 0, 1, 1, 1, 2", () => {
    assert.deepEqual([0n, 1n, 2n, 3n, 4n].map(isqrt), [0n, 1n, 1n, 1n, 2n], "small values");
  });

  test("10^40 and its neighbours: 10^20, 10^20 − 1, 10^20", () => {
    const x = 10n ** 40n;
    assert.equal(isqrt(x), 10n ** 20n, "isqrt(10^40)");
    assert.equal(isqrt(x - 1n), 10n ** 20n - 1n, "isqrt(10^40 − 1)");
    assert.equal(isqrt(x + 1n), 10n ** 20n, "isqrt(10^40 + 1)");
  });

  test("k² − 1, k², k² + 1 give k − 1, k, k for 2,000 seeded k up to 2^140", () => {
    const next = mulberry32(0x15_9a7);
    for (let i = 0; i < 2_000; i++) {
      const k = randomBits(next, 1 + (i % 140)) + 1n;
      assert.equal(isqrt(k * k - 1n), k - 1n, `case ${i}: isqrt(k² − 1), k=${k}`);
      assert.equal(isqrt(k * k), k, `case ${i}: isqrt(k²), k=${k}`);
      assert.equal(isqrt(k * k + 1n), k, `case ${i}: isqrt(k² + 1), k=${k}`);
      assert.equal(isqrt((k + 1n) * (k + 1n) - 1n), k, `case ${i}: isqrt((k+1)² − 1), k=${k}`);
    }
  });

  test("2,000 seeded values up to 2^256 meet the definition", () => {
    const next = mulberry32(0x256);
    for (let i = 0; i < 2_000; i++) {
      const x = randomBits(next, 1 + (i % 256));
      assertRoot(x, isqrt(x), `case ${i}`);
    }
  });

  test("the partial-buy root of chain.md §9: isqrt(1.01·10^24) = 1,004,987,562,112", () => {
    assert.equal(isqrt(1_010_000_000_000_000_000_000_000n), 1_004_987_562_112n, "partial-buy root");
  });

  test("a negative input is a RangeError, a number a TypeError", () => {
    assert.throws(() => isqrt(-1n), RangeError, "negative");
    assert.throws(() => isqrt(4 as unknown as bigint), TypeError, "number");
  });
});
