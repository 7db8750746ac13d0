/** updateMovingPrice (chain.md §10.6): the EMA step with hand-worked F18 values and its corners. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { updateMovingPrice } from "./updateMovingPrice.ts";

const ONE = 10n ** 18n;
const BASE = {
  now: 1_000n,
  firstEmissionBlockNumber: 11n,
  emaPriceHalvingBlocks: 201_600n,
  subnetMovingAlpha: 3_000_000_000_000n,
  price: 5n * 10n ** 17n,
  movingPrice: 4n * 10n ** 17n,
} as const;

describe("updateMovingPrice (chain.md §10.6)", () => {
  test("b = 990, a = floor(3·10^12·990/202,590) = 14,660,151,043, price 0.5, EMA 0.4 → 400,000,001,466,015,104", () => {
    // floor((a·5·10^17 + (10^18 − a)·4·10^17) / 10^18) = 4·10^17 + floor(a·10^17/10^18).
    assert.equal(updateMovingPrice(BASE), 400_000_001_466_015_104n, "hand-worked EMA step");
  });

  test("after h blocks the weight is half of SubnetMovingAlpha: 1.5·10^12 from 0 at price 1", () => {
    const r = updateMovingPrice({
      ...BASE,
      now: 201_600n,
      firstEmissionBlockNumber: 1n,
      price: ONE,
      movingPrice: 0n,
    });
    assert.equal(r, 1_500_000_000_000n, "b = h");
  });

  test("prices above 1 TAO count as 1", () => {
    const capped = updateMovingPrice({ ...BASE, price: 7n * ONE });
    assert.equal(capped, updateMovingPrice({ ...BASE, price: ONE }), "price 7 = price 1");
  });

  test("b = 0 (the start_call block itself) leaves the EMA unchanged", () => {
    assert.equal(updateMovingPrice({ ...BASE, now: 10n }), BASE.movingPrice, "now = start_call block");
    assert.equal(
      updateMovingPrice({ ...BASE, now: 5n }),
      BASE.movingPrice,
      "now before it saturates to b = 0",
    );
  });

  test("b = 0 and h = 0 does not divide by 0", () => {
    assert.equal(
      updateMovingPrice({ ...BASE, now: 10n, emaPriceHalvingBlocks: 0n }),
      BASE.movingPrice,
      "0/0 weight is 0",
    );
  });

  test("FirstEmissionBlockNumber 0 (unset) counts from block 0", () => {
    const r = updateMovingPrice({
      ...BASE,
      now: 201_600n,
      firstEmissionBlockNumber: 0n,
      price: ONE,
      movingPrice: 0n,
    });
    assert.equal(r, 1_500_000_000_000n, "start block saturates at 0");
  });

  test("SubnetMovingAlpha 1 with h = 0 jumps to the (capped) price", () => {
    const r = updateMovingPrice({ ...BASE, subnetMovingAlpha: ONE, emaPriceHalvingBlocks: 0n });
    assert.equal(r, BASE.price, "full weight");
  });

  test("a negative input is a RangeError", () => {
    assert.throws(() => updateMovingPrice({ ...BASE, price: -1n }), RangeError, "negative price");
  });
});
