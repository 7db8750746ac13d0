/**
 * mulberry32: a tiny deterministic 32-bit PRNG for tests and benchmarks, so that random inputs are
 * reproducible without Math.random. Not for anything that needs statistical quality or secrecy.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A uniform double in [0, 1) from mulberry32. */
export function uniformRandom(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}
