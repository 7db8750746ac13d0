/**
 * Exact fixed-point kernels on I32F32 bits held in doubles, for the fast epoch path (yuma.md §2, §5).
 *
 * An I32F32 value whose bits are an integer of magnitude below 2^53 is held exactly by a JS number.
 * Each kernel below computes the same bits as substrate-fixed (multiply floors, divide truncates,
 * yuma.md §2.1) using only operations whose every intermediate is an integer below 2^53, so no rounding
 * ever happens: products are split into 23-bit limbs and quotients are produced 16 bits (or fewer) at a
 * time with an exact remainder. Where an operand is outside the range a kernel handles, it throws
 * `FastDomainError` rather than guess; `runEpoch` then reruns the epoch on the bigint reference path
 * (math.ts). In an epoch every value is a proportion (bits ≤ about 2^33), far inside these ranges, so
 * the fallback only serves pathological parameters (yuma.md §13; e.g. bonds_moving_average > 10^6).
 *
 * Why: the bigint path allocates a heap object per operation; on 4,096 uids with a million weights and
 * bonds it spent 45 % of its time in the garbage collector and missed the time target threefold.
 */
/** A value left the range where double arithmetic is exact (yuma.md §2); never escapes `runEpoch`. */
export class FastDomainError extends RangeError {
  override name = "FastDomainError";
}

const TWO16 = 65536;
const TWO23 = 8388608;
const TWO32 = 4294967296;
const TWO42 = 2 ** 42;
const TWO48 = 2 ** 48;
const TWO52 = 2 ** 52;
const TWO53 = 2 ** 53;
/** POW2[s] = 2^s for the chunked division. */
const POW2 = Array.from({ length: 33 }, (_, s) => 2 ** s);

/** I32F32 one, as bits (yuma.md §2). */
export const ONE_BITS = TWO32;
// substrate-fixed's E: the I9F23 constant 22802600 widened to I32F32 (yuma.md §2.3).
const E_BITS = 22802600 * 512;

function outOfDomain(what: string): never {
  throw new FastDomainError(`fast epoch path: ${what} is outside the exact double range`);
}

/**
 * I32F32 `saturating_mul`: `floor(a · b / 2^32)` (toward −∞), for any pair whose product is below 2^53
 * and for |a|, |b| < 2^42; the result is then below 2^52, so saturation cannot occur.
 */
export function mulFloor(a: number, b: number): number {
  const p = a * b;
  // A rounded product below 2^53 in magnitude is exact (rounding is monotone and 2^53 is representable),
  // and dividing an exact integer by 2^32 is exact too.
  if (p < TWO53 && p > -TWO53) return Math.floor(p / TWO32);
  if (!(a < TWO42 && a > -TWO42 && b < TWO42 && b > -TWO42)) outOfDomain("a product operand");
  // Limbs: a = ah·2^23 + al and b = bh·2^23 + bl with al, bl in [0, 2^23), so (floors included)
  // floor(ab / 2^32) = ah·bh·2^14 + floor(mid / 2^9) + floor(((mid mod 2^9)·2^23 + al·bl) / 2^32),
  // where mid = ah·bl + al·bh. Every term is an integer below 2^53.
  const ah = Math.floor(a / TWO23);
  const al = a - ah * TWO23;
  const bh = Math.floor(b / TWO23);
  const bl = b - bh * TWO23;
  const mid = ah * bl + al * bh;
  const mh = Math.floor(mid / 512);
  const ml = mid - mh * 512;
  return ah * bh * 16384 + mh + Math.floor((ml * TWO23 + al * bl) / TWO32);
}

/** `floor(t / d)` for integers 0 ≤ t < 2^53 and 0 < d < 2^53, exactly. */
function floorDiv(t: number, d: number): number {
  let q = Math.floor(t / d);
  // The rounded quotient can be off by one next to an integer; the remainder check settles it.
  const r = t - q * d;
  if (r < 0) q -= 1;
  else if (r >= d) q += 1;
  return q;
}

/**
 * I32F32 `safe_div` (yuma.md §2.1): `trunc(a · 2^32 / b)`, 0 when b is 0, for 0 ≤ a < 2^52 and
 * 0 < b < 2^48 with a quotient below 2^21 (its bits then stay below 2^53, far from overflow).
 */
export function safeDivBits(a: number, b: number): number {
  if (b === 0) return 0;
  if (!(a >= 0 && b > 0 && a < TWO52 && b < TWO48)) outOfDomain("a quotient operand");
  // Integer part, then the 32 fraction bits by long division with an exact remainder r < b.
  let q = floorDiv(a, b);
  let r = a - q * b;
  if (q >= 2097152) outOfDomain("a quotient");
  if (b < 68719476736) {
    // b < 2^36: two 16-bit digits, each r · 2^16 < 2^52.
    let t = r * TWO16;
    const d = floorDiv(t, b);
    r = t - d * b;
    q = q * TWO16 + d;
    t = r * TWO16;
    return q * TWO16 + floorDiv(t, b);
  }
  // Larger divisors: digits of `chunk` (≥ 4) bits, so that r · 2^chunk < 2^52.
  let bits = 37;
  while (POW2[32]! * POW2[bits - 32]! <= b) bits += 1;
  const chunk = 52 - bits;
  for (let left = 32; left > 0; ) {
    const s = left < chunk ? left : chunk;
    const t = r * POW2[s]!;
    const d = floorDiv(t, b);
    r = t - d * b;
    q = q * POW2[s]! + d;
    left -= s;
  }
  return q;
}

/** `fixed_proportion_to_u16` (yuma.md §2.2): `floor(x · 65535 / 2^32)` clamped to [0, 65535]. */
export function proportionToU16(x: number): number {
  if (!(x < 68719476736)) outOfDomain("a u16 proportion");
  const u = Math.floor((x * 65535) / TWO32);
  return u < 0 ? 0 : u > 65535 ? 65535 : u;
}

/** The largest |x| (bits) for which `expBits` runs the series (yuma.md §2.3) in doubles: 6.0, so terms stay < 2^41. */
export const EXP_FAST_LIMIT = 6 * TWO32;

/** RECIPROCAL[i] ≈ 1/i, for a quotient estimate that `expBits` then corrects exactly. */
const RECIPROCAL = Array.from({ length: 32 }, (_, i) => (i === 0 ? 0 : 1 / i));
const INV_TWO23 = 2 ** -23;
const INV_TWO32 = 2 ** -32;

/**
 * `exp(x)` of substrate-fixed (yuma.md §2.3) for |x| ≤ 6: the 31-term series with a flooring multiply
 * and a truncating divide per term, then `1 / result` for negative x. Bit-identical to primitives'
 * `exp` in that range; callers go to `expSafe` on bigints outside it.
 */
export function expBits(x: number): number {
  if (!(x <= EXP_FAST_LIMIT && x >= -EXP_FAST_LIMIT)) outOfDomain("an exp argument");
  if (x === 0) return TWO32;
  // Both shortcuts test the signed input, so exp(−1) runs the series (pitfall 19).
  if (x === TWO32) return E_BITS;
  const negative = x < 0;
  const v = negative ? -x : x;
  // `mulFloor(term, v)` inlined with v's limbs computed once: term ≤ e^6 · 2^32 < 2^41 and v < 2^35.
  // Scaling by a power of two is exact, so `* INV_TWO23` is an exact division.
  const vh = Math.floor(v * INV_TWO23);
  const vl = v - vh * TWO23;
  let result = v + TWO32;
  let term = v;
  for (let i = 2; i < 32; i++) {
    const p = term * v;
    let m: number;
    if (p < TWO53) m = Math.floor(p * INV_TWO32);
    else {
      const th = Math.floor(term * INV_TWO23);
      const tl = term - th * TWO23;
      const mid = th * vl + tl * vh;
      const mh = Math.floor(mid / 512);
      m = th * vh * 16384 + mh + Math.floor(((mid - mh * 512) * TWO23 + tl * vl) * INV_TWO32);
    }
    // I32F32 division by the integer i: (m << 32) / (i << 32) is m / i, truncated (m ≥ 0). The
    // reciprocal's estimate is within one of it; the exact remainder settles which.
    let q = Math.floor(m * RECIPROCAL[i]!);
    const r = m - q * i;
    if (r < 0) q -= 1;
    else if (r >= i) q += 1;
    // Once a term is 0 every later one is too (0 · v / i = 0).
    if (q === 0) break;
    term = q;
    result += term;
  }
  return negative ? safeDivBits(TWO32, result) : result;
}

/**
 * A sparse matrix (yuma.md §1) in compressed-row form: row i holds entries `start[i]..start[i+1]` of `col` (column
 * uids) and `val` (I32F32 bits, or raw u16 integers where a kernel says so), in storage order.
 */
export type Csr = {
  readonly rows: number;
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly val: Float64Array;
};

/** Builds a `Csr` (yuma.md §1) row by row, with room for `capacity` entries. */
export class CsrBuilder {
  private readonly start: Int32Array;
  private readonly col: Int32Array;
  private readonly val: Float64Array;
  private row = 0;
  private size = 0;

  constructor(
    readonly rows: number,
    capacity: number,
  ) {
    this.start = new Int32Array(rows + 1);
    this.col = new Int32Array(capacity);
    this.val = new Float64Array(capacity);
  }

  /** Appends one entry to the current row. */
  push(j: number, v: number): void {
    this.col[this.size] = j;
    this.val[this.size] = v;
    this.size += 1;
  }

  /** Closes the current row and opens the next one. */
  endRow(): void {
    this.row += 1;
    this.start[this.row] = this.size;
  }

  /** The finished matrix; every row must have been closed. */
  build(): Csr {
    if (this.row !== this.rows)
      throw new RangeError(`CsrBuilder: expected ${this.rows} rows, got ${this.row}`);
    return {
      rows: this.rows,
      start: this.start,
      col: this.col.subarray(0, this.size),
      val: this.val.subarray(0, this.size),
    };
  }
}

/** `m`'s rows and columns with other values: a matrix step that keeps the sparsity pattern (yuma.md §1). */
export function csrWithValues(m: Csr, val: Float64Array): Csr {
  return { rows: m.rows, start: m.start, col: m.col, val };
}

/**
 * `inplace_row_normalize_sparse` on raw u16 weights (yuma.md §5.5): returns row-normalised I32F32 bits.
 * A weight u is `u16_to_fixed(u)`, bits u·2^32, so with S the row's sum of u16s,
 * `safe_div(u·2^32, S·2^32)` is `trunc(u · 2^32 / S)`: `safeDivBits(u, S)`, with no bits above 2^48.
 * The I32F32 row sum S·2^32 must not wrap, which holds while S < 2^31.
 */
export function rowNormalizeU16(m: Csr): Float64Array {
  const out = new Float64Array(m.val.length);
  for (let i = 0; i < m.rows; i++) {
    const a = m.start[i]!;
    const b = m.start[i + 1]!;
    let s = 0;
    for (let t = a; t < b; t++) s += m.val[t]!;
    if (s >= 2147483648) outOfDomain("a weights row sum");
    // A zero sum means every entry is 0, whose bits are 0: "left as is".
    if (s > 0) for (let t = a; t < b; t++) out[t] = safeDivBits(m.val[t]!, s);
  }
  return out;
}

/**
 * `inplace_col_normalize_sparse` on raw u16 bonds (yuma.md §5.9a): returns I32F32 bits, each entry of a
 * column j < n divided by the column's sum as in `rowNormalizeU16`; entries of columns ≥ n stay raw
 * (`u16_to_fixed`, bits u·2^32), as upstream leaves them.
 */
export function colNormalizeU16(m: Csr, columns: number): Float64Array {
  const colSum = new Float64Array(columns);
  for (let t = 0; t < m.col.length; t++) {
    const j = m.col[t]!;
    if (j < columns) colSum[j] = colSum[j]! + m.val[t]!;
  }
  for (let j = 0; j < columns; j++) if (colSum[j]! >= 2147483648) outOfDomain("a bonds column sum");
  const out = new Float64Array(m.val.length);
  for (let t = 0; t < m.col.length; t++) {
    const j = m.col[t]!;
    const u = m.val[t]!;
    out[t] = j < columns ? (colSum[j] === 0 ? 0 : safeDivBits(u, colSum[j]!)) : u * TWO32;
  }
  return out;
}

/**
 * `inplace_col_normalize_sparse` (yuma.md §5.9a) on bits, in place: each entry of a column j < n with
 * a non-zero sum is divided by that sum. Values are non-negative, so the sum is exact below 2^52.
 */
export function colNormalize(m: Csr, columns: number): void {
  const colSum = new Float64Array(columns);
  const { col, val } = m;
  for (let t = 0; t < col.length; t++) {
    const j = col[t]!;
    if (j < columns) colSum[j] = colSum[j]! + val[t]!;
  }
  for (let t = 0; t < col.length; t++) {
    const j = col[t]!;
    if (j < columns) {
      const s = colSum[j]!;
      if (s !== 0) val[t] = safeDivBits(val[t]!, s);
    }
  }
}

/** `inplace_normalize` (yuma.md §1) on non-negative bits, in place: divide by the sum unless it is 0. */
export function normalizeBits(x: Float64Array): void {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  if (s !== 0) for (let i = 0; i < x.length; i++) x[i] = safeDivBits(x[i]!, s);
}

/**
 * `weighted_median_col_sparse` (yuma.md §5.6) on bits: the same mid-pivot search as math.ts's
 * `weightedMedian`, over a column-major score block of the positive-stake rows.
 */
export function weightedMedianColCsr(
  stake: Float64Array,
  score: Csr,
  columns: number,
  majority: number,
): Float64Array {
  let k = 0;
  for (let i = 0; i < stake.length; i++) if (stake[i]! > 0) k += 1;
  const useStake = new Float64Array(k);
  for (let i = 0, r = 0; i < stake.length; i++) if (stake[i]! > 0) useStake[r++] = stake[i]!;
  normalizeBits(useStake);
  let stakeSum = 0;
  for (let r = 0; r < k; r++) stakeSum += useStake[r]!;
  const minority = stakeSum - majority;

  // Column-major: the score of the r-th positive-stake row in column c is at c·k + r; a missing entry
  // scores 0 and a duplicate column's last value wins.
  const useScore = new Float64Array(columns * k);
  const rows = Math.min(stake.length, score.rows);
  for (let i = 0, r = 0; i < rows; i++) {
    if (!(stake[i]! > 0)) continue;
    for (let t = score.start[i]!; t < score.start[i + 1]!; t++) {
      const c = score.col[t]!;
      if (c < columns) useScore[c * k + r] = score.val[t]!;
    }
    r += 1;
  }

  const median = new Float64Array(columns);
  const buffers = [new Int32Array(k), new Int32Array(k), new Int32Array(k)] as const;
  for (let c = 0; c < columns; c++) {
    const offset = c * k;
    let cur = buffers[0];
    let lower = buffers[1];
    let upper = buffers[2];
    for (let t = 0; t < k; t++) cur[t] = t;
    let n = k;
    let lo = 0;
    let hi = stakeSum;
    let iterations = 0;
    let result = 0;
    for (;;) {
      if (n === 0) break;
      if (n === 1) {
        result = useScore[offset + cur[0]!]!;
        break;
      }
      const pivot = useScore[offset + cur[n >> 1]!]!;
      let loStake = 0;
      let hiStake = 0;
      let loLen = 0;
      let hiLen = 0;
      for (let t = 0; t < n; t++) {
        const p = cur[t]!;
        const s = useScore[offset + p]!;
        if (s === pivot) continue;
        if (s < pivot) {
          loStake += useStake[p]!;
          lower[loLen++] = p;
        } else {
          hiStake += useStake[p]!;
          upper[hiLen++] = p;
        }
      }
      if (minority < lo + loStake && loLen > 0) {
        const swap = cur;
        cur = lower;
        lower = swap;
        n = loLen;
        hi = lo + loStake;
      } else if (hi - hiStake <= minority && hiLen > 0) {
        const swap = cur;
        cur = upper;
        upper = swap;
        n = hiLen;
        lo = hi - hiStake;
      } else {
        result = pivot;
        break;
      }
      iterations += 1;
      if (iterations > k) {
        result = 0;
        break;
      }
    }
    median[c] = result;
  }
  return median;
}

/** `col_clip_sparse` (yuma.md §5.7): clip an entry above its column's consensus, drop it if that is ≤ 0. */
export function colClipCsr(m: Csr, threshold: Float64Array): Csr {
  const out = new CsrBuilder(m.rows, m.col.length);
  for (let i = 0; i < m.rows; i++) {
    for (let t = m.start[i]!; t < m.start[i + 1]!; t++) {
      const j = m.col[t]!;
      const v = m.val[t]!;
      const th = j < threshold.length ? threshold[j]! : 0;
      if (th < v) {
        if (th > 0) out.push(j, th);
      } else out.push(j, v);
    }
    out.endRow();
  }
  return out.build();
}

/** `row_sum_sparse` (yuma.md §5.7). */
export function rowSumCsr(m: Csr): Float64Array {
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    let s = 0;
    for (let t = m.start[i]!; t < m.start[i + 1]!; t++) s += m.val[t]!;
    out[i] = s;
  }
  return out;
}

/** `matmul_sparse` (yuma.md §5.7): `result[j] = Σ_i vector[i] · m[i][j]`, flooring each product. */
export function matmulCsr(m: Csr, vector: Float64Array, columns: number): Float64Array {
  const out = new Float64Array(columns);
  for (let i = 0; i < m.rows; i++) {
    const scale = i < vector.length ? vector[i]! : 0;
    for (let t = m.start[i]!; t < m.start[i + 1]!; t++) {
      const j = m.col[t]!;
      if (j < columns) out[j] = out[j]! + mulFloor(scale, m.val[t]!);
    }
  }
  return out;
}

/** `matmul_transpose_sparse` (yuma.md §5.9a): `result[i] = Σ_j vector[j] · m[i][j]`, flooring each product. */
export function matmulTransposeCsr(m: Csr, vector: Float64Array): Float64Array {
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    let acc = 0;
    for (let t = m.start[i]!; t < m.start[i + 1]!; t++) {
      const j = m.col[t]!;
      if (j < vector.length) acc += mulFloor(vector[j]!, m.val[t]!);
    }
    out[i] = acc;
  }
  return out;
}

/**
 * `interpolate_sparse` (yuma.md §5.8) for 0 < ratio < 1: `m1 + ratio · (m2 − m1)` densified per row,
 * positive results kept in ascending column order.
 */
export function interpolateCsr(m1: Csr, m2: Csr, columns: number, ratio: number): Csr {
  let busy = 0;
  for (let i = 0; i < m1.rows; i++) {
    if (m1.start[i + 1]! > m1.start[i]! || m2.start[i + 1]! > m2.start[i]!) busy += 1;
  }
  const out = new CsrBuilder(m1.rows, busy * columns);
  const row1 = new Float64Array(columns);
  const row2 = new Float64Array(columns);
  for (let i = 0; i < m1.rows; i++) {
    const a1 = m1.start[i]!;
    const b1 = m1.start[i + 1]!;
    const a2 = m2.start[i]!;
    const b2 = m2.start[i + 1]!;
    if (a1 === b1 && a2 === b2) {
      // Both rows empty: every interpolated value is 0, so nothing is kept.
      out.endRow();
      continue;
    }
    for (let t = a1; t < b1; t++) if (m1.col[t]! < columns) row1[m1.col[t]!] = m1.val[t]!;
    for (let t = a2; t < b2; t++) if (m2.col[t]! < columns) row2[m2.col[t]!] = m2.val[t]!;
    for (let j = 0; j < columns; j++) {
      const v1 = row1[j]!;
      const v = v1 + mulFloor(ratio, row2[j]! - v1);
      if (v > 0) out.push(j, v);
    }
    row1.fill(0);
    row2.fill(0);
    out.endRow();
  }
  return out.build();
}

/** `row_hadamard_sparse` (yuma.md §5.9a): each entry of row i times `vector[i]`, flooring. */
export function rowHadamardCsr(m: Csr, vector: Float64Array): Csr {
  const val = new Float64Array(m.val.length);
  for (let i = 0; i < m.rows; i++) {
    const scale = vector[i]!;
    for (let t = m.start[i]!; t < m.start[i + 1]!; t++) val[t] = mulFloor(m.val[t]!, scale);
  }
  return csrWithValues(m, val);
}

/**
 * `mat_ema_sparse` (yuma.md §5.9a): `alpha · new + (1 − alpha) · old` through a dense accumulator of
 * width `new.rows`, positive entries emitted in ascending column order. Needs 0 ≤ alpha ≤ 1.
 */
export function matEmaCsr(newM: Csr, oldM: Csr, alpha: number): Csr {
  const n = newM.rows;
  const oneMinusAlpha = ONE_BITS - alpha;
  const out = new CsrBuilder(n, newM.col.length + oldM.col.length);
  const acc = new Float64Array(n);
  const touched = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let minJ = n;
    let maxJ = -1;
    for (let t = newM.start[i]!; t < newM.start[i + 1]!; t++) {
      const j = newM.col[t]!;
      if (j < n) {
        acc[j] = acc[j]! + mulFloor(alpha, newM.val[t]!);
        touched[j] = 1;
        if (j < minJ) minJ = j;
        if (j > maxJ) maxJ = j;
      }
    }
    if (i < oldM.rows) {
      for (let t = oldM.start[i]!; t < oldM.start[i + 1]!; t++) {
        const j = oldM.col[t]!;
        if (j < n) {
          acc[j] = acc[j]! + mulFloor(oneMinusAlpha, oldM.val[t]!);
          touched[j] = 1;
          if (j < minJ) minJ = j;
          if (j > maxJ) maxJ = j;
        }
      }
    }
    // Only touched columns can be non-zero; scanning them in ascending j is upstream's dense scan.
    for (let j = minJ; j <= maxJ; j++) {
      if (touched[j] === 0) continue;
      if (acc[j]! > 0) out.push(j, acc[j]!);
      acc[j] = 0;
      touched[j] = 0;
    }
    out.endRow();
  }
  return out.build();
}

/**
 * `mat_ema_alpha_sparse` (yuma.md §5.9b) with the liquid alphas of `liquid_alphas` computed per row:
 * `alphaOf(consensus[j], w, b)` where w and b come from upstream's forward-only cursors on the
 * weights-for-bonds and bonds rows (pitfall 7), evaluated only at the columns the EMA reads. Old bonds
 * are decayed by assignment; one entry is emitted per new-row entry, in its order, clamped to [0, 1]
 * and kept when positive, so a bond missing from the new row is dropped (pitfall 6).
 */
export function matEmaAlphaCsr(
  newM: Csr,
  oldM: Csr,
  consensus: Float64Array,
  alphaOf: (consensus: number, weight: number, bond: number) => number,
): Csr {
  const n = consensus.length;
  const out = new CsrBuilder(newM.rows, newM.col.length);
  const alpha = new Float64Array(n);
  const decayed = new Float64Array(n);
  const needed = new Uint8Array(n);
  for (let i = 0; i < newM.rows; i++) {
    const na = newM.start[i]!;
    const nb = newM.start[i + 1]!;
    const oa = i < oldM.rows ? oldM.start[i]! : 0;
    const ob = i < oldM.rows ? oldM.start[i + 1]! : 0;
    let last = -1;
    for (let t = na; t < nb; t++) {
      const j = newM.col[t]!;
      if (j < n) {
        needed[j] = 1;
        if (j > last) last = j;
      }
    }
    for (let t = oa; t < ob; t++) {
      const j = oldM.col[t]!;
      if (j < n) {
        needed[j] = 1;
        if (j > last) last = j;
      }
    }
    // The cursor walk over j = 0..last: an entry is read only when its column equals j.
    let wt = na;
    let bt = oa;
    for (let j = 0; j <= last; j++) {
      while (wt < nb && newM.col[wt]! < j) wt += 1;
      while (bt < ob && oldM.col[bt]! < j) bt += 1;
      if (needed[j] === 0) continue;
      needed[j] = 0;
      const w = wt < nb && newM.col[wt] === j ? newM.val[wt]! : 0;
      const b = bt < ob && oldM.col[bt] === j ? oldM.val[bt]! : 0;
      alpha[j] = alphaOf(consensus[j]!, w, b);
    }
    for (let t = oa; t < ob; t++) {
      const j = oldM.col[t]!;
      if (j < n) decayed[j] = mulFloor(ONE_BITS - alpha[j]!, oldM.val[t]!);
    }
    for (let t = na; t < nb; t++) {
      const j = newM.col[t]!;
      if (j >= n) continue;
      const inc = mulFloor(alpha[j]!, newM.val[t]!);
      const sum = decayed[j]! + (inc > 0 ? inc : 0);
      const v = sum < ONE_BITS ? sum : ONE_BITS;
      if (v > 0) out.push(j, v);
    }
    for (let t = oa; t < ob; t++) {
      const j = oldM.col[t]!;
      if (j < n) decayed[j] = 0;
    }
    out.endRow();
  }
  return out.build();
}

/** `inplace_col_max_upscale_sparse` (yuma.md §5.9a), in place: divide by the column maximum if non-zero. */
export function colMaxUpscale(m: Csr, columns: number): void {
  const colMax = new Float64Array(columns);
  for (let t = 0; t < m.col.length; t++) {
    const j = m.col[t]!;
    if (j < columns && colMax[j]! < m.val[t]!) colMax[j] = m.val[t]!;
  }
  for (let t = 0; t < m.col.length; t++) {
    const j = m.col[t]!;
    if (j < columns && colMax[j] !== 0) m.val[t] = safeDivBits(m.val[t]!, colMax[j]!);
  }
}
