/**
 * U64F64: u128 bits with 64 fraction bits, value = bits / 2^64 (yuma.md §2).
 * Used for the mechanism aggregation weights (§7).
 */
import { defineFixed, type Fixed } from "./_fixed.ts";

/** The U64F64 operations and constants (yuma.md §2, §2.1). */
export const U64F64 = defineFixed({ name: "U64F64", totalBits: 128, fracBits: 64, signed: false });

/** A U64F64 value: its raw u128 bits as a branded bigint (yuma.md §2). */
export type U64F64 = Fixed<"U64F64">;
