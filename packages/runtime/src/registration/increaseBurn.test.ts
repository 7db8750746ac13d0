/** increaseBurn (chain.md §11.2): the registration bump, floored, then clamped. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { increaseBurn } from "./increaseBurn.ts";

const TAO = 10n ** 9n;
const BASE = { burn: TAO, minBurn: 500_000n, maxBurn: 100n * TAO } as const;
const MULT = 1_260_000_000_000_000_000n;

describe("increaseBurn (chain.md §11.2)", () => {
  test("1 TAO × 1.26 → 1.26 TAO", () => {
    assert.equal(increaseBurn({ ...BASE, burnIncreaseMult: MULT }), 1_260_000_000n, "× 1.26");
  });

  test("the product floors: 3 rao × 1.26 → 3 rao (min 0)", () => {
    assert.equal(increaseBurn({ ...BASE, burn: 3n, minBurn: 0n, burnIncreaseMult: MULT }), 3n, "floor");
  });

  test("clamped to [minBurn, maxBurn]", () => {
    assert.equal(increaseBurn({ ...BASE, burn: 90n * TAO, burnIncreaseMult: MULT }), 100n * TAO, "to max");
    assert.equal(increaseBurn({ ...BASE, burn: 3n, burnIncreaseMult: MULT }), 500_000n, "to min");
  });
});
