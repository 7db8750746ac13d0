/**
 * U96F32: u128 bits with 32 fraction bits, value = bits / 2^32 (yuma.md §2).
 * Used for tao_weight = TaoWeight / u64::MAX.
 */
import { defineFixed, type Fixed } from "./_fixed.ts";

/** The U96F32 operations and constants (yuma.md §2, §2.1). */
export const U96F32 = defineFixed({ name: "U96F32", totalBits: 128, fracBits: 32, signed: false });

/** A U96F32 value: its raw u128 bits as a branded bigint (yuma.md §2). */
export type U96F32 = Fixed<"U96F32">;
