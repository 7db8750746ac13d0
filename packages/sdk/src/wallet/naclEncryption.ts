/**
 * btcli's `$NACL` keyfile encryption (wire.md B.4): `$NACL` ‖ nonce(24) ‖ XSalsa20-Poly1305 secretbox,
 * keyed by Argon2i v1.3 (t=8, m=512 MiB, p=1) over the password with btcli's fixed salt. These exact
 * parameters are what lets btcli open our files and us open theirs; a cheaper KDF is never written
 * under this prefix.
 */
import { argon2i, hash } from "argon2";
import nacl from "tweetnacl";

/** The 5 ASCII bytes every `$NACL` file starts with. */
export const NACL_PREFIX = new TextEncoder().encode("$NACL");
/** btcli's salt, the same for every wallet (wire.md B.4). */
export const NACL_SALT = Uint8Array.from(Buffer.from("137183dff15a09bc9c90b5518739e9b1", "hex"));
/** libsodium's crypto_pwhash argon2i13 with OPSLIMIT_SENSITIVE-like settings, as PyNaCl is called by btcli. */
export const NACL_KDF = { timeCost: 8, memoryCost: 524_288, parallelism: 1, hashLength: 32 } as const;

const NONCE_LENGTH = nacl.secretbox.nonceLength;
const HEADER_LENGTH = NACL_PREFIX.length + NONCE_LENGTH;

/**
 * Derives the 32-byte secretbox key from a password. Takes about 4 s and 512 MiB, so callers cache
 * the unlocked key rather than the password.
 */
export async function deriveNaclKey(password: string): Promise<Uint8Array> {
  const key = await hash(password, { ...NACL_KDF, type: argon2i, raw: true, salt: Buffer.from(NACL_SALT) });
  return new Uint8Array(key);
}

/** True when the bytes start with `$NACL`. */
export function isNaclEncrypted(data: Uint8Array): boolean {
  return data.length >= NACL_PREFIX.length && NACL_PREFIX.every((byte, i) => data[i] === byte);
}

/** Seals plaintext under an already-derived key with a fresh random nonce. */
export function sealNacl(plaintext: Uint8Array, key: Uint8Array): Uint8Array {
  const nonce = nacl.randomBytes(NONCE_LENGTH);
  const box = nacl.secretbox(plaintext, nonce, key);
  const out = new Uint8Array(HEADER_LENGTH + box.length);
  out.set(NACL_PREFIX, 0);
  out.set(nonce, NACL_PREFIX.length);
  out.set(box, HEADER_LENGTH);
  return out;
}

/**
 * Opens `$NACL` bytes with an already-derived key. Returns undefined when the MAC check fails, which is
 * what a wrong password looks like.
 */
export function openNacl(data: Uint8Array, key: Uint8Array): Uint8Array | undefined {
  if (!isNaclEncrypted(data) || data.length < HEADER_LENGTH + nacl.secretbox.overheadLength) {
    throw new RangeError(`expected $NACL ‖ 24-byte nonce ‖ secretbox, got ${data.length} bytes`);
  }
  const nonce = data.subarray(NACL_PREFIX.length, HEADER_LENGTH);
  return nacl.secretbox.open(data.subarray(HEADER_LENGTH), nonce, key) ?? undefined;
}
