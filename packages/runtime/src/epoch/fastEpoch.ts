/**
 * Weights, consensus, incentive, bonds and dividends (yuma.md §5.5–§5.9) on the fast path: the same
 * steps as `consensusTermsReference` in runEpoch.ts, on compressed sparse rows with I32F32 bits held
 * exactly in doubles (fastMath.ts). Any value outside that exact range throws `FastDomainError`, and
 * `runEpoch` falls back to the reference; in every epoch of realistic shape nothing does.
 */
import { I32F32, u16ProportionToFixed } from "@opentao/primitives";
import type { SparseRowU16 } from "./epochTypes.ts";
import {
  type Csr,
  CsrBuilder,
  colClipCsr,
  colMaxUpscale,
  colNormalize,
  colNormalizeU16,
  csrWithValues,
  FastDomainError,
  interpolateCsr,
  matEmaAlphaCsr,
  matEmaCsr,
  matmulCsr,
  matmulTransposeCsr,
  mulFloor,
  normalizeBits,
  ONE_BITS,
  proportionToU16,
  rowHadamardCsr,
  rowNormalizeU16,
  rowSumCsr,
  safeDivBits,
  weightedMedianColCsr,
} from "./fastMath.ts";
import { alphaSigmoidBits } from "./liquidAlpha.ts";
import type { ConsensusTerms, EpochContext } from "./runEpoch.ts";

const SAFE_BLOCK = BigInt(Number.MAX_SAFE_INTEGER);

/** A block number as a double; blocks beyond 2^53 − 1 leave the fast path. */
function block(value: bigint): number {
  if (value > SAFE_BLOCK) throw new FastDomainError(`fast epoch path: block ${value} exceeds 2^53 − 1`);
  return Number(value);
}

/** I32F32 bits as a double, for a vector of proportions (bits ≤ 2^36). */
function proportionBits(values: readonly I32F32[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < 0n || v > 68719476736n) throw new FastDomainError(`fast epoch path: ${v} is not a proportion`);
    out[i] = Number(v);
  }
  return out;
}

const toFixed = (values: Float64Array): I32F32[] => Array.from(values, (v) => BigInt(v) as I32F32);

/** Bond rows for storage: `fixed_proportion_to_u16` per entry, `[]` without a new permit (yuma.md §6.1). */
function bondRows(ema: Csr, permits: readonly boolean[]): SparseRowU16[] {
  const rows: SparseRowU16[] = new Array<SparseRowU16>(ema.rows);
  for (let i = 0; i < ema.rows; i++) {
    if (!permits[i]) {
      rows[i] = [];
      continue;
    }
    const a = ema.start[i]!;
    const row: [number, number][] = new Array<[number, number]>(ema.start[i + 1]! - a);
    for (let t = 0; t < row.length; t++) row[t] = [ema.col[a + t]!, proportionToU16(ema.val[a + t]!)];
    rows[i] = row;
  }
  return rows;
}

/**
 * The bonds matrix, each u16 read through `value`, without the entries to uids (re)registered since the
 * last epoch: `last_tempo <= registered[j]` drops (yuma.md §5.9a, pitfall 11; a column ≥ n reads 0).
 */
function maskedBonds(ctx: EpochContext, registered: Float64Array, value: (u: number) => number): Csr {
  const { input, n } = ctx;
  const lastTempo = block(ctx.lastTempo);
  let capacity = 0;
  for (const row of input.bonds) capacity += row.length;
  const out = new CsrBuilder(n, capacity);
  for (let i = 0; i < n; i++) {
    // Columns ≥ n are kept, as upstream keeps them: the liquid-alpha cursors can stop on them.
    for (const [j, b] of input.bonds[i]!)
      if (!(lastTempo <= (j < n ? registered[j]! : 0))) out.push(j, value(b));
    out.endRow();
  }
  return out.build();
}

/** `consensusTermsReference` on the fast path (yuma.md §5.5–§5.9); throws `FastDomainError` to fall back. */
export function consensusTermsFast(ctx: EpochContext): ConsensusTerms {
  const { input, n } = ctx;
  const activeStake = proportionBits(ctx.activeStake);
  const registered = Float64Array.from(input.blockAtRegistration, block);

  // =============
  // == Weights ==  (yuma.md §5.5)
  // =============
  // The four masks only remove entries, so one pass applies them all: rows without a persisted permit,
  // the diagonal (except the owner's own), weights set at or before the target's registration
  // (pitfall 12) and, under commit-reveal, targets registered after the row's commit (strict <).
  const owner = input.ownerUid;
  let capacity = 0;
  for (const row of input.weights) capacity += row.length;
  const raw = new CsrBuilder(n, capacity);
  for (let i = 0; i < n; i++) {
    if (!ctx.validatorForbids[i]) {
      const updated = block(input.lastUpdate[i]!);
      const cb = input.commitBlock[i] ?? null;
      const commit = input.commitRevealEnabled && cb !== null ? block(cb) : Number.POSITIVE_INFINITY;
      for (const [j, w] of input.weights[i]!) {
        if (j >= n || (j === i && i !== owner)) continue;
        const reg = registered[j]!;
        if (updated <= reg || commit < reg) continue;
        raw.push(j, w);
      }
    }
    raw.endRow();
  }
  const rawWeights = raw.build();
  const weights = csrWithValues(rawWeights, rowNormalizeU16(rawWeights));

  // ================================
  // == Consensus, Validator Trust ==  (yuma.md §5.6, §5.7)
  // ================================
  const consensus = weightedMedianColCsr(activeStake, weights, n, Number(ctx.kappa));
  const clippedWeights = colClipCsr(weights, consensus);
  const validatorTrust = rowSumCsr(clippedWeights);

  // ===============
  // == Incentive ==  (yuma.md §5.7)
  // ===============
  const incentive = matmulCsr(clippedWeights, activeStake, n);
  normalizeBits(incentive);

  // =======================
  // == Weights for bonds ==  (yuma.md §5.8)
  // =======================
  const bondsPenalty = Number(ctx.bondsPenalty);
  const weightsForBonds =
    bondsPenalty === 0
      ? weights
      : bondsPenalty === ONE_BITS
        ? clippedWeights
        : interpolateCsr(weights, clippedWeights, n, bondsPenalty);

  // =========================
  // == Bonds and Dividends ==  (yuma.md §5.9a, §5.9b)
  // =========================
  const emaAlpha = Number(ctx.emaAlpha);
  // 0 ≤ alpha ≤ 1 keeps every EMA value non-negative; bonds_moving_average > 10^6 uses the reference.
  if (!(emaAlpha >= 0 && emaAlpha <= ONE_BITS))
    throw new FastDomainError("fast epoch path: EMA alpha outside [0, 1]");
  let dividends: Float64Array;
  let emaBonds: Csr;
  if (input.yuma3) {
    // ---- Yuma3 (yuma.md §5.9b) ----
    // Read as u16 / 65535, truncating: safe_div(u·2^32, 65535·2^32).
    const bonds = maskedBonds(ctx, registered, (u) => safeDivBits(u, 65535));
    if (input.liquidAlpha && consensus.some((c) => c !== 0)) {
      const alphaOf = alphaSigmoidBits({
        alphaLow: u16ProportionToFixed(input.alphaLow),
        alphaHigh: u16ProportionToFixed(input.alphaHigh),
        steepness: I32F32.fromInt(input.alphaSigmoidSteepness),
      });
      emaBonds = matEmaAlphaCsr(weightsForBonds, bonds, consensus, alphaOf);
    } else {
      emaBonds = matEmaCsr(weightsForBonds, bonds, emaAlpha);
    }
    const emaBondsNorm = csrWithValues(emaBonds, emaBonds.val.slice());
    colNormalize(emaBondsNorm, n);
    dividends = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      // total_bonds_per_validator, then vec_mul (checked_mul cannot overflow on proportions).
      let tbv = 0;
      for (let t = emaBondsNorm.start[i]!; t < emaBondsNorm.start[i + 1]!; t++) {
        const j = emaBondsNorm.col[t]!;
        if (j < n) tbv += mulFloor(emaBondsNorm.val[t]!, incentive[j]!);
      }
      dividends[i] = mulFloor(tbv, activeStake[i]!);
    }
    normalizeBits(dividends);
  } else {
    // ---- Original Yuma (yuma.md §5.9a) ----
    const rawBonds = maskedBonds(ctx, registered, (u) => u);
    const bonds = csrWithValues(rawBonds, colNormalizeU16(rawBonds, n));
    const bondsDelta = rowHadamardCsr(weightsForBonds, activeStake);
    colNormalize(bondsDelta, n);
    emaBonds = matEmaCsr(bondsDelta, bonds, emaAlpha);
    colNormalize(emaBonds, n);
    dividends = matmulTransposeCsr(emaBonds, incentive);
    normalizeBits(dividends);
    colMaxUpscale(emaBonds, n);
  }

  return {
    consensus: toFixed(consensus),
    validatorTrust: toFixed(validatorTrust),
    incentive: toFixed(incentive),
    dividends: toFixed(dividends),
    bondsOut: bondRows(emaBonds, ctx.newValidatorPermits),
  };
}
