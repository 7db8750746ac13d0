/**
 * The errors of the wallet, each saying what is wrong and what to do (wire.md Part B).
 */
import { TaoError } from "@opentao/primitives";

export class WalletError extends TaoError {
  override name = "WalletError";
}

/** The password does not open the keyfile: the secretbox MAC check failed (wire.md B.4). */
export class WrongPasswordError extends WalletError {
  override name = "WrongPasswordError";
  readonly path: string;
  constructor(path: string) {
    super(`Wrong password for ${path}.`, {
      hints: [
        "Type the password you chose when the key was created.",
        "TAO_WALLET_PASSWORD holds a plain password; BT_PW_… variables hold btcli's obfuscated form.",
      ],
      spec: "wire.md B.4",
    });
    this.path = path;
  }
}

export class KeyfileNotFoundError extends WalletError {
  override name = "KeyfileNotFoundError";
  readonly path: string;
  constructor(path: string, hints: readonly string[]) {
    super(`No keyfile at ${path}.`, { hints, spec: "wire.md B.1" });
    this.path = path;
  }
}

export class KeyfileExistsError extends WalletError {
  override name = "KeyfileExistsError";
  readonly path: string;
  constructor(path: string) {
    super(`${path} already exists.`, {
      hints: ["Pass --overwrite to replace it; the old key is lost unless you have its mnemonic."],
      spec: "wire.md B.7",
    });
    this.path = path;
  }
}

/** The file is not a keyfile opentao can read, or its fields do not agree with each other. */
export class KeyfileFormatError extends WalletError {
  override name = "KeyfileFormatError";
  readonly path: string;
  constructor(path: string, problem: string, hints: readonly string[] = []) {
    super(`${path} ${problem}.`, { hints, spec: "wire.md B.2, B.5" });
    this.path = path;
  }
}
