/**
 * `runEpoch`'s two paths against each other (yuma.md §5): seeded random epochs, including the shapes
 * the vectors do not cover (yuma.md §13: commit-reveal masks, tao weight, last_mechanism_step_block,
 * owners, unsorted rows, duplicate and out-of-range columns, explicit zeros), must give identical
 * outputs on the fast path and on the bigint reference; inputs outside the fast path's exact range
 * must fall back to the reference.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { uniformRandom } from "../../../../test/mulberry32.ts";
import type { EpochInput, SparseRowU16 } from "./epochTypes.ts";
import { FastDomainError } from "./fastMath.ts";
import { __TESTS, runEpoch } from "./runEpoch.ts";

const { runEpochFast, runEpochReference } = __TESTS;

function randomInput(next: () => number): EpochInput {
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(...options: T[]): T => options[int(options.length)]!;
  const chance = (p: number) => next() < p;
  const u64 = () => BigInt(int(2 ** 32)) * BigInt(int(2 ** 32)) + BigInt(int(2 ** 32));
  const n = pick(1, 2, 3, 5, 8, 13, 24, 40);
  const currentBlock = BigInt(50 + int(200));
  const block = () => BigInt(int(Number(currentBlock) + 1));
  const row = (maxColumn: number, value: () => number): SparseRowU16 => {
    const pairs: [number, number][] = [];
    for (let j = 0; j < maxColumn; j++) if (chance(0.6)) pairs.push([j, value()]);
    if (chance(0.1) && pairs.length > 0) pairs.push([pairs[int(pairs.length)]![0], value()]); // duplicate
    if (chance(0.15)) for (let t = pairs.length - 1; t > 0; t--) pairs.push(...pairs.splice(int(t + 1), 1)); // shuffle
    return pairs;
  };
  const weightValue = () => (chance(0.15) ? 0 : chance(0.3) ? 65535 : int(65536));
  return {
    n,
    currentBlock,
    tempo: pick(1, 2, 10, 360, 65534),
    activityCutoffBlocks: BigInt(pick(1, 5, 13, 5000)),
    lastMechanismStepBlock: chance(0.3) ? block() : 0n,
    kappa: pick(32767, 0, 65535, int(65536)),
    bondsPenalty: pick(0, 65535, int(65536)),
    bondsMovingAverage: BigInt(pick(900_000, 975_000, 0, 1_000_000, int(1_000_001))),
    yuma3: chance(0.5),
    liquidAlpha: chance(0.6),
    alphaLow: pick(6553, 45875, int(65536)),
    alphaHigh: pick(19660, 58982, int(65536)),
    alphaSigmoidSteepness: pick(1000, 100, 5000, int(65536) - 32768),
    maxAllowedValidators: int(n + 3),
    stakeThreshold: chance(0.2) ? BigInt(int(2000)) : 0n,
    ownerUid: chance(0.4) ? int(n) : null,
    taoWeightU64: chance(0.3) ? u64() : 0n,
    commitRevealEnabled: chance(0.5),
    raoEmission: pick(1_000_000_000n, 0n, u64()),
    alphaStake: Array.from({ length: n }, () => (chance(0.25) ? 0n : BigInt(pick(1, 1000, int(2 ** 40))))),
    taoStake: Array.from({ length: n }, () => (chance(0.7) ? 0n : BigInt(int(2 ** 40)))),
    lastUpdate: Array.from({ length: n }, block),
    blockAtRegistration: Array.from({ length: n }, () => (chance(0.5) ? 0n : block())),
    validatorPermit: Array.from({ length: n }, () => chance(0.6)),
    commitBlock: Array.from({ length: n }, () => (chance(0.5) ? null : block())),
    // Columns up to n + 2: weights beyond n are filtered on read, bonds beyond n are kept and ignored.
    weights: Array.from({ length: n }, () => (chance(0.3) ? [] : row(n + 2, weightValue))),
    bonds: Array.from({ length: n }, () => (chance(0.3) ? [] : row(n + 2, () => int(65536)))),
  };
}

describe("fast path = bigint reference", () => {
  test("1,500 random epochs", () => {
    const next = uniformRandom(20240601);
    let fast = 0;
    for (let k = 0; k < 1500; k++) {
      const input = randomInput(next);
      const label = `random epoch ${k} (n=${input.n}, yuma3=${input.yuma3}, liquid=${input.liquidAlpha})`;
      const reference = runEpochReference(input);
      let fastOutput: ReturnType<typeof runEpoch> | undefined;
      try {
        fastOutput = runEpochFast(input);
        fast += 1;
      } catch (error) {
        assert.ok(error instanceof FastDomainError, `${label}: only FastDomainError leaves the fast path`);
      }
      if (fastOutput !== undefined) assert.deepStrictEqual(fastOutput, reference, `${label}: fast path`);
      assert.deepStrictEqual(runEpoch(input), reference, `${label}: runEpoch`);
    }
    // The comparison means little unless nearly every epoch stays on the fast path.
    assert.ok(fast >= 1450, `random epochs on the fast path: expected ≥ 1450, got ${fast}`);
  });

  test("dense rows: 20 epochs of 96 uids, 24 validators weighting every uid", () => {
    const next = uniformRandom(7);
    for (let k = 0; k < 20; k++) {
      const base = randomInput(next);
      const n = 96;
      const full = () => Array.from({ length: n }, (_, j) => [j, Math.floor(next() * 65536)] as const);
      const input: EpochInput = {
        ...base,
        n,
        maxAllowedValidators: 24,
        ownerUid: null,
        alphaStake: Array.from({ length: n }, (_, i) => (i < 24 ? BigInt(1e12 + k * 1e9 + i) : 10n)),
        taoStake: Array.from({ length: n }, () => 0n),
        lastUpdate: Array.from({ length: n }, () => base.currentBlock),
        blockAtRegistration: Array.from({ length: n }, () => 0n),
        validatorPermit: Array.from({ length: n }, (_, i) => i < 24),
        commitBlock: Array.from({ length: n }, () => null),
        weights: Array.from({ length: n }, (_, i) => (i < 24 ? full() : [])),
        bonds: Array.from({ length: n }, (_, i) => (i < 24 ? full() : [])),
      };
      assert.deepStrictEqual(runEpochFast(input), runEpochReference(input), `dense epoch ${k}`);
    }
  });
});

describe("fallback to the reference", () => {
  const input: EpochInput = {
    n: 3,
    currentBlock: 100n,
    tempo: 1,
    activityCutoffBlocks: 13n,
    lastMechanismStepBlock: 0n,
    kappa: 32767,
    bondsPenalty: 65535,
    bondsMovingAverage: 900_000n,
    yuma3: false,
    liquidAlpha: false,
    alphaLow: 45875,
    alphaHigh: 58982,
    alphaSigmoidSteepness: 1000,
    maxAllowedValidators: 3,
    stakeThreshold: 0n,
    ownerUid: null,
    taoWeightU64: 0n,
    commitRevealEnabled: false,
    raoEmission: 1_000_000_000n,
    alphaStake: [10n, 20n, 0n],
    taoStake: [0n, 0n, 0n],
    lastUpdate: [99n, 99n, 99n],
    blockAtRegistration: [1n, 1n, 1n],
    validatorPermit: [true, true, false],
    commitBlock: [null, null, null],
    weights: [[[2, 65535]], [[2, 65535]], []],
    bonds: [[[2, 65535]], [[2, 30000]], []],
  };

  test("bonds_moving_average above 10^6 (a negative EMA alpha) runs on the reference", () => {
    for (const yuma3 of [false, true]) {
      const odd = { ...input, yuma3, bondsMovingAverage: 3_000_000n };
      assert.throws(() => runEpochFast(odd), FastDomainError, `yuma3=${yuma3}: fast path refuses`);
      assert.deepStrictEqual(runEpoch(odd), runEpochReference(odd), `yuma3=${yuma3}: runEpoch = reference`);
    }
  });

  test("block numbers above 2^53 − 1 run on the reference", () => {
    const late = { ...input, currentBlock: 2n ** 60n, lastUpdate: [2n ** 60n, 2n ** 60n, 1n] };
    assert.throws(() => runEpochFast(late), FastDomainError, "fast path refuses");
    assert.deepStrictEqual(runEpoch(late), runEpochReference(late), "runEpoch = reference");
  });

  test("the vector-shaped input itself stays on the fast path", () => {
    assert.deepStrictEqual(runEpochFast(input), runEpochReference(input), "fast = reference");
  });
});

describe("edges", () => {
  test("an empty subnet (n = 0)", () => {
    const empty: EpochInput = {
      ...randomInput(uniformRandom(1)),
      n: 0,
      alphaStake: [],
      taoStake: [],
      lastUpdate: [],
      blockAtRegistration: [],
      validatorPermit: [],
      commitBlock: [],
      weights: [],
      bonds: [],
      ownerUid: null,
    };
    const output = runEpoch(empty);
    assert.deepStrictEqual(output, runEpochReference(empty), "n = 0");
    assert.deepEqual(output.bondsOut, [], "no rows");
  });

  test("a per-uid vector of the wrong length is refused, naming it", () => {
    const bad = { ...randomInput(uniformRandom(2)), n: 3, alphaStake: [1n] };
    assert.throws(() => runEpoch(bad), /runEpoch alphaStake: expected length n=3, got length=1/);
  });
});
