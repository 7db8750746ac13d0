/** chain.md Appendix A rows of the coinbase module: Block emission (three issuances) and TaoWeight 0.18. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { blockEmission } from "./blockEmission.ts";
import { DEFAULT_TAO_WEIGHT } from "./constants.ts";

const TAO = 10n ** 9n;

describe("chain.md Appendix A: emission", () => {
  test("Block emission: TotalIssuance 10,499,999 TAO → 10^9 rao", () => {
    assert.equal(blockEmission(10_499_999n * TAO), 1_000_000_000n, "10,499,999 TAO");
  });

  test("Block emission: TotalIssuance 10,500,000 TAO → 5·10^8 rao", () => {
    assert.equal(blockEmission(10_500_000n * TAO), 500_000_000n, "10,500,000 TAO");
  });

  test("Block emission: TotalIssuance 15,750,000 TAO → 2.5·10^8 rao", () => {
    assert.equal(blockEmission(15_750_000n * TAO), 250_000_000n, "15,750,000 TAO");
  });

  test("TaoWeight 0.18: U64P 3,320,413,933,267,719,290", () => {
    assert.equal(DEFAULT_TAO_WEIGHT, 3_320_413_933_267_719_290n, "TaoWeight 0.18");
  });
});
