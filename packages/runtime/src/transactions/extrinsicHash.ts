/**
 * Extrinsic identity and size (chain.md §3.1): hash = `blake2b-256(utf8(JCS(SignedExtrinsic)))`,
 * encoded length `len` = byte length of `JCS(SignedExtrinsic)` (what the fee charges per byte).
 */
import { blake2b256, toHex } from "@opentao/primitives";
import { encodeExtrinsic, type SignedExtrinsic } from "./extrinsic.ts";

/** The extrinsic hash, "0x" + 64 hex digits. */
export function extrinsicHash(extrinsic: SignedExtrinsic): string {
  return toHex(blake2b256(encodeExtrinsic(extrinsic)));
}

/** The encoded length in bytes. */
export function encodedLength(extrinsic: SignedExtrinsic): number {
  return encodeExtrinsic(extrinsic).length;
}
