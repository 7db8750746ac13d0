/** lockCost (chain.md §6.3): doubling, linear decay with its floored step, halvings, and the corners. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { lockCost } from "./lockCost.ts";

const TAO = 10n ** 9n;
// Standard defaults: NetworkMinLockCost 1,000 TAO, NetworkLockReductionInterval 57,600 blocks.
const AFTER_REGISTRATION = {
  lastLockCost: 1_000n * TAO,
  lastLockBlock: 1_000n,
  now: 1_000n,
  minLockCost: 1_000n * TAO,
  lockReductionInterval: 57_600n,
  totalIssuance: 0n,
} as const;
// floor(10^12 / 57,600) = 17,361,111 rao per block.
const STEP = 17_361_111n;

describe("lockCost (chain.md §6.3)", () => {
  test("genesis (t = 0): the last cost itself, never below the floor", () => {
    const genesis = { ...AFTER_REGISTRATION, lastLockBlock: 0n };
    assert.equal(lockCost({ ...genesis, now: 0n }), 1_000n * TAO, "block 0");
    assert.equal(lockCost({ ...genesis, now: 100n }), 1_000n * TAO, "decays below the floor → floor");
  });

  test("right after a registration the price doubles", () => {
    assert.equal(lockCost(AFTER_REGISTRATION), 2_000n * TAO, "2 × L");
  });

  test("it falls by floor(L/I) per block", () => {
    assert.equal(lockCost({ ...AFTER_REGISTRATION, now: 1_001n }), 2_000n * TAO - STEP, "one block");
    assert.equal(lockCost({ ...AFTER_REGISTRATION, now: 29_800n }), 1_500_000_003_200n, "half the interval");
  });

  test("the floored step reaches the floor a little after I blocks", () => {
    assert.equal(
      lockCost({ ...AFTER_REGISTRATION, now: 58_600n }),
      1_000_000_006_400n,
      "I blocks: 6,400 rao above",
    );
    assert.equal(lockCost({ ...AFTER_REGISTRATION, now: 58_601n }), 1_000n * TAO, "I + 1 blocks: floor");
  });

  test("after a halving the interval halves (I = 28,800) and the step doubles", () => {
    const halved = { ...AFTER_REGISTRATION, totalIssuance: 10_500_000n * TAO, now: 15_400n };
    // floor(10^12 / 28,800) = 34,722,222; 14,400 blocks → 2·10^12 − 499,999,996,800.
    assert.equal(lockCost(halved), 1_500_000_003_200n, "half of the halved interval");
  });

  test("no decay when I = 0 (zero interval, or no emission at the cap)", () => {
    assert.equal(
      lockCost({ ...AFTER_REGISTRATION, lockReductionInterval: 0n, now: 10n ** 6n }),
      2_000n * TAO,
      "interval 0",
    );
    const capped = { ...AFTER_REGISTRATION, totalIssuance: 21_000_000n * TAO, now: 10n ** 6n };
    assert.equal(lockCost(capped), 2_000n * TAO, "issuance at the cap");
  });

  test("the decayed price saturates at 0 before the floor is applied", () => {
    assert.equal(lockCost({ ...AFTER_REGISTRATION, minLockCost: 0n, now: 10n ** 7n }), 0n, "floor 0");
  });

  test("now before the last lock block counts as no time elapsed", () => {
    assert.equal(lockCost({ ...AFTER_REGISTRATION, now: 500n }), 2_000n * TAO, "saturating now − t");
  });

  test("fast-blocks defaults: 100 TAO floor, 1,000-block interval, 500 blocks after a registration at block 5", () => {
    const dev = {
      lastLockCost: 100n * TAO,
      lastLockBlock: 5n,
      now: 505n,
      minLockCost: 100n * TAO,
      lockReductionInterval: 1_000n,
      totalIssuance: 0n,
    };
    assert.equal(lockCost(dev), 150n * TAO, "2·10^11 − 10^8·500");
  });

  test("a negative input is a RangeError", () => {
    assert.throws(() => lockCost({ ...AFTER_REGISTRATION, now: -1n }), RangeError, "negative now");
  });
});
