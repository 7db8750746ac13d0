/**
 * Every epoch step of shared/vectors/yuma-epoch.json (yuma.md §10): each step's `input` through
 * `runEpoch`, every `output` field compared exactly, and every upstream `asserted` entry checked.
 * The fast path alone (no fallback) and the bigint reference alone must give the same output.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { epochOutputToJson, parseEpochInput } from "./epochJson.ts";
import type { EpochOutput } from "./epochTypes.ts";
import { __TESTS, runEpoch } from "./runEpoch.ts";

// The byte-identical copy of shared/vectors/yuma-epoch.json (yuma.md §10).
const VECTORS_URL = new URL("../../../../test/vectors/yuma-epoch.json", import.meta.url);

type Asserted = {
  readonly field: string;
  readonly op: string;
  readonly value: number | boolean;
  readonly uid?: number;
  readonly col?: number;
  readonly tol?: number;
};
type Step = {
  readonly label: string;
  readonly input: unknown;
  readonly output: Record<string, unknown>;
  readonly asserted: readonly Asserted[];
};
type Case = { readonly id: string; readonly steps: readonly Step[] };

const OUTPUT_FIELDS = [
  "active",
  "new_validator_permits",
  "stake_weight",
  "consensus",
  "incentive",
  "dividends",
  "validator_trust",
  "server_emission",
  "validator_emission",
  "emission",
  "raw_stake",
  "bonds_out",
] as const;

function loadCases(): Case[] {
  const file = JSON.parse(readFileSync(VECTORS_URL, "utf8")) as { cases?: unknown };
  assert.ok(Array.isArray(file.cases), "vector file: cases is an array");
  return file.cases as Case[];
}

/** A JSON integer (number or decimal string) as a bigint, so that large values compare exactly. */
function big(value: unknown, label: string): bigint {
  assert.ok(typeof value === "number" || typeof value === "string", `${label}: is an integer`);
  return BigInt(value);
}

function at(output: Record<string, unknown>, field: string, uid: number | undefined, label: string): unknown {
  const values = output[field];
  assert.ok(Array.isArray(values), `${label}: output.${field} is an array`);
  assert.ok(uid !== undefined && uid < values.length, `${label}: uid ${uid} is in range`);
  return values[uid];
}

/** What an `asserted` entry's field reads from the output (yuma.md §10.1 table). */
function assertedActual(output: Record<string, unknown>, a: Asserted, label: string): number | boolean {
  switch (a.field) {
    case "bonds": {
      const row = at(output, "bonds_out", a.uid, label) as [number, number][];
      return row.find(([j]) => j === a.col)?.[1] ?? 0;
    }
    case "dividends_proportion":
      return (at(output, "dividends", a.uid, label) as number) / 65535;
    case "emission":
    case "consensus":
    case "incentive":
    case "dividends":
      return Number(big(at(output, a.field, a.uid, label), label));
    case "validator_permit":
      return at(output, "new_validator_permits", a.uid, label) as boolean;
    case "emission_sum": {
      let total = 0n;
      for (const field of ["server_emission", "validator_emission"]) {
        for (const v of output[field] as unknown[]) total += big(v, label);
      }
      return Number(total);
    }
    case "server_emission_equal": {
      const a1 = big(at(output, "server_emission", a.uid, label), label);
      const a2 = big(at(output, "server_emission", a.col, label), label);
      return a1 === a2 && a1 > 0n;
    }
    default:
      throw new Error(`${label}: unknown asserted field ${a.field}`);
  }
}

function checkAsserted(actual: number | boolean, a: Asserted, label: string): void {
  const message = `${label}: asserted ${a.field}${a.uid === undefined ? "" : ` uid ${a.uid}`}${
    a.col === undefined ? "" : ` col ${a.col}`
  } ${a.op} ${a.value}${a.tol === undefined ? "" : ` ±${a.tol}`}, got ${actual}`;
  switch (a.op) {
    case "eq":
      assert.equal(actual, a.value, message);
      return;
    case "approx":
      assert.ok(a.tol !== undefined, `${message}: approx has a tol`);
      assert.ok(Math.abs((actual as number) - (a.value as number)) <= a.tol, message);
      return;
    case "gt":
      assert.ok((actual as number) > (a.value as number), message);
      return;
    case "ge":
      assert.ok((actual as number) >= (a.value as number), message);
      return;
    case "le":
      assert.ok((actual as number) <= (a.value as number), message);
      return;
    default:
      throw new Error(`${label}: unknown asserted op ${a.op}`);
  }
}

const cases = loadCases();

test("yuma-epoch.json holds 14 cases and 49 steps (yuma.md §10)", () => {
  assert.equal(cases.length, 14, "case count");
  assert.equal(
    cases.reduce((total, c) => total + c.steps.length, 0),
    49,
    "step count",
  );
});

for (const c of cases) {
  describe(c.id, () => {
    c.steps.forEach((step, index) => {
      const label = `${c.id} step ${index} (${step.label})`;
      test(`step ${index}: ${step.label}`, () => {
        const input = parseEpochInput(step.input);
        assert.deepEqual(
          Object.keys(step.output).sort(),
          [...OUTPUT_FIELDS].sort(),
          `${label}: output fields`,
        );
        const paths: [string, (i: typeof input) => EpochOutput][] = [
          ["runEpoch", runEpoch],
          ["fast path", __TESTS.runEpochFast],
          ["reference path", __TESTS.runEpochReference],
        ];
        for (const [path, run] of paths) {
          const output = epochOutputToJson(run(input)) as Record<string, unknown>;
          for (const field of OUTPUT_FIELDS) {
            assert.deepStrictEqual(output[field], step.output[field], `${label} [${path}]: ${field}`);
          }
          for (const a of step.asserted) {
            checkAsserted(assertedActual(output, a, label), a, `${label} [${path}]`);
          }
        }
      });
    });
  });
}
