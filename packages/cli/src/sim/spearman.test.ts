import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { averageRanks, spearman } from "./spearman.ts";

describe("spearman", () => {
  test("ties share their average rank", () => {
    assert.deepEqual(averageRanks([10, 20, 10, 30]), [1.5, 3, 1.5, 4]);
    assert.deepEqual(averageRanks([5, 5, 5]), [2, 2, 2]);
  });

  const cases: [string, number[], number[], number | null][] = [
    ["same order", [1, 2, 3, 4], [10, 20, 30, 40], 1],
    ["reversed", [1, 2, 3, 4], [4, 3, 2, 1], -1],
    ["one swap of three", [1, 2, 3], [10, 30, 20], 0.5],
    ["monotone but not linear", [1, 2, 3, 4], [1, 8, 27, 64], 1],
    ["with a tie", [1, 2, 3, 4], [1, 2, 2, 3], 0.9486832980505138],
    ["constant sample", [1, 2, 3], [7, 7, 7], null],
    ["a single pair", [1], [2], null],
  ];
  for (const [label, x, y, want] of cases) {
    test(label, () => {
      const got = spearman(x, y);
      if (want === null) assert.equal(got, null, label);
      else assert.ok(got !== null && Math.abs(got - want) < 1e-12, `${label}: ρ = ${got}, expected ${want}`);
    });
  }

  test("samples of different lengths are refused", () => {
    assert.throws(() => spearman([1, 2], [1]), RangeError);
  });
});
