import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { keypairFromMnemonic, keypairFromUri, toHex } from "@opentao/primitives";
import { TEST_WALLET, VECTORS_PATH } from "../../../../test/testWallet.ts";
import { parseKeyfile, parsePublicKeyfile, serializeKeyfile } from "./keyfileData.ts";
import { KeyfileFormatError } from "./walletErrors.ts";

const hotkeysDir = join(VECTORS_PATH, "wallet", "hotkeys");
const hotkeyText = readFileSync(join(hotkeysDir, "default"), "utf8");
const hotkeyPubText = readFileSync(join(hotkeysDir, "defaultpub.txt"), "utf8");
const path = "/wallets/w/hotkeys/default";

describe("writing (wire.md B.2)", () => {
  test("a hotkey serialises byte for byte as bittensor-wallet wrote the shared one", () => {
    const mnemonic = TEST_WALLET.hotkeyDefault.mnemonic;
    const key = parseKeyfile(hotkeyText, path);
    assert.equal(serializeKeyfile(key, false), hotkeyText);
    assert.equal(serializeKeyfile({ keypair: keypairFromMnemonic(mnemonic) }, true), hotkeyPubText);
  });

  test("a key without mnemonic or seed writes only privateKey", () => {
    const json = JSON.parse(serializeKeyfile({ keypair: keypairFromUri("//Alice") }, false));
    assert.deepEqual(Object.keys(json), ["accountId", "publicKey", "privateKey", "ss58Address"]);
  });
});

describe("reading", () => {
  test("the shared hotkey and its pub file", () => {
    const key = parseKeyfile(hotkeyText, path);
    assert.equal(key.keypair.ss58Address, TEST_WALLET.hotkeyDefault.ss58Address);
    assert.equal(key.mnemonic, TEST_WALLET.hotkeyDefault.mnemonic);
    const pub = parsePublicKeyfile(hotkeyPubText, path);
    assert.equal(toHex(pub.publicKey), TEST_WALLET.hotkeyDefault.publicKey);
  });

  test("any key order, Python's old separators and null secrets", () => {
    const json = JSON.parse(hotkeyText);
    const reordered = `{"ss58Address": "${json.ss58Address}", "secretSeed": null, "privateKey": "${json.privateKey}", "publicKey": "${json.publicKey}"}`;
    assert.equal(parseKeyfile(reordered, path).keypair.ss58Address, TEST_WALLET.hotkeyDefault.ss58Address);
  });

  test("load priority: seed alone, privateKey alone", () => {
    const { secretSeed, privateKey } = JSON.parse(hotkeyText);
    assert.equal(
      parseKeyfile(JSON.stringify({ secretSeed }), path).keypair.ss58Address,
      TEST_WALLET.hotkeyDefault.ss58Address,
    );
    assert.equal(
      parseKeyfile(JSON.stringify({ privateKey }), path).keypair.ss58Address,
      TEST_WALLET.hotkeyDefault.ss58Address,
    );
  });

  const invalid: [string, string, RegExp][] = [
    ["not JSON", "{oops", /is not valid keyfile JSON/],
    ["an array", "[]", /does not hold a keyfile JSON object/],
    ["no secret", hotkeyPubText, /holds no secret/],
    ["a number field", '{"secretSeed": 5}', /has a non-string "secretSeed"/],
    [
      "short seed",
      '{"secretSeed": "0x00"}',
      /has an invalid "secretSeed" \(expected 32 bytes of hex, got 1\)/,
    ],
    [
      "a misspelt word",
      `{"secretPhrase": "${TEST_WALLET.hotkeyDefault.mnemonic.replace("salmon", "salmom")}"}`,
      /invalid "secretPhrase".*"salmom"/,
    ],
    [
      "a publicKey of another key",
      hotkeyText.replaceAll(JSON.parse(hotkeyText).publicKey, TEST_WALLET.coldkey.publicKey),
      /holds a publicKey that does not belong to its public key/,
    ],
    [
      "an accountId unlike the publicKey",
      hotkeyText.replace(JSON.parse(hotkeyText).accountId, TEST_WALLET.coldkey.publicKey),
      /has an accountId that differs from its publicKey/,
    ],
    [
      "a seed of another key",
      hotkeyText.replace(JSON.parse(hotkeyText).secretSeed, `0x${"11".repeat(32)}`),
      /holds a secretSeed that does not belong/,
    ],
  ];
  for (const [name, text, message] of invalid) {
    test(`refuses ${name}`, () => {
      assert.throws(
        () => parseKeyfile(text, path),
        (error: unknown) => error instanceof KeyfileFormatError && message.test(error.shortMessage),
        name,
      );
    });
  }

  test("a pub file whose address and public key disagree", () => {
    const bad = hotkeyPubText.replace(TEST_WALLET.hotkeyDefault.ss58Address, TEST_WALLET.coldkey.ss58Address);
    assert.throws(() => parsePublicKeyfile(bad, path), /holds a ss58Address that does not belong/);
  });
});
