/**
 * Yuma Consensus epoch latency (yuma.md §5): one `runEpoch` call on synthetic subnets, original Yuma
 * and Yuma3 with liquid alpha. Validators (the lowest uids, holding the stake and the permits) each set
 * a full weight row over every uid and hold a full row of existing bonds, the densest sparse input a
 * subnet of that size can have. Inputs come from a seeded PRNG, so every run measures the same work.
 */
import { vecU16MaxUpscaleToU16 } from "@opentao/primitives";
import { type EpochInput, type EpochOutput, runEpoch } from "@opentao/runtime";
import { mulberry32 } from "../test/mulberry32.ts";
import { type Benchmark, measureTime } from "./harness.ts";

type Shape = { readonly n: number; readonly validators: number; readonly yuma3: boolean };

/**
 * A subnet at block 10,000 with tempo 360: uids 0..validators−1 are staked validators with permits and
 * fresh weights; everyone registered at block 1, so no weight or bond is masked as outdated.
 */
function syntheticInput({ n, validators, yuma3 }: Shape): EpochInput {
  const next = mulberry32(0x5eed + n * 31 + validators + (yuma3 ? 1 : 0));
  const u16 = () => next() & 0xffff;
  const isValidator = (i: number) => i < validators;
  const weights = Array.from({ length: n }, (_, i) => {
    if (!isValidator(i)) return [];
    // A full row as set_weights persists it: max-upscaled, in ascending uid order.
    const values = vecU16MaxUpscaleToU16(Array.from({ length: n }, () => 1 + (u16() % 65535)));
    return values.map((w, j) => [j, w] as const);
  });
  const bondValues = Array.from({ length: validators }, () => Array.from({ length: n }, u16));
  if (!yuma3) {
    // Original Yuma persists bonds column max-upscaled: one 65535 per column.
    for (let j = 0; j < n; j++) bondValues[next() % validators]![j] = 65535;
  }
  const bonds = Array.from({ length: n }, (_, i) =>
    isValidator(i) ? bondValues[i]!.map((b, j) => [j, yuma3 ? b >> 4 : b] as const) : [],
  );
  return {
    n,
    currentBlock: 10_000n,
    tempo: 360,
    activityCutoffBlocks: 5000n,
    lastMechanismStepBlock: 0n,
    kappa: 32767,
    bondsPenalty: 65535,
    bondsMovingAverage: yuma3 ? 975_000n : 900_000n,
    yuma3,
    liquidAlpha: yuma3,
    alphaLow: 45875,
    alphaHigh: 58982,
    alphaSigmoidSteepness: 1000,
    maxAllowedValidators: validators,
    stakeThreshold: 0n,
    ownerUid: null,
    taoWeightU64: 0n,
    commitRevealEnabled: true,
    raoEmission: 1_000_000_000n,
    alphaStake: Array.from({ length: n }, (_, i) =>
      isValidator(i) ? 1_000_000_000_000n + BigInt(next()) * 1000n : BigInt(next() % 1000),
    ),
    taoStake: Array.from({ length: n }, () => 0n),
    lastUpdate: Array.from({ length: n }, (_, i) => (isValidator(i) ? 9_990n : 1n)),
    blockAtRegistration: Array.from({ length: n }, () => 1n),
    validatorPermit: Array.from({ length: n }, (_, i) => isValidator(i)),
    commitBlock: Array.from({ length: n }, () => null),
    weights,
    bonds,
  };
}

/** Throws unless the epoch did its work: emission paid out and every validator's bond row written. */
function checkOutput(output: EpochOutput, { n, validators }: Shape): void {
  const paid = [...output.serverEmission, ...output.validatorEmission].reduce((a, b) => a + b, 0n);
  if (paid < 999_000_000n) throw new Error(`expected ~1e9 rao paid out, got ${paid}`);
  for (let i = 0; i < validators; i++) {
    if (!output.newValidatorPermits[i] || output.bondsOut[i]!.length === 0) {
      throw new Error(`validator ${i}: expected a permit and a bond row`);
    }
  }
  if (output.bondsOut.length !== n) throw new Error(`expected ${n} bond rows, got ${output.bondsOut.length}`);
}

function epochBenchmark(shape: Shape, atMost: number, runs: number): Benchmark {
  const variant = shape.yuma3 ? "Yuma3 + liquid alpha" : "original Yuma";
  const entries = shape.n * shape.validators;
  return {
    name: `epoch ${shape.n} uids, ${shape.validators} validators, ${variant}`,
    target: { atMost },
    async run() {
      const input = syntheticInput(shape);
      checkOutput(runEpoch(input), shape);
      const { medianMs, minMs, maxMs } = await measureTime(() => runEpoch(input), { warmup: 2, runs });
      return {
        value: medianMs,
        unit: "ms",
        detail: `median of ${runs} (${minMs.toFixed(1)}–${maxMs.toFixed(1)} ms); ${entries.toLocaleString("en-US")} weights + as many bonds`,
      };
    },
  };
}

export const benchmarks: readonly Benchmark[] = [
  epochBenchmark({ n: 256, validators: 64, yuma3: false }, 15, 21),
  epochBenchmark({ n: 256, validators: 64, yuma3: true }, 15, 21),
  epochBenchmark({ n: 4096, validators: 256, yuma3: false }, 1000, 5),
  epochBenchmark({ n: 4096, validators: 256, yuma3: true }, 1000, 5),
];
