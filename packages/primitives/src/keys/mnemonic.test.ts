import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { toHex } from "../encoding/hex.ts";
import { assertMnemonic, generateMnemonic, MnemonicError, mnemonicToSeed } from "./mnemonic.ts";

// shared/vectors/wallet/README.md, coldkey
const coldkeyPhrase = "ceiling peanut charge short long multiply dial toy kitchen accident erupt usual";

describe("mini-secret (Substrate Pair::from_phrase)", () => {
  test("the shared wallet's coldkey", () => {
    assert.equal(
      toHex(mnemonicToSeed(coldkeyPhrase)),
      "0x9c8b6e3d1952260f3c1359abbe718c0ad5a8a5ef554575c6a92bc80b82579a95",
    );
  });

  test("white space and capitals as users paste them", () => {
    assert.deepEqual(
      mnemonicToSeed(`  ${coldkeyPhrase.toUpperCase().replaceAll(" ", "\n ")} `),
      mnemonicToSeed(coldkeyPhrase),
    );
  });
});

describe("generation", () => {
  for (const words of [12, 15, 18, 21, 24] as const) {
    test(`${words} words`, () => {
      const phrase = generateMnemonic(words);
      assert.equal(phrase.split(" ").length, words);
      assert.doesNotThrow(() => assertMnemonic(phrase));
      assert.notEqual(phrase, generateMnemonic(words), "two phrases must differ");
    });
  }
  test("other counts are refused", () => {
    assert.throws(() => generateMnemonic(13 as 12), RangeError);
  });
});

describe("errors name the problem", () => {
  const expectError = (phrase: string, message: RegExp) =>
    assert.throws(
      () => mnemonicToSeed(phrase),
      (error: unknown) => error instanceof MnemonicError && message.test(error.shortMessage),
      phrase,
    );

  test("a word not in the list", () => {
    expectError(
      coldkeyPhrase.replace("peanut", "peanutt"),
      /Word 2 of the mnemonic, "peanutt", is not in the BIP39 list/,
    );
  });
  test("a wrong word count", () => {
    expectError("ceiling peanut charge", /has 3/);
  });
  test("a bad checksum", () => {
    const words = coldkeyPhrase.split(" ");
    [words[0], words[1]] = [words[1]!, words[0]!];
    expectError(words.join(" "), /checksum does not match/);
  });
});
