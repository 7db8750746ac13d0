/**
 * `tao sim run` at full subnet size: 1,000 epochs of a 256-UID subnet (64 validators, 192 miners) through
 * the chain's own epoch, with Yuma3, liquid alpha and commit-reveal on, the most expensive path.
 */
import { runScenario } from "../packages/cli/src/sim/runScenario.ts";
import { parseScenario, type Scenario } from "../packages/cli/src/sim/scenario.ts";
import { summarizeVariant } from "../packages/cli/src/sim/summary.ts";
import { type Benchmark, measureTime } from "./harness.ts";

const EPOCHS = 1000;
const VALIDATORS = 64;
const MINERS = 192;

/** 56 honest validators, 4 copiers, 2 lazy and a 2-member cabal; miners of spread quality, a third changing. */
function fullSubnet(): Scenario {
  const behaviourOf = (i: number) => {
    if (i < 56) return { behaviour: "honest", noise: 0.05 };
    if (i < 60) return { behaviour: "copier" };
    if (i < 62) return { behaviour: "lazy", weight_interval: 20, noise: 0.05 };
    return { behaviour: "cabal", boost: ["m0", "m1"], noise: 0.05 };
  };
  const qualityOf = (j: number) => {
    const base = (j + 1) / MINERS;
    if (j % 3 !== 0) return base;
    return [
      { from_epoch: 0, quality: base },
      { from_epoch: 250 + j, quality: 1 - base },
    ];
  };
  return parseScenario(
    {
      name: "bench-256",
      seed: 1,
      epochs: EPOCHS,
      tempo: 360,
      emission_per_epoch_rao: "1000000000",
      yuma_variant: "yuma3",
      liquid_alpha: true,
      commit_reveal: true,
      validators: Array.from({ length: VALIDATORS }, (_, i) => ({
        name: `v${i}`,
        stake_tao: 1000 + 250 * i,
        ...behaviourOf(i),
      })),
      miners: Array.from({ length: MINERS }, (_, j) => ({ name: `m${j}`, quality: qualityOf(j) })),
    },
    "bench-256",
  );
}

export const benchmarks: readonly Benchmark[] = [
  {
    name: "sim run: 1,000 epochs × 256 UIDs (Yuma3, liquid alpha, commit-reveal)",
    target: { atMost: 20_000 },
    async run() {
      const scenario = fullSubnet();
      let spearman: number | null = null;
      const { medianMs, runs } = await measureTime(
        () => {
          const [run] = runScenario(scenario);
          // A run that skipped the epochs would not rank 192 miners by their quality.
          if (run!.epochs.length !== EPOCHS)
            throw new Error(`ran ${run!.epochs.length} epochs, not ${EPOCHS}`);
          spearman = summarizeVariant(run!).spearmanLastEpoch;
          if (spearman === null || spearman < 0.8)
            throw new Error(`incentive does not follow quality: ρ = ${spearman}`);
        },
        { warmup: 0, runs: 1 },
      );
      return {
        value: medianMs,
        unit: "ms",
        detail: `${runs} run of ${EPOCHS} epochs, ${VALIDATORS} validators × ${MINERS} miners; last-epoch ρ = ${(spearman as number | null)?.toFixed(3)}`,
      };
    },
  },
];
