/**
 * The transaction envelope of chain.md §3.1: canonical JSON (RFC 8785) with §3.1 value encodings. A
 * `SignedExtrinsic` is the `UnsignedPayload` plus the sr25519 signature of its signing message.
 */
import { canonicalJson, type JsonValue } from "@opentao/primitives";

/** The call an extrinsic carries, with its arguments in their §3.1 JSON encodings. */
export type CallJson = {
  readonly module: string;
  readonly method: string;
  readonly args: { readonly [name: string]: JsonValue };
};

/** What the signer signs (chain.md §3.1). */
export type UnsignedPayload = {
  /** Genesis hash, "0x" + 64 lowercase hex digits. */
  readonly chain: string;
  /** Runtime spec version (v1: 1). */
  readonly spec: number;
  /** SS58 (prefix 42) of the signing account. */
  readonly signer: string;
  readonly nonce: number;
  /** Rao, decimal string. */
  readonly tip: string;
  /** Last block number at which the extrinsic may be included, or null for no limit. */
  readonly validUntil: number | null;
  readonly call: CallJson;
};

/** A signed extrinsic: the payload plus `signature`, "0x" + 128 lowercase hex digits. */
export type SignedExtrinsic = UnsignedPayload & { readonly signature: string };

const utf8 = new TextEncoder();

/** The payload a signed extrinsic's signature covers: every field but `signature`. */
export function unsignedPayloadOf(extrinsic: SignedExtrinsic): UnsignedPayload {
  const { signature: _signature, ...payload } = extrinsic;
  return payload;
}

/** UTF-8 bytes of JCS(SignedExtrinsic): what the hash and the encoded length are taken over. */
export function encodeExtrinsic(extrinsic: SignedExtrinsic): Uint8Array {
  return utf8.encode(canonicalJson(extrinsic));
}
