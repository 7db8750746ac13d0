/** decayBurn (chain.md §11.2): the per-block decay, its block-0/1 exception and the clamp after it. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { decayBurn } from "./decayBurn.ts";

const TAO = 10n ** 9n;
const BASE = { burn: TAO, burnHalfLife: 360n, minBurn: 500_000n, maxBurn: 100n * TAO, now: 100n } as const;

describe("decayBurn (chain.md §11.2)", () => {
  test("one block at half-life 360: floor(10^9·4,286,705,684/2^32) = 998,076,443", () => {
    assert.equal(decayBurn(BASE), 998_076_443n, "one block");
  });

  test("blocks 0 and 1 do not decay; block 2 does", () => {
    assert.equal(decayBurn({ ...BASE, now: 0n }), TAO, "block 0");
    assert.equal(decayBurn({ ...BASE, now: 1n }), TAO, "block 1");
    assert.equal(decayBurn({ ...BASE, now: 2n }), 998_076_443n, "block 2");
  });

  test("half-life 0 does not decay, but the clamp still applies", () => {
    assert.equal(decayBurn({ ...BASE, burnHalfLife: 0n }), TAO, "no decay");
    assert.equal(decayBurn({ ...BASE, burnHalfLife: 0n, burn: 200n * TAO }), 100n * TAO, "clamped to max");
    assert.equal(decayBurn({ ...BASE, now: 1n, burn: 1n }), 500_000n, "clamped to min without decay");
  });

  test("a burn at minBurn decays below it and is clamped back", () => {
    assert.equal(decayBurn({ ...BASE, burn: 500_000n }), 500_000n, "stays at min");
  });

  test("half-life 1 halves each block", () => {
    assert.equal(decayBurn({ ...BASE, burnHalfLife: 1n }), 500_000_000n, "halved");
  });
});
