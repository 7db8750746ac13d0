/**
 * SS58 addresses with the generic Substrate prefix 42 (chain.md §2.1, wire.md B.3):
 * base58(0x2a ‖ pubkey ‖ blake2b-512("SS58PRE" ‖ 0x2a ‖ pubkey)[0..2]). Encoding and the checksum
 * are @polkadot/util-crypto's; this module adds the strictness a chain needs: only prefix 42, only
 * 32-byte account ids, and errors that say which of these failed.
 */
import { decodeAddress, encodeAddress } from "@polkadot/util-crypto";
import { assertBytes } from "../errors/assert.ts";
import { TaoError } from "../errors/taoError.ts";

/** The SS58 prefix of every opentao account. */
export const SS58_PREFIX = 42;

export class AddressError extends TaoError {
  override name = "AddressError";
  readonly address: string;
  constructor(address: string, problem: string, cause?: unknown) {
    super(`"${address}" is not a valid opentao address: ${problem}.`, {
      hints: ["An address is 48 base58 characters starting with 5 (SS58, prefix 42)."],
      spec: "wire.md B.3",
      cause,
    });
    this.address = address;
  }
}

const BASE58_PATTERN = /^[1-9A-HJ-NP-Za-km-z]+$/;

/** Encodes a 32-byte public key as an SS58 address with prefix 42. */
export function encodeSs58(publicKey: Uint8Array): string {
  assertBytes(publicKey, 32, "publicKey");
  return encodeAddress(publicKey, SS58_PREFIX);
}

/** Decodes an SS58 address with prefix 42 to its 32-byte public key, checking the checksum. */
export function decodeSs58(address: string): Uint8Array {
  if (typeof address !== "string" || !BASE58_PATTERN.test(address)) {
    throw new AddressError(String(address), "it is not a base58 string");
  }
  let publicKey: Uint8Array;
  try {
    publicKey = decodeAddress(address, false, SS58_PREFIX);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const problem = /checksum/.test(reason)
      ? "its checksum does not match (a character is wrong)"
      : /ss58Format/.test(reason)
        ? `it uses another network's prefix (${reason.replace(/^.*received /, "")}), not 42`
        : "it does not decode to an account id";
    throw new AddressError(address, problem, cause);
  }
  if (publicKey.length !== 32) {
    throw new AddressError(address, `it holds ${publicKey.length} bytes, not a 32-byte account id`);
  }
  return publicKey;
}

/** True when `address` is a valid prefix-42 SS58 address. */
export function isSs58Address(address: string): boolean {
  try {
    decodeSs58(address);
    return true;
  } catch {
    return false;
  }
}
