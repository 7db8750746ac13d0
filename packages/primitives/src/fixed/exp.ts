/**
 * `substrate_fixed::transcendental::exp` on I32F32 and subtensor's `exp_safe` (yuma.md §2.3). The series
 * is truncated at 31 terms and its rounding is part of the spec, so it is reproduced step by step.
 */
import { I32F32 } from "./i32f32.ts";

// substrate-fixed's E is an I9F23 constant (bits 22802600 = floor(e·2^23)); widening to I32F32 is exact.
const E = I32F32.fromBits(22802600n << 9n);
const EXP_SAFE_MIN = I32F32.fromInt(-20);
const EXP_SAFE_MAX = I32F32.fromInt(20);

/** `exp(x)` for I32F32 (yuma.md §2.3); `undefined` where Rust returns `Err` (a checked op overflowed). */
export function exp(x: I32F32): I32F32 | undefined {
  // Both shortcuts compare the signed input, so exp(−1) runs the series and inverts (yuma.md §9.19).
  if (x === I32F32.ZERO) return I32F32.ONE;
  if (x === I32F32.ONE) return E;
  const negative = x < 0n;
  // Upstream negates and adds 1 with plain (wrapping) ops; for x = MIN they wrap, and the first
  // checked_mul below then overflows, so the result is Err exactly as in Rust.
  const operand = negative ? I32F32.neg(x) : x;
  let result = I32F32.add(operand, I32F32.ONE);
  let term = operand;
  for (let i = 2; i < 32; i++) {
    const product = I32F32.checkedMul(term, operand);
    if (product === undefined) return undefined;
    const quotient = I32F32.checkedDiv(product, I32F32.fromInt(i));
    if (quotient === undefined) return undefined;
    term = quotient;
    const sum = I32F32.checkedAdd(result, term);
    if (sum === undefined) return undefined;
    result = sum;
  }
  return negative ? I32F32.checkedDiv(I32F32.ONE, result) : result;
}

/**
 * subtensor `exp_safe` (yuma.md §2.3): clamps x to [−20, 20], then `exp`; on `Err` gives 0 for x ≤ 0 and
 * I32F32.MAX otherwise (unreachable within ±20, kept for fidelity).
 */
export function expSafe(x: I32F32): I32F32 {
  const clamped = I32F32.min(I32F32.max(x, EXP_SAFE_MIN), EXP_SAFE_MAX);
  return exp(clamped) ?? (clamped <= 0n ? I32F32.ZERO : I32F32.MAX);
}
