/**
 * Generic fixed-point core (yuma.md §2), bit-exact with substrate-fixed v0.6.0. A value is its raw bits
 * held as a branded bigint; each number type (i32f32.ts, i64f64.ts, ...) is this core fed with constants.
 *
 * Operations trust their branded inputs and do no runtime checks; only the constructors (`fromBits`,
 * `fromInt`, `fromDecimal`) validate. Plain `add`, `sub`, `mul`, `div`, `neg`, `abs` and `round` wrap in
 * two's complement (signed) or modulo 2^totalBits (unsigned), as Rust release builds do.
 */
import { assertBigint, assertIntegerInRange } from "../errors/assert.ts";

/** A fixed-point value of type `N`: its raw bits, branded so that types cannot mix (yuma.md §2). */
export type Fixed<N extends string> = bigint & { readonly __fixed: N };

/** The parameters of a fixed-point type (yuma.md §2 table). */
export type FixedParams<N extends string> = {
  readonly name: N;
  /** Width of the bits integer: 64 for i64, 128 for i128/u128. */
  readonly totalBits: number;
  readonly fracBits: number;
  readonly signed: boolean;
};

/** The operations of one fixed-point type, named after substrate-fixed's methods (yuma.md §2.1). */
export type FixedType<N extends string> = {
  readonly name: N;
  readonly totalBits: number;
  readonly fracBits: number;
  readonly signed: boolean;
  readonly ZERO: Fixed<N>;
  readonly ONE: Fixed<N>;
  readonly MIN: Fixed<N>;
  readonly MAX: Fixed<N>;
  /** The smallest positive value, bits 1 (one ulp). */
  readonly DELTA: Fixed<N>;

  /** Wraps raw bits; throws RangeError when they are outside [MIN, MAX]. */
  fromBits(bits: bigint): Fixed<N>;
  /** `from_num(int)`: `v << frac`; throws RangeError when out of range. */
  fromInt(v: bigint | number): Fixed<N>;
  /** `saturating_from_num(int)`: `v << frac`, clamped to [MIN, MAX]. */
  saturatingFromInt(v: bigint | number): Fixed<N>;
  /**
   * Exact decimal string to the nearest bits, ties to even; throws RangeError when out of range. Matches
   * Rust's `from_num(<f64 literal>)` for I32F32 constants such as 0.1; for 64 fraction bits Rust rounds
   * the f64 approximation instead (I64F64 0.1: Rust …5264, this …5162).
   */
  fromDecimal(text: string): Fixed<N>;

  /** `+`: wraps on overflow. */
  add(a: Fixed<N>, b: Fixed<N>): Fixed<N>;
  /** `-`: wraps on overflow. */
  sub(a: Fixed<N>, b: Fixed<N>): Fixed<N>;
  checkedAdd(a: Fixed<N>, b: Fixed<N>): Fixed<N> | undefined;
  checkedSub(a: Fixed<N>, b: Fixed<N>): Fixed<N> | undefined;
  saturatingAdd(a: Fixed<N>, b: Fixed<N>): Fixed<N>;
  saturatingSub(a: Fixed<N>, b: Fixed<N>): Fixed<N>;

  /** `*`: `(a·b) >> frac`, floor toward −∞; wraps on overflow. */
  mul(a: Fixed<N>, b: Fixed<N>): Fixed<N>;
  checkedMul(a: Fixed<N>, b: Fixed<N>): Fixed<N> | undefined;
  saturatingMul(a: Fixed<N>, b: Fixed<N>): Fixed<N>;

  /** `/`: `(a << frac) / b`, truncated toward 0; wraps on overflow; throws RangeError when `b` is 0. */
  div(a: Fixed<N>, b: Fixed<N>): Fixed<N>;
  /** `checked_div`: undefined when `b` is 0 or the quotient overflows. */
  checkedDiv(a: Fixed<N>, b: Fixed<N>): Fixed<N> | undefined;
  /** `safe_div` (safe-math): 0 when `b` is 0 and also when the quotient overflows; never saturates. */
  safeDiv(a: Fixed<N>, b: Fixed<N>): Fixed<N>;
  /** `saturating_div`: clamps on overflow; throws RangeError when `b` is 0 (Rust panics). */
  saturatingDiv(a: Fixed<N>, b: Fixed<N>): Fixed<N>;

  /** Unary `-`: wraps (−MIN is MIN; for unsigned types, −x is 2^totalBits − x). */
  neg(x: Fixed<N>): Fixed<N>;
  /** `abs`: wraps (abs(MIN) is MIN); the identity for unsigned types. */
  abs(x: Fixed<N>): Fixed<N>;
  min(a: Fixed<N>, b: Fixed<N>): Fixed<N>;
  max(a: Fixed<N>, b: Fixed<N>): Fixed<N>;
  /** −1, 0 or 1, comparing bits. */
  cmp(a: Fixed<N>, b: Fixed<N>): -1 | 0 | 1;

  /** The integer part, rounded toward −∞. */
  floorToInt(x: Fixed<N>): bigint;
  /** `saturating_to_num::<uN>()`: floor; negative gives 0, too large gives 2^maxBits − 1. */
  saturatingToUint(x: Fixed<N>, maxBits: number): bigint;
  /** `saturating_to_num::<u16>()`. */
  saturatingToU16(x: Fixed<N>): number;
  /** `saturating_to_num::<u64>()`. */
  saturatingToU64(x: Fixed<N>): bigint;
  /** `round()`: nearest integer, ties away from zero; wraps on overflow. */
  round(x: Fixed<N>): Fixed<N>;

  /** `saturating_from_num(other fixed)`: dropping fraction bits floors, widening is exact, then clamps. */
  saturatingFromFixed<M extends string>(x: Fixed<M>, from: FixedType<M>): Fixed<N>;
  /** `to.saturating_from_num(x)`, written from the source side. */
  convert<M extends string>(x: Fixed<N>, to: FixedType<M>): Fixed<M>;

  /** Exact decimal text (a binary fraction always terminates); with `digits`, truncated toward zero. */
  toDecimalString(x: Fixed<N>, digits?: number): string;
};

function toInteger(v: unknown, label: string): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "number" && Number.isSafeInteger(v)) return BigInt(v);
  throw new TypeError(`${label}: expected an integer, got ${typeof v}`);
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Builds the frozen operations object of one fixed-point type (yuma.md §2, §2.1). */
export function defineFixed<const N extends string>(params: FixedParams<N>): FixedType<N> {
  const { name, totalBits, fracBits, signed } = params;
  if (!Number.isSafeInteger(totalBits) || totalBits < 2) {
    throw new RangeError(`${name}: expected totalBits >= 2, got ${totalBits}`);
  }
  // ONE must be representable, and `round` needs a half, so at least one fraction and one integer bit.
  const maxFrac = totalBits - (signed ? 2 : 1);
  if (!Number.isSafeInteger(fracBits) || fracBits < 1 || fracBits > maxFrac) {
    throw new RangeError(`${name}: expected fracBits in [1, ${maxFrac}], got ${fracBits}`);
  }

  const total = BigInt(totalBits);
  const frac = BigInt(fracBits);
  const minBits = signed ? -(1n << (total - 1n)) : 0n;
  const maxBits = signed ? (1n << (total - 1n)) - 1n : (1n << total) - 1n;
  const half = 1n << (frac - 1n);
  const fracMask = (1n << frac) - 1n;

  const brand = (bits: bigint) => bits as Fixed<N>;
  const inRange = (bits: bigint) => bits >= minBits && bits <= maxBits;
  const wrap = (bits: bigint) =>
    brand(signed ? BigInt.asIntN(totalBits, bits) : BigInt.asUintN(totalBits, bits));
  const clamp = (bits: bigint) => brand(bits < minBits ? minBits : bits > maxBits ? maxBits : bits);
  const checked = (bits: bigint) => (inRange(bits) ? brand(bits) : undefined);
  const zero = brand(0n);

  // Exact products and quotients in unbounded bigint stand in for Rust's double-width intermediates:
  // `>>` on a negative bigint floors and `/` truncates toward zero, which are the two rounding rules.
  const exactMul = (a: bigint, b: bigint) => (a * b) >> frac;
  const exactDiv = (a: bigint, b: bigint) => (a << frac) / b;
  const nonZero = (b: bigint, op: string) => {
    if (b === 0n) throw new RangeError(`${name}.${op}: expected a non-zero divisor, got 0`);
  };

  const floorToInt = (x: Fixed<N>) => x >> frac;
  const saturatingToUint = (x: Fixed<N>, bits: number) => {
    const top = (1n << BigInt(bits)) - 1n;
    const int = floorToInt(x);
    return int < 0n ? 0n : int > top ? top : int;
  };

  const saturatingFromFixed = <M extends string>(x: Fixed<M>, from: FixedType<M>): Fixed<N> => {
    const shift = fracBits - from.fracBits;
    return clamp(shift >= 0 ? x << BigInt(shift) : x >> BigInt(-shift));
  };

  const fixed: FixedType<N> = {
    name,
    totalBits,
    fracBits,
    signed,
    ZERO: zero,
    ONE: brand(1n << frac),
    MIN: brand(minBits),
    MAX: brand(maxBits),
    DELTA: brand(1n),

    fromBits(bits) {
      assertBigint(bits, `${name}.fromBits`);
      assertIntegerInRange(bits, minBits, maxBits, `${name}.fromBits`);
      return brand(bits);
    },
    fromInt(v) {
      const int = toInteger(v, `${name}.fromInt`);
      assertIntegerInRange(int, minBits >> frac, maxBits >> frac, `${name}.fromInt`);
      return brand(int << frac);
    },
    saturatingFromInt(v) {
      return clamp(toInteger(v, `${name}.saturatingFromInt`) << frac);
    },
    fromDecimal(text) {
      const match = typeof text === "string" ? DECIMAL.exec(text) : null;
      if (!match) throw new TypeError(`${name}.fromDecimal: expected a decimal string, got ${String(text)}`);
      const [, sign = "", int = "", fraction = ""] = match;
      const den = 10n ** BigInt(fraction.length);
      const num = BigInt(int + fraction) << frac;
      // Round the magnitude to nearest, ties to even; ties-to-even is symmetric, so the sign can go after.
      let q = num / den;
      const twice = 2n * (num - q * den);
      if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
      const bits = sign === "-" ? -q : q;
      if (!inRange(bits)) {
        throw new RangeError(`${name}.fromDecimal: expected a value in range, got ${text}`);
      }
      return brand(bits);
    },

    add: (a, b) => wrap(a + b),
    sub: (a, b) => wrap(a - b),
    checkedAdd: (a, b) => checked(a + b),
    checkedSub: (a, b) => checked(a - b),
    saturatingAdd: (a, b) => clamp(a + b),
    saturatingSub: (a, b) => clamp(a - b),

    mul: (a, b) => wrap(exactMul(a, b)),
    checkedMul: (a, b) => checked(exactMul(a, b)),
    saturatingMul: (a, b) => clamp(exactMul(a, b)),

    div(a, b) {
      nonZero(b, "div");
      return wrap(exactDiv(a, b));
    },
    checkedDiv: (a, b) => (b === 0n ? undefined : checked(exactDiv(a, b))),
    safeDiv: (a, b) => (b === 0n ? zero : (checked(exactDiv(a, b)) ?? zero)),
    saturatingDiv(a, b) {
      nonZero(b, "saturatingDiv");
      return clamp(exactDiv(a, b));
    },

    neg: (x) => wrap(-x),
    abs: (x) => wrap(x < 0n ? -x : x),
    min: (a, b) => (a <= b ? a : b),
    max: (a, b) => (a >= b ? a : b),
    cmp: (a, b) => (a < b ? -1 : a > b ? 1 : 0),

    floorToInt,
    saturatingToUint,
    saturatingToU16: (x) => Number(saturatingToUint(x, 16)),
    saturatingToU64: (x) => saturatingToUint(x, 64),
    round(x) {
      // Round the magnitude half-up, then restore the sign: that is "ties away from zero".
      const magnitude = ((x < 0n ? -x : x) + half) & ~fracMask;
      return wrap(x < 0n ? -magnitude : magnitude);
    },

    saturatingFromFixed,
    convert: (x, to) => to.saturatingFromFixed(x, fixed),

    toDecimalString(x, digits) {
      const magnitude = x < 0n ? -x : x;
      // 2^frac divides 10^frac, so frac decimal digits hold the fraction exactly.
      const scaled = ((magnitude & fracMask) * 10n ** frac) >> frac;
      let fraction = scaled.toString().padStart(fracBits, "0");
      if (digits === undefined) fraction = fraction.replace(/0+$/, "");
      else {
        assertIntegerInRange(digits, 0n, BigInt(fracBits), `${name}.toDecimalString digits`);
        fraction = fraction.slice(0, digits);
      }
      const text = fraction ? `${magnitude >> frac}.${fraction}` : `${magnitude >> frac}`;
      return x < 0n && /[1-9]/.test(text) ? `-${text}` : text;
    },
  };
  return Object.freeze(fixed);
}
