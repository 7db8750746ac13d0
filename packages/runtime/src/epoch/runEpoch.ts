/**
 * One Yuma Consensus epoch of one subnet mechanism: the production sparse path (yuma.md §5, §6.1),
 * following subtensor's `epoch_mechanism` in pallets/subtensor/src/epoch/run_epoch.rs at commit
 * 14bc6f9f964b9cc362e9635dd110a487fa5d15a0, bit-exact with substrate-fixed v0.6.0.
 *
 * Pure and synchronous: no clock, randomness or I/O. Every fractional value is fixed-point (yuma.md §2).
 *
 * The per-uid vectors (activity, stake, permits, emission) are computed here on bigint fixed-point
 * values. The matrix work of §5.5–§5.9 (weights, consensus, bonds, dividends) runs first on the fast
 * path (fastEpoch.ts: the same arithmetic on I32F32 bits held exactly in doubles) and, if a value ever
 * leaves the range where that is exact, again on the bigint reference below (`consensusTermsReference`).
 * Both give the same bits; the vector tests run both.
 */
import {
  fixed64ToFixed32,
  fixed64ToU64,
  fixedProportionToU16,
  I32F32,
  I64F64,
  I96F32,
  U96F32,
  u16ProportionToFixed,
} from "@opentao/primitives";
import type { EpochInput, EpochOutput, SparseRowU16 } from "./epochTypes.ts";
import { consensusTermsFast } from "./fastEpoch.ts";
import { FastDomainError } from "./fastMath.ts";
import { liquidAlphas } from "./liquidAlpha.ts";
import {
  cloneSparse,
  colClipSparse,
  inplaceColMaxUpscaleSparse,
  inplaceColNormalizeSparse,
  inplaceMaskVector,
  inplaceNormalize,
  inplaceNormalize64,
  inplaceNormalizeUsingSum,
  inplaceRowNormalizeSparse,
  interpolateSparse,
  isTopkNonzero,
  isZero,
  maskDiagSparse,
  maskDiagSparseExceptIndex,
  maskRowsSparse,
  matEmaAlphaSparse,
  matEmaSparse,
  matmulSparse,
  matmulTransposeSparse,
  matVecMulSparseRowSum,
  rowHadamardSparse,
  rowSumSparse,
  type SparseMatrix,
  type SparseRow,
  scalarVecMaskSparseMatrix,
  sum,
  vecMaskSparseMatrix,
  vecMul,
  weightedMedianColSparse,
} from "./math.ts";

const U64_MAX = (1n << 64n) - 1n;
const ZERO = I32F32.ZERO;

/** Per-epoch data derived once by `runEpoch` (yuma.md §5.1–§5.4) and handed to §5.5–§5.9. */
export type EpochContext = {
  readonly input: EpochInput;
  readonly n: number;
  /** The recently-registered bond mask's reference block (yuma.md §5.1). */
  readonly lastTempo: bigint;
  readonly activeStake: readonly I32F32[];
  /** Not permitted by the persisted permits, owner included (yuma.md §5.3, pitfall 20). */
  readonly validatorForbids: readonly boolean[];
  /** This epoch's permits: they decide which bond rows are written (yuma.md §6.1). */
  readonly newValidatorPermits: readonly boolean[];
  /** `I32F32(kappa) safe_div 65535` (yuma.md §5.6). */
  readonly kappa: I32F32;
  /** `I32F32(bonds_penalty) safe_div 65535` (yuma.md §5.8). */
  readonly bondsPenalty: I32F32;
  /** The fixed EMA alpha, `1 − bonds_moving_average / 10^6` (yuma.md §5.9a/b). */
  readonly emaAlpha: I32F32;
};

/** What weights, consensus and bonds (yuma.md §5.5–§5.9) hand to the emission split. */
export type ConsensusTerms = {
  readonly consensus: readonly I32F32[];
  readonly validatorTrust: readonly I32F32[];
  readonly incentive: readonly I32F32[];
  readonly dividends: readonly I32F32[];
  /** The persisted bond rows (yuma.md §6.1): quantised to u16, `[]` where the new permit is false. */
  readonly bondsOut: readonly SparseRowU16[];
};

// u16 → I32F32 tables, built on first use: reading tens of thousands of weights and bonds per epoch
// otherwise costs two bigint allocations per entry.
let u16ToFixedTable: I32F32[] | undefined;
let u16ToProportionTable: I32F32[] | undefined;

/** `u16_to_fixed(u)` for every u16: the raw integer as I32F32 (yuma.md §2.2). */
function u16ToFixedBits(): I32F32[] {
  u16ToFixedTable ??= Array.from({ length: 65536 }, (_, u) => (BigInt(u) << 32n) as I32F32);
  return u16ToFixedTable;
}

/** `fixed_to_fixed_u16_proportion(u16_to_fixed(u))` for every u16: `(u << 32) / 65535`, truncated. */
function u16ToProportionBits(): I32F32[] {
  u16ToProportionTable ??= Array.from({ length: 65536 }, (_, u) => u16ProportionToFixed(u));
  return u16ToProportionTable;
}

/** Quantises a bond row for storage: `fixed_proportion_to_u16` per entry, order kept (yuma.md §6.1). */
function bondRowToU16(row: SparseRow): SparseRowU16 {
  const out: [number, number][] = new Array<[number, number]>(row.length);
  for (let t = 0; t < row.length; t++) {
    const [j, v] = row[t]!;
    out[t] = [j, fixedProportionToU16(v)];
  }
  return out;
}

/** `floor_u64(I96F32(x) saturating_mul I96F32(rao_emission))` (yuma.md §5.10, pitfall 14). */
function raoOf(x: I32F32, raoEmission: I96F32): bigint {
  return I96F32.saturatingToU64(I96F32.saturatingMul(I96F32.saturatingFromFixed(x, I32F32), raoEmission));
}

/** The fast path, or the bigint reference when a value leaves the fast path's exact range. */
function consensusTerms(ctx: EpochContext): ConsensusTerms {
  try {
    return consensusTermsFast(ctx);
  } catch (error) {
    if (error instanceof FastDomainError) return consensusTermsReference(ctx);
    throw error;
  }
}

/**
 * Runs one Yuma Consensus epoch (yuma.md §5) on the state of one subnet mechanism and returns what it
 * persists (yuma.md §6.1): activity, new permits, the u16 terms, the rao emissions, the raw stake and
 * the new bond rows. Original Yuma or Yuma3 (with or without liquid alpha) follows `input.yuma3`.
 *
 * @param input One mechanism's epoch input (yuma.md §3); per-uid vectors have exactly `n` entries.
 * @returns The epoch's outputs, in uid order.
 */
export function runEpoch(input: EpochInput): EpochOutput {
  return runEpochWith(input, consensusTerms);
}

/**
 * Test hooks: `runEpoch` on one path only. `runEpochReference` computes §5.5–§5.9 on bigints (math.ts),
 * the reference the fast path is checked against; `runEpochFast` never falls back and throws
 * `FastDomainError` where the fast path's exact range ends.
 */
export const __TESTS = Object.freeze({
  runEpochReference: (input: EpochInput): EpochOutput => runEpochWith(input, consensusTermsReference),
  runEpochFast: (input: EpochInput): EpochOutput => runEpochWith(input, consensusTermsFast),
});

function runEpochWith(input: EpochInput, core: (ctx: EpochContext) => ConsensusTerms): EpochOutput {
  const { n, currentBlock, lastUpdate, ownerUid } = input;
  for (const [name, length] of [
    ["alphaStake", input.alphaStake.length],
    ["taoStake", input.taoStake.length],
    ["lastUpdate", lastUpdate.length],
    ["blockAtRegistration", input.blockAtRegistration.length],
    ["validatorPermit", input.validatorPermit.length],
    ["commitBlock", input.commitBlock.length],
    ["weights", input.weights.length],
    ["bonds", input.bonds.length],
  ] as const) {
    if (length !== n) throw new RangeError(`runEpoch ${name}: expected length n=${n}, got length=${length}`);
  }
  const isOwner = (i: number) => ownerUid !== null && ownerUid === i;

  // ======================
  // == Active & updated ==  (yuma.md §5.1)
  // ======================
  const inactive = lastUpdate.map((updated) => {
    const until = updated + input.activityCutoffBlocks;
    return (until > U64_MAX ? U64_MAX : until) < currentBlock;
  });
  const active = inactive.map((b) => !b);
  // The bond mask's reference block: the block after the last coinbase epoch, or one tempo ago.
  const lms = input.lastMechanismStepBlock;
  const tempo = BigInt(input.tempo);
  const lastTempo =
    lms === 0n ? (currentBlock > tempo ? currentBlock - tempo : 0n) : lms < U64_MAX ? lms + 1n : U64_MAX;

  // ===========
  // == Stake ==  (yuma.md §5.2)
  // ===========
  const taoWeight = I64F64.saturatingFromFixed(
    U96F32.safeDiv(U96F32.saturatingFromInt(input.taoWeightU64), U96F32.saturatingFromInt(U64_MAX)),
    U96F32,
  );
  const totalStake = input.alphaStake.map((alpha, i) =>
    I64F64.saturatingAdd(
      I64F64.saturatingFromInt(alpha),
      I64F64.saturatingMul(I64F64.saturatingFromInt(input.taoStake[i]!), taoWeight),
    ),
  );
  // The threshold filter exempts the owner (pitfall 9); raw_stake is taken before it.
  const filteredStake = totalStake.map((s, i) =>
    !isOwner(i) && fixed64ToU64(s) < input.stakeThreshold ? I64F64.ZERO : s,
  );
  inplaceNormalize64(filteredStake);
  const stake = filteredStake.map(fixed64ToFixed32);

  // =======================
  // == Validator permits ==  (yuma.md §5.3)
  // =======================
  // Masking uses the persisted permits (the previous epoch's); new permits only decide what is
  // written (pitfall 20). The owner always holds both.
  const validatorForbids = input.validatorPermit.map((p, i) => !(p || isOwner(i)));
  const newValidatorPermits = isTopkNonzero(stake, input.maxAllowedValidators);
  if (ownerUid !== null && ownerUid < n) newValidatorPermits[ownerUid] = true;

  // ==================
  // == Active Stake ==  (yuma.md §5.4)
  // ==================
  const activeStake = stake.slice();
  inplaceMaskVector(inactive, activeStake);
  inplaceMaskVector(validatorForbids, activeStake);
  inplaceNormalize(activeStake);

  // =============================================
  // == Weights, consensus, bonds and dividends ==  (yuma.md §5.5–§5.9)
  // =============================================
  const { consensus, validatorTrust, incentive, dividends, bondsOut } = core({
    input,
    n,
    lastTempo,
    activeStake,
    validatorForbids,
    newValidatorPermits,
    kappa: u16ProportionToFixed(input.kappa),
    bondsPenalty: u16ProportionToFixed(input.bondsPenalty),
    // `I64F64(bonds_moving_average) / 10^6` floored to I32F32; 900000 gives alpha bits 429496730.
    emaAlpha: I32F32.saturatingSub(
      I32F32.ONE,
      fixed64ToFixed32(
        I64F64.safeDiv(I64F64.saturatingFromInt(input.bondsMovingAverage), I64F64.fromInt(1_000_000)),
      ),
    ),
  });

  // ====================
  // == Emission split ==  (yuma.md §5.10)
  // ====================
  const combinedEmission = incentive.map((inc, i) => I32F32.saturatingAdd(inc, dividends[i]!));
  const emissionSum = sum(combinedEmission);
  const normalizedServerEmission = incentive.slice();
  let normalizedValidatorEmission = dividends.slice();
  let normalizedCombinedEmission = combinedEmission;
  inplaceNormalizeUsingSum(normalizedServerEmission, emissionSum);
  inplaceNormalizeUsingSum(normalizedValidatorEmission, emissionSum);
  inplaceNormalize(normalizedCombinedEmission);
  if (emissionSum === ZERO) {
    // No weights, outdated weights or only self-weights: validators get it all, pro rata to active
    // stake, or to stake when no stake is active; server emission stays 0 (pitfall 13).
    const fallback = isZero(activeStake) ? stake : activeStake;
    normalizedValidatorEmission = fallback.slice();
    normalizedCombinedEmission = fallback.slice();
  }
  const raoEmission = I96F32.saturatingFromInt(input.raoEmission);

  // ============
  // == Output ==  (yuma.md §6.1)
  // ============
  return {
    active,
    newValidatorPermits,
    stakeWeight: stake.map(fixedProportionToU16),
    consensus: consensus.map(fixedProportionToU16),
    incentive: incentive.map(fixedProportionToU16),
    dividends: dividends.map(fixedProportionToU16),
    validatorTrust: validatorTrust.map(fixedProportionToU16),
    serverEmission: normalizedServerEmission.map((x) => raoOf(x, raoEmission)),
    validatorEmission: normalizedValidatorEmission.map((x) => raoOf(x, raoEmission)),
    emission: normalizedCombinedEmission.map((x) => raoOf(x, raoEmission)),
    rawStake: totalStake.map(fixed64ToU64),
    bondsOut,
  };
}

/**
 * Weights, consensus, incentive, bonds and dividends (yuma.md §5.5–§5.9) on bigint fixed-point values:
 * the reference implementation, one math.ts helper per upstream step.
 */
function consensusTermsReference(ctx: EpochContext): ConsensusTerms {
  const { input, n, lastTempo, activeStake } = ctx;
  const { lastUpdate, blockAtRegistration, ownerUid } = input;

  // =============
  // == Weights ==  (yuma.md §5.5)
  // =============
  const fromU16 = u16ToFixedBits();
  let weights: SparseMatrix = input.weights.map((row) => {
    const out: SparseRow = [];
    // Weight columns ≥ n are filtered on read (pitfall 18); explicit zeros are kept.
    for (const [j, w] of row) if (j < n) out.push([j, fromU16[w]!]);
    return out;
  });
  weights = maskRowsSparse(ctx.validatorForbids, weights);
  weights = ownerUid !== null ? maskDiagSparseExceptIndex(weights, ownerUid) : maskDiagSparse(weights);
  // Outdated: i last set weights at or before j's (re)registration (pitfall 12).
  weights = vecMaskSparseMatrix(weights, lastUpdate, blockAtRegistration, (updated, registered) => {
    return updated <= registered;
  });
  if (input.commitRevealEnabled) {
    // A uid with no active commit reads u64::MAX, which never masks (yuma.md §3.1); strict `<`.
    const commitBlocks = input.commitBlock.map((cb) => cb ?? U64_MAX);
    weights = vecMaskSparseMatrix(weights, commitBlocks, blockAtRegistration, (cb, registered) => {
      return cb < registered;
    });
  }
  inplaceRowNormalizeSparse(weights);

  // ================================
  // == Consensus, Validator Trust ==  (yuma.md §5.6, §5.7)
  // ================================
  const consensus = weightedMedianColSparse(activeStake, weights, n, ctx.kappa);
  const clippedWeights = colClipSparse(weights, consensus);
  const validatorTrust = rowSumSparse(clippedWeights);

  // ===============
  // == Incentive ==  (yuma.md §5.7)
  // ===============
  const incentive = matmulSparse(clippedWeights, activeStake, n);
  inplaceNormalize(incentive);

  // =======================
  // == Weights for bonds ==  (yuma.md §5.8)
  // =======================
  const weightsForBonds = interpolateSparse(weights, clippedWeights, n, ctx.bondsPenalty);

  // =========================
  // == Bonds and Dividends ==  (yuma.md §5.9a, §5.9b)
  // =========================
  // Mask bonds to uids (re)registered since the last epoch: last_tempo <= registered (pitfall 11).
  const recentlyRegistered = (tempoBlock: bigint, registered: bigint) => tempoBlock <= registered;
  let dividends: I32F32[];
  let emaBonds: SparseMatrix;
  if (input.yuma3) {
    // ---- Yuma3 (yuma.md §5.9b) ----
    // Bonds are persisted as floor(b · 65535) and read back as u16 / 65535, truncating (pitfall 5).
    const proportion = u16ToProportionBits();
    let bonds: SparseMatrix = input.bonds.map((row) =>
      row.map(([j, b]): [number, I32F32] => [j, proportion[b]!]),
    );
    bonds = scalarVecMaskSparseMatrix(bonds, lastTempo, blockAtRegistration, recentlyRegistered);

    // Liquid alpha uses this epoch's consensus and applies as soon as any of it is non-zero (pitfall 8).
    if (input.liquidAlpha && consensus.some((c) => c !== ZERO)) {
      const alphaRow = liquidAlphas(weightsForBonds, bonds, consensus, {
        alphaLow: u16ProportionToFixed(input.alphaLow),
        alphaHigh: u16ProportionToFixed(input.alphaHigh),
        steepness: I32F32.fromInt(input.alphaSigmoidSteepness),
      });
      emaBonds = matEmaAlphaSparse(weightsForBonds, bonds, n, alphaRow);
    } else {
      // On W_b directly: no bonds delta and no column normalisation, unlike original Yuma.
      emaBonds = matEmaSparse(weightsForBonds, bonds, ctx.emaAlpha);
    }

    const emaBondsNorm = cloneSparse(emaBonds);
    inplaceColNormalizeSparse(emaBondsNorm, n);
    const totalBondsPerValidator = matVecMulSparseRowSum(emaBondsNorm, incentive);
    dividends = vecMul(totalBondsPerValidator, activeStake);
    inplaceNormalize(dividends);
    // Yuma3 persists the EMA itself: no max-upscale.
  } else {
    // ---- Original Yuma (yuma.md §5.9a) ----
    // Bonds are column max-upscaled u16s, read as raw integers; column normalisation removes the scale.
    let bonds: SparseMatrix = input.bonds.map((row) =>
      row.map(([j, b]): [number, I32F32] => [j, fromU16[b]!]),
    );
    bonds = scalarVecMaskSparseMatrix(bonds, lastTempo, blockAtRegistration, recentlyRegistered);
    inplaceColNormalizeSparse(bonds, n);

    const bondsDelta = rowHadamardSparse(weightsForBonds, activeStake);
    inplaceColNormalizeSparse(bondsDelta, n);

    emaBonds = matEmaSparse(bondsDelta, bonds, ctx.emaAlpha);
    inplaceColNormalizeSparse(emaBonds, n);

    dividends = matmulTransposeSparse(emaBonds, incentive);
    inplaceNormalize(dividends);

    // Column max-upscale for storage: each column's largest bond is persisted as 65535.
    inplaceColMaxUpscaleSparse(emaBonds, n);
  }

  return {
    consensus,
    validatorTrust,
    incentive,
    dividends,
    // A uid without a new permit gets an empty row; entries that quantise to 0 are still written.
    bondsOut: emaBonds.map((row, i) => (ctx.newValidatorPermits[i] ? bondRowToU16(row) : [])),
  };
}
