/**
 * The simulator's only source of randomness: xoshiro128** 1.1 (Blackman and Vigna,
 * https://prng.di.unimi.it/xoshiro128starstar.c), seeded through SplitMix64 as its authors recommend.
 * Everything is integer arithmetic, so a seed reproduces a run bit for bit on every machine.
 */

const U64_MASK = (1n << 64n) - 1n;
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;
const TWO_POW_32 = 2 ** 32;

/** One step of SplitMix64 (Steele, Lea and Flood): returns the next state and its 64-bit output. */
export function splitmix64(state: bigint): { state: bigint; output: bigint } {
  const next = (state + GOLDEN_GAMMA) & U64_MASK;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & U64_MASK;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & U64_MASK;
  return { state: next, output: z ^ (z >> 31n) };
}

/** Noise added to a validator's observation of a miner: Gaussian (standard deviation) or uniform (half-width). */
export type NoiseKind = "gaussian" | "uniform";

/** A seeded xoshiro128** generator. */
export class Prng {
  readonly #s = new Uint32Array(4);

  /** Starts from a raw 128-bit state (four u32 words, not all zero); for reference-vector tests. */
  constructor(state: readonly [number, number, number, number]) {
    this.#s.set(state);
    if (this.#s.every((word) => word === 0)) throw new RangeError("xoshiro128** state must not be all zero");
  }

  /** A generator seeded from a 64-bit seed: its state is the first two SplitMix64 outputs. */
  static fromSeed(seed: bigint): Prng {
    let state = BigInt.asUintN(64, seed);
    const words: number[] = [];
    for (let i = 0; i < 2; i++) {
      const step = splitmix64(state);
      state = step.state;
      words.push(Number(step.output & 0xffffffffn), Number(step.output >> 32n));
    }
    // SplitMix64 never yields two zero outputs in a row, so the state is never all zero.
    return new Prng(words as [number, number, number, number]);
  }

  /** The next 32-bit output. */
  nextU32(): number {
    const s = this.#s;
    const [s0, s1, s2, s3] = [s[0]!, s[1]!, s[2]!, s[3]!];
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    const t2 = s2 ^ s0;
    const t3 = s3 ^ s1;
    s[0] = s0 ^ t3;
    s[1] = s1 ^ t2;
    s[2] = t2 ^ t;
    s[3] = rotl(t3, 11);
    return result;
  }

  /** A float in [0, 1) with 32 random bits (exact: a u32 divided by 2^32). */
  nextFloat(): number {
    return this.nextU32() / TWO_POW_32;
  }

  /**
   * An approximately standard normal draw: the sum of 12 uniforms minus 6 (Irwin–Hall). It needs only
   * additions, so unlike Box–Muller (log, cos) it cannot differ between platforms' maths libraries.
   */
  nextGaussian(): number {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += this.nextFloat();
    return sum - 6;
  }

  /** Noise of the given kind and size: Gaussian with standard deviation `size`, or uniform in ±`size`. */
  noise(kind: NoiseKind, size: number): number {
    if (size === 0) return 0;
    return kind === "gaussian" ? this.nextGaussian() * size : (this.nextFloat() * 2 - 1) * size;
  }

  /** An independent generator seeded from this one's next 64 bits (one stream per validator). */
  fork(): Prng {
    const low = BigInt(this.nextU32());
    return Prng.fromSeed((BigInt(this.nextU32()) << 32n) | low);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
