import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MemoryStore } from "../state/keyValueStore.ts";
import {
  HYPERPARAMETERS,
  hyperparameterDefaults,
  readHyperparameters,
  removeHyperparameters,
  writeHyperparameters,
} from "./hyperparameters.ts";

describe("hyperparameters", () => {
  test("chain.md §8.1 defaults, standard vs fast-blocks", () => {
    const standard = hyperparameterDefaults(false);
    const fast = hyperparameterDefaults(true);
    const differing = (Object.keys(HYPERPARAMETERS) as (keyof typeof HYPERPARAMETERS)[]).filter(
      (name) =>
        JSON.stringify(standard[name], (_k, v) => (typeof v === "bigint" ? `${v}n` : v)) !==
        JSON.stringify(fast[name], (_k, v) => (typeof v === "bigint" ? `${v}n` : v)),
    );
    assert.deepEqual(differing.sort(), ["minAllowedUids", "tempo", "weightsSetRateLimit"]);
    assert.deepEqual(
      [standard.tempo, standard.minAllowedUids, standard.weightsSetRateLimit],
      [360, 64, 100],
      "standard",
    );
    assert.deepEqual([fast.tempo, fast.minAllowedUids, fast.weightsSetRateLimit], [10, 1, 0], "fast");
    const expected: Partial<typeof standard> = {
      activityCutoffFactorMilli: 13_889,
      immunityPeriod: 5_000,
      minAllowedWeights: 1,
      maxAllowedUids: 256,
      maxAllowedValidators: 64,
      kappa: 32_767,
      rho: 10,
      bondsMovingAverage: 900_000n,
      bondsPenalty: 65_535,
      liquidAlphaEnabled: false,
      alphaValues: [45_875, 58_982],
      alphaSigmoidSteepness: 1_000,
      yuma3Enabled: true,
      weightsVersionKey: 0,
      commitRevealWeightsEnabled: false,
      revealPeriodEpochs: 1,
      servingRateLimit: 50,
      burn: 1_000_000_000n,
      minBurn: 500_000n,
      maxBurn: 100_000_000_000n,
      burnHalfLife: 360,
      burnIncreaseMult: 1_260_000_000_000_000_000n,
      registrationAllowed: true,
      transfersEnabled: true,
      recycleOrBurn: "Burn",
      immuneOwnerUidsLimit: 1,
      minNonImmuneUids: 10,
      minChildkeyTake: 0,
      ownerCutEnabled: true,
      emaPriceHalvingBlocks: 201_600,
      rootClaimableThreshold: 500_000n,
      feeRate: 33,
    };
    for (const [name, value] of Object.entries(expected)) {
      assert.deepEqual(standard[name as keyof typeof standard], value, name);
    }
  });

  test("write, read back and remove every item of one netuid", () => {
    const store = new MemoryStore();
    const values = {
      ...hyperparameterDefaults(true),
      alphaValues: [1_700, 60_000] as const,
      recycleOrBurn: "Recycle" as const,
    };
    writeHyperparameters(store, 3, values);
    writeHyperparameters(store, 4, hyperparameterDefaults(false));
    assert.deepEqual(readHyperparameters(store, 3), values);
    removeHyperparameters(store, 3);
    assert.equal(store.entries().filter(([key]) => key.includes("/0000000003")).length, 0);
    assert.deepEqual(readHyperparameters(store, 4), hyperparameterDefaults(false), "netuid 4 untouched");
  });
});
