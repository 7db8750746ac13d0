import assert from "node:assert/strict";
import { test } from "node:test";
import { fromHex, toHex } from "./hex.ts";

test("round trip", () => {
  const bytes = Uint8Array.from({ length: 40 }, (_, i) => i * 7);
  assert.deepEqual(fromHex(toHex(bytes)), bytes);
  assert.equal(toHex(new Uint8Array()), "0x");
});

test("only 0x + lowercase byte pairs are accepted", () => {
  for (const bad of ["abcd", "0xABCD", "0xabc", "0xzz", "", "0X00"]) {
    assert.throws(() => fromHex(bad), TypeError, bad);
  }
});

test("length is checked when given", () => {
  assert.throws(() => fromHex("0x0001", 32, "hotkey"), /hotkey: expected 32 bytes of hex, got 2/);
});
