/**
 * The epoch primitives of shared/vectors/yuma-epoch.json (yuma.md §10.1 `primitives.cases`):
 * `weighted_median_col_sparse(1 column)`, `alpha_sigmoid` and `is_topk_nonzero`, each exactly.
 * `exp_safe` and `vec_u16_max_upscale_to_u16` are primitives' own (packages/primitives/src/fixed/
 * fixed.vectors.test.ts); any other kind fails this suite.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { I32F32 } from "@opentao/primitives";
import { alphaSigmoid } from "./liquidAlpha.ts";
import { isTopkNonzero, type SparseMatrix, weightedMedianColSparse } from "./math.ts";

// The byte-identical copy of shared/vectors/yuma-epoch.json (yuma.md §10).
const VECTORS_URL = new URL("../../../../test/vectors/yuma-epoch.json", import.meta.url);

type PrimitiveCase = { readonly fn: string; readonly [field: string]: unknown };

const MEDIAN = "weighted_median_col_sparse(1 column)";
const SIGMOID = "alpha_sigmoid";
const TOPK = "is_topk_nonzero";
// Tested in packages/primitives/src/fixed/fixed.vectors.test.ts.
const TESTED_IN_PRIMITIVES = new Set(["exp_safe", "vec_u16_max_upscale_to_u16"]);

function loadPrimitiveCases(): PrimitiveCase[] {
  const file = JSON.parse(readFileSync(VECTORS_URL, "utf8")) as { primitives?: { cases?: unknown } };
  const cases = file.primitives?.cases;
  assert.ok(Array.isArray(cases), "vector file: primitives.cases is an array");
  return cases as PrimitiveCase[];
}

function bits(value: unknown, label: string): I32F32 {
  assert.equal(typeof value, "string", `${label}: bits are a decimal string`);
  return I32F32.fromBits(BigInt(value as string));
}

function bitsArray(value: unknown, label: string): I32F32[] {
  assert.ok(Array.isArray(value), `${label}: is an array`);
  return value.map((v, i) => bits(v, `${label}[${i}]`));
}

const cases = loadPrimitiveCases().map((c, index) => ({ c, index }));

test("every primitive kind is claimed by a suite", () => {
  for (const { c, index } of cases) {
    const known = c.fn === MEDIAN || c.fn === SIGMOID || c.fn === TOPK || TESTED_IN_PRIMITIVES.has(c.fn);
    assert.ok(known, `primitives.cases[${index}]: unknown fn kind ${JSON.stringify(c.fn)}`);
  }
});

describe(`yuma-epoch.json primitives: ${MEDIAN}`, () => {
  const selected = cases.filter(({ c }) => c.fn === MEDIAN);
  test("has 18 cases", () => assert.equal(selected.length, 18, `${MEDIAN} case count`));
  for (const { c, index } of selected) {
    const label = `primitives.cases[${index}] ${MEDIAN}`;
    test(`case ${index}`, () => {
      const stake = bitsArray(c.stake_bits, `${label} stake_bits`);
      const score = bitsArray(c.score_bits, `${label} score_bits`);
      // One column: row i holds its single score in column 0 (a 0 score is an explicit entry).
      const matrix: SparseMatrix = score.map((s) => [[0, s]]);
      const [median] = weightedMedianColSparse(stake, matrix, 1, bits(c.kappa_bits, `${label} kappa_bits`));
      assert.equal(median, bits(c.out_bits, `${label} out_bits`), label);
    });
  }
});

describe(`yuma-epoch.json primitives: ${SIGMOID}`, () => {
  const selected = cases.filter(({ c }) => c.fn === SIGMOID);
  test("has 14 cases", () => assert.equal(selected.length, 14, `${SIGMOID} case count`));
  for (const { c, index } of selected) {
    const label = `primitives.cases[${index}] ${SIGMOID}`;
    test(`case ${index}`, () => {
      const args = bitsArray(c.args_bits, `${label} args_bits`);
      assert.equal(args.length, 6, `${label}: six args`);
      const [consensus, weight, bond, low, high, steepness] = args as [
        I32F32,
        I32F32,
        I32F32,
        I32F32,
        I32F32,
        I32F32,
      ];
      const alpha = alphaSigmoid(consensus, weight, bond, low, high, steepness);
      assert.equal(alpha, bits(c.out_bits, `${label} out_bits`), label);
    });
  }
});

describe(`yuma-epoch.json primitives: ${TOPK}`, () => {
  const selected = cases.filter(({ c }) => c.fn === TOPK);
  test("has 5 cases", () => assert.equal(selected.length, 5, `${TOPK} case count`));
  for (const { c, index } of selected) {
    const label = `primitives.cases[${index}] ${TOPK} k=${String(c.k)}`;
    test(`case ${index}: k=${String(c.k)}`, () => {
      assert.ok(Number.isSafeInteger(c.k), `${label}: k is an integer`);
      assert.ok(Array.isArray(c.out), `${label}: out is an array`);
      assert.deepEqual(isTopkNonzero(bitsArray(c.v_bits, `${label} v_bits`), c.k as number), c.out, label);
    });
  }
});
