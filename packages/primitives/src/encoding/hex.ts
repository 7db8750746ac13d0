/**
 * Hex as chain.md §3.1 writes bytes: "0x" followed by lowercase hex. Parsing is strict so that one
 * byte string has exactly one spelling on the wire.
 */
import { bytesToHex, hexToBytes } from "@noble/hashes/utils";
import { assertBytes } from "../errors/assert.ts";

const HEX_PATTERN = /^0x(?:[0-9a-f]{2})*$/;

/** Encodes bytes as "0x" + lowercase hex. */
export function toHex(bytes: Uint8Array): string {
  assertBytes(bytes);
  return `0x${bytesToHex(bytes)}`;
}

/**
 * Decodes "0x" + lowercase hex, optionally checking the byte length.
 * Throws TypeError for anything else (no prefix, odd length, upper case, non-hex characters).
 */
export function fromHex(hex: string, length?: number, label?: string): Uint8Array {
  const where = label ? `${label}: ` : "";
  if (typeof hex !== "string" || !HEX_PATTERN.test(hex)) {
    throw new TypeError(
      `${where}expected "0x" followed by lowercase hex byte pairs, got ${JSON.stringify(hex)}`,
    );
  }
  const bytes = hexToBytes(hex.slice(2));
  if (length !== undefined && bytes.length !== length) {
    throw new RangeError(`${where}expected ${length} bytes of hex, got ${bytes.length}`);
  }
  return bytes;
}
