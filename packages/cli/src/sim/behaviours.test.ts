import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type Behaviour, createBehaviour, scoresToWeights, type ValidatorView } from "./behaviours.ts";
import { Prng } from "./prng.ts";
import { parseScenario, type ValidatorSpec } from "./scenario.ts";

// uids 0 and 1 are validators, 2…4 miners.
const N = 5;
const MINER_UIDS = new Map([
  ["low", 2],
  ["mid", 3],
  ["high", 4],
]);
const MINERS = [
  { uid: 2, quality: 0.2 },
  { uid: 3, quality: 0.5 },
  { uid: 4, quality: 1 },
];

function spec(validator: Record<string, unknown>): ValidatorSpec {
  const scenario = parseScenario(
    {
      name: "t",
      seed: 1,
      epochs: 1,
      emission_per_epoch_rao: 1,
      validators: [{ name: "v", stake_tao: 1, ...validator }],
      miners: [...MINER_UIDS.keys()].map((name) => ({ name, quality: 0.5 })),
    },
    "behaviour.json",
  );
  return scenario.variants[0]!.validators[0]!;
}

function behaviour(validator: Record<string, unknown>, seed = 1n): Behaviour {
  return createBehaviour(spec(validator), 0, N, MINER_UIDS, Prng.fromSeed(seed));
}

function view(
  epoch: number,
  lastSetEpoch: number | null,
  lastConsensus: number[] | null = null,
): ValidatorView {
  return { epoch, miners: MINERS, lastConsensus, lastSetEpoch };
}

describe("scoresToWeights", () => {
  test("scales to the largest score, rounds, and leaves out zeros", () => {
    const scores = [9, 9, 0.25, 0, 1];
    assert.deepEqual(scoresToWeights([2, 3, 4], scores), { uids: [2, 4], values: [16384, 65535] });
  });

  test("no weights when every score is 0", () => {
    assert.equal(scoresToWeights([2, 3], [0, 0, 0, 0]), null);
  });
});

describe("behaviours", () => {
  test("honest without noise: a moving average of true quality, every epoch", () => {
    const honest = behaviour({ behaviour: "honest", moving_average_alpha: 0.5 });
    // After one observation every score is 0.5 · quality, so the weights are proportional to quality.
    assert.deepEqual(honest.act(view(0, null)), { uids: [2, 3, 4], values: [13107, 32768, 65535] });
    assert.ok(honest.act(view(1, 0)) !== null, "weights again the next epoch");
  });

  test("honest with a weight interval submits only when the interval has passed", () => {
    const honest = behaviour({ behaviour: "honest", weight_interval: 3 });
    const submitted = [0, 1, 2, 3].map((epoch) => honest.act(view(epoch, 0)) !== null);
    assert.deepEqual(submitted, [false, false, false, true]);
  });

  test("a refused call is retried the next epoch", () => {
    const lazy = behaviour({ behaviour: "lazy", weight_interval: 10 });
    assert.ok(lazy.act(view(0, null)) !== null, "first attempt");
    assert.ok(lazy.act(view(1, null)) !== null, "retried after a refusal (no last set epoch)");
    assert.equal(lazy.act(view(2, 1)), null, "accepted at 1: quiet until 11");
    assert.ok(lazy.act(view(11, 1)) !== null, "due again at 11");
  });

  test("lazy evaluates only when it sets weights: its scores lag", () => {
    const lazy = behaviour({ behaviour: "lazy", weight_interval: 2, moving_average_alpha: 1 });
    const first = lazy.act(view(0, null))!;
    const changed = { ...view(2, 0), miners: MINERS.map((m) => ({ ...m, quality: 1 - m.quality })) };
    const later = lazy.act(changed)!;
    assert.deepEqual(first.values, [13107, 32768, 65535], "scores of epoch 0");
    assert.deepEqual(
      later.uids,
      [2, 3],
      "with α = 1 only the newest observation counts; quality 0 drops out",
    );
  });

  test("noise is seeded: same seed, same weights; another seed, other weights", () => {
    const run = (seed: bigint) => {
      const honest = behaviour({ behaviour: "honest", noise: 0.2 }, seed);
      return [0, 1, 2].map((epoch) => honest.act(view(epoch, epoch - 1)));
    };
    assert.deepEqual(run(5n), run(5n), "seed 5 twice");
    assert.notDeepEqual(run(5n), run(6n), "seeds 5 and 6");
  });

  test("copier copies the last consensus, leaving out itself and zeros", () => {
    const copier = behaviour({ behaviour: "copier" });
    assert.equal(copier.act(view(0, null, null)), null, "nothing to copy before the first epoch");
    assert.deepEqual(copier.act(view(1, null, [500, 0, 100, 0, 300])), { uids: [2, 4], values: [100, 300] });
  });

  test("cabal: full marks for its own miners, the rest honestly or zero", () => {
    const honestOthers = behaviour({ behaviour: "cabal", boost: ["low"], moving_average_alpha: 1 });
    assert.deepEqual(honestOthers.act(view(0, null)), { uids: [2, 3, 4], values: [65535, 32768, 65535] });
    const zeroOthers = behaviour({ behaviour: "cabal", boost: ["low"], others: "zero" });
    assert.deepEqual(zeroOthers.act(view(0, null)), { uids: [2], values: [65535] });
  });
});
