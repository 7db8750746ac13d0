/** spotPrice (chain.md §9): F18 TAO per alpha, floored, 0 for an empty alpha reserve. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ROOT_SPOT_PRICE } from "./constants.ts";
import { spotPrice } from "./spotPrice.ts";

describe("spotPrice (chain.md §9)", () => {
  test("τ = 2 TAO, α = 1 alpha → 2·10^18", () => {
    assert.equal(spotPrice(2_000_000_000n, 1_000_000_000n), 2n * 10n ** 18n, "2 TAO per alpha");
  });

  test("floors: τ = 1, α = 3 → 333,333,333,333,333,333", () => {
    assert.equal(spotPrice(1n, 3n), 333_333_333_333_333_333n, "one third");
  });

  test("α = 0 → 0; root's price is 10^18", () => {
    assert.equal(spotPrice(10n ** 12n, 0n), 0n, "empty alpha reserve");
    assert.equal(ROOT_SPOT_PRICE, 10n ** 18n, "root");
  });

  test("negative reserves are a RangeError", () => {
    assert.throws(() => spotPrice(-1n, 1n), RangeError, "negative τ");
  });
});
