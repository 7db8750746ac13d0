import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { TEST_WALLET, VECTORS_PATH } from "../../../../test/testWallet.ts";
import { deriveNaclKey, isNaclEncrypted, openNacl, sealNacl } from "./naclEncryption.ts";

const coldkey = new Uint8Array(readFileSync(join(VECTORS_PATH, "wallet", "coldkey")));
const derivedKey = Uint8Array.from(Buffer.from(TEST_WALLET.derivedKey, "hex"));

describe("$NACL (wire.md B.4) on the shared btcli coldkey", () => {
  test("the file is $NACL ‖ nonce ‖ MAC ‖ 553 bytes of ciphertext", () => {
    assert.equal(isNaclEncrypted(coldkey), true);
    assert.equal(coldkey.length, 45 + 553);
  });

  test("the README's derived key opens it to the coldkey's keyfile JSON", () => {
    const plaintext = openNacl(coldkey, derivedKey);
    assert.ok(plaintext, "MAC must verify");
    const json = JSON.parse(new TextDecoder().decode(plaintext));
    assert.equal(json.ss58Address, TEST_WALLET.coldkey.ss58Address);
    assert.equal(json.secretPhrase, TEST_WALLET.coldkey.mnemonic);
  });

  test("another key fails the MAC check", () => {
    const wrong = derivedKey.slice();
    wrong[0]! ^= 1;
    assert.equal(openNacl(coldkey, wrong), undefined);
  });

  test("a truncated file is refused, not misread", () => {
    assert.throws(() => openNacl(coldkey.subarray(0, 40), derivedKey), RangeError);
  });

  test("Argon2i with btcli's real parameters derives the README's key", async () => {
    assert.equal(
      Buffer.from(await deriveNaclKey(TEST_WALLET.password)).toString("hex"),
      TEST_WALLET.derivedKey,
    );
  });
});

describe("sealing", () => {
  test("seal then open gives the plaintext back, with a fresh nonce each time", () => {
    const plaintext = new TextEncoder().encode('{"accountId":"0x00"}');
    const a = sealNacl(plaintext, derivedKey);
    const b = sealNacl(plaintext, derivedKey);
    assert.notDeepEqual(a.subarray(5, 29), b.subarray(5, 29));
    assert.equal(a.length, 45 + plaintext.length);
    assert.deepEqual(openNacl(a, derivedKey), plaintext);
  });
});
