import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Prng, splitmix64 } from "./prng.ts";

describe("Prng", () => {
  test("SplitMix64 reproduces the reference outputs for seed 1234567", () => {
    // The published first five outputs of splitmix64.c for this seed.
    const expected = [
      6457827717110365317n,
      3203168211198807973n,
      9817491932198370423n,
      4593380528125082431n,
      16408922859458223821n,
    ];
    let state = 1234567n;
    for (const [i, want] of expected.entries()) {
      const step = splitmix64(state);
      state = step.state;
      assert.equal(step.output, want, `splitmix64 output ${i}`);
    }
  });

  test("xoshiro128** 1.1 reproduces the reference C outputs for state [0, 1, 2, 3]", () => {
    const expected = [
      5760, 17280, 2966400, 32451840, 2604340873, 3891234569, 1254043636, 216095511, 3291724652, 2070429911,
    ];
    const prng = new Prng([0, 1, 2, 3]);
    for (const [i, want] of expected.entries())
      assert.equal(prng.nextU32(), want, `xoshiro128** output ${i}`);
  });

  test("an all-zero state is refused", () => {
    assert.throws(() => new Prng([0, 0, 0, 0]), RangeError);
  });

  test("the same seed gives the same stream, another seed a different one", () => {
    const draw = (seed: bigint) => {
      const prng = Prng.fromSeed(seed);
      return Array.from({ length: 8 }, () => prng.nextU32());
    };
    assert.deepEqual(draw(42n), draw(42n), "seed 42 twice");
    assert.notDeepEqual(draw(42n), draw(43n), "seeds 42 and 43");
  });

  test("floats lie in [0, 1) and the noise has the size asked for", () => {
    const prng = Prng.fromSeed(7n);
    const draws = 20_000;
    let sum = 0;
    let squares = 0;
    let widest = 0;
    for (let i = 0; i < draws; i++) {
      const f = prng.nextFloat();
      assert.ok(f >= 0 && f < 1, `float ${f} in [0, 1)`);
      const g = prng.noise("gaussian", 0.1);
      sum += g;
      squares += g * g;
      widest = Math.max(widest, Math.abs(prng.noise("uniform", 0.2)));
    }
    const mean = sum / draws;
    const sd = Math.sqrt(squares / draws - mean * mean);
    assert.ok(Math.abs(mean) < 0.005, `gaussian mean ${mean} ≈ 0`);
    assert.ok(Math.abs(sd - 0.1) < 0.005, `gaussian standard deviation ${sd} ≈ 0.1`);
    assert.ok(widest <= 0.2 && widest > 0.19, `uniform noise within ±0.2, reaching ${widest}`);
    assert.equal(prng.noise("gaussian", 0), 0, "size 0 is no noise");
  });

  test("forks are independent of each other and reproducible", () => {
    const a = Prng.fromSeed(1n);
    const b = Prng.fromSeed(1n);
    const [a1, a2] = [a.fork(), a.fork()];
    const [b1] = [b.fork()];
    const first = Array.from({ length: 4 }, () => a1.nextU32());
    assert.deepEqual(
      first,
      Array.from({ length: 4 }, () => b1.nextU32()),
      "same parent seed, same first fork",
    );
    assert.notDeepEqual(
      first,
      Array.from({ length: 4 }, () => a2.nextU32()),
      "second fork differs",
    );
  });
});
