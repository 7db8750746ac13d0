/**
 * swapBuy (chain.md §9, TAO in): each error of steps 2, 3, 4 and 7 with its exact §20 name, the order
 * of the checks, fee-less swaps, partial-fill bookkeeping and input checks.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MAX_PRICE, MINIMUM_RESERVE } from "./constants.ts";
import { simSwapBuy, swapBuy } from "./swapBuy.ts";
import { SwapError, type SwapErrorName } from "./swapError.ts";
import type { SwapParameters } from "./swapTypes.ts";

const POOL = { tau: 10n ** 12n, alpha: 10n ** 12n, feeRate: 33n } as const;

function assertSwapError(parameters: SwapParameters, name: SwapErrorName, caseId: string): void {
  assert.throws(
    () => swapBuy(parameters),
    (error: unknown) => {
      assert.ok(error instanceof SwapError, `${caseId}: a SwapError`);
      assert.equal(error.error, name, `${caseId}: error name`);
      return true;
    },
    caseId,
  );
}

describe("swapBuy errors (chain.md §9)", () => {
  test("step 2 SwapInputTooLarge: net 1000·τ + 1; net exactly 1000·τ passes", () => {
    const pool = { tau: 10n ** 9n, alpha: 10n ** 12n, feeRate: 0n };
    assertSwapError(
      { ...pool, limit: MAX_PRICE, amount: 10n ** 12n + 1n },
      "SwapInputTooLarge",
      "1000·τ + 1",
    );
    const ok = swapBuy({ ...pool, limit: MAX_PRICE, amount: 10n ** 12n });
    assert.equal(ok.paidIn, 10n ** 12n, "1000·τ exactly passes");
  });

  test("step 2 compares the net after the fee, not the gross amount", () => {
    // Gross 1000·τ + 1 at rate 33 nets below 1000·τ, so it passes step 2.
    const pool = { tau: 10n ** 9n, alpha: 10n ** 12n, feeRate: 33n };
    const r = swapBuy({ ...pool, limit: MAX_PRICE, amount: 10n ** 12n + 1n });
    assert.ok(r.paidIn <= 10n ** 12n, "net within 1000·τ");
  });

  test("step 3 ReservesTooLow before the swap: α = MinimumReserve − 1; α = MinimumReserve passes", () => {
    const pool = { tau: 10n ** 6n, feeRate: 33n, limit: MAX_PRICE, amount: 10n ** 5n };
    assertSwapError({ ...pool, alpha: MINIMUM_RESERVE - 1n }, "ReservesTooLow", "α = 999,999");
    assert.ok(swapBuy({ ...pool, alpha: MINIMUM_RESERVE }).out > 0n, "α = 1,000,000 passes");
  });

  test("step 4 PriceLimitExceeded: limit equal to the price (strict), and below it", () => {
    assertSwapError(
      { ...POOL, limit: 1_000_000_000n, amount: 10n ** 9n },
      "PriceLimitExceeded",
      "limit = price",
    );
    assertSwapError(
      { ...POOL, limit: 999_999_999n, amount: 10n ** 9n },
      "PriceLimitExceeded",
      "limit < price",
    );
    assertSwapError({ ...POOL, limit: 0n, amount: 10n ** 9n }, "PriceLimitExceeded", "limit 0");
    const r = swapBuy({ ...POOL, limit: 1_000_000_001n, amount: 10n ** 9n });
    assert.ok(r.refund > 0n, "limit = price + 1 rao fills partially");
  });

  test("step 7 ReservesTooLow after the swap: a positive input that buys 0 alpha", () => {
    // Price 10^5 TAO per alpha: 1,000 rao buys floor(10^6·1000/(10^11+1000)) = 0 alpha.
    const pool = { tau: 10n ** 11n, alpha: 10n ** 6n, feeRate: 33n, dropFees: true };
    assertSwapError({ ...pool, limit: MAX_PRICE, amount: 1_000n }, "ReservesTooLow", "out == 0");
    assert.equal(
      swapBuy({ ...pool, limit: MAX_PRICE, amount: 100_001n }).out,
      1n,
      "100,001 rao buys 1 alpha-rao",
    );
  });

  test("checks run in step order: input size before reserves before the limit", () => {
    const tiny = { tau: 1n, alpha: 1n, feeRate: 0n };
    assertSwapError({ ...tiny, limit: 0n, amount: 1_001n }, "SwapInputTooLarge", "2 before 3 and 4");
    assertSwapError({ ...tiny, limit: 0n, amount: 1n }, "ReservesTooLow", "3 before 4");
  });

  test("the error carries the numbers it compared and the chain.md section", () => {
    try {
      swapBuy({ ...POOL, limit: 10n ** 9n, amount: 10n ** 9n });
      assert.fail("expected PriceLimitExceeded");
    } catch (error) {
      assert.ok(error instanceof SwapError, "SwapError");
      assert.deepEqual(error.context, { tau: 10n ** 12n, alpha: 10n ** 12n, limit: 10n ** 9n }, "context");
      assert.equal(error.spec, "chain.md §9", "spec");
      assert.equal(error.shortMessage, "The pool price is already at or past the limit price.", "message");
    }
  });
});

describe("swapBuy results (chain.md §9)", () => {
  test("an amount of 0 is a no-op, not an error", () => {
    const r = swapBuy({ ...POOL, limit: MAX_PRICE, amount: 0n });
    assert.deepEqual(
      r,
      { paidIn: 0n, fee: 0n, out: 0n, refund: 0n, newTau: POOL.tau, newAlpha: POOL.alpha },
      "0 in",
    );
  });

  test("dropFees charges no fee: 10 TAO nets 10 TAO", () => {
    const r = swapBuy({ ...POOL, limit: MAX_PRICE, amount: 10n ** 10n, dropFees: true });
    assert.equal(r.fee, 0n, "fee");
    assert.equal(r.paidIn, 10n ** 10n, "net");
    assert.equal(r.out, (10n ** 12n * 10n ** 10n) / (10n ** 12n + 10n ** 10n), "out");
  });

  test("partial fill recomputes the fee on the net used and refunds the rest", () => {
    const r = swapBuy({ ...POOL, limit: 1_010_000_000n, amount: 100n * 10n ** 9n });
    assert.equal(r.fee, (r.paidIn * 33n) / (65_535n - 33n), "fee = floor(net·33/65502)");
    assert.equal(r.paidIn + r.fee + r.refund, 100n * 10n ** 9n, "net + fee + refund = amount");
    assert.ok(r.newTau * 10n ** 9n <= 1_010_000_000n * r.newAlpha, "price after ≤ limit");
  });

  test("a partial fill never uses more than step 1's net", () => {
    // Limit far above the price: the full fill applies and the net is the step-1 net.
    const r = swapBuy({ ...POOL, limit: 10n ** 14n, amount: 10n ** 9n });
    assert.equal(r.refund, 0n, "full fill");
    assert.equal(r.paidIn, 10n ** 9n - (10n ** 9n * 33n) / 65_535n, "step-1 net");
  });

  test("simSwapBuy is swapBuy", () => {
    assert.equal(simSwapBuy, swapBuy, "same function");
  });

  test("invalid arguments are TypeError/RangeError, not SwapError", () => {
    const ok = { ...POOL, limit: MAX_PRICE, amount: 1n };
    assert.throws(() => swapBuy({ ...ok, amount: -1n }), RangeError, "negative amount");
    assert.throws(() => swapBuy({ ...ok, tau: -1n }), RangeError, "negative τ");
    assert.throws(() => swapBuy({ ...ok, feeRate: 65_535n }), RangeError, "fee rate 65535");
    assert.throws(() => swapBuy({ ...ok, amount: 1 as unknown as bigint }), TypeError, "number amount");
  });
});
