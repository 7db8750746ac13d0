/**
 * The u16 ↔ fixed conversions of subtensor's epoch/math.rs (yuma.md §1, §2.2) and the max-upscale that
 * persists weights (yuma.md §4.1). u16 values are plain numbers in [0, 65535].
 */
import { assertIntegerInRange } from "../errors/assert.ts";
import { I32F32 } from "./i32f32.ts";
import { I64F64 } from "./i64f64.ts";

const U16_MAX = I32F32.fromInt(65535);
const UPSCALE_THRESHOLD = I32F32.fromInt(32768);

function u16(value: number, label: string): bigint {
  assertIntegerInRange(value, 0n, 65535n, label);
  return BigInt(value);
}

/** `u16_to_fixed`: the raw integer as I32F32, not divided by 65535 (yuma.md §2.2). */
export function u16ToFixed(value: number): I32F32 {
  return I32F32.fromInt(u16(value, "u16ToFixed"));
}

/** `u16_proportion_to_fixed`: `u / 65535` with truncating division (yuma.md §2.2). */
export function u16ProportionToFixed(value: number): I32F32 {
  return I32F32.safeDiv(I32F32.fromInt(u16(value, "u16ProportionToFixed")), U16_MAX);
}

/** `fixed_to_fixed_u16_proportion`: `x / 65535`, truncating, via `safe_div` (yuma.md §2.2). */
export function fixedToFixedU16Proportion(x: I32F32): I32F32 {
  return I32F32.safeDiv(x, U16_MAX);
}

/** `fixed_proportion_to_u16`: `floor_u16(x · 65535)` with a saturating multiply (yuma.md §1, §2.2). */
export function fixedProportionToU16(x: I32F32): number {
  return I32F32.saturatingToU16(I32F32.saturatingMul(x, U16_MAX));
}

/** `fixed64_to_fixed32`: I64F64 → I32F32, flooring (`bits >> 32`) and saturating (yuma.md §2.2). */
export function fixed64ToFixed32(x: I64F64): I32F32 {
  return I32F32.saturatingFromFixed(x, I64F64);
}

/** `fixed64_to_u64`: floor to u64, clamped to [0, 2^64 − 1] (yuma.md §2.2). */
export function fixed64ToU64(x: I64F64): bigint {
  return I64F64.saturatingToU64(x);
}

/** `vec_max_upscale_to_u16`: scales so the maximum becomes 65535, rounding half away from zero (yuma.md §4.1). */
export function vecMaxUpscaleToU16(values: readonly I32F32[]): number[] {
  if (values.length === 0) return [];
  const max = values.reduce((a, b) => I32F32.max(a, b));
  const toU16 = (x: I32F32) => I32F32.saturatingToU16(I32F32.round(x));
  if (max === I32F32.ZERO) return values.map((e) => I32F32.saturatingToU16(I32F32.saturatingMul(e, U16_MAX)));
  if (max > UPSCALE_THRESHOLD) {
    // Upstream divides first here: the ratio is truncated before the (flooring) multiply.
    const ratio = I32F32.safeDiv(U16_MAX, max);
    return values.map((e) => toU16(I32F32.saturatingMul(e, ratio)));
  }
  return values.map((e) => toU16(I32F32.safeDiv(I32F32.saturatingMul(e, U16_MAX), max)));
}

/** `vec_u16_max_upscale_to_u16`: u16 weights to their persisted max-upscaled form (yuma.md §4.1). */
export function vecU16MaxUpscaleToU16(values: readonly number[]): number[] {
  return vecMaxUpscaleToU16(
    values.map((v, i) => I32F32.fromInt(u16(v, `vecU16MaxUpscaleToU16 values[${i}]`))),
  );
}
