import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EpochRecord, EpochTerms } from "./runScenario.ts";
import { parseScenario, type Variant } from "./scenario.ts";
import { summarizeVariant } from "./summary.ts";

// uids: 0 honest (stake 300), 1 honest (100), 2 copier (100), 3 miner "a", 4 miner "b" (joins in epoch 1).
function variant(validators: Record<string, unknown>[]): Variant {
  return parseScenario(
    {
      name: "t",
      seed: 1,
      epochs: 2,
      emission_per_epoch_rao: 1000,
      validators,
      miners: [
        { name: "a", quality: 0.2 },
        { name: "b", quality: 0.9, join_epoch: 1 },
      ],
    },
    "summary.json",
  ).variants[0]!;
}

const STAKES = [
  { name: "h1", stake_rao: 300, behaviour: "honest" },
  { name: "h2", stake_rao: 100, behaviour: "honest" },
  { name: "c", stake_rao: 100, behaviour: "copier" },
];

function record(epoch: number, validatorEmission: bigint[], incentive: number[]): EpochRecord {
  const zeros = [0, 0, 0, 0, 0];
  const terms: EpochTerms = {
    active: [true, true, true, true, true],
    newValidatorPermits: [true, true, true, false, false],
    stakeWeight: zeros,
    consensus: zeros,
    incentive,
    dividends: zeros,
    validatorTrust: [65535, 65535, 32767, 0, 0],
    serverEmission: [0n, 0n, 0n, 10n, 20n],
    validatorEmission,
    emission: validatorEmission,
    rawStake: [300n, 100n, 100n, 0n, 0n],
  };
  return { epoch, block: BigInt(epoch + 1) * 360n, terms };
}

describe("summarizeVariant", () => {
  // Per epoch and unit of stake, h1 and h2 earn 1 and the copier 0.5.
  const epochs = [
    record(0, [300n, 100n, 50n, 0n, 0n], [65535, 0, 0, 65535, 0]),
    record(1, [300n, 100n, 50n, 0n, 0n], [0, 0, 0, 16383, 32767]),
  ];

  test("yield per unit of stake relative to the honest validators", () => {
    const summary = summarizeVariant({ variant: variant(STAKES), epochs });
    assert.equal(summary.baseline, "honest");
    assert.deepEqual(
      summary.validators.map((v) => [v.name, v.dividendsRao, v.relativeYield]),
      [
        ["h1", 600n, 1],
        ["h2", 200n, 1],
        ["c", 100n, 0.5],
      ],
    );
    assert.deepEqual(summary.yieldByBehaviour, { honest: 1, copier: 0.5 });
    assert.equal(summary.validators[2]!.meanValidatorTrust, 32767 / 65535);
    assert.equal(summary.validators[2]!.activeEpochs, 2);
  });

  test("without honest validators, all validators are the baseline", () => {
    const copiers = STAKES.map((v) => ({ ...v, behaviour: "copier" }));
    const summary = summarizeVariant({ variant: variant(copiers), epochs });
    assert.equal(summary.baseline, "all validators");
    assert.equal(summary.yieldByBehaviour.copier, 1);
    // All together earn 900 over 1000 stake-epochs: 0.9 is the baseline.
    const yields = summary.validators.map((v) => v.relativeYield!);
    for (const [i, want] of [1 / 0.9, 1 / 0.9, 0.5 / 0.9].entries()) {
      assert.ok(Math.abs(yields[i]! - want) < 1e-12, `validator ${i}: ${yields[i]} ≈ ${want}`);
    }
  });

  test("miners are measured over the epochs they were registered", () => {
    const summary = summarizeVariant({ variant: variant(STAKES), epochs });
    const [a, b] = summary.miners;
    assert.equal(a!.meanIncentive, (65535 + 16383) / 2 / 65535, "a: two epochs");
    assert.equal(b!.meanIncentive, 32767 / 65535, "b: only epoch 1");
    assert.equal(b!.incentiveRao, 20n, "b: server emission of epoch 1 only");
    assert.equal(summary.spearmanLastEpoch, 1, "last epoch: b has the higher quality and incentive");
    assert.equal(summary.spearmanRun, -1, "over the run: a earned more on average despite lower quality");
  });
});
