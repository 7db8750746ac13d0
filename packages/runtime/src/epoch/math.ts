/**
 * The fixed-point vector and sparse-matrix helpers of the Yuma Consensus epoch (yuma.md §1, §5), one
 * function per helper of subtensor's pallets/subtensor/src/epoch/math.rs, in camelCase
 * (`weighted_median_col_sparse` → `weightedMedianColSparse`), bit-exact with substrate-fixed v0.6.0.
 *
 * These are the reference implementation: runEpoch.ts uses them for the per-uid vectors and, when the
 * fast path (fastMath.ts, the same steps on doubles) cannot stay exact, for the whole epoch.
 *
 * Values are I32F32 (or I64F64) raw bits held as branded bigints. A sparse row is a list of
 * `[column, value]` pairs in storage order; helpers never reorder a row unless upstream does. Helpers
 * named `inplace…` mutate their argument (rows and pairs alike); the others return fresh rows but may
 * share untouched pairs with their input, which is safe because nothing mutates a pair in place after
 * the row-normalisation step except on matrices the epoch built itself.
 */
import { I32F32, I64F64 } from "@opentao/primitives";

/** One sparse row: `[column uid, value]` pairs in storage order (yuma.md §1). */
export type SparseRow = [number, I32F32][];
/** A sparse matrix: one row per uid (yuma.md §1). */
export type SparseMatrix = SparseRow[];

const ZERO = I32F32.ZERO;
const ONE = I32F32.ONE;
const MAX = I32F32.MAX;
const MIN = I32F32.MIN;

// Local saturating ops: the same results as I32F32.saturating*, inlined into the hot loops below.
const satAdd = (a: I32F32, b: I32F32): I32F32 => {
  const s = a + b;
  return (s > MAX ? MAX : s < MIN ? MIN : s) as I32F32;
};
const satSub = (a: I32F32, b: I32F32): I32F32 => {
  const s = a - b;
  return (s > MAX ? MAX : s < MIN ? MIN : s) as I32F32;
};
const satMul = (a: I32F32, b: I32F32): I32F32 => {
  // `>>` on a negative bigint floors: substrate-fixed's multiply rounds toward −∞.
  const p = (a * b) >> 32n;
  return (p > MAX ? MAX : p < MIN ? MIN : p) as I32F32;
};
const safeDiv = (a: I32F32, b: I32F32): I32F32 => {
  if (b === ZERO) return ZERO;
  // bigint `/` truncates toward 0, as substrate-fixed's divide does; an overflow gives 0, never MAX.
  const q = (a << 32n) / b;
  return (q > MAX || q < MIN ? ZERO : q) as I32F32;
};

/**
 * Plain `.sum()` of I32F32 values (yuma.md §2.1: `+` wraps, it does not saturate). Wrapping once at the
 * end equals wrapping after every addition, because both are the sum modulo 2^64.
 */
export function sum(values: readonly I32F32[]): I32F32 {
  let total = 0n;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return BigInt.asIntN(64, total) as I32F32;
}

/** `inplace_normalize` (yuma.md §1): divides by the plain sum with `safe_div`, unless the sum is 0. */
export function inplaceNormalize(x: I32F32[]): void {
  const total = sum(x);
  if (total === ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = safeDiv(x[i]!, total);
}

/** `inplace_normalize_using_sum` (yuma.md §5.10): as `inplaceNormalize`, dividing by a given sum. */
export function inplaceNormalizeUsingSum(x: I32F32[], total: I32F32): void {
  if (total === ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = safeDiv(x[i]!, total);
}

/** `inplace_normalize_64` (yuma.md §5.2): `inplaceNormalize` on I64F64, the stake's first normalisation. */
export function inplaceNormalize64(x: I64F64[]): void {
  let total = 0n;
  for (let i = 0; i < x.length; i++) total += x[i]!;
  const s = BigInt.asIntN(128, total) as I64F64;
  if (s === I64F64.ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = I64F64.safeDiv(x[i]!, s);
}

/** `is_zero` (yuma.md §5.10): true when the plain sum is 0. */
export function isZero(x: readonly I32F32[]): boolean {
  return sum(x) === ZERO;
}

/** `inplace_mask_vector` (yuma.md §5.4): sets `x[i]` to 0 where `mask[i]` is true. */
export function inplaceMaskVector(mask: readonly boolean[], x: I32F32[]): void {
  if (mask.length === 0) return;
  for (let i = 0; i < x.length; i++) if (mask[i] ?? true) x[i] = ZERO;
}

/**
 * `is_topk_nonzero` (yuma.md §5.3): true for the k largest non-zero entries. The ascending sort is
 * stable, so among equal values the lower uid is removed first ("lower uid loses"); `n < k` is strict.
 */
export function isTopkNonzero(v: readonly I32F32[], k: number): boolean[] {
  const n = v.length;
  const result = v.map((x) => x !== ZERO);
  if (n < k) return result;
  // Array.prototype.sort is stable (ES2019), like Rust's `sort_by_key`.
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const va = v[a]!;
    const vb = v[b]!;
    return va < vb ? -1 : va > vb ? 1 : 0;
  });
  for (let t = 0; t < n - k; t++) result[idx[t]!] = false;
  return result;
}

/** `mask_rows_sparse` (yuma.md §5.5): rows whose `mask` entry is true become empty. */
export function maskRowsSparse(mask: readonly boolean[], m: SparseMatrix): SparseMatrix {
  return m.map((row, i) => ((mask[i] ?? true) ? [] : row));
}

/** `mask_diag_sparse` (yuma.md §5.5): drops every `(i, i)` entry. */
export function maskDiagSparse(m: SparseMatrix): SparseMatrix {
  return m.map((row, i) => row.filter(([j]) => j !== i));
}

/** `mask_diag_sparse_except_index` (yuma.md §5.5, pitfall 9): drops `(i, i)` except the owner's own. */
export function maskDiagSparseExceptIndex(m: SparseMatrix, exceptIndex: number): SparseMatrix {
  return m.map((row, i) => (i === exceptIndex ? row : row.filter(([j]) => j !== i)));
}

/**
 * `vec_mask_sparse_matrix` (yuma.md §5.5): drops `(i, j)` where `maskFn(first[i], second[j])`; a uid
 * past the end of `second` reads 0, as upstream's `get(j).unwrap_or(0)`. Row order is kept.
 */
export function vecMaskSparseMatrix(
  m: SparseMatrix,
  first: readonly bigint[],
  second: readonly bigint[],
  maskFn: (a: bigint, b: bigint) => boolean,
): SparseMatrix {
  return m.map((row, i) => {
    const a = first[i] ?? 0n;
    return row.filter(([j]) => !maskFn(a, second[j] ?? 0n));
  });
}

/**
 * `scalar_vec_mask_sparse_matrix` (yuma.md §5.9a/b): drops `(i, j)` where `maskFn(scalar, vector[j])`,
 * the recently-registered bond mask. Columns past `vector` read 0.
 */
export function scalarVecMaskSparseMatrix(
  m: SparseMatrix,
  scalar: bigint,
  vector: readonly bigint[],
  maskFn: (a: bigint, b: bigint) => boolean,
): SparseMatrix {
  return m.map((row) => row.filter(([j]) => !maskFn(scalar, vector[j] ?? 0n)));
}

/** `inplace_row_normalize_sparse` (yuma.md §5.5): rows with a positive plain sum are divided by it. */
export function inplaceRowNormalizeSparse(m: SparseMatrix): void {
  for (const row of m) {
    let total = 0n;
    for (let t = 0; t < row.length; t++) total += row[t]![1];
    const s = BigInt.asIntN(64, total) as I32F32;
    if (s > ZERO) for (let t = 0; t < row.length; t++) row[t]![1] = safeDiv(row[t]![1], s);
  }
}

/** `row_sum_sparse` (yuma.md §5.7): the plain sum of each row (validator trust). */
export function rowSumSparse(m: SparseMatrix): I32F32[] {
  return m.map((row) => {
    let total = 0n;
    for (let t = 0; t < row.length; t++) total += row[t]![1];
    return BigInt.asIntN(64, total) as I32F32;
  });
}

/**
 * `inplace_col_normalize_sparse` (yuma.md §5.9a): divides each entry by its column's saturating sum;
 * columns summing to 0, and columns ≥ `columns`, are left unchanged.
 */
export function inplaceColNormalizeSparse(m: SparseMatrix, columns: number): void {
  const colSum: I32F32[] = new Array<I32F32>(columns).fill(ZERO);
  for (const row of m) {
    for (let t = 0; t < row.length; t++) {
      const [j, v] = row[t]!;
      if (j < columns) colSum[j] = satAdd(colSum[j]!, v);
    }
  }
  for (const row of m) {
    for (let t = 0; t < row.length; t++) {
      const entry = row[t]!;
      const s = entry[0] < columns ? colSum[entry[0]]! : ZERO;
      if (s !== ZERO) entry[1] = safeDiv(entry[1], s);
    }
  }
}

/**
 * `inplace_col_max_upscale_sparse` (yuma.md §5.9a): divides each entry by its column's maximum (which
 * starts from 0), so the maximum becomes exactly 1; all-zero columns are left unchanged.
 */
export function inplaceColMaxUpscaleSparse(m: SparseMatrix, columns: number): void {
  const colMax: I32F32[] = new Array<I32F32>(columns).fill(ZERO);
  for (const row of m) {
    for (let t = 0; t < row.length; t++) {
      const [j, v] = row[t]!;
      if (j < columns && colMax[j]! < v) colMax[j] = v;
    }
  }
  for (const row of m) {
    for (let t = 0; t < row.length; t++) {
      const entry = row[t]!;
      const mx = entry[0] < columns ? colMax[entry[0]]! : ZERO;
      if (mx !== ZERO) entry[1] = safeDiv(entry[1], mx);
    }
  }
}

/**
 * `weighted_median` (yuma.md §5.6): the stake-weighted median of `score` over the partition `part`,
 * by mid-pivot binary search. Scores equal to the pivot join neither side; descending is strict
 * (`minority < lo + loStake`), ascending is not (`hi − hiStake <= minority`), so a 50/50 split resolves
 * to the upper score (pitfall 3).
 */
export function weightedMedian(
  stake: readonly I32F32[],
  score: readonly I32F32[],
  partitionIdx: readonly number[],
  minority: I32F32,
  partitionLo: I32F32,
  partitionHi: I32F32,
): I32F32 {
  if (stake.length !== score.length) return ZERO;
  const k = partitionIdx.length;
  const scratch = new Int32Array(3 * Math.max(k, 1));
  scratch.set(partitionIdx);
  return weightedMedianAt(stake, score, 0, scratch, k, minority, partitionLo, partitionHi);
}

/**
 * `weighted_median` on `score[offset + p]`, with the partition held in `scratch[0..len)` and the rest of
 * `scratch` (3 × len in all) used for the lower and upper lists, so that no iteration allocates.
 */
function weightedMedianAt(
  stake: readonly I32F32[],
  score: readonly I32F32[],
  offset: number,
  scratch: Int32Array,
  len: number,
  minority: I32F32,
  lo: I32F32,
  hi: I32F32,
): I32F32 {
  const limit = len;
  let iterations = 0;
  // Three rotating regions of `scratch`: the current partition, the lower list and the upper list.
  const width = scratch.length / 3;
  let cur = 0;
  let lower = width;
  let upper = 2 * width;
  let n = len;
  for (;;) {
    if (n === 0) return ZERO;
    if (n === 1) return score[offset + scratch[cur]!]!;
    // The middle element (integer division), not a random pivot: upstream wants full determinism.
    const pivot = score[offset + scratch[cur + (n >> 1)]!]!;
    let loStake = ZERO;
    let hiStake = ZERO;
    let loLen = 0;
    let hiLen = 0;
    for (let t = 0; t < n; t++) {
      const p = scratch[cur + t]!;
      const s = score[offset + p]!;
      if (s === pivot) continue;
      if (s < pivot) {
        loStake = satAdd(loStake, stake[p]!);
        scratch[lower + loLen++] = p;
      } else {
        hiStake = satAdd(hiStake, stake[p]!);
        scratch[upper + hiLen++] = p;
      }
    }
    const loEdge = satAdd(lo, loStake);
    const hiEdge = satSub(hi, hiStake);
    if (minority < loEdge && loLen > 0) {
      const swap = cur;
      cur = lower;
      lower = swap;
      n = loLen;
      hi = loEdge;
    } else if (hiEdge <= minority && hiLen > 0) {
      const swap = cur;
      cur = upper;
      upper = swap;
      n = hiLen;
      lo = hiEdge;
    } else {
      return pivot;
    }
    iterations += 1;
    // Upstream's safety limit; never reached, since each step strictly shrinks the partition.
    if (iterations > limit) return ZERO;
  }
}

/**
 * `weighted_median_col_sparse` (yuma.md §5.6): the consensus, a stake-weighted median per column over
 * the rows with positive stake. `use_stake` is re-normalised and `minority = Σ use_stake − majority`
 * (not `1 − majority`, pitfall 2); a missing entry scores 0 and a duplicate column's last value wins.
 */
export function weightedMedianColSparse(
  stake: readonly I32F32[],
  score: SparseMatrix,
  columns: number,
  majority: I32F32,
): I32F32[] {
  const useStake = stake.filter((s) => s > ZERO);
  inplaceNormalize(useStake);
  const stakeSum = sum(useStake);
  const minority = satSub(stakeSum, majority);
  const k = useStake.length;

  // Column-major scores: the score of the r-th positive-stake row in column c is at c·k + r.
  const useScore: I32F32[] = new Array<I32F32>(columns * k).fill(ZERO);
  let r = 0;
  const rows = Math.min(stake.length, score.length);
  for (let i = 0; i < rows; i++) {
    if (!(stake[i]! > ZERO)) continue;
    const row = score[i]!;
    for (let t = 0; t < row.length; t++) {
      const [c, v] = row[t]!;
      if (c < columns) useScore[c * k + r] = v;
    }
    r += 1;
  }

  const median: I32F32[] = new Array<I32F32>(columns);
  const scratch = new Int32Array(3 * Math.max(k, 1));
  for (let c = 0; c < columns; c++) {
    for (let t = 0; t < k; t++) scratch[t] = t;
    median[c] = weightedMedianAt(useStake, useScore, c * k, scratch, k, minority, ZERO, stakeSum);
  }
  return median;
}

/**
 * `col_clip_sparse` (yuma.md §5.7): an entry above its column's consensus is clipped down to it, or
 * dropped when that consensus is ≤ 0; other entries (explicit zeros included) are kept as they are.
 */
export function colClipSparse(m: SparseMatrix, colThreshold: readonly I32F32[]): SparseMatrix {
  return m.map((row) => {
    const out: SparseRow = [];
    for (let t = 0; t < row.length; t++) {
      const entry = row[t]!;
      const th = colThreshold[entry[0]] ?? ZERO;
      if (th < entry[1]) {
        if (th > ZERO) out.push([entry[0], th]);
      } else {
        out.push(entry);
      }
    }
    return out;
  });
}

/**
 * `matmul_sparse` (yuma.md §5.7): `result[j] = Σ_i vector[i] · m[i][j]` with saturating multiply and
 * add, rows in uid order and entries in row order; columns ≥ `columns` are ignored.
 */
export function matmulSparse(m: SparseMatrix, vector: readonly I32F32[], columns: number): I32F32[] {
  const result: I32F32[] = new Array<I32F32>(columns).fill(ZERO);
  for (let i = 0; i < m.length; i++) {
    const row = m[i]!;
    const scale = vector[i] ?? ZERO;
    for (let t = 0; t < row.length; t++) {
      const [j, v] = row[t]!;
      if (j < columns) result[j] = satAdd(result[j]!, satMul(scale, v));
    }
  }
  return result;
}

/**
 * `matmul_transpose_sparse` (yuma.md §5.9a): `result[i] = Σ_j vector[j] · m[i][j]`, saturating; a column
 * past `vector` contributes 0.
 */
export function matmulTransposeSparse(m: SparseMatrix, vector: readonly I32F32[]): I32F32[] {
  return m.map((row) => {
    let acc = ZERO;
    for (let t = 0; t < row.length; t++) {
      const [j, v] = row[t]!;
      acc = satAdd(acc, satMul(vector[j] ?? ZERO, v));
    }
    return acc;
  });
}

/**
 * `interpolate_sparse` (yuma.md §5.8): `m1 + ratio · (m2 − m1)`, the weights for bonds. ratio 0 and 1
 * return `m1` and `m2` as they are (explicit zeros kept); otherwise each row is densified over
 * `columns` and only positive results are kept, in ascending column order (pitfall 6).
 */
export function interpolateSparse(
  m1: SparseMatrix,
  m2: SparseMatrix,
  columns: number,
  ratio: I32F32,
): SparseMatrix {
  if (ratio === ZERO) return m1;
  if (ratio === ONE) return m2;
  if (m1.length !== m2.length) return m2;
  const row1: I32F32[] = new Array<I32F32>(columns).fill(ZERO);
  const row2: I32F32[] = new Array<I32F32>(columns).fill(ZERO);
  return m1.map((r1, i) => {
    const r2 = m2[i]!;
    for (const [j, v] of r1) if (j < columns) row1[j] = v;
    for (const [j, v] of r2) if (j < columns) row2[j] = v;
    const out: SparseRow = [];
    for (let j = 0; j < columns; j++) {
      const v1 = row1[j]!;
      const v = satAdd(v1, satMul(ratio, satSub(row2[j]!, v1)));
      if (v > ZERO) out.push([j, v]);
    }
    // Reset only what this row touched, so the buffers stay all-zero for the next row.
    for (const [j] of r1) if (j < columns) row1[j] = ZERO;
    for (const [j] of r2) if (j < columns) row2[j] = ZERO;
    return out;
  });
}

/** `row_hadamard_sparse` (yuma.md §5.9a): each entry of row i times `vector[i]` (floor multiply). */
export function rowHadamardSparse(m: SparseMatrix, vector: readonly I32F32[]): SparseMatrix {
  const rows = Math.min(m.length, vector.length);
  const out: SparseMatrix = new Array<SparseRow>(rows);
  for (let i = 0; i < rows; i++) {
    const row = m[i]!;
    const scale = vector[i]!;
    const newRow: SparseRow = new Array<[number, I32F32]>(row.length);
    for (let t = 0; t < row.length; t++) {
      const [j, v] = row[t]!;
      newRow[t] = [j, satMul(v, scale)];
    }
    out[i] = newRow;
  }
  return out;
}

/**
 * `mat_ema_sparse` (yuma.md §5.9a): `alpha · new + (1 − alpha) · old` per row, through a dense
 * accumulator of width `new.length` (upstream assumes a square matrix), emitting positive entries in
 * ascending column order (pitfall 17); columns outside the accumulator are ignored.
 */
export function matEmaSparse(newM: SparseMatrix, oldM: SparseMatrix, alpha: I32F32): SparseMatrix {
  const n = newM.length;
  const oneMinusAlpha = satSub(ONE, alpha);
  const acc: I32F32[] = new Array<I32F32>(n).fill(ZERO);
  const touched = new Uint8Array(n);
  const result: SparseMatrix = new Array<SparseRow>(n);
  for (let i = 0; i < n; i++) {
    const newRow = newM[i]!;
    const oldRow = oldM[i] ?? [];
    let minJ = n;
    let maxJ = -1;
    for (let t = 0; t < newRow.length; t++) {
      const [j, v] = newRow[t]!;
      if (j < n) {
        acc[j] = satAdd(acc[j]!, satMul(alpha, v));
        touched[j] = 1;
        if (j < minJ) minJ = j;
        if (j > maxJ) maxJ = j;
      }
    }
    for (let t = 0; t < oldRow.length; t++) {
      const [j, v] = oldRow[t]!;
      if (j < n) {
        acc[j] = satAdd(acc[j]!, satMul(oneMinusAlpha, v));
        touched[j] = 1;
        if (j < minJ) minJ = j;
        if (j > maxJ) maxJ = j;
      }
    }
    // Only the touched span can be non-zero; scanning it in ascending j is upstream's dense scan.
    const out: SparseRow = [];
    for (let j = minJ; j <= maxJ; j++) {
      if (touched[j] === 0) continue;
      const v = acc[j]!;
      if (v > ZERO) out.push([j, v]);
      acc[j] = ZERO;
      touched[j] = 0;
    }
    result[i] = out;
  }
  return result;
}

/**
 * `mat_ema_alpha_sparse` (yuma.md §5.9b): the Yuma3 EMA with one alpha per entry, `alphaRow(i)` being
 * row i of the dense alpha matrix (length `columns`). Old bonds are decayed into a dense buffer, then
 * one entry is emitted per entry of the new row, in the new row's order, clamped to [0, 1] and kept
 * when positive. A bond whose column is missing from the new row is therefore dropped, not decayed
 * (pitfall 6). `alphaRow` is not called for a row whose new and old rows are both empty.
 */
export function matEmaAlphaSparse(
  newM: SparseMatrix,
  oldM: SparseMatrix,
  columns: number,
  alphaRow: (i: number) => readonly I32F32[],
): SparseMatrix {
  const decayed: I32F32[] = new Array<I32F32>(columns).fill(ZERO);
  const result: SparseMatrix = new Array<SparseRow>(newM.length);
  for (let i = 0; i < newM.length; i++) {
    const newRow = newM[i]!;
    const oldRow = oldM[i] ?? [];
    if (newRow.length === 0 && oldRow.length === 0) {
      result[i] = [];
      continue;
    }
    const alpha = alphaRow(i);
    // Assignment, not accumulation: with a duplicate column in the old row the last one wins.
    for (let t = 0; t < oldRow.length; t++) {
      const [j, o] = oldRow[t]!;
      if (j < columns) decayed[j] = satMul(satSub(ONE, alpha[j]!), o);
    }
    const out: SparseRow = [];
    for (let t = 0; t < newRow.length; t++) {
      const [j, w] = newRow[t]!;
      if (j >= columns) continue;
      const inc = satMul(alpha[j]!, w);
      const sumV = satAdd(decayed[j]!, inc > ZERO ? inc : ZERO);
      const v = sumV < ONE ? sumV : ONE;
      if (v > ZERO) out.push([j, v]);
    }
    for (let t = 0; t < oldRow.length; t++) {
      const j = oldRow[t]![0];
      if (j < columns) decayed[j] = ZERO;
    }
    result[i] = out;
  }
  return result;
}

/**
 * `mat_vec_mul_sparse` then `row_sum_sparse` (yuma.md §5.9b): `tbv[i] = Σ_j m[i][j] · vector[j]`,
 * saturating products summed plainly; columns past `vector` are skipped. Upstream drops products equal
 * to 0 before summing, which does not change the sum, so no intermediate matrix is built.
 */
export function matVecMulSparseRowSum(m: SparseMatrix, vector: readonly I32F32[]): I32F32[] {
  return m.map((row) => {
    let total = 0n;
    for (let t = 0; t < row.length; t++) {
      const [j, v] = row[t]!;
      if (j < vector.length) total += satMul(v, vector[j]!);
    }
    return BigInt.asIntN(64, total) as I32F32;
  });
}

/** `vec_mul` (yuma.md §5.9b): element-wise `checked_mul`, 0 where it overflows (pitfall 15). */
export function vecMul(a: readonly I32F32[], b: readonly I32F32[]): I32F32[] {
  const len = Math.min(a.length, b.length);
  const out: I32F32[] = new Array<I32F32>(len);
  for (let i = 0; i < len; i++) out[i] = I32F32.checkedMul(a[i]!, b[i]!) ?? ZERO;
  return out;
}

/** A deep copy of a sparse matrix (fresh pairs): Yuma3 normalises a copy of the EMA (yuma.md §5.9b). */
export function cloneSparse(m: SparseMatrix): SparseMatrix {
  return m.map((row) => row.map(([j, v]): [number, I32F32] => [j, v]));
}
