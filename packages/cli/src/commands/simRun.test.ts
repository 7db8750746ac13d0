import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { runTao, type TaoRun } from "../../../../test/runTao.ts";

const scenario = (file: string) =>
  fileURLToPath(new URL(`../../../../examples/scenarios/${file}`, import.meta.url));
const BASELINE = scenario("honest-baseline.json");
const COPYING = scenario("weight-copying.json");

const EPOCH_FIELDS = [
  "epoch",
  "block",
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
];

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "opentao-sim-run-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function ok(run: TaoRun): string {
  assert.equal(run.code, 0, `exit code 0 expected; stderr: ${run.stderr}`);
  return run.stdout;
}

/** A usage error: exit 2, nothing on stdout, one line on stderr; returns that line. */
function usageError(run: TaoRun, label: string): string {
  assert.equal(run.code, 2, `${label}: exit code 2; stderr: ${run.stderr}`);
  assert.equal(run.stdout, "", `${label}: nothing on stdout`);
  const lines = run.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, `${label}: one line on stderr, got: ${run.stderr}`);
  return lines[0]!;
}

describe("tao sim run", () => {
  test("--json: the scenario, per-epoch rows with the chain's field names, and a summary", async () => {
    const [first, reseeded] = await Promise.all([
      runTao(["sim", "run", BASELINE, "--json", "--epochs", "6"]),
      runTao(["sim", "run", BASELINE, "--json", "--epochs", "6", "--seed", "99"]),
    ]);
    const document = JSON.parse(ok(first));
    assert.deepEqual(document.scenario, {
      name: "honest-baseline",
      description: document.scenario.description,
      seed: 1,
      epochs: 6,
    });
    assert.equal(document.variants.length, 1);
    const [variant] = document.variants;
    assert.equal(variant.settings.hyperparameters.kappa, 32767, "resolved settings, defaults included");
    assert.equal(variant.epochs.length, 6, "--epochs overrides the file");
    assert.deepEqual(Object.keys(variant.epochs[0]), EPOCH_FIELDS, "epoch row keys");
    assert.equal(variant.epochs[5].block, 6 * 360, "block of epoch 5");
    assert.equal(variant.epochs[5].incentive.length, 12, "one value per uid");
    assert.deepEqual(variant.summary.yield_by_behaviour, { honest: 1 });
    assert.equal(typeof variant.summary.spearman_run, "number");
    assert.equal(variant.summary.validators[0].name, "alice");
    const other = JSON.parse(ok(reseeded));
    assert.equal(other.scenario.seed, 99, "--seed overrides the file");
    assert.notDeepEqual(other.variants[0].epochs, variant.epochs, "another seed, other epochs");
  });

  test("--csv: a header and one row per variant × epoch × uid", async () => {
    const lines = ok(await runTao(["sim", "run", COPYING, "--csv", "--epochs", "3"]))
      .trimEnd()
      .split("\n");
    assert.equal(
      lines[0],
      "variant,epoch,block,uid,name,role,quality,active,new_validator_permits,stake_weight,consensus," +
        "incentive,dividends,validator_trust,server_emission,validator_emission,emission,raw_stake",
    );
    assert.equal(lines.length, 1 + 3 * 3 * 11, "3 variants × 3 epochs × 11 uids");
    const copier = lines.find((line) => line.startsWith("commit-reveal off,2,1080,4,copier,validator,,"));
    assert.ok(copier, "the copier's row of epoch 2");
    assert.equal(copier.split(",").at(-1), "10000000000000", "raw_stake of the copier in rao");
    const miner = lines.find((line) => line.startsWith("commit-reveal off,2,1080,5,m0,miner,"));
    assert.equal(miner?.split(",")[6], "0.2", "the miner's true quality");
  });

  test("the default output: epoch, validator, miner and summary tables", async () => {
    const text = ok(await runTao(["sim", "run", COPYING, "--epochs", "4", "--every", "2"]));
    for (const heading of [
      "Epochs (commit-reveal off), every 2 epochs and the last:",
      "Validators (commit-reveal, 3 epochs):",
      "Miners (commit-reveal, 1 epoch):",
      "Summary:",
    ]) {
      assert.ok(text.includes(heading), `heading "${heading}"`);
    }
    assert.match(text, /copier yield/);
  });

  test("an invalid scenario: exit 2 and one line naming the key", async () => {
    const file = join(dir, "bad.json");
    await writeFile(
      file,
      JSON.stringify({
        name: "bad",
        seed: 1,
        epochs: 3,
        emission_per_epoch_rao: 1000,
        validators: [{ name: "v", stake_tao: 1, behaviour: "sneaky" }],
        miners: [{ name: "m", quality: 0.5 }],
      }),
    );
    const notJson = join(dir, "not.json");
    await writeFile(notJson, "{ name: ");
    const [bad, badJson, broken, missing, both] = await Promise.all([
      runTao(["sim", "run", file]),
      runTao(["sim", "run", file, "--json"]),
      runTao(["sim", "run", notJson]),
      runTao(["sim", "run", join(dir, "missing.json")]),
      runTao(["sim", "run", BASELINE, "--json", "--csv"]),
    ]);
    assert.match(
      usageError(bad, "bad behaviour"),
      /^Error: .*bad\.json: validators\[0\]\.behaviour: expected behaviour "honest", "copier", "lazy" or "cabal" \(examples\/scenarios\/README\.md describes every key\)\.$/,
    );
    const { error } = JSON.parse(usageError(badJson, "bad behaviour, --json"));
    assert.equal(error.name, "ScenarioError");
    assert.match(
      usageError(broken, "not JSON"),
      /not\.json is not valid JSON .*; fix the file and run again\.$/,
    );
    assert.match(
      usageError(missing, "missing file"),
      /Cannot read the scenario .*missing\.json \(no such file\)/,
    );
    assert.match(usageError(both, "--json and --csv"), /Give at most one of --json and --csv\./);
  });
});
