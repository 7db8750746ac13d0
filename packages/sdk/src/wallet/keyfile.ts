/**
 * One keyfile on disk (wire.md B.1, B.5, B.7): detecting its format from its first bytes, reading it
 * with a password when it is encrypted, and writing it atomically with mode 0600.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import {
  type KeyfileKey,
  type PublicKey,
  parseKeyfile,
  parsePublicKeyfile,
  serializeKeyfile,
} from "./keyfileData.ts";
import { deriveNaclKey, isNaclEncrypted, openNacl, sealNacl } from "./naclEncryption.ts";
import {
  KeyfileExistsError,
  KeyfileFormatError,
  KeyfileNotFoundError,
  WrongPasswordError,
} from "./walletErrors.ts";

export type KeyfileFormat = "nacl" | "json" | "ansible-vault" | "legacy";

/** Called with a sentence when something is off but readable, such as loose file permissions. */
export type WarningHandler = (message: string) => void;

const textDecoder = new TextDecoder("utf-8", { fatal: true });

function startsWith(data: Uint8Array, prefix: string): boolean {
  return prefix.length <= data.length && [...prefix].every((char, i) => data[i] === char.charCodeAt(0));
}

/** The format of a keyfile from its first bytes; an unknown prefix is an error naming the file. */
export function detectKeyfileFormat(data: Uint8Array, path: string): KeyfileFormat {
  if (isNaclEncrypted(data)) return "nacl";
  if (startsWith(data, "$ANSIBLE_VAULT")) return "ansible-vault";
  if (startsWith(data, "gAAAAA")) return "legacy";
  const firstChar = textDecoder.decode(data.subarray(0, 64)).trimStart()[0];
  if (firstChar === "{") return "json";
  throw new KeyfileFormatError(path, "is in no keyfile format opentao knows", [
    "Keyfiles start with $NACL (encrypted) or { (plain JSON).",
  ]);
}

/** Reads a file's bytes, turning a missing file into KeyfileNotFoundError with the given hints. */
export async function readKeyfileBytes(
  path: string,
  notFoundHints: readonly string[] = [],
): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT")
      throw new KeyfileNotFoundError(path, notFoundHints);
    throw cause;
  }
}

/** Warns (never refuses) when a keyfile is readable by others: git checkouts make files 0644. */
export async function checkPermissions(path: string, warn: WarningHandler | undefined): Promise<void> {
  if (!warn) return;
  const { mode } = await stat(path);
  if ((mode & 0o077) !== 0) {
    warn(`${path} has mode ${(mode & 0o777).toString(8)}; run 'chmod 600 ${path}' so only you can read it.`);
  }
}

function decodeText(data: Uint8Array, path: string): string {
  try {
    return textDecoder.decode(data);
  } catch {
    throw new KeyfileFormatError(path, "is not UTF-8 text");
  }
}

/** Reads the public half of a keyfile without needing a password (for `*pub.txt` and plain keys). */
export function decodePublicKeyfile(data: Uint8Array, path: string): PublicKey {
  if (detectKeyfileFormat(data, path) !== "json") {
    throw new KeyfileFormatError(path, "is encrypted; its public half is in the matching pub.txt file");
  }
  return parsePublicKeyfile(decodeText(data, path), path);
}

/**
 * Decodes a full keyfile. Encrypted files need `password` (or an already-derived `naclKey`); a wrong
 * one raises WrongPasswordError.
 */
export async function decodeKeyfile(
  data: Uint8Array,
  path: string,
  secret: { password?: string; naclKey?: Uint8Array } = {},
): Promise<KeyfileKey> {
  const format = detectKeyfileFormat(data, path);
  if (format === "json") return parseKeyfile(decodeText(data, path), path);
  if (format !== "nacl") {
    throw new KeyfileFormatError(
      path,
      `is encrypted in btcli's ${format} format, which opentao does not read`,
      ["Open it once with btcli, which re-encrypts it as $NACL, then use it here."],
    );
  }
  const key =
    secret.naclKey ?? (secret.password === undefined ? undefined : await deriveNaclKey(secret.password));
  if (!key) throw new WrongPasswordError(path);
  const plaintext = openNacl(data, key);
  if (!plaintext) throw new WrongPasswordError(path);
  return parseKeyfile(decodeText(plaintext, path), path);
}

/** True when the file exists. */
export async function keyfileExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export type WriteKeyfileOptions = {
  /** Encrypt as `$NACL` with this password; plain JSON when absent. */
  password?: string;
  /** Replace an existing file; without it an existing file is an error. */
  overwrite?: boolean;
};

/**
 * Writes a keyfile through a temporary file and a rename, mode 0600, creating missing directories
 * (wire.md B.7). A full key is written when `key` holds a keypair, else its public half.
 */
export async function writeKeyfile(
  path: string,
  key: KeyfileKey | PublicKey,
  publicOnly: boolean,
  options: WriteKeyfileOptions = {},
): Promise<void> {
  if (!options.overwrite && (await keyfileExists(path))) throw new KeyfileExistsError(path);
  const text = new TextEncoder().encode(serializeKeyfile(key, publicOnly));
  const data = options.password === undefined ? text : sealNacl(text, await deriveNaclKey(options.password));
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, data, { mode: 0o600, flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
