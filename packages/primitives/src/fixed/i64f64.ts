/**
 * I64F64: i128 bits with 64 fraction bits, value = bits / 2^64 (yuma.md §2). Used for the
 * total stake vector and its normalisation, and the bonds_moving_average / 1e6 step.
 */
import { defineFixed, type Fixed } from "./_fixed.ts";

/** The I64F64 operations and constants (yuma.md §2, §2.1). */
export const I64F64 = defineFixed({ name: "I64F64", totalBits: 128, fracBits: 64, signed: true });

/** An I64F64 value: its raw i128 bits as a branded bigint (yuma.md §2). */
export type I64F64 = Fixed<"I64F64">;
