/**
 * swapSell (chain.md §9, alpha in): each error of steps 2, 3, 4 and 7 with its exact §20 name, the
 * order of the checks, fee-less swaps and partial fills.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MIN_PRICE, MINIMUM_RESERVE } from "./constants.ts";
import { SwapError, type SwapErrorName } from "./swapError.ts";
import { simSwapSell, swapSell } from "./swapSell.ts";
import type { SwapParameters } from "./swapTypes.ts";

const POOL = { tau: 10n ** 12n, alpha: 10n ** 12n, feeRate: 33n } as const;

function assertSwapError(parameters: SwapParameters, name: SwapErrorName, caseId: string): void {
  assert.throws(
    () => swapSell(parameters),
    (error: unknown) => {
      assert.ok(error instanceof SwapError, `${caseId}: a SwapError`);
      assert.equal(error.error, name, `${caseId}: error name`);
      return true;
    },
    caseId,
  );
}

describe("swapSell errors (chain.md §9)", () => {
  test("step 2 SwapInputTooLarge: net 1000·α + 1; net exactly 1000·α passes", () => {
    const pool = { tau: 10n ** 12n, alpha: 10n ** 9n, feeRate: 0n };
    assertSwapError(
      { ...pool, limit: MIN_PRICE, amount: 10n ** 12n + 1n },
      "SwapInputTooLarge",
      "1000·α + 1",
    );
    assert.equal(
      swapSell({ ...pool, limit: MIN_PRICE, amount: 10n ** 12n }).paidIn,
      10n ** 12n,
      "1000·α passes",
    );
  });

  test("step 3 ReservesTooLow before the swap: τ = MinimumReserve − 1; τ = MinimumReserve passes", () => {
    const pool = { alpha: 10n ** 6n, feeRate: 33n, limit: MIN_PRICE, amount: 10n ** 5n };
    assertSwapError({ ...pool, tau: MINIMUM_RESERVE - 1n }, "ReservesTooLow", "τ = 999,999");
    assert.ok(swapSell({ ...pool, tau: MINIMUM_RESERVE }).out > 0n, "τ = 1,000,000 passes");
  });

  test("step 4 PriceLimitExceeded: limit equal to the price (strict), and above it", () => {
    assertSwapError(
      { ...POOL, limit: 1_000_000_000n, amount: 10n ** 9n },
      "PriceLimitExceeded",
      "limit = price",
    );
    assertSwapError(
      { ...POOL, limit: 1_000_000_001n, amount: 10n ** 9n },
      "PriceLimitExceeded",
      "limit > price",
    );
    const r = swapSell({ ...POOL, limit: 999_999_999n, amount: 10n ** 9n });
    assert.ok(r.refund > 0n, "limit = price − 1 rao fills partially");
  });

  test("step 7 ReservesTooLow after the swap: a positive input that pays 0 TAO", () => {
    // Price 10^-6 TAO per alpha: 1,000 alpha-rao pays floor(10^6·1000/(10^12+1000)) = 0 rao.
    const pool = { tau: 10n ** 6n, alpha: 10n ** 12n, feeRate: 33n, dropFees: true };
    assertSwapError({ ...pool, limit: 0n, amount: 1_000n }, "ReservesTooLow", "out == 0");
    assert.equal(
      swapSell({ ...pool, limit: 0n, amount: 1_000_002n }).out,
      1n,
      "1,000,002 alpha-rao pays 1 rao",
    );
  });

  test("checks run in step order: input size before reserves before the limit", () => {
    const tiny = { tau: 1n, alpha: 1n, feeRate: 0n };
    assertSwapError({ ...tiny, limit: 10n ** 18n, amount: 1_001n }, "SwapInputTooLarge", "2 before 3 and 4");
    assertSwapError({ ...tiny, limit: 10n ** 18n, amount: 1n }, "ReservesTooLow", "3 before 4");
  });
});

describe("swapSell results (chain.md §9)", () => {
  test("limit 0 always fills fully (the partial branch never divides by 0)", () => {
    const r = swapSell({ ...POOL, limit: 0n, amount: 10n ** 15n });
    assert.equal(r.refund, 0n, "full fill");
    assert.equal(r.paidIn, 10n ** 15n - (10n ** 15n * 33n) / 65_535n, "step-1 net");
  });

  test("dropFees charges no fee", () => {
    const r = swapSell({ ...POOL, limit: MIN_PRICE, amount: 10n ** 10n, dropFees: true });
    assert.equal(r.fee, 0n, "fee");
    assert.equal(r.paidIn, 10n ** 10n, "net");
  });

  test("partial fill: net = isqrt(τ·α·10^9/L) − α, fee recomputed, refund in alpha, price stays ≥ limit", () => {
    // L = 0.25 TAO: α' = isqrt(10^24·10^9/(2.5·10^8)) = 2·10^12, so the partial net is 10^12.
    const r = swapSell({ ...POOL, limit: 250_000_000n, amount: 5n * 10n ** 12n });
    assert.equal(r.paidIn, 10n ** 12n, "partial net");
    assert.equal(r.fee, (10n ** 12n * 33n) / 65_502n, "fee = floor(net·33/65502)");
    assert.equal(r.out, 5n * 10n ** 11n, "out = floor(τ·net/(α+net))");
    assert.equal(r.refund, 5n * 10n ** 12n - r.paidIn - r.fee, "refund");
    assert.equal(r.newTau * 10n ** 9n, 250_000_000n * r.newAlpha, "lands exactly on the limit");
  });

  test("simSwapSell is swapSell", () => {
    assert.equal(simSwapSell, swapSell, "same function");
  });
});
