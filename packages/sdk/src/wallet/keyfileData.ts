/**
 * The plaintext keyfile JSON of btcli (wire.md B.2): what is written, and how a keypair is loaded from
 * it. Writing uses compact JSON in the order accountId, publicKey, privateKey, secretPhrase, secretSeed,
 * ss58Address; reading accepts any order and white space, as bittensor-wallet writes from a hash map.
 */
import {
  decodeSs58,
  encodeSs58,
  fromHex,
  type Keypair,
  keypairFromMnemonic,
  keypairFromPrivateKey,
  keypairFromSeed,
  toCanonicalPrivateKey,
  toHex,
} from "@opentao/primitives";
import { KeyfileFormatError } from "./walletErrors.ts";

/** A key as a keyfile holds it: the keypair plus, when it was made from one, its mnemonic and seed. */
export type KeyfileKey = {
  readonly keypair: Keypair;
  readonly mnemonic?: string;
  readonly seed?: Uint8Array;
};

/** The public half of a key, as `*pub.txt` holds it. */
export type PublicKey = {
  readonly publicKey: Uint8Array;
  readonly ss58Address: string;
};

type KeyfileJson = {
  accountId?: string;
  publicKey?: string;
  privateKey?: string;
  secretPhrase?: string;
  secretSeed?: string;
  ss58Address?: string;
};

const FIELDS = ["accountId", "publicKey", "privateKey", "secretPhrase", "secretSeed", "ss58Address"] as const;

/** Serialises a full key (`publicOnly: false`) or its public half, byte for byte as btcli's vectors. */
export function serializeKeyfile(key: KeyfileKey | PublicKey, publicOnly: boolean): string {
  const pair = "keypair" in key ? key.keypair : key;
  const publicKey = toHex(pair.publicKey);
  const json: KeyfileJson = { accountId: publicKey, publicKey };
  if (!publicOnly) {
    if (!("keypair" in key)) throw new TypeError("expected a full key to serialise a private keyfile");
    json.privateKey = toHex(toCanonicalPrivateKey(key.keypair));
    if (key.mnemonic !== undefined) json.secretPhrase = key.mnemonic;
    if (key.seed !== undefined) json.secretSeed = toHex(key.seed);
  }
  json.ss58Address = pair.ss58Address;
  return JSON.stringify(json);
}

function parseJson(text: string, path: string): KeyfileJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new KeyfileFormatError(path, "is not valid keyfile JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new KeyfileFormatError(path, "does not hold a keyfile JSON object");
  }
  const json: KeyfileJson = {};
  for (const field of FIELDS) {
    const item = (value as Record<string, unknown>)[field];
    // Python writes absent secrets as null; treat them as missing.
    if (item === undefined || item === null) continue;
    if (typeof item !== "string") throw new KeyfileFormatError(path, `has a non-string "${field}"`);
    json[field] = item;
  }
  return json;
}

function field<T>(path: string, name: string, decode: () => T): T {
  try {
    return decode();
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new KeyfileFormatError(path, `has an invalid "${name}" (${reason})`);
  }
}

function publicKeyOf(json: KeyfileJson, path: string): Uint8Array | undefined {
  if (json.publicKey !== undefined && json.accountId !== undefined && json.publicKey !== json.accountId) {
    throw new KeyfileFormatError(path, "has an accountId that differs from its publicKey", [
      "The file was edited or corrupted; regenerate it from your mnemonic.",
    ]);
  }
  const hex = json.publicKey ?? json.accountId;
  if (hex !== undefined) return field(path, "publicKey", () => fromHex(hex, 32));
  if (json.ss58Address !== undefined) return field(path, "ss58Address", () => decodeSs58(json.ss58Address!));
  return undefined;
}

function assertAgrees(
  path: string,
  name: string,
  expected: Uint8Array | undefined,
  actual: Uint8Array,
): void {
  if (expected !== undefined && toHex(expected) !== toHex(actual)) {
    throw new KeyfileFormatError(path, `holds a ${name} that does not belong to its public key`, [
      "The file was edited or corrupted; regenerate it from your mnemonic.",
    ]);
  }
}

/**
 * Loads the full key of a keyfile in btcli's priority: secretPhrase, then secretSeed, then privateKey
 * (wire.md B.2). Every secret present must agree with the public key, or the load fails loudly.
 */
export function parseKeyfile(text: string, path: string): KeyfileKey {
  const json = parseJson(text, path);
  const publicKey = publicKeyOf(json, path);
  const seed =
    json.secretSeed === undefined
      ? undefined
      : field(path, "secretSeed", () => fromHex(json.secretSeed!, 32));
  const fromPrivate =
    json.privateKey === undefined
      ? undefined
      : field(path, "privateKey", () => keypairFromPrivateKey(fromHex(json.privateKey!, 64)));
  let key: KeyfileKey;
  if (json.secretPhrase !== undefined) {
    const keypair = field(path, "secretPhrase", () => keypairFromMnemonic(json.secretPhrase!));
    if (seed) assertAgrees(path, "secretSeed", keypairFromSeed(seed).publicKey, keypair.publicKey);
    key = { keypair, mnemonic: json.secretPhrase, ...(seed ? { seed } : {}) };
  } else if (seed) {
    key = { keypair: keypairFromSeed(seed), seed };
  } else if (fromPrivate) {
    key = { keypair: fromPrivate };
  } else {
    throw new KeyfileFormatError(path, "holds no secret (no secretPhrase, secretSeed or privateKey)", [
      "It looks like a public keyfile; the full key is in the file without 'pub.txt'.",
    ]);
  }
  if (fromPrivate) assertAgrees(path, "privateKey", fromPrivate.publicKey, key.keypair.publicKey);
  assertAgrees(path, "publicKey", publicKey, key.keypair.publicKey);
  return key;
}

/** Loads the public half of a keyfile (`*pub.txt`, or a full keyfile read without its secrets). */
export function parsePublicKeyfile(text: string, path: string): PublicKey {
  const json = parseJson(text, path);
  const publicKey = publicKeyOf(json, path);
  if (!publicKey) throw new KeyfileFormatError(path, "holds neither a publicKey nor an ss58Address");
  if (json.ss58Address !== undefined) {
    assertAgrees(
      path,
      "ss58Address",
      field(path, "ss58Address", () => decodeSs58(json.ss58Address!)),
      publicKey,
    );
  }
  return { publicKey, ss58Address: encodeSs58(publicKey) };
}
