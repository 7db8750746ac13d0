/**
 * I96F32: i128 bits with 32 fraction bits, value = bits / 2^32 (yuma.md §2).
 * Used for the rao emission multiply.
 */
import { defineFixed, type Fixed } from "./_fixed.ts";

/** The I96F32 operations and constants (yuma.md §2, §2.1). */
export const I96F32 = defineFixed({ name: "I96F32", totalBits: 128, fracBits: 32, signed: true });

/** An I96F32 value: its raw i128 bits as a branded bigint (yuma.md §2). */
export type I96F32 = Fixed<"I96F32">;
