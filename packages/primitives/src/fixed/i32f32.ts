/**
 * I32F32: i64 bits with 32 fraction bits, value = bits / 2^32 (yuma.md §2).
 * Used for nearly everything in the epoch.
 */
import { defineFixed, type Fixed } from "./_fixed.ts";

/** The I32F32 operations and constants (yuma.md §2, §2.1). */
export const I32F32 = defineFixed({ name: "I32F32", totalBits: 64, fracBits: 32, signed: true });

/** An I32F32 value: its raw i64 bits as a branded bigint (yuma.md §2). */
export type I32F32 = Fixed<"I32F32">;
