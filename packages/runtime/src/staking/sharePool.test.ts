import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { INITIAL_SHARES_PER_UNIT, sharesToBurn, sharesToMint, shareValue } from "./sharePool.ts";

describe("share pool arithmetic (chain.md §12.1)", () => {
  it("empty pool mints x·10^9 shares", () => {
    assert.equal(sharesToMint(0n, 0n, 5n), 5n * INITIAL_SHARES_PER_UNIT, "empty: fresh mint");
    assert.equal(sharesToMint(0n, 7n, 5n), 5n * INITIAL_SHARES_PER_UNIT, "value 0: fresh mint");
    assert.equal(sharesToMint(9n, 0n, 5n), 5n * INITIAL_SHARES_PER_UNIT, "shares 0: fresh mint");
  });
  it("mint floors in the pool's favour", () => {
    assert.equal(sharesToMint(3n, 10n, 1n), 3n, "floor(1·10/3) = 3");
    assert.equal(sharesToMint(100n, 1n, 99n), 0n, "a mint of 0 shares (refused by the caller)");
  });
  it("value floors", () => {
    assert.equal(shareValue(10n, 3n, 1n), 3n, "floor(10·1/3)");
    assert.equal(shareValue(10n, 0n, 0n), 0n, "empty pool");
  });
  it("burn rounds up, whole value burns every share, capped at held", () => {
    assert.equal(sharesToBurn(10n, 3n, 2n, 6n), 2n, "6 = value(2) burns all 2");
    assert.equal(sharesToBurn(10n, 30n, 20n, 1n), 3n, "ceil(1·30/10)");
    assert.equal(sharesToBurn(10n, 31n, 20n, 1n), 4n, "ceil(1·31/10)");
    assert.equal(sharesToBurn(10n, 31n, 3n, 2n), 3n, "capped at held");
  });
});
