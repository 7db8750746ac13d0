/** chain.md Appendix A rows of the registration module: Burn decay factor (four half-lives) and Burn decay. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { decayBurn } from "./decayBurn.ts";
import { decayFactorQ32 } from "./decayFactorQ32.ts";

describe("chain.md Appendix A: burn", () => {
  test("Burn decay factor: burnHalfLife 1 → f = 2,147,483,648", () => {
    assert.equal(decayFactorQ32(1n), 2_147_483_648n, "half-life 1");
  });

  test("Burn decay factor: burnHalfLife 10 → f = 4,007,346,185", () => {
    assert.equal(decayFactorQ32(10n), 4_007_346_185n, "half-life 10");
  });

  test("Burn decay factor: burnHalfLife 360 → f = 4,286,705,684", () => {
    assert.equal(decayFactorQ32(360n), 4_286_705_684n, "half-life 360");
  });

  test("Burn decay factor: burnHalfLife 36,100 → f = 4,294,884,830", () => {
    assert.equal(decayFactorQ32(36_100n), 4_294_884_830n, "half-life 36,100");
  });

  test("Burn decay: 1 TAO, half-life 360, 360 blocks, no registrations, no clamp → 499,999,865 rao", () => {
    let burn = 1_000_000_000n;
    // Blocks 2..361: every one decays (blocks 0 and 1 would not).
    for (let now = 2n; now < 362n; now++) {
      burn = decayBurn({ burn, burnHalfLife: 360n, minBurn: 0n, maxBurn: 10n ** 18n, now });
    }
    assert.equal(burn, 499_999_865n, "Burn decay");
  });
});
