/**
 * A btcli wallet: one coldkey and its named hotkeys under `<path>/<name>/` (wire.md B.1), with the
 * operations of bittensor-wallet's `Wallet` in camelCase (wire.md B.8). Files it writes open in btcli,
 * and btcli's open here.
 */
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import {
  decodeSs58,
  encodeSs58,
  generateMnemonic,
  type Keypair,
  keypairFromSeed,
  keypairFromUri,
  type MnemonicWordCount,
  mnemonicToSeed,
  normalizeMnemonic,
} from "@opentao/primitives";
import {
  checkPermissions,
  decodeKeyfile,
  decodePublicKeyfile,
  detectKeyfileFormat,
  keyfileExists,
  readKeyfileBytes,
  type WarningHandler,
  writeKeyfile,
} from "./keyfile.ts";
import type { KeyfileKey, PublicKey } from "./keyfileData.ts";
import { listWallets } from "./listWallets.ts";
import { KeyfileExistsError, KeyfileFormatError } from "./walletErrors.ts";

/** btcli's default wallet folder. */
export const DEFAULT_WALLET_PATH = "~/.bittensor/wallets";

export type WalletOptions = {
  /** The wallet (coldkey) name; default "default". */
  name?: string;
  /** The hotkey name; default "default". */
  hotkey?: string;
  /** The wallet folder; default ~/.bittensor/wallets. A leading ~ is the home directory. */
  path?: string;
  /** Receives warnings such as loose file permissions; silent when absent. */
  warn?: WarningHandler;
};

/** Where a regenerated key comes from: a mnemonic, a 0x mini-secret, or a Substrate URI such as //Alice. */
export type KeySource = { mnemonic: string } | { seed: Uint8Array } | { uri: string };
/** Where a regenerated public key comes from. */
export type PublicKeySource = { ss58Address: string } | { publicKey: Uint8Array };

export type NewKeyOptions = {
  words?: MnemonicWordCount;
  /** Encrypt with this password; plain JSON when undefined (btcli's default for hotkeys). */
  password?: string;
  overwrite?: boolean;
};

export type RegenerateKeyOptions = {
  password?: string;
  overwrite?: boolean;
};

const NAME_PATTERN = /^[A-Za-z0-9_.-]+$/;

function assertName(kind: string, name: string): string {
  if (!NAME_PATTERN.test(name) || name === "." || name === "..") {
    throw new TypeError(
      `${kind} name must use letters, digits, '_', '-' or '.', got ${JSON.stringify(name)}`,
    );
  }
  return name;
}

/** Expands a leading ~ and makes the path absolute. */
export function expandWalletPath(path: string): string {
  return resolve(path === "~" || path.startsWith("~/") ? join(homedir(), path.slice(1)) : path);
}

function keyFromSource(source: KeySource): KeyfileKey {
  if ("mnemonic" in source) {
    const mnemonic = normalizeMnemonic(source.mnemonic);
    const seed = mnemonicToSeed(mnemonic);
    return { keypair: keypairFromSeed(seed), mnemonic, seed };
  }
  if ("seed" in source) return { keypair: keypairFromSeed(source.seed), seed: source.seed };
  return { keypair: keypairFromUri(source.uri) };
}

function publicKeyFromSource(source: PublicKeySource): PublicKey {
  const publicKey = "ss58Address" in source ? decodeSs58(source.ss58Address) : source.publicKey;
  return { publicKey, ss58Address: encodeSs58(publicKey) };
}

function optionalPassword(password: string | undefined): { password?: string } {
  return password === undefined ? {} : { password };
}

async function assertAbsent(paths: readonly string[]): Promise<void> {
  for (const path of paths) if (await keyfileExists(path)) throw new KeyfileExistsError(path);
}

export class Wallet {
  readonly name: string;
  readonly hotkeyName: string;
  /** The absolute wallet folder. */
  readonly path: string;
  readonly #warn: WarningHandler | undefined;
  #coldkey: Keypair | undefined;

  constructor(options: WalletOptions = {}) {
    this.name = assertName("wallet", options.name ?? "default");
    this.hotkeyName = assertName("hotkey", options.hotkey ?? "default");
    this.path = expandWalletPath(options.path ?? DEFAULT_WALLET_PATH);
    this.#warn = options.warn;
  }

  /** The same wallet with another hotkey selected. */
  withHotkey(hotkey: string): Wallet {
    return new Wallet({
      name: this.name,
      hotkey,
      path: this.path,
      ...(this.#warn ? { warn: this.#warn } : {}),
    });
  }

  get walletDir(): string {
    return join(this.path, this.name);
  }
  get coldkeyPath(): string {
    return join(this.walletDir, "coldkey");
  }
  get coldkeypubPath(): string {
    return join(this.walletDir, "coldkeypub.txt");
  }
  get hotkeyPath(): string {
    return join(this.walletDir, "hotkeys", this.hotkeyName);
  }
  get hotkeypubPath(): string {
    return join(this.walletDir, "hotkeys", `${this.hotkeyName}pub.txt`);
  }

  async #notFoundHints(): Promise<string[]> {
    const existing = await listWallets(this.path);
    const names = existing.map((wallet) => wallet.name);
    return [
      names.length > 0
        ? `Wallets in ${this.path}: ${names.join(", ")}. Choose one with --wallet.name.`
        : `There are no wallets in ${this.path}; create one with 'tao wallet create' or choose another --wallet.path.`,
    ];
  }

  async #readPublic(path: string): Promise<PublicKey> {
    const data = await readKeyfileBytes(path, await this.#notFoundHints());
    return decodePublicKeyfile(data, path);
  }

  /** The coldkey's public half, from coldkeypub.txt: no password needed. */
  async getColdkeypub(): Promise<PublicKey> {
    return this.#readPublic(this.coldkeypubPath);
  }

  /** The hotkey's public half, from `<hotkey>pub.txt`, or from the hotkey itself for wallets made before pub files. */
  async getHotkeypub(): Promise<PublicKey> {
    if (await keyfileExists(this.hotkeypubPath)) return this.#readPublic(this.hotkeypubPath);
    return (await this.getHotkey()).keypair;
  }

  /** True when the coldkey file is encrypted. */
  async isColdkeyEncrypted(): Promise<boolean> {
    const data = await readKeyfileBytes(this.coldkeyPath, await this.#notFoundHints());
    return detectKeyfileFormat(data, this.coldkeyPath) !== "json";
  }

  /** The full hotkey. Hotkeys are normally plain JSON; an encrypted one needs `password`. */
  async getHotkey(password?: string): Promise<KeyfileKey> {
    return this.#readFull(this.hotkeyPath, password);
  }

  async #readFull(path: string, password: string | undefined): Promise<KeyfileKey> {
    const data = await readKeyfileBytes(path, await this.#notFoundHints());
    await checkPermissions(path, this.#warn);
    return decodeKeyfile(data, path, password === undefined ? {} : { password });
  }

  /**
   * Decrypts the coldkey and keeps it for the life of this object, as btcli's `unlock_coldkey` does:
   * one unlock costs seconds and 512 MiB. The key must agree with coldkeypub.txt when that exists.
   */
  async unlockColdkey(password?: string): Promise<Keypair> {
    if (this.#coldkey) return this.#coldkey;
    const { keypair } = await this.#readFull(this.coldkeyPath, password);
    if (await keyfileExists(this.coldkeypubPath)) {
      const pub = await this.getColdkeypub();
      if (pub.ss58Address !== keypair.ss58Address) {
        throw new KeyfileFormatError(
          this.coldkeypubPath,
          `names ${pub.ss58Address}, but the coldkey is ${keypair.ss58Address}`,
          ["Rewrite the pub file with 'tao wallet regen-coldkeypub --ss58 <coldkey address>'."],
        );
      }
    }
    this.#coldkey = keypair;
    return keypair;
  }

  async #writeColdkey(key: KeyfileKey, options: RegenerateKeyOptions): Promise<void> {
    const overwrite = options.overwrite ?? false;
    await writeKeyfile(this.coldkeyPath, key, false, { overwrite, ...optionalPassword(options.password) });
    await writeKeyfile(this.coldkeypubPath, key.keypair, true, { overwrite: true });
    this.#coldkey = key.keypair;
  }

  async #writeHotkey(key: KeyfileKey, options: RegenerateKeyOptions): Promise<void> {
    const overwrite = options.overwrite ?? false;
    await writeKeyfile(this.hotkeyPath, key, false, { overwrite, ...optionalPassword(options.password) });
    await writeKeyfile(this.hotkeypubPath, key.keypair, true, { overwrite: true });
  }

  /** Makes a new coldkey from fresh entropy; returns its mnemonic, which the caller shows once. */
  async newColdkey(options: NewKeyOptions = {}): Promise<string> {
    const mnemonic = generateMnemonic(options.words);
    await this.#writeColdkey(keyFromSource({ mnemonic }), options);
    return mnemonic;
  }

  /** Makes a new hotkey from fresh entropy; returns its mnemonic. */
  async newHotkey(options: NewKeyOptions = {}): Promise<string> {
    const mnemonic = generateMnemonic(options.words);
    await this.#writeHotkey(keyFromSource({ mnemonic }), options);
    return mnemonic;
  }

  /** Rebuilds the coldkey (and coldkeypub.txt) from a mnemonic, seed or URI. */
  async regenerateColdkey(source: KeySource, options: RegenerateKeyOptions = {}): Promise<Keypair> {
    const key = keyFromSource(source);
    await this.#writeColdkey(key, options);
    return key.keypair;
  }

  /** Rebuilds only coldkeypub.txt from an address or public key (a watch-only wallet). */
  async regenerateColdkeypub(
    source: PublicKeySource,
    options: { overwrite?: boolean } = {},
  ): Promise<PublicKey> {
    const pub = publicKeyFromSource(source);
    await writeKeyfile(this.coldkeypubPath, pub, true, options);
    return pub;
  }

  /** Rebuilds the hotkey (and its pub file) from a mnemonic, seed or URI. */
  async regenerateHotkey(source: KeySource, options: RegenerateKeyOptions = {}): Promise<Keypair> {
    const key = keyFromSource(source);
    await this.#writeHotkey(key, options);
    return key.keypair;
  }

  /** Rebuilds only the hotkey's pub file from an address or public key. */
  async regenerateHotkeypub(
    source: PublicKeySource,
    options: { overwrite?: boolean } = {},
  ): Promise<PublicKey> {
    const pub = publicKeyFromSource(source);
    await writeKeyfile(this.hotkeypubPath, pub, true, options);
    return pub;
  }

  /**
   * Makes a new coldkey and hotkey (btcli `wallet create`). Refuses to touch existing keys unless
   * `overwrite`; returns both mnemonics.
   */
  async create(
    options: {
      words?: MnemonicWordCount;
      coldkeyPassword?: string;
      hotkeyPassword?: string;
      overwrite?: boolean;
    } = {},
  ): Promise<{ coldkeyMnemonic: string; hotkeyMnemonic: string }> {
    const overwrite = options.overwrite ?? false;
    if (!overwrite) await assertAbsent([this.coldkeyPath, this.hotkeyPath]);
    const words = options.words ?? 12;
    const coldkeyMnemonic = await this.newColdkey({
      words,
      overwrite,
      ...optionalPassword(options.coldkeyPassword),
    });
    const hotkeyMnemonic = await this.newHotkey({
      words,
      overwrite,
      ...optionalPassword(options.hotkeyPassword),
    });
    return { coldkeyMnemonic, hotkeyMnemonic };
  }
}
