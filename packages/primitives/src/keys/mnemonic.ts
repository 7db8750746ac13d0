/**
 * BIP39 mnemonics the Substrate way (wire.md B.3): the English word list, a valid checksum, and a
 * mini-secret = PBKDF2-HMAC-SHA512(entropy, "mnemonic" + passphrase, 2048)[0..32] — the raw entropy is
 * hashed, not the phrase text, which is what makes these keys differ from BIP39-seed wallets.
 */
import { mnemonicGenerate, mnemonicToMiniSecret, mnemonicValidate } from "@polkadot/util-crypto";
import english from "@polkadot/util-crypto/mnemonic/wordlists/en";
import { TaoError } from "../errors/taoError.ts";

/** Word counts btcli offers. */
export const MNEMONIC_WORD_COUNTS = [12, 15, 18, 21, 24] as const;
export type MnemonicWordCount = (typeof MNEMONIC_WORD_COUNTS)[number];

export class MnemonicError extends TaoError {
  override name = "MnemonicError";
}

const wordSet = new Set(english);

/** Splits a phrase on any white space, the way users paste it. */
export function normalizeMnemonic(phrase: string): string {
  return phrase.trim().toLowerCase().split(/\s+/).join(" ");
}

/**
 * Checks a mnemonic and throws a MnemonicError that names the problem: the word count, the first word
 * that is not in the English list (with its position), or a failed checksum.
 */
export function assertMnemonic(phrase: string): void {
  const words = normalizeMnemonic(phrase).split(" ");
  if (!(MNEMONIC_WORD_COUNTS as readonly number[]).includes(words.length)) {
    throw new MnemonicError(`A mnemonic has 12, 15, 18, 21 or 24 words; this one has ${words.length}.`, {
      spec: "wire.md B.3",
    });
  }
  const unknown = words.findIndex((word) => !wordSet.has(word));
  if (unknown >= 0) {
    throw new MnemonicError(
      `Word ${unknown + 1} of the mnemonic, "${words[unknown]}", is not in the BIP39 list.`,
      {
        hints: ["Check the spelling of that word against your backup."],
        spec: "wire.md B.3",
      },
    );
  }
  if (!mnemonicValidate(words.join(" "), undefined, true)) {
    throw new MnemonicError("The mnemonic's checksum does not match: a word is wrong or out of order.", {
      hints: ["Compare every word and its order with your backup."],
      spec: "wire.md B.3",
    });
  }
}

/** Generates a new English mnemonic from CSPRNG entropy. */
export function generateMnemonic(words: MnemonicWordCount = 12): string {
  if (!(MNEMONIC_WORD_COUNTS as readonly number[]).includes(words)) {
    throw new RangeError(`expected a word count of 12, 15, 18, 21 or 24, got ${words}`);
  }
  return mnemonicGenerate(words, undefined, true);
}

/** The 32-byte mini-secret of a mnemonic (Substrate `Pair::from_phrase`), after validating it. */
export function mnemonicToSeed(phrase: string, passphrase = ""): Uint8Array {
  assertMnemonic(phrase);
  return mnemonicToMiniSecret(normalizeMnemonic(phrase), passphrase, undefined, true);
}
