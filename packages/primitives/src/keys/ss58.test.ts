import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { toHex } from "../encoding/hex.ts";
import { AddressError, decodeSs58, encodeSs58, isSs58Address } from "./ss58.ts";

const alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
const alicePublicKey = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";

describe("SS58 prefix 42", () => {
  test("decodes and encodes //Alice", () => {
    assert.equal(toHex(decodeSs58(alice)), alicePublicKey);
    assert.equal(encodeSs58(decodeSs58(alice)), alice);
  });

  test("a changed character fails the checksum", () => {
    const typo = `${alice.slice(0, 10)}${alice[10] === "a" ? "b" : "a"}${alice.slice(11)}`;
    assert.throws(
      () => decodeSs58(typo),
      (error: unknown) => {
        assert.ok(error instanceof AddressError);
        assert.match(
          error.shortMessage,
          /is not a valid opentao address: (its checksum does not match|it does not decode)/,
        );
        return true;
      },
    );
  });

  test("another network's prefix is refused", () => {
    // //Alice on Polkadot (prefix 0)
    assert.throws(
      () => decodeSs58("15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5"),
      /another network's prefix \(0\)/,
    );
  });

  test("hex, garbage and empty strings are refused", () => {
    for (const bad of [alicePublicKey, "not an address", "", "5Grw0"]) {
      assert.throws(() => decodeSs58(bad), AddressError, bad);
      assert.equal(isSs58Address(bad), false, bad);
    }
    assert.equal(isSs58Address(alice), true);
  });

  test("only 32-byte public keys encode", () => {
    assert.throws(() => encodeSs58(new Uint8Array(33)), RangeError);
  });
});
