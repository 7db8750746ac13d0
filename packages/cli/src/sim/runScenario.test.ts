import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { resultJson } from "./format.ts";
import { runScenario, type VariantRun } from "./runScenario.ts";
import { parseScenario, type Scenario } from "./scenario.ts";
import { summarizeVariant } from "./summary.ts";

/** A shipped scenario from examples/scenarios/. */
function shipped(file: string): Scenario {
  const url = new URL(`../../../../examples/scenarios/${file}`, import.meta.url);
  return parseScenario(JSON.parse(readFileSync(url, "utf8")), file);
}

function variantNamed(runs: readonly VariantRun[], name: string): VariantRun {
  const run = runs.find((r) => r.variant.name === name);
  assert.ok(run, `variant "${name}" exists`);
  return run;
}

function uidOf(run: VariantRun, name: string): number {
  const uid = [...run.variant.validators, ...run.variant.miners].findIndex((neuron) => neuron.name === name);
  assert.ok(uid >= 0, `neuron "${name}" exists`);
  return uid;
}

describe("runScenario through the chain's epoch", () => {
  test("determinism: the same seed gives identical JSON, another seed different JSON", () => {
    const scenario = { ...shipped("honest-baseline.json"), epochs: 12 };
    const json = (seed: number) => {
      const runs = runScenario({ ...scenario, seed });
      return JSON.stringify(resultJson({ ...scenario, seed }, runs, runs.map(summarizeVariant)));
    };
    assert.equal(json(1), json(1), "seed 1 twice");
    assert.notEqual(json(1), json(2), "seeds 1 and 2");
  });

  test("honest-baseline: incentive ranks miners like their true quality (Spearman > 0.8)", () => {
    const [summary] = runScenario(shipped("honest-baseline.json")).map(summarizeVariant);
    assert.ok(summary!.spearmanRun! > 0.8, `ρ over the run = ${summary!.spearmanRun}`);
    assert.ok(summary!.spearmanLastEpoch! > 0.8, `ρ in the last epoch = ${summary!.spearmanLastEpoch}`);
    for (const validator of summary!.validators) {
      const yieldRatio = validator.relativeYield!;
      assert.ok(Math.abs(yieldRatio - 1) < 0.1, `${validator.name} earns like the others: ${yieldRatio}`);
    }
  });

  test("weight-copying: the copier earns relatively less the longer commit-reveal hides the weights", () => {
    const summaries = runScenario(shipped("weight-copying.json")).map(summarizeVariant);
    const copier = (variant: string) =>
      summaries.find((s) => s.variant === variant)!.yieldByBehaviour.copier!;
    const [off, one, three] = [
      copier("commit-reveal off"),
      copier("commit-reveal, 1 epoch"),
      copier("commit-reveal, 3 epochs"),
    ];
    assert.ok(off < 1, `copying already lags without commit-reveal: ${off}`);
    assert.ok(one < off, `commit-reveal (1 epoch) ${one} < off ${off}`);
    assert.ok(three < one, `commit-reveal (3 epochs) ${three} < 1 epoch ${one}`);
  });

  test("lazy-validator: past the activity cutoff the lazy validator is inactive and earns nothing (Yuma3)", () => {
    const runs = runScenario(shipped("lazy-validator.json"));
    const run = variantNamed(runs, "yuma3");
    const lazy = uidOf(run, "lazy");
    // Its first call (epoch 0) is refused for want of a permit; the retry in epoch 1 lands at block
    // 2·360 − 1. The chain drops it once last_update + cutoff < current block (yuma.md §5.1).
    const cutoff = BigInt(Math.floor((13889 * 360) / 1000));
    const lastUpdate = 2n * 360n - 1n;
    const firstInactive = run.epochs.find((record) => !record.terms.active[lazy])!;
    assert.equal(firstInactive.epoch, 15, "first inactive epoch");
    assert.ok(lastUpdate + cutoff < firstInactive.block, "the cutoff rule holds there");
    assert.ok(lastUpdate + cutoff >= run.epochs[14]!.block, "and not one epoch earlier");

    const inactive = run.epochs.filter((record) => !record.terms.active[lazy]);
    assert.ok(inactive.length >= 10, `inactive for ${inactive.length} epochs`);
    for (const { epoch, terms } of inactive) {
      assert.equal(terms.dividends[lazy], 0, `epoch ${epoch}: no dividends while inactive`);
      assert.equal(terms.validatorEmission[lazy], 0n, `epoch ${epoch}: no emission while inactive`);
      assert.ok(terms.dividends[0]! > 0, `epoch ${epoch}: the honest v0 still earns`);
    }
    assert.ok(run.epochs[26]!.terms.active[lazy], "active again after its next weights (epoch 26)");

    // Original Yuma pays an inactive validator from its old bonds, decaying every epoch.
    const original = variantNamed(runs, "original yuma");
    const decaying = original.epochs
      .filter((r) => r.epoch >= 15 && r.epoch <= 25)
      .map((r) => r.terms.dividends[lazy]!);
    for (let i = 1; i < decaying.length; i++) {
      assert.ok(decaying[i]! < decaying[i - 1]!, `original Yuma, epoch ${15 + i}: dividends decay`);
    }
  });

  test("late-joiner: no stake or dividends before joining, a permit at once, dividends from the next epoch", () => {
    const run = variantNamed(runScenario(shipped("late-joiner.json")), "yuma3");
    const newcomer = uidOf(run, "newcomer");
    for (const { epoch, terms } of run.epochs.slice(0, 20)) {
      assert.equal(terms.rawStake[newcomer], 0n, `epoch ${epoch}: no stake before joining`);
      assert.equal(terms.newValidatorPermits[newcomer], false, `epoch ${epoch}: no permit before joining`);
    }
    assert.equal(run.epochs[20]!.terms.newValidatorPermits[newcomer], true, "epoch 20: permit by stake");
    assert.equal(run.epochs[20]!.terms.dividends[newcomer], 0, "epoch 20: its weights do not count yet");
    assert.ok(run.epochs[21]!.terms.dividends[newcomer]! > 0, "epoch 21: dividends");
  });

  test("cabal: clipped below half the stake, in control above it", () => {
    const summaries = runScenario(shipped("cabal.json")).map(summarizeVariant);
    const [minority, majority] = summaries;
    assert.ok(
      minority!.yieldByBehaviour.cabal! < 0.8,
      `35%: cabal yield ${minority!.yieldByBehaviour.cabal}`,
    );
    assert.ok(
      majority!.yieldByBehaviour.cabal! > 1.2,
      `60%: cabal yield ${majority!.yieldByBehaviour.cabal}`,
    );
    assert.ok(
      minority!.spearmanRun! > 0.9,
      `35%: incentive still follows quality (${minority!.spearmanRun})`,
    );
    assert.ok(
      majority!.spearmanRun! < 0.7,
      `60%: incentive no longer follows quality (${majority!.spearmanRun})`,
    );
  });
});
