import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import {
  HYPERPARAMETER_DEFAULTS,
  minerQualityAt,
  neuronsOf,
  parseScenario,
  ScenarioError,
} from "./scenario.ts";

const minimal = {
  name: "minimal",
  seed: 1,
  epochs: 3,
  emission_per_epoch_rao: "1000000000",
  validators: [{ name: "v", stake_tao: 100, behaviour: "honest" }],
  miners: [{ name: "m", quality: 0.5 }],
};

describe("parseScenario", () => {
  test("fills in the chain's defaults", () => {
    const { variants, description } = parseScenario(minimal, "minimal.json");
    assert.equal(description, "");
    assert.equal(variants.length, 1);
    const [variant] = variants;
    assert.equal(variant!.name, "base");
    assert.deepEqual(variant!.hyperparameters, HYPERPARAMETER_DEFAULTS);
    assert.equal(variant!.hyperparameters.kappa, 32767);
    assert.equal(variant!.hyperparameters.activity_cutoff_factor_milli, 13889);
    assert.equal(variant!.tempo, 360);
    assert.equal(variant!.yuma_variant, "yuma3");
    assert.equal(variant!.commit_reveal, false);
    assert.equal(variant!.reveal_period_epochs, 1);
    assert.equal(variant!.emission_per_epoch_rao, 1_000_000_000n);
    assert.deepEqual(variant!.validators[0], {
      name: "v",
      behaviour: "honest",
      join_epoch: 0,
      weight_interval: 1,
      noise: 0,
      noise_kind: "gaussian",
      moving_average_alpha: 0.1,
      stake_rao: 100_000_000_000n,
    });
  });

  test("stake in rao, as a number or a decimal string", () => {
    for (const stake of [5, "5"]) {
      const scenario = parseScenario(
        { ...minimal, validators: [{ name: "v", stake_rao: stake, behaviour: "copier" }] },
        "rao.json",
      );
      assert.equal(scenario.variants[0]!.validators[0]!.stake_rao, 5n, `stake_rao ${JSON.stringify(stake)}`);
    }
  });

  test("compare entries override settings; hyperparameters merge key by key", () => {
    const { variants } = parseScenario(
      {
        ...minimal,
        hyperparameters: { kappa: 40000 },
        compare: [
          { name: "plain" },
          { name: "cr", commit_reveal: true, reveal_period_epochs: 3, hyperparameters: { bonds_penalty: 0 } },
        ],
      },
      "compare.json",
    );
    assert.deepEqual(
      variants.map((v) => [v.name, v.commit_reveal, v.reveal_period_epochs]),
      [
        ["plain", false, 1],
        ["cr", true, 3],
      ],
    );
    assert.equal(variants[1]!.hyperparameters.kappa, 40000, "the base's kappa survives the override");
    assert.equal(variants[1]!.hyperparameters.bonds_penalty, 0, "the override's bonds_penalty");
    assert.equal(variants[0]!.hyperparameters.bonds_penalty, 65535, "other variants keep the default");
  });

  test("uids: validators first, then miners, in file order", () => {
    const scenario = parseScenario(
      {
        ...minimal,
        validators: [...minimal.validators, { name: "c", stake_tao: 1, behaviour: "copier" }],
        miners: [...minimal.miners, { name: "m2", quality: 0.1 }],
      },
      "order.json",
    );
    assert.deepEqual(
      neuronsOf(scenario.variants[0]!).map((neuron) => [neuron.uid, neuron.role, neuron.spec.name]),
      [
        [0, "validator", "v"],
        [1, "validator", "c"],
        [2, "miner", "m"],
        [3, "miner", "m2"],
      ],
    );
  });

  test("a quality schedule holds each step until the next", () => {
    const miner = parseScenario(
      {
        ...minimal,
        miners: [
          {
            name: "m",
            quality: [
              { from_epoch: 0, quality: 0.2 },
              { from_epoch: 10, quality: 0.9 },
            ],
          },
        ],
      },
      "steps.json",
    ).variants[0]!.miners[0]!;
    assert.deepEqual(
      [0, 9, 10, 50].map((epoch) => minerQualityAt(miner, epoch)),
      [0.2, 0.2, 0.9, 0.9],
    );
  });

  // Each case: a change to the minimal scenario, the key the error must name, and words of its problem.
  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ["missing epochs", { epochs: undefined }, "epochs", /missing/],
    ["fractional epochs", { epochs: 1.5 }, "epochs", /integer, got 1\.5/],
    ["negative seed", { seed: -1 }, "seed", /≥ 0, got -1/],
    ["tempo below 3", { tempo: 2 }, "tempo", /≥ 3/],
    ["emission not digits", { emission_per_epoch_rao: "1e9" }, "emission_per_epoch_rao", /decimal digits/],
    ["unknown top-level key", { epoch: 3 }, "epoch", /unknown key/],
    ["unknown Yuma variant", { yuma_variant: "yuma2" }, "yuma_variant", /"yuma" or "yuma3", got "yuma2"/],
    [
      "liquid alpha without Yuma3",
      { yuma_variant: "yuma", liquid_alpha: true },
      "liquid_alpha",
      /only Yuma3 uses liquid alpha/,
    ],
    ["kappa above u16", { hyperparameters: { kappa: 65536 } }, "hyperparameters.kappa", /≤ 65535/],
    ["misspelt hyperparameter", { hyperparameters: { kapa: 1 } }, "hyperparameters.kapa", /unknown key/],
    [
      "alpha_low above alpha_high",
      { hyperparameters: { alpha_high: 100 } },
      "hyperparameters.alpha_low",
      /above/,
    ],
    [
      "unknown behaviour",
      { validators: [{ name: "v", stake_tao: 1, behaviour: "sneaky" }] },
      "validators[0].behaviour",
      /"honest", "copier", "lazy" or "cabal"/,
    ],
    [
      "two stakes",
      { validators: [{ name: "v", stake_tao: 1, stake_rao: 1, behaviour: "honest" }] },
      "validators[0]",
      /exactly one of stake_tao and stake_rao/,
    ],
    [
      "TAO with 10 decimals",
      { validators: [{ name: "v", stake_tao: "0.0000000001", behaviour: "honest" }] },
      "validators[0].stake_tao",
      /at most 9 decimals/,
    ],
    [
      "lazy without an interval",
      { validators: [{ name: "v", stake_tao: 1, behaviour: "lazy" }] },
      "validators[0].weight_interval",
      /missing/,
    ],
    [
      "copier with noise",
      { validators: [{ name: "v", stake_tao: 1, behaviour: "copier", noise: 0.1 }] },
      "validators[0].noise",
      /unknown key/,
    ],
    [
      "cabal boosting a stranger",
      { validators: [{ name: "v", stake_tao: 1, behaviour: "cabal", boost: ["ghost"] }] },
      "validators[0].boost[0]",
      /"ghost" is not one of the scenario's miners/,
    ],
    ["quality above 1", { miners: [{ name: "m", quality: 1.5 }] }, "miners[0].quality", /≤ 1, got 1\.5/],
    [
      "steps out of order",
      {
        miners: [
          {
            name: "m",
            quality: [
              { from_epoch: 0, quality: 0.1 },
              { from_epoch: 0, quality: 0.2 },
            ],
          },
        ],
      },
      "miners[0].quality[1].from_epoch",
      /increasing/,
    ],
    [
      "schedule not starting at 0",
      { miners: [{ name: "m", quality: [{ from_epoch: 5, quality: 0.1 }] }] },
      "miners[0].quality[0].from_epoch",
      /start at 0/,
    ],
    [
      "duplicate name",
      { miners: [{ name: "v", quality: 0.1 }] },
      "miners[0].name",
      /already used by validators\[0\]/,
    ],
    ["no miners", { miners: [] }, "miners", /at least 1 entry/],
    [
      "a bad override is named under compare",
      { compare: [{ name: "a" }, { name: "b", reveal_period_epochs: 0 }] },
      "compare[1].reveal_period_epochs",
      /≥ 1/,
    ],
    [
      "a cross-key problem from an override is named under compare",
      { compare: [{ name: "a" }, { name: "b", yuma_variant: "yuma", liquid_alpha: true }] },
      "compare[1].liquid_alpha",
      /only Yuma3/,
    ],
    [
      "two variants with one name",
      { compare: [{ name: "a" }, { name: "a" }] },
      "compare[1].name",
      /own name/,
    ],
  ];
  for (const [label, change, key, problem] of invalid) {
    test(`invalid: ${label} names ${key}`, () => {
      assert.throws(
        () => parseScenario({ ...minimal, ...change }, "bad.json"),
        (error: unknown) => {
          assert.ok(error instanceof ScenarioError, `${label}: a ScenarioError`);
          assert.equal(error.key, key, `${label}: the key`);
          assert.match(error.shortMessage, problem, `${label}: the problem`);
          assert.ok(error.shortMessage.startsWith(`bad.json: ${key}: `), `${label}: ${error.shortMessage}`);
          assert.doesNotMatch(error.shortMessage, /\n/, `${label}: one line`);
          return true;
        },
      );
    });
  }

  test("every shipped scenario is valid", () => {
    const dir = new URL("../../../../examples/scenarios/", import.meta.url);
    const files = readdirSync(dir).filter((file) => file.endsWith(".json"));
    assert.ok(files.length >= 5, `at least 5 scenarios, found ${files.length}`);
    for (const file of files) {
      const scenario = parseScenario(JSON.parse(readFileSync(new URL(file, dir), "utf8")), file);
      assert.ok(scenario.description.length > 0, `${file} has a description`);
    }
  });
});
