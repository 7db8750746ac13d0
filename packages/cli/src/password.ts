/**
 * Where `tao` gets a keyfile password, in wire.md B.6's order: `--password-file` (or `-` for stdin),
 * then the file's `BT_PW_…` variable, then `TAO_WALLET_PASSWORD`, then a prompt — and never a prompt
 * under `--json` or `--no-prompt`.
 */
import { readFile } from "node:fs/promises";
import { passwordFromEnvironment } from "@opentao/sdk";
import { UsageError } from "./output.ts";

export type PasswordOptions = {
  passwordFile?: string;
  /** False under --json, --no-prompt or without a terminal. */
  interactive: boolean;
};

/** btcli's minimum length for a new password. */
const MIN_PASSWORD_LENGTH = 6;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function fromFile(passwordFile: string): Promise<string> {
  const text = passwordFile === "-" ? await readStdin() : await readFile(passwordFile, "utf8");
  // Files and pipes end with a newline that is not part of the password.
  return text.replace(/\r?\n$/, "");
}

async function prompt(message: string): Promise<string> {
  const { default: password } = await import("@inquirer/password");
  // Interactive prompts trim surrounding white space, as btcli's do (wire.md B.4).
  return (await password({ message, mask: "*" })).trim();
}

async function fromSources(keyfilePath: string, options: PasswordOptions): Promise<string | undefined> {
  if (options.passwordFile !== undefined) return fromFile(options.passwordFile);
  return passwordFromEnvironment(keyfilePath);
}

/**
 * The password to unlock an existing keyfile, or undefined when none is available without a prompt
 * and prompting is not allowed.
 */
export async function passwordToUnlock(
  keyfilePath: string,
  options: PasswordOptions,
): Promise<string | undefined> {
  const password = await fromSources(keyfilePath, options);
  if (password !== undefined || !options.interactive) return password;
  return prompt(`Password for ${keyfilePath}:`);
}

/** The password for a new encrypted keyfile: from the sources, or typed twice; at least 6 characters. */
export async function passwordForNewKeyfile(keyfilePath: string, options: PasswordOptions): Promise<string> {
  let password = await fromSources(keyfilePath, options);
  if (password === undefined) {
    if (!options.interactive) {
      throw new UsageError(`A password is needed to encrypt ${keyfilePath}.`, {
        hints: [
          "Set TAO_WALLET_PASSWORD, pass --password-file FILE, or run the command in a terminal.",
          "Or pass --no-use-password to store the key unencrypted (only for throwaway keys).",
        ],
      });
    }
    password = await prompt("New password for the coldkey:");
    if ((await prompt("Type it again:")) !== password) {
      throw new UsageError("The two passwords differ.", {
        hints: ["Run the command again and type the same password twice."],
      });
    }
  }
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UsageError(
      `The password is ${password.length} characters long; use at least ${MIN_PASSWORD_LENGTH}.`,
    );
  }
  return password;
}
