/**
 * The fast path's exact-double kernels (fastMath.ts) against primitives' bigint I32F32 operations
 * (yuma.md §2): each kernel must give the same bits on every input in its range, and throw
 * FastDomainError outside it rather than round. Inputs come from a seeded PRNG and include the edges.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { exp, fixedProportionToU16, I32F32, u16ProportionToFixed } from "@opentao/primitives";
import { uniformRandom } from "../../../../test/mulberry32.ts";
import {
  EXP_FAST_LIMIT,
  expBits,
  FastDomainError,
  mulFloor,
  proportionToU16,
  safeDivBits,
  weightedMedianColCsr,
} from "./fastMath.ts";
import { alphaSigmoid, alphaSigmoidBits } from "./liquidAlpha.ts";
import { type SparseMatrix, weightedMedianColSparse } from "./math.ts";

/** A random integer of about `maxBits` bits, biased toward every magnitude, signed when asked. */
function randomBits(next: () => number, maxBits: number, signed: boolean): number {
  const magnitude = Math.floor(next() * 2 ** Math.floor(next() * (maxBits + 1)));
  return signed && next() < 0.5 ? -magnitude : magnitude;
}

const fixed = (v: number) => BigInt(v) as I32F32;
const TWO32 = 2 ** 32;

describe("mulFloor = I32F32.saturatingMul (floor toward −∞)", () => {
  test("20,000 random signed pairs below 2^42, and the edges", () => {
    const next = uniformRandom(1);
    const edges = [0, 1, -1, TWO32, -TWO32, 2 ** 42 - 1, -(2 ** 42 - 1), 2 ** 26, 2 ** 26 + 1];
    const pairs: [number, number][] = edges.flatMap((a) => edges.map((b): [number, number] => [a, b]));
    for (let k = 0; k < 20_000; k++) pairs.push([randomBits(next, 42, true), randomBits(next, 42, true)]);
    for (const [a, b] of pairs) {
      const expected = I32F32.saturatingMul(fixed(a), fixed(b));
      assert.equal(BigInt(mulFloor(a, b)), expected, `mulFloor(${a}, ${b})`);
    }
  });
  test("an operand of 2^42 or more with a large product throws FastDomainError", () => {
    assert.throws(() => mulFloor(2 ** 42, 2 ** 20), FastDomainError, "2^42 · 2^20");
  });
});

describe("safeDivBits = I32F32.safeDiv (truncating, 0 on a zero divisor)", () => {
  test("20,000 random pairs with a ≤ 2^52, b < 2^48 and quotient < 2^21, and the edges", () => {
    const next = uniformRandom(2);
    const pairs: [number, number][] = [
      [0, 1],
      [1, 1],
      [1, 3],
      [2 ** 52 - 1, 2 ** 47],
      [TWO32, TWO32 + 1],
      [5, 0],
      [2 ** 36, 2 ** 36 - 1],
      [2 ** 36, 2 ** 36],
      [2 ** 36 - 1, 2 ** 36 + 1],
    ];
    while (pairs.length < 20_000) {
      const b = randomBits(next, 47, false) + 1;
      const a = randomBits(next, 52, false);
      if (a / b < 2 ** 21) pairs.push([a, b]);
    }
    for (const [a, b] of pairs) {
      assert.equal(BigInt(safeDivBits(a, b)), I32F32.safeDiv(fixed(a), fixed(b)), `safeDivBits(${a}, ${b})`);
    }
  });
  test("negative operands, divisors ≥ 2^48 and quotients ≥ 2^21 throw FastDomainError", () => {
    assert.throws(() => safeDivBits(-1, 3), FastDomainError, "negative");
    assert.throws(() => safeDivBits(1, 2 ** 48), FastDomainError, "large divisor");
    assert.throws(() => safeDivBits(2 ** 21, 1), FastDomainError, "large quotient");
  });
});

describe("expBits = substrate-fixed exp on |x| ≤ 6 (yuma.md §2.3)", () => {
  test("the §2.3 reference points", () => {
    const points: [string, number][] = [
      ["-1", 1580030169],
      ["-0.5", 2605029348],
      ["0.5", 7081203935],
      ["1", 11674931200],
      ["2", 31735754285],
    ];
    for (const [x, out] of points) assert.equal(expBits(Number(I32F32.fromDecimal(x))), out, `exp(${x})`);
  });
  test("20,000 random x in [−6, 6], and the edges", () => {
    const next = uniformRandom(3);
    const xs = [0, 1, -1, TWO32, -TWO32, EXP_FAST_LIMIT, -EXP_FAST_LIMIT, 2 ** 31, -(2 ** 31)];
    for (let k = 0; k < 20_000; k++) xs.push(Math.floor((next() * 2 - 1) * EXP_FAST_LIMIT));
    for (const x of xs) assert.equal(BigInt(expBits(x)), exp(fixed(x)), `exp(${x})`);
  });
  test("|x| > 6 throws FastDomainError", () => {
    assert.throws(() => expBits(EXP_FAST_LIMIT + 1), FastDomainError, "above 6");
  });
});

test("proportionToU16 = fixedProportionToU16 on [−1, 4]", () => {
  const next = uniformRandom(4);
  const xs = [0, 1, TWO32, TWO32 - 1, 4 * TWO32, -1];
  for (let k = 0; k < 20_000; k++) xs.push(Math.floor((next() * 5 - 1) * TWO32));
  for (const x of xs) assert.equal(proportionToU16(x), fixedProportionToU16(fixed(x)), `u16(${x})`);
});

describe("alphaSigmoidBits = alphaSigmoid (yuma.md §5.9b)", () => {
  // Steepness 1000 stays on doubles; 5000 and −3000 reach |x| > 6, where the bigint exp takes over.
  for (const steepness of [1000, 100, 5000, -3000, 0]) {
    for (const [lowU16, highU16] of [
      [6553, 19660],
      [45875, 58982],
      [40000, 2000],
    ] as const) {
      test(`steepness ${steepness}, alpha values (${lowU16}, ${highU16}): 2,000 random (c, w, b)`, () => {
        const params = {
          alphaLow: u16ProportionToFixed(lowU16),
          alphaHigh: u16ProportionToFixed(highU16),
          steepness: I32F32.fromInt(steepness),
        };
        const fast = alphaSigmoidBits(params);
        const next = uniformRandom(steepness + lowU16);
        const triples: [number, number, number][] = [
          [TWO32, TWO32, 0],
          [0, TWO32, 0],
          [0, 0, 0],
          [TWO32, 0, TWO32],
        ];
        for (let k = 0; k < 2000; k++) {
          const pick = () => (next() < 0.2 ? 0 : Math.floor(next() * 1.2 * TWO32));
          triples.push([pick(), pick(), pick()]);
        }
        for (const [c, w, b] of triples) {
          const expected = alphaSigmoid(
            fixed(c),
            fixed(w),
            fixed(b),
            params.alphaLow,
            params.alphaHigh,
            params.steepness,
          );
          assert.equal(
            BigInt(fast(c, w, b)),
            expected,
            `alpha_sigmoid(${c}, ${w}, ${b}) steepness ${steepness}`,
          );
        }
      });
    }
  }
});

test("weightedMedianColCsr on the §5.6 table (kappa 32767/65535 and exactly 0.5)", () => {
  const cases: [string[], string[], string][] = [
    [["0.5", "0.5"], ["1", "0"], "1"],
    [["0.5", "0.5"], ["0", "1"], "1"],
    [["0.49", "0.49", "0.02"], ["0.3", "0.7", "0.5"], "0.5"],
    [["0.8", "0.1", "0.1"], ["0", "1", "1"], "0"],
  ];
  const bitsOf = (d: string) => Number(I32F32.fromDecimal(d));
  for (const kappa of [Number(u16ProportionToFixed(32767)), TWO32 / 2]) {
    for (const [stake, score, expected] of cases) {
      const csr = {
        rows: score.length,
        start: Int32Array.from(score.map((_, i) => i).concat(score.length)),
        col: new Int32Array(score.length),
        val: Float64Array.from(score.map(bitsOf)),
      };
      const [median] = weightedMedianColCsr(Float64Array.from(stake.map(bitsOf)), csr, 1, kappa);
      assert.equal(median, bitsOf(expected), `§5.6 stakes [${stake}] scores [${score}] kappa bits ${kappa}`);
    }
  }
});

test("weightedMedianColCsr = weightedMedianColSparse on 300 random column sets", () => {
  const next = uniformRandom(5);
  for (let k = 0; k < 300; k++) {
    const rows = 1 + Math.floor(next() * 12);
    const columns = 1 + Math.floor(next() * 6);
    const stake = Array.from({ length: rows }, () => (next() < 0.3 ? 0 : Math.floor(next() * TWO32)));
    // Few distinct scores, so ties and pivot-equal entries are common.
    const levels = [0, TWO32 / 4, TWO32 / 2, TWO32];
    const matrix: SparseMatrix = [];
    const start = new Int32Array(rows + 1);
    const col: number[] = [];
    const val: number[] = [];
    for (let i = 0; i < rows; i++) {
      const row: [number, I32F32][] = [];
      for (let j = 0; j < columns; j++) {
        if (next() < 0.3) continue;
        const v = next() < 0.5 ? levels[Math.floor(next() * 4)]! : Math.floor(next() * TWO32);
        row.push([j, fixed(v)]);
        col.push(j);
        val.push(v);
      }
      matrix.push(row);
      start[i + 1] = col.length;
    }
    const kappa = next() < 0.5 ? Number(u16ProportionToFixed(32767)) : TWO32 / 2;
    const csr = { rows, start, col: Int32Array.from(col), val: Float64Array.from(val) };
    const fast = weightedMedianColCsr(Float64Array.from(stake), csr, columns, kappa);
    const reference = weightedMedianColSparse(stake.map(fixed), matrix, columns, fixed(kappa));
    assert.deepEqual(
      Array.from(fast, (v) => BigInt(v)),
      reference,
      `median set ${k}`,
    );
  }
});
