/**
 * sr25519 keypairs derived the Substrate way (wire.md B.3): from a mnemonic, a 32-byte mini-secret, a
 * derivation URI such as `//Alice`, or the canonical `privateKey` of a btcli keyfile.
 *
 * `secretKey` is held in the ed25519 form that @scure/sr25519 and @polkadot/util-crypto use
 * (LE32(scalar·8) ‖ nonce). btcli keyfiles store schnorrkel's canonical form (LE32(scalar) ‖ nonce):
 * convert only through `keypairFromPrivateKey` and `toCanonicalPrivateKey`.
 */
import { DEV_PHRASE } from "@polkadot/keyring";
import { keyExtractSuri, keyFromPath, sr25519PairFromSeed } from "@polkadot/util-crypto";
import { getPublicKey } from "@scure/sr25519";
import { fromHex } from "../encoding/hex.ts";
import { assertBytes } from "../errors/assert.ts";
import { TaoError } from "../errors/taoError.ts";
import { mnemonicToSeed } from "./mnemonic.ts";
import { encodeSs58 } from "./ss58.ts";

export type Keypair = {
  readonly publicKey: Uint8Array;
  /** 64 bytes, ed25519 form: LE32(scalar·8) ‖ nonce. */
  readonly secretKey: Uint8Array;
  readonly ss58Address: string;
};

export class KeyDerivationError extends TaoError {
  override name = "KeyDerivationError";
}

function keypair(publicKey: Uint8Array, secretKey: Uint8Array): Keypair {
  return { publicKey, secretKey, ss58Address: encodeSs58(publicKey) };
}

/** The keypair of a 32-byte mini-secret (schnorrkel `ExpandEd25519`), as in a keyfile's `secretSeed`. */
export function keypairFromSeed(seed: Uint8Array): Keypair {
  assertBytes(seed, 32, "seed");
  const { publicKey, secretKey } = sr25519PairFromSeed(seed);
  return keypair(publicKey, secretKey);
}

/** The keypair of a BIP39 mnemonic (Substrate `Pair::from_phrase`); names a misspelt word. */
export function keypairFromMnemonic(mnemonic: string, passphrase = ""): Keypair {
  return keypairFromSeed(mnemonicToSeed(mnemonic, passphrase));
}

/**
 * The keypair of a Substrate secret URI: `<mnemonic | 0x seed>[//hard][/soft][///password]`. A URI that
 * starts with `/` derives from the well-known dev phrase, so `//Alice` gives
 * 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY.
 */
export function keypairFromUri(uri: string): Keypair {
  const suri = uri.startsWith("/") ? `${DEV_PHRASE}${uri}` : uri;
  let extracted: ReturnType<typeof keyExtractSuri>;
  try {
    extracted = keyExtractSuri(suri);
  } catch (cause) {
    throw new KeyDerivationError(`"${uri}" is not a secret URI.`, {
      hints: ["Use //Name for a dev key, or <mnemonic or 0x seed>//hard/soft///password."],
      cause,
    });
  }
  const { phrase, path, password = "" } = extracted;
  const seed = phrase.startsWith("0x") ? fromHex(phrase, 32, "seed") : mnemonicToSeed(phrase, password);
  const root = sr25519PairFromSeed(seed);
  const { publicKey, secretKey } = keyFromPath(root, path, "sr25519");
  return keypair(publicKey, secretKey);
}

const SCALAR_BYTES = 32;

function readLe(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
  return value;
}

function writeLe(value: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Number((value >> BigInt(8 * i)) & 0xffn);
  return out;
}

/**
 * The keypair of a btcli `privateKey`: schnorrkel's canonical 64-byte secret. Its scalar is shifted
 * left by 3 into the ed25519 form the signing library expects.
 */
export function keypairFromPrivateKey(canonical: Uint8Array): Keypair {
  assertBytes(canonical, 64, "privateKey");
  const scalar = readLe(canonical.subarray(0, SCALAR_BYTES));
  // A canonical scalar is reduced mod ℓ < 2^253, so the shifted value still fits in 32 bytes.
  if (scalar >= 1n << 253n) {
    throw new KeyDerivationError("The privateKey is not a canonical sr25519 secret.", {
      hints: ["btcli keyfiles store schnorrkel's canonical form; this looks like the ed25519 form."],
      spec: "wire.md B.3",
    });
  }
  const secretKey = new Uint8Array(64);
  secretKey.set(writeLe(scalar << 3n, SCALAR_BYTES), 0);
  secretKey.set(canonical.subarray(SCALAR_BYTES), SCALAR_BYTES);
  return keypair(getPublicKey(secretKey), secretKey);
}

/** The canonical (schnorrkel `SecretKey::to_bytes`) form of a keypair's secret, as btcli writes it. */
export function toCanonicalPrivateKey(pair: Keypair): Uint8Array {
  const canonical = new Uint8Array(64);
  canonical.set(writeLe(readLe(pair.secretKey.subarray(0, SCALAR_BYTES)) >> 3n, SCALAR_BYTES), 0);
  canonical.set(pair.secretKey.subarray(SCALAR_BYTES), SCALAR_BYTES);
  return canonical;
}
