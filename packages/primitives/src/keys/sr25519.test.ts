import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { keypairFromUri } from "./keypair.ts";
import { cryptoReady, sign, verify } from "./sr25519.ts";

const alice = keypairFromUri("//Alice");
const bob = keypairFromUri("//Bob");
const message = new TextEncoder().encode("opentao/tx/v1:hello");

function flipped(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index]! ^= 1;
  return copy;
}

function checks(path: string) {
  test(`${path}: a signature verifies only for its message and key`, () => {
    const signature = sign(message, alice);
    assert.equal(verify(message, signature, alice.publicKey), true, "valid");
    assert.equal(verify(flipped(message, 3), signature, alice.publicKey), false, "other message");
    assert.equal(verify(message, signature, bob.publicKey), false, "other key");
    assert.equal(verify(message, flipped(signature, 10), alice.publicKey), false, "flipped bit");
    assert.equal(verify(message, new Uint8Array(64), alice.publicKey), false, "zero signature");
  });
}

describe("sr25519 with context 'substrate'", () => {
  checks("pure JS");

  test("signatures are randomised yet all verify", () => {
    const a = sign(message, alice);
    const b = sign(message, alice);
    assert.notDeepEqual(a, b);
    assert.equal(verify(message, b, alice.publicKey), true);
  });

  test("a signature made by Substrate (polkadot.js) verifies", async () => {
    const { sr25519Sign } = await import("@polkadot/util-crypto");
    const signature = sr25519Sign(message, alice);
    assert.equal(verify(message, signature, alice.publicKey), true);
  });

  test("wrong sizes are refused", () => {
    assert.throws(
      () => verify(message, new Uint8Array(63), alice.publicKey),
      /signature: expected Uint8Array of length 64/,
    );
    assert.throws(() => verify(message, new Uint8Array(64), new Uint8Array(31)), /publicKey/);
  });
});

describe("wasm path", () => {
  test("loads", async () => {
    await cryptoReady();
  });
  checks("wasm");
});
