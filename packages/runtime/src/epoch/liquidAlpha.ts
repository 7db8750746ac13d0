/**
 * Yuma3 liquid alpha (yuma.md §5.9b): subtensor's `alpha_sigmoid` and the sparse liquid-alpha matrix
 * (`compute_liquid_alpha_values_sparse` in pallets/subtensor/src/epoch/run_epoch.rs), bit-exact with
 * substrate-fixed v0.6.0. The n × n matrix is never materialised: rows are computed on demand.
 */
import { expSafe, I32F32 } from "@opentao/primitives";
import { EXP_FAST_LIMIT, expBits, mulFloor, ONE_BITS, safeDivBits } from "./fastMath.ts";
import type { SparseMatrix, SparseRow } from "./math.ts";

const ZERO = I32F32.ZERO;
const ONE = I32F32.ONE;
// `I32F32::from_num(0.5)`: exact in binary.
const HALF = I32F32.fromBits(1n << 31n);
const MINUS_100 = I32F32.fromInt(-100);
const HALF_BITS = 2147483648;

/** The per-subnet constants of `alpha_sigmoid`, as I32F32 (yuma.md §5.9b). */
export type AlphaSigmoidParams = {
  /** `I32F32(alpha_low) safe_div 65535`. */
  readonly alphaLow: I32F32;
  /** `I32F32(alpha_high) safe_div 65535`. */
  readonly alphaHigh: I32F32;
  /** `I32F32(alpha_sigmoid_steepness)`: the raw i16, not divided by 100. */
  readonly steepness: I32F32;
};

/** `clamp_value(v, lo, hi)`: `max(min(v, hi), lo)`, in that order (upstream assumes hi > lo). */
function clampValue(v: I32F32, lo: I32F32, hi: I32F32): I32F32 {
  return I32F32.max(I32F32.min(v, hi), lo);
}

/** The sigmoid and alpha of one combined diff (everything in `alpha_sigmoid` after the diff). */
function alphaOfDiff(diff: I32F32, scaledSteepness: I32F32, low: I32F32, high: I32F32): I32F32 {
  const x = I32F32.saturatingMul(scaledSteepness, I32F32.saturatingSub(diff, HALF));
  // saturating_div truncates; 1 + exp_safe(x) ≥ 1, so the divisor is never 0.
  const sigmoid = I32F32.saturatingDiv(ONE, I32F32.saturatingAdd(ONE, expSafe(x)));
  const alpha = I32F32.saturatingAdd(low, I32F32.saturatingMul(sigmoid, I32F32.saturatingSub(high, low)));
  return clampValue(alpha, low, high);
}

/** The diff `alpha_sigmoid` feeds to the sigmoid: buying when `w >= b`, selling otherwise. */
function combinedDiff(consensus: I32F32, weight: I32F32, bond: I32F32): I32F32 {
  return weight >= bond
    ? clampValue(I32F32.saturatingSub(weight, consensus), ZERO, ONE)
    : clampValue(I32F32.saturatingSub(bond, weight), ZERO, ONE);
}

/**
 * `alpha_sigmoid` (yuma.md §5.9b): the EMA alpha of one (validator, server) bond,
 * `low + sigmoid · (high − low)` clamped to [low, high], where
 * `sigmoid = 1 / (1 + exp_safe((steepness / −100) · (diff − 0.5)))`. The steepness is divided by −100
 * first (truncating), then multiplied, exactly as upstream.
 */
export function alphaSigmoid(
  consensus: I32F32,
  weight: I32F32,
  bond: I32F32,
  alphaLow: I32F32,
  alphaHigh: I32F32,
  steepness: I32F32,
): I32F32 {
  const scaled = I32F32.saturatingDiv(steepness, MINUS_100);
  return alphaOfDiff(combinedDiff(consensus, weight, bond), scaled, alphaLow, alphaHigh);
}

/**
 * The liquid alphas `A = liquid_alphas(W_b, B, consensus)` of yuma.md §5.9b, returned as a row accessor:
 * `row(i)` is row i of the dense n × n matrix (n = `consensus.length`). Each call overwrites the same
 * buffer, so a caller must use a row before asking for the next one.
 *
 * Each row walks j = 0..n−1 with forward-only cursors on `W_b[i]` and `B[i]`, exactly as upstream's
 * peekable iterators: an entry is read only when its column equals j, so an unsorted row silently
 * reads some entries as 0 (pitfall 7). Alphas are memoised by their combined diff, the only input that
 * varies within an epoch.
 */
export function liquidAlphas(
  weightsForBonds: SparseMatrix,
  bonds: SparseMatrix,
  consensus: readonly I32F32[],
  params: AlphaSigmoidParams,
): (i: number) => readonly I32F32[] {
  const n = consensus.length;
  const { alphaLow, alphaHigh } = params;
  const scaled = I32F32.saturatingDiv(params.steepness, MINUS_100);
  const memo = new Map<bigint, I32F32>();
  const alphaOf = (diff: I32F32): I32F32 => {
    let alpha = memo.get(diff);
    if (alpha === undefined) {
      alpha = alphaOfDiff(diff, scaled, alphaLow, alphaHigh);
      memo.set(diff, alpha);
    }
    return alpha;
  };
  const row: I32F32[] = new Array<I32F32>(n).fill(ZERO);
  const empty: SparseRow = [];
  return (i) => {
    const wRow = weightsForBonds[i] ?? empty;
    const bRow = bonds[i] ?? empty;
    let wt = 0;
    let bt = 0;
    for (let j = 0; j < n; j++) {
      let weight = ZERO;
      while (wt < wRow.length) {
        const [col, v] = wRow[wt]!;
        if (col < j) wt += 1;
        else {
          // Peek, don't consume: with a duplicate column the first entry is read.
          if (col === j) weight = v;
          break;
        }
      }
      let bond = ZERO;
      while (bt < bRow.length) {
        const [col, v] = bRow[bt]!;
        if (col < j) bt += 1;
        else {
          if (col === j) bond = v;
          break;
        }
      }
      row[j] = alphaOf(combinedDiff(consensus[j]!, weight, bond));
    }
    return row;
  };
}

/**
 * `alpha_sigmoid` for the fast path (fastMath.ts), on I32F32 bits held in doubles: returns
 * `(consensus, weight, bond) => alpha` for one epoch's constants, bit-identical to `alphaSigmoid`.
 * The sigmoid runs in doubles while |x| ≤ 6 (`expBits`) and on bigints otherwise. The alphas of the
 * clamped diffs 0 and 1 are computed once: every weight at or under consensus has diff 0. Other diffs
 * are rarely repeated, so they are not memoised (a map of a million keys cost more than the series).
 */
export function alphaSigmoidBits(
  params: AlphaSigmoidParams,
): (consensus: number, weight: number, bond: number) => number {
  const { alphaLow, alphaHigh } = params;
  const scaled = I32F32.saturatingDiv(params.steepness, MINUS_100);
  const low = Number(alphaLow);
  const high = Number(alphaHigh);
  const scaledBits = Number(scaled);
  const alphaOf = (diff: number): number => {
    const x = mulFloor(scaledBits, diff - HALF_BITS);
    if (!(x <= EXP_FAST_LIMIT && x >= -EXP_FAST_LIMIT)) {
      return Number(alphaOfDiff(BigInt(diff) as I32F32, scaled, alphaLow, alphaHigh));
    }
    const sigmoid = safeDivBits(ONE_BITS, ONE_BITS + expBits(x));
    const alpha = low + mulFloor(sigmoid, high - low);
    // clamp_value: min with high first, then max with low.
    const clipped = alpha > high ? high : alpha;
    return clipped < low ? low : clipped;
  };
  const alphaAtZero = alphaOf(0);
  const alphaAtOne = alphaOf(ONE_BITS);
  return (consensus, weight, bond) => {
    const diff = weight >= bond ? weight - consensus : bond - weight;
    return diff <= 0 ? alphaAtZero : diff >= ONE_BITS ? alphaAtOne : alphaOf(diff);
  };
}
