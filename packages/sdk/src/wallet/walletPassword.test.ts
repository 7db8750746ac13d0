import assert from "node:assert/strict";
import { test } from "node:test";
import {
  btPasswordVariable,
  decodeBtPassword,
  encodeBtPassword,
  passwordFromEnvironment,
} from "./walletPassword.ts";

const path = "/home/alice/.bittensor/wallets/mywallet/coldkey";

test("the variable name of wire.md B.6", () => {
  assert.equal(btPasswordVariable(path), "BT_PW__HOME_ALICE__BITTENSOR_WALLETS_MYWALLET_COLDKEY");
});

test("the value is base64 of the password XOR the name", () => {
  const encoded = encodeBtPassword("pw", path);
  // 'p' ^ 'B' = 0x32, 'w' ^ 'T' = 0x23
  assert.equal(encoded, Buffer.from([0x32, 0x23]).toString("base64"));
  assert.equal(decodeBtPassword(encoded, path), "pw");
  const long = "a password longer than the variable name itself, ünïcödé included ".repeat(2);
  assert.equal(decodeBtPassword(encodeBtPassword(long, path), path), long);
});

test("BT_PW_ comes before TAO_WALLET_PASSWORD, which is plain and untrimmed", () => {
  const variable = btPasswordVariable(path);
  assert.equal(passwordFromEnvironment(path, { TAO_WALLET_PASSWORD: " plain " }), " plain ");
  assert.equal(
    passwordFromEnvironment(path, { TAO_WALLET_PASSWORD: "plain", [variable]: encodeBtPassword("bt", path) }),
    "bt",
  );
  assert.equal(passwordFromEnvironment(path, {}), undefined);
});
