/**
 * Block headers and their hashes (chain.md §4.1): `Header = {number, parentHash, stateRoot,
 * extrinsicsRoot, timestamp, author}`; block hash = `blake2b-256(utf8(JCS(Header)))`;
 * `extrinsicsRoot = blake2b-256(concat of extrinsic hashes)`. Hashes are "0x" + 64 lowercase hex digits.
 */
import { blake2b256, canonicalJson, encodeSs58, fromHex, toHex } from "@opentao/primitives";
import type { SignedExtrinsic } from "../transactions/extrinsic.ts";

/** A block header (chain.md §4.1), in its JSON form. */
export type Header = {
  /** u32; 0 is genesis. */
  readonly number: number;
  readonly parentHash: string;
  /** stateRoot() of the state after the block (state/stateRoot.ts). */
  readonly stateRoot: string;
  readonly extrinsicsRoot: string;
  /** Milliseconds. */
  readonly timestamp: number;
  /** SS58 of the author, who receives fees and tips. */
  readonly author: string;
};

/** A block as `chain_getBlock` returns it. */
export type Block = { readonly header: Header; readonly extrinsics: readonly SignedExtrinsic[] };

/** The parent hash of block 0: 32 zero bytes. */
export const ZERO_HASH = toHex(new Uint8Array(32));

/** The author of block 0, which nobody authors: the SS58 of the all-zero public key. */
export const GENESIS_AUTHOR = encodeSs58(new Uint8Array(32));

/** The block hash of a header. */
export function blockHash(header: Header): string {
  // Only the six fields of §4.1, whatever else the object carries.
  const { number, parentHash, stateRoot, extrinsicsRoot, timestamp, author } = header;
  return toHex(
    blake2b256(canonicalJson({ number, parentHash, stateRoot, extrinsicsRoot, timestamp, author })),
  );
}

/** `extrinsicsRoot` over the extrinsic hashes in block order (the hash of no bytes for an empty block). */
export function extrinsicsRoot(extrinsicHashes: readonly string[]): string {
  const bytes = new Uint8Array(32 * extrinsicHashes.length);
  extrinsicHashes.forEach((hash, i) => {
    bytes.set(fromHex(hash, 32, `extrinsicHashes[${i}]`), 32 * i);
  });
  return toHex(blake2b256(bytes));
}
