import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { defineFixed, type Fixed, type FixedType } from "./_fixed.ts";
import { exp, expSafe } from "./exp.ts";
import { I32F32 } from "./i32f32.ts";
import { I64F64 } from "./i64f64.ts";
import { I96F32 } from "./i96f32.ts";
import {
  fixed64ToFixed32,
  fixed64ToU64,
  fixedProportionToU16,
  fixedToFixedU16Proportion,
  u16ProportionToFixed,
  u16ToFixed,
  vecMaxUpscaleToU16,
} from "./u16Proportion.ts";
import { U64F64 } from "./u64f64.ts";
import { U96F32 } from "./u96f32.ts";

// Every type goes through the same checks; `any` in the name parameter lets one list hold them all.
// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous list of fixed types
type AnyFixed = FixedType<any>;
const TYPES: readonly AnyFixed[] = [I32F32, I64F64, I96F32, U64F64, U96F32];

const EXPECTED_PARAMS = {
  I32F32: { totalBits: 64, fracBits: 32, signed: true },
  I64F64: { totalBits: 128, fracBits: 64, signed: true },
  I96F32: { totalBits: 128, fracBits: 32, signed: true },
  U64F64: { totalBits: 128, fracBits: 64, signed: false },
  U96F32: { totalBits: 128, fracBits: 32, signed: false },
} as const;

/** Deterministic splitmix64 over bigint, so property checks are reproducible without Math.random. */
function splitmix64(seed: bigint): () => bigint {
  let state = seed;
  return () => {
    state = BigInt.asUintN(64, state + 0x9e3779b97f4a7c15n);
    let z = state;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    return z ^ (z >> 31n);
  };
}

/** Uniform-ish values below 2^bits in magnitude, signed when the type is signed. */
function randomValues(T: AnyFixed, seed: bigint, count: number, bits: number): Fixed<string>[] {
  const next = splitmix64(seed);
  const out: Fixed<string>[] = [];
  for (let i = 0; i < count; i++) {
    let raw = 0n;
    for (let have = 0; have < bits + 1; have += 64) raw = (raw << 64n) | next();
    // Vary the magnitude too, so small and large values both appear.
    const width = BigInt(1 + Number(next() % BigInt(bits)));
    const magnitude = raw & ((1n << width) - 1n);
    out.push((T.signed && (raw >> BigInt(bits)) & 1n ? -magnitude : magnitude) as Fixed<string>);
  }
  return out;
}

describe("defineFixed parameters", () => {
  test("each type has the yuma.md §2 parameters and constants", () => {
    for (const T of TYPES) {
      const p = EXPECTED_PARAMS[T.name as keyof typeof EXPECTED_PARAMS];
      assert.deepEqual(
        { totalBits: T.totalBits, fracBits: T.fracBits, signed: T.signed },
        p,
        `${T.name}: parameters`,
      );
      const total = BigInt(T.totalBits);
      assert.equal(T.ZERO, 0n, `${T.name}: ZERO`);
      assert.equal(T.ONE, 1n << BigInt(T.fracBits), `${T.name}: ONE`);
      assert.equal(T.DELTA, 1n, `${T.name}: DELTA`);
      assert.equal(T.MIN, T.signed ? -(1n << (total - 1n)) : 0n, `${T.name}: MIN`);
      assert.equal(T.MAX, T.signed ? (1n << (total - 1n)) - 1n : (1n << total) - 1n, `${T.name}: MAX`);
      assert.ok(Object.isFrozen(T), `${T.name}: frozen`);
    }
  });

  test("rejects unusable parameters", () => {
    assert.throws(
      () => defineFixed({ name: "X", totalBits: 64, fracBits: 0, signed: true }),
      RangeError,
      "frac 0",
    );
    assert.throws(
      () => defineFixed({ name: "X", totalBits: 64, fracBits: 63, signed: true }),
      RangeError,
      "no int",
    );
    assert.doesNotThrow(
      () => defineFixed({ name: "X", totalBits: 64, fracBits: 63, signed: false }),
      "U1F63",
    );
    assert.throws(
      () => defineFixed({ name: "X", totalBits: 1, fracBits: 1, signed: false }),
      RangeError,
      "1 bit",
    );
  });
});

describe("constructors", () => {
  test("fromBits range-checks", () => {
    for (const T of TYPES) {
      assert.equal(T.fromBits(T.MAX), T.MAX, `${T.name}: fromBits(MAX)`);
      assert.equal(T.fromBits(T.MIN), T.MIN, `${T.name}: fromBits(MIN)`);
      assert.throws(() => T.fromBits(T.MAX + 1n), /expected .* got/, `${T.name}: fromBits(MAX+1)`);
      assert.throws(() => T.fromBits(T.MIN - 1n), RangeError, `${T.name}: fromBits(MIN-1)`);
      assert.throws(() => T.fromBits(1 as unknown as bigint), TypeError, `${T.name}: fromBits(number)`);
    }
  });

  test("fromInt shifts exactly and saturatingFromInt clamps", () => {
    assert.equal(I32F32.fromInt(-3), -3n << 32n, "I32F32.fromInt(-3)");
    assert.equal(I32F32.fromInt(65535n), 65535n << 32n, "I32F32.fromInt(65535n)");
    assert.equal(I32F32.fromInt(-(2n ** 31n)), I32F32.MIN, "I32F32.fromInt(-2^31) is MIN");
    assert.throws(() => I32F32.fromInt(2n ** 31n), RangeError, "I32F32.fromInt(2^31)");
    assert.throws(() => U96F32.fromInt(-1), RangeError, "U96F32.fromInt(-1)");
    assert.throws(() => I32F32.fromInt(0.5), TypeError, "I32F32.fromInt(0.5)");
    assert.equal(I32F32.saturatingFromInt(2n ** 31n), I32F32.MAX, "I32F32.saturatingFromInt(2^31)");
    assert.equal(I32F32.saturatingFromInt(-(2n ** 40n)), I32F32.MIN, "I32F32.saturatingFromInt(-2^40)");
    assert.equal(U96F32.saturatingFromInt(-1), 0n, "U96F32.saturatingFromInt(-1)");
    assert.equal(U96F32.saturatingFromInt(2n ** 96n), U96F32.MAX, "U96F32.saturatingFromInt(2^96)");
    assert.equal(U96F32.saturatingFromInt(2n ** 96n - 1n), (2n ** 96n - 1n) << 32n, "U96F32 2^96-1");
  });

  test("fromDecimal rounds to nearest, ties to even", () => {
    assert.equal(I32F32.fromDecimal("0.1"), 429496730n, "I32F32 0.1 (yuma.md §2.1)");
    assert.equal(I32F32.fromDecimal("-0.1"), -429496730n, "I32F32 -0.1");
    assert.equal(I32F32.fromDecimal("0.5"), 1n << 31n, "I32F32 0.5");
    assert.equal(I32F32.fromDecimal("+20"), 20n << 32n, "I32F32 +20");
    assert.equal(I32F32.fromDecimal("1000"), 4294967296000n, "I32F32 1000 (steepness)");
    // 2^-33 is halfway between bits 0 and 1; 3·2^-33 between 1 and 2: ties go to the even side.
    assert.equal(I32F32.fromDecimal("0.000000000116415321826934814453125"), 0n, "I32F32 tie 0.5 ulp");
    assert.equal(I32F32.fromDecimal("0.000000000349245965480804443359375"), 2n, "I32F32 tie 1.5 ulp");
    assert.equal(I32F32.fromDecimal("-0.000000000349245965480804443359375"), -2n, "I32F32 tie -1.5 ulp");
    assert.equal(I32F32.fromDecimal("0.0000000001164153218269348144531251"), 1n, "I32F32 just above tie");
    assert.equal(I32F32.fromDecimal("-2147483648"), I32F32.MIN, "I32F32 MIN as decimal");
    assert.throws(() => I32F32.fromDecimal("2147483648"), RangeError, "I32F32 2^31 out of range");
    assert.throws(() => U96F32.fromDecimal("-0.5"), RangeError, "U96F32 negative out of range");
    assert.throws(() => I32F32.fromDecimal("1e-3"), TypeError, "I32F32 exponent form rejected");
    assert.throws(() => I32F32.fromDecimal(".5"), TypeError, "I32F32 missing integer digits rejected");
    // The decimal is rounded exactly; Rust's from_num(0.1f64) would round the f64 instead (…5264).
    assert.equal(I64F64.fromDecimal("0.1"), 1844674407370955162n, "I64F64 0.1 exact decimal");
    assert.equal(U96F32.fromDecimal("0.25"), 1n << 30n, "U96F32 0.25");
  });
});

describe("add and sub", () => {
  test("signed edges: wrap, checked, saturating", () => {
    for (const T of [I32F32, I64F64, I96F32] as AnyFixed[]) {
      const n = T.name;
      assert.equal(T.add(T.MAX, T.DELTA), T.MIN, `${n}: MAX + ulp wraps to MIN`);
      assert.equal(T.sub(T.MIN, T.DELTA), T.MAX, `${n}: MIN - ulp wraps to MAX`);
      assert.equal(T.checkedAdd(T.MAX, T.DELTA), undefined, `${n}: checkedAdd overflow`);
      assert.equal(T.checkedSub(T.MIN, T.DELTA), undefined, `${n}: checkedSub overflow`);
      assert.equal(T.checkedAdd(T.MAX, T.ZERO), T.MAX, `${n}: checkedAdd at MAX`);
      assert.equal(T.checkedSub(T.MAX, T.MAX), T.ZERO, `${n}: checkedSub MAX-MAX`);
      assert.equal(T.saturatingAdd(T.MAX, T.ONE), T.MAX, `${n}: saturatingAdd to MAX`);
      assert.equal(T.saturatingSub(T.MIN, T.ONE), T.MIN, `${n}: saturatingSub to MIN`);
      assert.equal(T.saturatingAdd(T.MIN, T.neg(T.ONE)), T.MIN, `${n}: saturatingAdd to MIN`);
      assert.equal(T.saturatingSub(T.MAX, T.neg(T.ONE)), T.MAX, `${n}: saturatingSub to MAX`);
    }
  });

  test("unsigned edges (U96F32 bits 0 and 2^128-1)", () => {
    for (const T of [U96F32, U64F64] as AnyFixed[]) {
      const n = T.name;
      assert.equal(T.MAX, 2n ** 128n - 1n, `${n}: MAX bits`);
      assert.equal(T.sub(T.ZERO, T.DELTA), T.MAX, `${n}: 0 - ulp wraps to MAX`);
      assert.equal(T.add(T.MAX, T.DELTA), T.ZERO, `${n}: MAX + ulp wraps to 0`);
      assert.equal(T.checkedSub(T.ZERO, T.DELTA), undefined, `${n}: checkedSub below 0`);
      assert.equal(T.checkedAdd(T.MAX, T.DELTA), undefined, `${n}: checkedAdd above MAX`);
      assert.equal(T.saturatingSub(T.ONE, T.MAX), T.ZERO, `${n}: saturatingSub to 0`);
      assert.equal(T.saturatingAdd(T.MAX, T.MAX), T.MAX, `${n}: saturatingAdd to MAX`);
    }
  });
});

describe("mul", () => {
  test("floors toward -inf", () => {
    for (const T of TYPES) {
      const n = T.name;
      const half = T.fromDecimal("0.5");
      assert.equal(T.mul(T.DELTA, half), 0n, `${n}: ulp * 0.5 floors to 0`);
      assert.equal(T.mul(T.fromBits(3n), half), 1n, `${n}: 3 ulp * 0.5 floors to 1`);
      if (T.signed) {
        assert.equal(T.mul(T.fromBits(-1n), half), -1n, `${n}: -ulp * 0.5 floors to -1 ulp`);
        assert.equal(T.mul(T.fromBits(-3n), half), -2n, `${n}: -3 ulp * 0.5 floors to -2 ulp`);
        assert.equal(T.mul(half, T.fromBits(-3n)), -2n, `${n}: 0.5 * -3 ulp floors to -2 ulp`);
        assert.equal(T.mul(T.neg(T.ONE), T.neg(T.ONE)), T.ONE, `${n}: -1 * -1`);
      }
    }
    // I32F32 0.1 * 1e9 (pitfall 14's shape): the truncated constant times 1e9, floored.
    assert.equal(I32F32.mul(I32F32.fromDecimal("0.1"), I32F32.fromInt(1000)), 429496730000n, "0.1*1000");
    assert.equal(
      I96F32.floorToInt(I96F32.mul(I96F32.fromBits(429496729n), I96F32.fromInt(1_000_000_000))),
      99_999_999n,
      "I96F32 truncated 0.1 * 1e9 floors to 99_999_999 (yuma.md §9.14)",
    );
  });

  test("overflow edges: wrap, checked, saturating", () => {
    const two = I32F32.fromInt(2);
    const minusTwo = I32F32.fromInt(-2);
    assert.equal(I32F32.checkedMul(I32F32.MAX, two), undefined, "I32F32 MAX*2 checked");
    assert.equal(I32F32.saturatingMul(I32F32.MAX, two), I32F32.MAX, "I32F32 MAX*2 saturating");
    assert.equal(I32F32.saturatingMul(I32F32.MAX, minusTwo), I32F32.MIN, "I32F32 MAX*-2 saturating");
    assert.equal(I32F32.saturatingMul(I32F32.MIN, minusTwo), I32F32.MAX, "I32F32 MIN*-2 saturating");
    assert.equal(I32F32.mul(I32F32.MAX, two), -2n, "I32F32 MAX*2 wraps to bits -2");
    assert.equal(I32F32.checkedMul(I32F32.MIN, I32F32.ONE), I32F32.MIN, "I32F32 MIN*1 fits");
    assert.equal(I32F32.checkedMul(I32F32.MIN, I32F32.neg(I32F32.ONE)), undefined, "I32F32 MIN*-1 overflows");
    assert.equal(U96F32.checkedMul(U96F32.MAX, U96F32.fromInt(2)), undefined, "U96F32 MAX*2 checked");
    assert.equal(U96F32.saturatingMul(U96F32.MAX, U96F32.fromInt(2)), U96F32.MAX, "U96F32 MAX*2 saturating");
    assert.equal(U96F32.mul(U96F32.MAX, U96F32.fromInt(2)), U96F32.MAX - 1n, "U96F32 MAX*2 wraps");
    assert.equal(U96F32.checkedMul(U96F32.MAX, U96F32.ONE), U96F32.MAX, "U96F32 MAX*1 fits");
  });
});

describe("div", () => {
  test("truncates toward zero", () => {
    for (const T of TYPES) {
      const n = T.name;
      const two = T.fromInt(2);
      assert.equal(T.div(T.fromBits(3n), two), 1n, `${n}: 3 ulp / 2 truncates to 1 ulp`);
      assert.equal(T.div(T.fromInt(7), two), T.fromDecimal("3.5"), `${n}: 7 / 2`);
      assert.equal(T.div(T.ONE, T.fromInt(3)), T.ONE / 3n, `${n}: 1 / 3 truncates`);
      if (T.signed) {
        assert.equal(T.div(T.fromBits(-1n), two), 0n, `${n}: -1 ulp / 2 truncates to 0`);
        assert.equal(T.div(T.fromBits(-3n), two), -1n, `${n}: -3 ulp / 2 truncates to -1 ulp`);
        assert.equal(T.div(T.fromBits(3n), T.neg(two)), -1n, `${n}: 3 ulp / -2 truncates to -1 ulp`);
        assert.equal(T.div(T.neg(T.ONE), T.fromInt(3)), -(T.ONE / 3n), `${n}: -1 / 3 truncates`);
      }
    }
    assert.equal(u16ProportionToFixed(1), 65537n, "I32F32 1/65535 truncates to bits 65537");
  });

  test("zero divisor", () => {
    for (const T of TYPES) {
      const n = T.name;
      assert.throws(() => T.div(T.ONE, T.ZERO), /non-zero divisor/, `${n}: div by 0 throws`);
      assert.throws(() => T.saturatingDiv(T.ONE, T.ZERO), RangeError, `${n}: saturatingDiv by 0 throws`);
      assert.equal(T.checkedDiv(T.ONE, T.ZERO), undefined, `${n}: checkedDiv by 0`);
      assert.equal(T.safeDiv(T.ONE, T.ZERO), T.ZERO, `${n}: safeDiv by 0 is 0`);
    }
  });

  test("overflow: checked undefined, safeDiv 0 (never saturates), saturatingDiv clamps", () => {
    for (const T of TYPES) {
      const n = T.name;
      assert.equal(T.checkedDiv(T.MAX, T.DELTA), undefined, `${n}: MAX/ulp checked`);
      assert.equal(T.safeDiv(T.MAX, T.DELTA), T.ZERO, `${n}: MAX/ulp safeDiv is 0`);
      assert.equal(T.saturatingDiv(T.MAX, T.DELTA), T.MAX, `${n}: MAX/ulp saturating`);
      assert.equal(T.checkedDiv(T.MAX, T.ONE), T.MAX, `${n}: MAX/1 fits`);
      assert.equal(T.safeDiv(T.MAX, T.ONE), T.MAX, `${n}: MAX/1 safeDiv`);
      if (T.signed) {
        const minusOne = T.neg(T.ONE);
        assert.equal(T.saturatingDiv(T.MAX, T.neg(T.DELTA)), T.MIN, `${n}: MAX/-ulp saturating`);
        assert.equal(T.checkedDiv(T.MIN, minusOne), undefined, `${n}: MIN/-1 checked`);
        assert.equal(T.safeDiv(T.MIN, minusOne), T.ZERO, `${n}: MIN/-1 safeDiv`);
        assert.equal(T.saturatingDiv(T.MIN, minusOne), T.MAX, `${n}: MIN/-1 saturating`);
        assert.equal(T.div(T.MIN, minusOne), T.MIN, `${n}: MIN/-1 wraps to MIN`);
        assert.equal(T.checkedDiv(T.MIN, T.ONE), T.MIN, `${n}: MIN/1 fits`);
      }
    }
  });
});

describe("neg, abs, min, max, cmp", () => {
  test("signed and unsigned", () => {
    assert.equal(I32F32.neg(I32F32.MIN), I32F32.MIN, "I32F32 -MIN wraps to MIN");
    assert.equal(I32F32.neg(I32F32.MAX), I32F32.MIN + 1n, "I32F32 -MAX");
    assert.equal(I32F32.abs(I32F32.MIN), I32F32.MIN, "I32F32 abs(MIN) wraps");
    assert.equal(I32F32.abs(I32F32.fromInt(-5)), I32F32.fromInt(5), "I32F32 abs(-5)");
    assert.equal(U96F32.neg(U96F32.DELTA), U96F32.MAX, "U96F32 -ulp wraps to MAX");
    assert.equal(U96F32.neg(U96F32.ZERO), U96F32.ZERO, "U96F32 -0");
    assert.equal(U96F32.abs(U96F32.MAX), U96F32.MAX, "U96F32 abs is identity");
    const a = I32F32.fromInt(-1);
    const b = I32F32.fromInt(2);
    assert.equal(I32F32.min(a, b), a, "I32F32 min");
    assert.equal(I32F32.max(a, b), b, "I32F32 max");
    assert.equal(I32F32.cmp(a, b), -1, "I32F32 cmp less");
    assert.equal(I32F32.cmp(b, a), 1, "I32F32 cmp greater");
    assert.equal(I32F32.cmp(a, a), 0, "I32F32 cmp equal");
  });
});

describe("to integers", () => {
  test("floorToInt floors", () => {
    assert.equal(I32F32.floorToInt(I32F32.fromDecimal("-0.5")), -1n, "I32F32 floor(-0.5)");
    assert.equal(I32F32.floorToInt(I32F32.fromDecimal("2.75")), 2n, "I32F32 floor(2.75)");
    assert.equal(I32F32.floorToInt(I32F32.fromDecimal("-2.75")), -3n, "I32F32 floor(-2.75)");
    assert.equal(I64F64.floorToInt(I64F64.fromBits(-1n)), -1n, "I64F64 floor(-ulp)");
  });

  test("saturatingToU16 / saturatingToU64 / saturatingToUint clamp", () => {
    assert.equal(I32F32.saturatingToU16(I32F32.fromDecimal("-0.5")), 0, "u16 of -0.5");
    assert.equal(I32F32.saturatingToU16(I32F32.MIN), 0, "u16 of MIN");
    assert.equal(I32F32.saturatingToU16(I32F32.fromDecimal("65535.99")), 65535, "u16 of 65535.99");
    assert.equal(I32F32.saturatingToU16(I32F32.fromInt(65536)), 65535, "u16 of 65536");
    assert.equal(I32F32.saturatingToU16(I32F32.fromDecimal("123.999")), 123, "u16 of 123.999 floors");
    assert.equal(I32F32.saturatingToU16(I32F32.MAX), 65535, "u16 of MAX");
    assert.equal(I64F64.saturatingToU64(I64F64.fromInt(2n ** 63n - 1n)), 2n ** 63n - 1n, "u64 of i64 max");
    assert.equal(I96F32.saturatingToU64(I96F32.fromInt(2n ** 64n)), 2n ** 64n - 1n, "u64 of 2^64");
    assert.equal(U96F32.saturatingToU64(U96F32.MAX), 2n ** 64n - 1n, "u64 of U96F32 MAX");
    assert.equal(I96F32.saturatingToU64(I96F32.fromDecimal("-0.0001")), 0n, "u64 of tiny negative");
    assert.equal(I32F32.saturatingToUint(I32F32.fromDecimal("255.5"), 8), 255n, "u8 of 255.5");
    assert.equal(I32F32.saturatingToUint(I32F32.fromInt(256), 8), 255n, "u8 of 256");
  });

  test("round is half away from zero", () => {
    const cases: [string, string][] = [
      ["2.5", "3"],
      ["-2.5", "-3"],
      ["0.5", "1"],
      ["-0.5", "-1"],
      ["2.4999", "2"],
      ["-2.4999", "-2"],
      ["3.5", "4"],
      ["-3.5", "-4"],
      ["7", "7"],
      ["0", "0"],
    ];
    for (const T of [I32F32, I64F64, I96F32] as AnyFixed[]) {
      for (const [input, expected] of cases) {
        assert.equal(T.round(T.fromDecimal(input)), T.fromDecimal(expected), `${T.name}: round(${input})`);
      }
    }
    assert.equal(U96F32.round(U96F32.fromDecimal("2.5")), U96F32.fromInt(3), "U96F32: round(2.5)");
    assert.equal(U64F64.round(U64F64.fromDecimal("0.49")), U64F64.ZERO, "U64F64: round(0.49)");
    // Rust release builds wrap when the rounded value does not fit.
    assert.equal(I32F32.round(I32F32.MAX), I32F32.MIN, "I32F32: round(MAX) wraps to MIN");
  });
});

describe("conversion between types", () => {
  test("I64F64 -> I32F32 floors and saturates", () => {
    assert.equal(I32F32.saturatingFromFixed(I64F64.fromBits(-1n), I64F64), -1n, "-2^-64 floors to -1 ulp");
    assert.equal(I32F32.saturatingFromFixed(I64F64.fromBits(1n), I64F64), 0n, "2^-64 floors to 0");
    assert.equal(
      I32F32.saturatingFromFixed(I64F64.fromBits((5n << 32n) + 0xffff_ffffn), I64F64),
      5n,
      "bits 5·2^32 + (2^32-1) floors to 5",
    );
    assert.equal(I32F32.saturatingFromFixed(I64F64.fromInt(2n ** 40n), I64F64), I32F32.MAX, "2^40 saturates");
    assert.equal(I32F32.saturatingFromFixed(I64F64.MIN, I64F64), I32F32.MIN, "I64F64 MIN saturates");
    assert.equal(fixed64ToFixed32(I64F64.fromBits(-(3n << 31n))), -2n, "fixed64ToFixed32(-1.5 ulp) floors");
    assert.equal(I64F64.convert(I64F64.fromDecimal("0.75"), I32F32), I32F32.fromDecimal("0.75"), "convert");
  });

  test("widening is exact; unsigned targets clamp negatives to 0", () => {
    const x = I32F32.fromBits(-123456789n);
    assert.equal(I64F64.saturatingFromFixed(x, I32F32), -123456789n << 32n, "I32F32 -> I64F64 exact");
    assert.equal(I96F32.saturatingFromFixed(x, I32F32), -123456789n, "I32F32 -> I96F32 same bits");
    assert.equal(U96F32.saturatingFromFixed(x, I32F32), 0n, "negative -> U96F32 is 0");
    assert.equal(I32F32.saturatingFromFixed(U96F32.MAX, U96F32), I32F32.MAX, "U96F32 MAX -> I32F32 MAX");
    assert.equal(U64F64.saturatingFromFixed(U96F32.MAX, U96F32), U64F64.MAX, "U96F32 MAX -> U64F64 MAX");
    assert.equal(I32F32.convert(x, U64F64), 0n, "I32F32 convert to U64F64");
  });

  test("fixed64ToU64 floors and clamps", () => {
    assert.equal(fixed64ToU64(I64F64.fromDecimal("99999999.999")), 99999999n, "floors");
    assert.equal(fixed64ToU64(I64F64.fromDecimal("-1.5")), 0n, "negative is 0");
    assert.equal(fixed64ToU64(I64F64.MAX), 2n ** 63n - 1n, "I64F64 MAX");
  });
});

describe("u16 conversions (yuma.md §2.2)", () => {
  test("u16ToFixed / u16ProportionToFixed / fixedToFixedU16Proportion / fixedProportionToU16", () => {
    assert.equal(u16ToFixed(65535), 65535n << 32n, "u16ToFixed(65535)");
    assert.equal(u16ProportionToFixed(65535), I32F32.ONE, "u16ProportionToFixed(65535)");
    assert.equal(u16ProportionToFixed(6553), 429463961n, "u16ProportionToFixed(6553) (yuma.md §10.1)");
    assert.equal(fixedToFixedU16Proportion(u16ToFixed(32767)), (32767n << 32n) / 65535n, "32767 / 65535");
    assert.equal(
      fixedToFixedU16Proportion(I32F32.fromBits(-65536n)),
      -1n,
      "-65536 ulp / 65535 truncates (floor would be -2)",
    );
    assert.equal(fixedProportionToU16(I32F32.ONE), 65535, "fixedProportionToU16(1)");
    assert.equal(fixedProportionToU16(I32F32.fromDecimal("0.5")), 32767, "fixedProportionToU16(0.5) floors");
    assert.equal(fixedProportionToU16(I32F32.fromInt(2)), 65535, "fixedProportionToU16(2) clamps");
    assert.equal(fixedProportionToU16(I32F32.fromDecimal("-0.1")), 0, "fixedProportionToU16(-0.1) is 0");
    assert.equal(fixedProportionToU16(I32F32.MAX), 65535, "fixedProportionToU16(MAX) saturates");
    assert.equal(fixedProportionToU16(u16ProportionToFixed(12345)), 12344, "u16 round trip is lossy");
    assert.throws(() => u16ToFixed(65536), RangeError, "u16ToFixed(65536)");
    assert.throws(() => u16ProportionToFixed(-1), RangeError, "u16ProportionToFixed(-1)");
  });

  test("vecMaxUpscaleToU16 on I32F32 proportions", () => {
    const values = [I32F32.fromDecimal("0.25"), I32F32.fromDecimal("0.5"), I32F32.ZERO];
    assert.deepEqual(vecMaxUpscaleToU16(values), [32768, 65535, 0], "[0.25, 0.5, 0]");
    assert.deepEqual(vecMaxUpscaleToU16([]), [], "empty");
    assert.deepEqual(vecMaxUpscaleToU16([I32F32.ZERO, I32F32.ZERO]), [0, 0], "all zero");
  });
});

describe("toDecimalString", () => {
  test("exact, and truncated with digits", () => {
    assert.equal(I32F32.toDecimalString(I32F32.fromBits(11674931200n)), "2.71828174591064453125", "E");
    assert.equal(I32F32.toDecimalString(I32F32.fromDecimal("-0.5")), "-0.5", "-0.5");
    assert.equal(I32F32.toDecimalString(I32F32.ONE), "1", "ONE");
    assert.equal(I32F32.toDecimalString(I32F32.ZERO), "0", "ZERO");
    assert.equal(I32F32.toDecimalString(I32F32.MIN), "-2147483648", "I32F32 MIN");
    assert.equal(I32F32.toDecimalString(I32F32.fromDecimal("0.1"), 3), "0.100", "0.1 to 3 digits");
    assert.equal(I32F32.toDecimalString(I32F32.fromDecimal("-1.999"), 2), "-1.99", "-1.999 truncates");
    assert.equal(I32F32.toDecimalString(I32F32.neg(I32F32.DELTA), 3), "0.000", "-ulp to 3 digits");
    assert.equal(I32F32.toDecimalString(I32F32.fromInt(3), 0), "3", "0 digits");
    assert.equal(
      I64F64.toDecimalString(I64F64.DELTA),
      `0.${(5n ** 64n).toString().padStart(64, "0")}`,
      "I64F64 ulp",
    );
    assert.equal(
      U96F32.toDecimalString(U96F32.MAX),
      "79228162514264337593543950335.99999999976716935634613037109375",
      "U96F32 MAX",
    );
    for (const T of TYPES) {
      for (const text of ["0.1", "-7.25", "12345.000244140625"]) {
        if (!T.signed && text.startsWith("-")) continue;
        const x = T.fromDecimal(text);
        assert.equal(T.fromDecimal(T.toDecimalString(x)), x, `${T.name}: round trip ${text}`);
      }
    }
  });
});

describe("exp (yuma.md §2.3)", () => {
  test("special cases and errors", () => {
    assert.equal(exp(I32F32.ZERO), I32F32.ONE, "exp(0) = 1");
    assert.equal(exp(I32F32.ONE), 11674931200n, "exp(1) is the widened I9F23 E");
    assert.equal(exp(I32F32.neg(I32F32.ONE)), 1580030169n, "exp(-1) runs the series (yuma.md §9.19)");
    assert.equal(exp(I32F32.fromInt(30)), undefined, "exp(30) overflows: Err");
    assert.equal(exp(I32F32.MIN), undefined, "exp(MIN) is Err");
    assert.equal(exp(I32F32.MAX), undefined, "exp(MAX) is Err");
    assert.equal(expSafe(I32F32.fromInt(30)), expSafe(I32F32.fromInt(20)), "expSafe clamps at 20");
    assert.equal(expSafe(I32F32.MIN), 8n, "expSafe(MIN) clamps to -20");
    assert.equal(expSafe(I32F32.MAX), 2066907302758576256n, "expSafe(MAX) clamps to 20");
  });
});

describe("algebraic properties over seeded values", () => {
  for (const T of TYPES) {
    // Magnitudes below 2^(frac + intBits/2) keep every product in range.
    const intBits = T.totalBits - T.fracBits - (T.signed ? 1 : 0);
    const bits = T.fracBits + Math.floor(intBits / 2);
    const values = randomValues(T, 0x5eedn + BigInt(T.totalBits * 1000 + T.fracBits), 120, bits);

    test(`${T.name}: identities, commutativity and add/sub inverse`, () => {
      for (let i = 0; i < values.length; i++) {
        const a = values[i]!;
        const b = values[(i * 7 + 3) % values.length]!;
        assert.equal(T.mul(a, T.ONE), a, `${T.name} #${i}: a*1 == a`);
        assert.equal(T.div(a, T.ONE), a, `${T.name} #${i}: a/1 == a`);
        assert.equal(T.mul(a, b), T.mul(b, a), `${T.name} #${i}: a*b == b*a`);
        assert.equal(T.checkedMul(a, b), T.mul(a, b), `${T.name} #${i}: moderate product fits`);
        assert.equal(T.sub(T.add(a, b), b), a, `${T.name} #${i}: (a+b)-b == a`);
        assert.equal(T.add(T.sub(a, b), b), a, `${T.name} #${i}: (a-b)+b == a`);
        assert.equal(T.saturatingAdd(a, b), T.add(a, b), `${T.name} #${i}: moderate sum does not saturate`);
      }
    });

    test(`${T.name}: mul is the floor of the exact product`, () => {
      const scale = 1n << BigInt(T.fracBits);
      for (let i = 0; i < values.length; i++) {
        const a = values[i]!;
        const b = values[(i * 5 + 1) % values.length]!;
        const product = T.mul(a, b);
        const exact = a * b; // scaled by 2^(2·frac)
        assert.ok(product * scale <= exact, `${T.name} #${i}: mul <= exact product`);
        assert.ok(exact < (product + 1n) * scale, `${T.name} #${i}: exact product < mul + ulp`);
      }
    });

    test(`${T.name}: div(mul(a, b), b) is within 2 ulp of a for |b| >= 1`, () => {
      for (let i = 0; i < values.length; i++) {
        const a = values[i]!;
        let b = values[(i * 11 + 2) % values.length]!;
        if (T.abs(b) < T.ONE) b = T.add(b, b < 0n ? T.neg(T.ONE) : T.ONE);
        const back = T.div(T.mul(a, b), b);
        const diff = back > a ? back - a : a - back;
        assert.ok(diff <= 2n, `${T.name} #${i}: |div(mul(a,b),b) - a| = ${diff} ulp`);
      }
    });
  }
});
