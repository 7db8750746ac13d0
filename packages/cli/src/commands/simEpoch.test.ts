import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { runTao } from "../../../../test/runTao.ts";

type Step = { label: string; input: Record<string, unknown>; output: Record<string, unknown> };
type Case = { id: string; steps: Step[] };

const vectors = JSON.parse(
  readFileSync(new URL("../../../../test/vectors/yuma-epoch.json", import.meta.url), "utf8"),
);
const steps = (vectors.cases as Case[]).flatMap((c) =>
  c.steps.map((step) => ({ id: `${c.id} / ${step.label}`, ...step })),
);
const first = steps[0]!;

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "opentao-sim-epoch-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

let files = 0;
async function simEpoch(document: unknown) {
  files += 1;
  const file = join(dir, `input-${files}.json`);
  await writeFile(file, typeof document === "string" ? document : JSON.stringify(document));
  return runTao(["sim", "epoch", "--input", file]);
}

function expectBadInput(run: { code: number | null; stdout: string; stderr: string }, message: RegExp) {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stdout, "", "nothing on stdout");
  const lines = run.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, `one line on stderr, got: ${run.stderr}`);
  assert.match(lines[0]!, message);
}

describe("tao sim epoch (yuma.md §11)", () => {
  test("an array of every vector step gives every reference output, in order", async () => {
    const run = await simEpoch(steps.map((step) => step.input));
    assert.equal(run.code, 0, run.stderr);
    const outputs = JSON.parse(run.stdout) as unknown[];
    assert.equal(outputs.length, steps.length);
    steps.forEach((step, i) => {
      assert.deepStrictEqual(outputs[i], step.output, step.id);
    });
  });

  test("one object gives one object", async () => {
    const run = await simEpoch(first.input);
    assert.equal(run.code, 0, run.stderr);
    assert.deepStrictEqual(JSON.parse(run.stdout), first.output);
  });

  test("integers may be decimal strings; large outputs come back as strings", async () => {
    const n = first.input.n as number;
    const big = 2n ** 60n;
    const input = {
      ...first.input,
      current_block: String(first.input.current_block),
      tao_weight_u64: "971718665099567868",
      alpha_stake: Array.from({ length: n }, () => big.toString()),
    };
    const run = await simEpoch(input);
    assert.equal(run.code, 0, run.stderr);
    const output = JSON.parse(run.stdout);
    assert.deepEqual(output.raw_stake, Array(n).fill(big.toString()));
  });
});

describe("bad input: nothing on stdout, one line on stderr, exit 2", () => {
  test("a missing key", async () => {
    const { kappa: _, ...input } = first.input;
    expectBadInput(await simEpoch(input), /kappa: missing/);
  });

  test("a wrong vector length", async () => {
    expectBadInput(
      await simEpoch({ ...first.input, last_update: [0] }),
      /last_update: expected \d+ entries \(one per uid/,
    );
  });

  test("a value out of range, inside an array document", async () => {
    const bad = {
      ...first.input,
      weights: (first.input.weights as unknown[][]).map((row, i) => (i === 1 ? [[0, 70000]] : row)),
    };
    expectBadInput(
      await simEpoch([first.input, bad]),
      /\[1\]\.weights\[1\]\[0\]\[1\]: expected an integer in \[0, 65535\], got 70000/,
    );
  });

  test("null where it is not allowed", async () => {
    expectBadInput(await simEpoch({ ...first.input, tempo: null }), /tempo: expected an integer/);
  });

  test("not JSON", async () => {
    expectBadInput(await simEpoch("{ not json"), /is not JSON/);
  });

  test("an unreadable file", async () => {
    const run = await runTao(["sim", "epoch", "--input", join(dir, "absent.json")]);
    expectBadInput(run, /cannot read .*absent\.json \(ENOENT\)/);
  });
});
