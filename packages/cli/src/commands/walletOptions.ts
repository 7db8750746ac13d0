/**
 * The options every wallet command shares, and the Wallet they select. Flag aliases (btcli's and the
 * SDK's spellings) are folded into these names by flagAliases.ts before parsing.
 */

import { DEFAULT_WALLET_PATH, Wallet } from "@opentao/sdk";
import { type Command, Option } from "commander";
import { warn } from "../output.ts";

export type WalletFlags = {
  walletName: string;
  walletPath: string;
  hotkey: string;
  json?: boolean;
  prompt: boolean;
  passwordFile?: string;
};

/** Adds --wallet-name, --wallet-path, --hotkey, --json, --no-prompt and --password-file to a command. */
export function withWalletOptions(command: Command): Command {
  return command
    .addOption(
      new Option("--wallet-name <name>", "wallet name (also --wallet.name, --name)").default("default"),
    )
    .addOption(
      new Option("--wallet-path <path>", "wallet folder (also --wallet.path, -p)").default(
        DEFAULT_WALLET_PATH,
      ),
    )
    .addOption(new Option("--hotkey <name>", "hotkey name (also --wallet.hotkey, -H)").default("default"))
    .option("--json", "print JSON for scripts (also --json-output); never prompts")
    .option("--no-prompt", "never ask anything (also -y); fail instead")
    .option("--password-file <file>", "read the coldkey password from FILE ('-' for stdin)");
}

/** The wallet the flags name; permission warnings go to stderr. */
export function walletFromFlags(flags: WalletFlags): Wallet {
  return new Wallet({ name: flags.walletName, hotkey: flags.hotkey, path: flags.walletPath, warn });
}

/** True when the command may ask questions: a terminal, no --json, no --no-prompt. */
export function isInteractive(flags: WalletFlags): boolean {
  return !flags.json && flags.prompt && Boolean(process.stdin.isTTY);
}
