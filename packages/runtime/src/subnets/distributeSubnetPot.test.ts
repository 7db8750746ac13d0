import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { account } from "./_testChain.ts";
import { distributeSubnetPot } from "./distributeSubnetPot.ts";

const H1 = account(10);
const H2 = account(20);
const C1 = account(11);
const C2 = account(21);

describe("distributeSubnetPot", () => {
  test("exact shares when every weight divides the pot", () => {
    const shares = distributeSubnetPot(
      1_000n,
      [
        { hotkey: H1, coldkey: C1, alpha: 300n },
        { hotkey: H2, coldkey: C2, alpha: 100n },
      ],
      600n,
    );
    assert.deepEqual(
      shares.stakers.map((s) => s.tao),
      [300n, 100n],
    );
    assert.equal(shares.protocol, 600n);
  });

  test("leftover rao go to the largest remainders, one each", () => {
    // pot 10, weights 1, 1, 1 (W = 3): floors 3, 3, 3 (remainders 1, 1, 1), one leftover → first by key order
    const shares = distributeSubnetPot(
      10n,
      [
        { hotkey: H2, coldkey: C2, alpha: 1n },
        { hotkey: H1, coldkey: C1, alpha: 1n },
      ],
      1n,
    );
    assert.deepEqual(
      shares.stakers.map((s) => [s.hotkey, s.tao]),
      [
        [H1, 4n],
        [H2, 3n],
      ],
      "ties by hotkey bytes, H1 (0x0a…) before H2 (0x14…)",
    );
    assert.equal(shares.protocol, 3n, "the protocol is last on a tie");
    // pot 10, weights 2, 5 (protocol) (W = 7): 20 mod 7 = 6, 50 mod 7 = 1 → the staker's remainder wins
    const byRemainder = distributeSubnetPot(10n, [{ hotkey: H1, coldkey: C1, alpha: 2n }], 5n);
    assert.deepEqual([byRemainder.stakers[0]!.tao, byRemainder.protocol], [3n, 7n]);
  });

  test("same hotkey: ties by coldkey bytes; zero stakes get nothing", () => {
    const shares = distributeSubnetPot(
      5n,
      [
        { hotkey: H1, coldkey: C2, alpha: 1n },
        { hotkey: H1, coldkey: C1, alpha: 1n },
        { hotkey: H2, coldkey: C1, alpha: 0n },
      ],
      0n,
    );
    assert.deepEqual(
      shares.stakers.map((s) => [s.coldkey, s.tao]),
      [
        [C1, 3n],
        [C2, 2n],
        [C1, 0n],
      ],
    );
    assert.equal(shares.protocol, 0n);
  });

  test("shares always sum to the pot; no weight at all gives the pot to the protocol", () => {
    for (const pot of [0n, 1n, 7n, 999_999_937n]) {
      const shares = distributeSubnetPot(
        pot,
        [
          { hotkey: H1, coldkey: C1, alpha: 333n },
          { hotkey: H2, coldkey: C2, alpha: 777n },
        ],
        101n,
      );
      const sum = shares.stakers.reduce((a, s) => a + s.tao, shares.protocol);
      assert.equal(sum, pot, `pot ${pot}`);
    }
    const empty = distributeSubnetPot(50n, [{ hotkey: H1, coldkey: C1, alpha: 0n }], 0n);
    assert.deepEqual([empty.stakers[0]!.tao, empty.protocol], [0n, 50n]);
  });
});
