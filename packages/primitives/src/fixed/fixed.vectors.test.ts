import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { expSafe } from "./exp.ts";
import { I32F32 } from "./i32f32.ts";
import { vecU16MaxUpscaleToU16 } from "./u16Proportion.ts";

// The byte-identical copy of shared/vectors/yuma-epoch.json (yuma.md §10).
const VECTORS_URL = new URL("../../../../test/vectors/yuma-epoch.json", import.meta.url);

type PrimitiveCase = { readonly fn: string; readonly [field: string]: unknown };

function loadPrimitiveCases(): PrimitiveCase[] {
  const file: unknown = JSON.parse(readFileSync(VECTORS_URL, "utf8"));
  const cases = (file as { primitives?: { cases?: unknown } }).primitives?.cases;
  assert.ok(Array.isArray(cases), "vector file: primitives.cases is an array");
  for (const [index, c] of cases.entries()) {
    assert.equal(typeof (c as PrimitiveCase)?.fn, "string", `primitives.cases[${index}]: has a string fn`);
  }
  return cases as PrimitiveCase[];
}

function bits(value: unknown, label: string): bigint {
  assert.equal(typeof value, "string", `${label}: bits are a decimal string`);
  return BigInt(value as string);
}

function u16Array(value: unknown, label: string): number[] {
  assert.ok(
    Array.isArray(value) && value.every((v) => Number.isInteger(v)),
    `${label}: is an array of integers`,
  );
  return value as number[];
}

// Kinds exercised by a later issue (epoch primitives); anything else is unknown and fails the suite.
const LATER_KINDS = new Set(["weighted_median_col_sparse(1 column)", "alpha_sigmoid", "is_topk_nonzero"]);

const cases = loadPrimitiveCases();
const indexed = cases.map((c, index) => ({ c, index }));
const expCases = indexed.filter(({ c }) => c.fn === "exp_safe");
const upscaleCases = indexed.filter(({ c }) => c.fn === "vec_u16_max_upscale_to_u16");

describe("yuma-epoch.json primitives: exp_safe", () => {
  for (const { c, index } of expCases) {
    test(`case ${index}: exp_safe(${c.x_bits})`, () => {
      const label = `primitives.cases[${index}] exp_safe x_bits=${c.x_bits}`;
      const x = I32F32.fromBits(bits(c.x_bits, label));
      assert.equal(expSafe(x), bits(c.out_bits, label), label);
    });
  }
});

describe("yuma-epoch.json primitives: vec_u16_max_upscale_to_u16", () => {
  for (const { c, index } of upscaleCases) {
    test(`case ${index}: [${String(c.in)}]`, () => {
      const label = `primitives.cases[${index}] vec_u16_max_upscale_to_u16 in=[${String(c.in)}]`;
      assert.deepEqual(vecU16MaxUpscaleToU16(u16Array(c.in, label)), u16Array(c.out, label), label);
    });
  }
});

describe("yuma-epoch.json primitives: coverage", () => {
  test("every case is run here or is a known later kind (yuma.md §10.1 counts)", () => {
    const counts = new Map<string, number>();
    for (const { c, index } of indexed) {
      const known = c.fn === "exp_safe" || c.fn === "vec_u16_max_upscale_to_u16" || LATER_KINDS.has(c.fn);
      assert.ok(known, `primitives.cases[${index}]: unknown fn ${c.fn}`);
      counts.set(c.fn, (counts.get(c.fn) ?? 0) + 1);
    }
    assert.equal(expCases.length, 18, "exp_safe cases run");
    assert.equal(upscaleCases.length, 10, "vec_u16_max_upscale_to_u16 cases run");
    assert.equal(counts.get("alpha_sigmoid"), 14, "alpha_sigmoid cases deferred");
    assert.equal(counts.get("weighted_median_col_sparse(1 column)"), 18, "weighted_median cases deferred");
    assert.equal(counts.get("is_topk_nonzero"), 5, "is_topk_nonzero cases deferred");
    assert.equal(cases.length, 65, "primitive cases in total");
  });
});

describe("yuma.md §2.3 exp_safe reference table", () => {
  const table: [string, bigint][] = [
    ["-1", 1580030169n],
    ["-0.5", 2605029348n],
    ["0.5", 7081203935n],
    ["1", 11674931200n],
    ["2", 31735754285n],
    ["10", 94602947905357n],
    ["20", 2066907302758576256n],
    ["-20", 8n],
    ["-25", 8n],
  ];
  for (const [x, out] of table) {
    test(`exp_safe(${x})`, () => {
      assert.equal(expSafe(I32F32.fromDecimal(x)), out, `§2.3 table: exp_safe(${x})`);
    });
  }
  test("exp_safe(20) is the truncated series value 481239357.674…", () => {
    const text = I32F32.toDecimalString(expSafe(I32F32.fromInt(20)), 3);
    assert.equal(text, "481239357.674", "§2.3: exp_safe(20) to 3 digits");
  });
});

describe("yuma.md §4.1 vec_max_upscale_to_u16 examples", () => {
  const table: [number[], number[]][] = [
    [
      [21844, 10922],
      [65535, 32768],
    ],
    [
      [1, 2, 3],
      [21845, 43690, 65535],
    ],
    [
      [40000, 1],
      [65535, 2],
    ],
    [
      [16383, 32767, 49149, 65535],
      [16383, 32767, 49149, 65535],
    ],
  ];
  for (const [input, output] of table) {
    test(`[${input}]`, () => {
      assert.deepEqual(vecU16MaxUpscaleToU16(input), output, `§4.1 table: [${input}]`);
    });
  }
  test("rejects non-u16 input", () => {
    assert.throws(() => vecU16MaxUpscaleToU16([1, 65536]), RangeError, "65536 is not a u16");
    assert.throws(() => vecU16MaxUpscaleToU16([1.5]), TypeError, "1.5 is not an integer");
  });
});
