/**
 * TAO amounts. 1 TAO = 10^9 rao (chain.md §2.1); amounts are always `bigint` rao so that no value is ever
 * rounded. Alpha uses the same 9 decimals, so these helpers serve both.
 */
import { TaoError } from "../errors/taoError.ts";

/** rao in one TAO (chain.md §2.1). */
export const RAO_PER_TAO = 1_000_000_000n;
/** Decimal places of TAO and alpha. */
export const TAO_DECIMALS = 9;

export class AmountError extends TaoError {
  override name = "AmountError";
}

const TAO_PATTERN = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;

/**
 * Parses a TAO amount written in decimal ("1.5", "0.000000001", "21000000") into rao, exactly.
 * Rejects negatives, exponents, more than 9 decimals and anything that is not a plain decimal number.
 *
 * @example parseTao("1.5") // 1_500_000_000n
 */
export function parseTao(text: string): bigint {
  const trimmed = text.trim();
  const match = TAO_PATTERN.exec(trimmed);
  if (!match) {
    throw new AmountError(`"${text}" is not a TAO amount.`, {
      hints: ['Write a plain non-negative decimal number such as "1.5" or "0.000000001".'],
      spec: "chain.md §2.1",
    });
  }
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? match[3] ?? "";
  if (fraction.length > TAO_DECIMALS) {
    throw new AmountError(`"${text}" has ${fraction.length} decimals; TAO has at most ${TAO_DECIMALS}.`, {
      hints: ["1 rao = 0.000000001 TAO is the smallest amount."],
      spec: "chain.md §2.1",
    });
  }
  return BigInt(whole) * RAO_PER_TAO + BigInt(fraction.padEnd(TAO_DECIMALS, "0"));
}

/**
 * Formats rao as an exact decimal TAO string with no trailing zeros ("1.5", "2", "0.000000001").
 *
 * @example formatTao(1_500_000_000n) // "1.5"
 */
export function formatTao(rao: bigint): string {
  const sign = rao < 0n ? "-" : "";
  const abs = rao < 0n ? -rao : rao;
  const whole = abs / RAO_PER_TAO;
  const fraction = (abs % RAO_PER_TAO).toString().padStart(TAO_DECIMALS, "0").replace(/0+$/, "");
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}
