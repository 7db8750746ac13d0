/**
 * `tao wallet …`: btcli's wallet commands (wire.md Part D) over the SDK's Wallet. Every command takes
 * btcli's and the SDK's flag spellings and prints a table, or JSON with --json.
 */

import {
  assertMnemonic,
  fromHex,
  MNEMONIC_WORD_COUNTS,
  type MnemonicWordCount,
  toHex,
} from "@opentao/primitives";
import {
  KeyfileNotFoundError,
  type KeySource,
  keyfileExists,
  listWallets,
  type PublicKey,
  type PublicKeySource,
  type Wallet,
} from "@opentao/sdk";
import { type Command, Option } from "commander";
import { printJson, printTable, progress, UsageError } from "../output.ts";
import { passwordForNewKeyfile, passwordToUnlock } from "../password.ts";
import { isInteractive, type WalletFlags, walletFromFlags, withWalletOptions } from "./walletOptions.ts";

type NewKeyFlags = WalletFlags & { nWords: string; usePassword: boolean; overwrite?: boolean; uri?: string };
type RegenFlags = WalletFlags & {
  mnemonic?: string[];
  seed?: string;
  uri?: string;
  usePassword: boolean;
  overwrite?: boolean;
};
type RegenPubFlags = WalletFlags & { ss58?: string; publicKeyHex?: string; overwrite?: boolean };

function wordCount(flags: { nWords: string }): MnemonicWordCount {
  const words = Number(flags.nWords);
  if (!(MNEMONIC_WORD_COUNTS as readonly number[]).includes(words)) {
    throw new UsageError(`--n-words must be 12, 15, 18, 21 or 24, not ${flags.nWords}.`);
  }
  return words as MnemonicWordCount;
}

function keySource(flags: RegenFlags): KeySource {
  const given = [flags.mnemonic, flags.seed, flags.uri].filter((value) => value !== undefined);
  if (given.length !== 1) {
    throw new UsageError("Give exactly one of --mnemonic, --seed or --uri.", {
      hints: ['For example: --mnemonic "word1 word2 … word12" or --seed 0x<64 hex digits>.'],
    });
  }
  if (flags.mnemonic) {
    const mnemonic = flags.mnemonic.join(" ");
    // Checked before any password prompt, so a typo is reported first.
    assertMnemonic(mnemonic);
    return { mnemonic };
  }
  if (flags.seed) return { seed: fromHex(flags.seed, 32, "--seed") };
  return { uri: flags.uri! };
}

function publicKeySource(flags: RegenPubFlags): PublicKeySource {
  if ((flags.ss58 === undefined) === (flags.publicKeyHex === undefined)) {
    throw new UsageError("Give exactly one of --ss58 or --public-key-hex.");
  }
  return flags.ss58 !== undefined
    ? { ss58Address: flags.ss58 }
    : { publicKey: fromHex(flags.publicKeyHex!, 32, "--public-key-hex") };
}

/**
 * Whether existing key files may be replaced: --overwrite, or a yes to btcli's question when a person is
 * at the terminal. Without either, the SDK refuses with KeyfileExistsError.
 */
async function overwriteFor(
  flags: { overwrite?: boolean } & WalletFlags,
  paths: readonly string[],
): Promise<boolean> {
  if (flags.overwrite) return true;
  const existing = [];
  for (const path of paths) if (await keyfileExists(path)) existing.push(path);
  if (existing.length === 0 || !isInteractive(flags)) return false;
  const { default: confirm } = await import("@inquirer/confirm");
  const yes = await confirm({
    message: `${existing.join(" and ")} already exist${existing.length === 1 ? "s" : ""}. Overwrite? The old key is lost unless you have its mnemonic.`,
    default: false,
  });
  if (!yes) throw new UsageError("Kept the existing key files; nothing was written.");
  return true;
}

async function coldkeyPassword(
  wallet: Wallet,
  flags: NewKeyFlags | RegenFlags,
): Promise<{ password?: string }> {
  if (!flags.usePassword) return {};
  const options = {
    interactive: isInteractive(flags),
    ...(flags.passwordFile ? { passwordFile: flags.passwordFile } : {}),
  };
  const password = await passwordForNewKeyfile(wallet.coldkeyPath, options);
  progress("Encrypting the coldkey with Argon2i (512 MiB, a few seconds)…");
  return { password };
}

function keyJson(name: string, key: PublicKey) {
  return { name, ss58_address: key.ss58Address, public_key: toHex(key.publicKey) };
}

function printKeys(title: string, rows: readonly (readonly string[])[]): void {
  process.stdout.write(`${title}\n`);
  printTable(["key", "name", "ss58 address"], rows);
}

function printMnemonics(mnemonics: readonly [string, string][]): void {
  process.stdout.write(
    "\nWrite these mnemonics down and keep them offline: they are the only way to recover the keys.\n",
  );
  for (const [key, mnemonic] of mnemonics) process.stdout.write(`  ${key}: ${mnemonic}\n`);
}

async function create(flags: NewKeyFlags): Promise<void> {
  const wallet = walletFromFlags(flags);
  const password = await coldkeyPassword(wallet, flags);
  const { coldkeyMnemonic, hotkeyMnemonic } = await wallet.create({
    words: wordCount(flags),
    overwrite: await overwriteFor(flags, [wallet.coldkeyPath, wallet.hotkeyPath]),
    ...(password.password === undefined ? {} : { coldkeyPassword: password.password }),
  });
  const coldkey = await wallet.getColdkeypub();
  const hotkey = await wallet.getHotkeypub();
  if (flags.json) {
    printJson({
      name: wallet.name,
      path: wallet.path,
      coldkey: {
        ...keyJson("coldkey", coldkey),
        encrypted: password.password !== undefined,
        mnemonic: coldkeyMnemonic,
      },
      hotkey: { ...keyJson(wallet.hotkeyName, hotkey), mnemonic: hotkeyMnemonic },
    });
    return;
  }
  printKeys(`Created wallet "${wallet.name}" in ${wallet.path}`, [
    ["coldkey", wallet.name, coldkey.ss58Address],
    ["hotkey", wallet.hotkeyName, hotkey.ss58Address],
  ]);
  printMnemonics([
    ["coldkey", coldkeyMnemonic],
    [`hotkey ${wallet.hotkeyName}`, hotkeyMnemonic],
  ]);
}

async function newColdkey(flags: NewKeyFlags): Promise<void> {
  const wallet = walletFromFlags(flags);
  const password = await coldkeyPassword(wallet, flags);
  const options = { overwrite: await overwriteFor(flags, [wallet.coldkeyPath]), ...password };
  if (flags.uri) {
    await reportKey(
      flags,
      wallet,
      "coldkey",
      await wallet.regenerateColdkey({ uri: flags.uri }, options),
      undefined,
    );
    return;
  }
  const mnemonic = await wallet.newColdkey({ ...options, words: wordCount(flags) });
  await reportKey(flags, wallet, "coldkey", await wallet.getColdkeypub(), mnemonic);
}

async function newHotkey(flags: NewKeyFlags): Promise<void> {
  const wallet = walletFromFlags(flags);
  const options = { overwrite: await overwriteFor(flags, [wallet.hotkeyPath]) };
  if (flags.uri) {
    await reportKey(
      flags,
      wallet,
      "hotkey",
      await wallet.regenerateHotkey({ uri: flags.uri }, options),
      undefined,
    );
    return;
  }
  const mnemonic = await wallet.newHotkey({ ...options, words: wordCount(flags) });
  await reportKey(flags, wallet, "hotkey", await wallet.getHotkeypub(), mnemonic);
}

async function reportKey(
  flags: WalletFlags,
  wallet: Wallet,
  kind: "coldkey" | "hotkey",
  key: PublicKey,
  mnemonic: string | undefined,
): Promise<void> {
  const name = kind === "coldkey" ? wallet.name : wallet.hotkeyName;
  if (flags.json) {
    printJson({
      wallet: wallet.name,
      path: wallet.path,
      [kind]: { ...keyJson(name, key), ...(mnemonic ? { mnemonic } : {}) },
    });
    return;
  }
  printKeys(`Wrote the ${kind} of wallet "${wallet.name}" in ${wallet.path}`, [
    [kind, name, key.ss58Address],
  ]);
  if (mnemonic) printMnemonics([[kind, mnemonic]]);
}

/** regen-coldkey and regen-hotkey: a full key from a mnemonic, seed or URI; only a coldkey is encrypted. */
async function regenKey(kind: "coldkey" | "hotkey", flags: RegenFlags): Promise<void> {
  const wallet = walletFromFlags(flags);
  const source = keySource(flags);
  const path = kind === "coldkey" ? wallet.coldkeyPath : wallet.hotkeyPath;
  const password = kind === "coldkey" ? await coldkeyPassword(wallet, flags) : {};
  const options = { overwrite: await overwriteFor(flags, [path]), ...password };
  const key =
    kind === "coldkey"
      ? await wallet.regenerateColdkey(source, options)
      : await wallet.regenerateHotkey(source, options);
  await reportKey(flags, wallet, kind, key, undefined);
}

/** regen-coldkeypub and regen-hotkeypub: only the public file, from an address or public key. */
async function regenPublicKey(kind: "coldkey" | "hotkey", flags: RegenPubFlags): Promise<void> {
  const wallet = walletFromFlags(flags);
  const source = publicKeySource(flags);
  const path = kind === "coldkey" ? wallet.coldkeypubPath : wallet.hotkeypubPath;
  const options = { overwrite: await overwriteFor(flags, [path]) };
  const key =
    kind === "coldkey"
      ? await wallet.regenerateColdkeypub(source, options)
      : await wallet.regenerateHotkeypub(source, options);
  await reportKey(flags, wallet, kind, key, undefined);
}

async function hotkeysOf(wallet: Wallet, names: readonly string[]): Promise<ReturnType<typeof keyJson>[]> {
  const keys = [];
  for (const name of names) keys.push(keyJson(name, await wallet.withHotkey(name).getHotkeypub()));
  return keys;
}

async function list(flags: WalletFlags): Promise<void> {
  const wallet = walletFromFlags(flags);
  const wallets = [];
  for (const entry of await listWallets(wallet.path)) {
    const coldkey = walletFromFlags({ ...flags, walletName: entry.name });
    const pub = await coldkey.getColdkeypub().catch(() => undefined);
    wallets.push({
      name: entry.name,
      coldkey_ss58: pub?.ss58Address ?? null,
      hotkeys: await hotkeysOf(coldkey, entry.hotkeys),
    });
  }
  if (flags.json) {
    printJson({ wallet_path: wallet.path, wallets });
    return;
  }
  if (wallets.length === 0) {
    process.stdout.write(`No wallets in ${wallet.path}. Create one with 'tao wallet create'.\n`);
    return;
  }
  const rows = wallets.flatMap((w) => [
    ["coldkey", w.name, w.coldkey_ss58 ?? "(no coldkeypub.txt)"],
    ...w.hotkeys.map((h) => ["  hotkey", h.name, h.ss58_address]),
  ]);
  printKeys(`Wallets in ${wallet.path}`, rows);
}

async function show(flags: WalletFlags): Promise<void> {
  const wallet = walletFromFlags(flags);
  const coldkey = await wallet.getColdkeypub();
  // A watch-only wallet has coldkeypub.txt but no coldkey.
  const encrypted = await wallet.isColdkeyEncrypted().catch((error: unknown) => {
    if (error instanceof KeyfileNotFoundError) return null;
    throw error;
  });
  const password = await passwordToUnlock(wallet.coldkeyPath, {
    interactive: false,
    ...(flags.passwordFile ? { passwordFile: flags.passwordFile } : {}),
  });
  // With a password (or an unencrypted coldkey) the coldkey is opened and checked against its pub file.
  let verified: boolean | null = null;
  if (encrypted === false || (encrypted && password !== undefined)) {
    if (encrypted) progress("Unlocking the coldkey with Argon2i (512 MiB, a few seconds)…");
    await wallet.unlockColdkey(password);
    verified = true;
  }
  const entry = (await listWallets(wallet.path)).find((w) => w.name === wallet.name);
  const hotkeys = await hotkeysOf(wallet, entry?.hotkeys ?? []);
  if (flags.json) {
    printJson({
      name: wallet.name,
      path: wallet.path,
      coldkey: { ...keyJson(wallet.name, coldkey), encrypted, verified },
      hotkeys,
    });
    return;
  }
  const state =
    encrypted === null
      ? "public key only"
      : `${encrypted ? "encrypted" : "unencrypted"}${verified ? ", unlocked and checked" : ""}`;
  printKeys(`Wallet "${wallet.name}" in ${wallet.path} (coldkey ${state})`, [
    ["coldkey", wallet.name, coldkey.ss58Address],
    ...hotkeys.map((h) => ["hotkey", h.name, h.ss58_address]),
  ]);
}

function newKeyCommand(command: Command, description: string): Command {
  return withWalletOptions(command.description(description))
    .addOption(new Option("--n-words <n>", "mnemonic length: 12, 15, 18, 21 or 24").default("12"))
    .option("--overwrite", "replace existing key files");
}

function regenCommand(command: Command, description: string): Command {
  return withWalletOptions(command.description(description))
    .option("--mnemonic <words...>", "the mnemonic, quoted or as separate words")
    .option("--seed <hex>", "the 32-byte mini-secret as 0x hex")
    .option("--uri <uri>", "a Substrate secret URI such as //Alice (dev keys)")
    .option("--overwrite", "replace existing key files");
}

function regenPubCommand(command: Command, description: string): Command {
  return withWalletOptions(command.description(description))
    .option("--ss58 <address>", "the SS58 address")
    .option("--public-key-hex <hex>", "the 32-byte public key as 0x hex")
    .option("--overwrite", "replace an existing pub file");
}

const usePassword = () =>
  new Option("--no-use-password", "store the coldkey unencrypted (throwaway keys only)");

/** Registers `tao wallet` (aliases `w`, `wallets`) and its subcommands. */
export function registerWalletCommands(program: Command): void {
  const wallet = program
    .command("wallet")
    .alias("w")
    .alias("wallets")
    .description("create, restore and inspect wallets (btcli format)");
  newKeyCommand(wallet.command("create"), "make a new coldkey and hotkey")
    .addOption(usePassword())
    .action((flags: NewKeyFlags) => create(flags));
  newKeyCommand(wallet.command("new-coldkey"), "make a new coldkey")
    .addOption(usePassword())
    .option("--uri <uri>", "derive from a Substrate URI such as //Alice instead (dev keys)")
    .action((flags: NewKeyFlags) => newColdkey(flags));
  newKeyCommand(wallet.command("new-hotkey"), "make a new hotkey under the wallet's coldkey")
    .option("--uri <uri>", "derive from a Substrate URI such as //Alice instead (dev keys)")
    .action((flags: NewKeyFlags) => newHotkey({ ...flags, usePassword: false }));
  regenCommand(wallet.command("regen-coldkey"), "restore a coldkey from its mnemonic, seed or URI")
    .addOption(usePassword())
    .action((flags: RegenFlags) => regenKey("coldkey", flags));
  regenPubCommand(
    wallet.command("regen-coldkeypub"),
    "restore coldkeypub.txt from an address (watch-only)",
  ).action((flags: RegenPubFlags) => regenPublicKey("coldkey", flags));
  regenCommand(wallet.command("regen-hotkey"), "restore a hotkey from its mnemonic, seed or URI").action(
    (flags: RegenFlags) => regenKey("hotkey", flags),
  );
  regenPubCommand(wallet.command("regen-hotkeypub"), "restore a hotkey's pub file from an address").action(
    (flags: RegenPubFlags) => regenPublicKey("hotkey", flags),
  );
  withWalletOptions(
    wallet.command("list").description("list the wallets and hotkeys in the wallet folder"),
  ).action((flags: WalletFlags) => list(flags));
  withWalletOptions(
    wallet
      .command("show")
      .description(
        "show a wallet's addresses; with a password (env or --password-file) also unlock and check the coldkey",
      ),
  ).action((flags: WalletFlags) => show(flags));
}
