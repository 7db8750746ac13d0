import assert from "node:assert/strict";
import { test } from "node:test";
import { keypairFromUri, sign } from "@opentao/primitives";
import { packSignatures, type SignedMessage, verifyPackedSignatures } from "./packedSignatures.ts";

const alice = keypairFromUri("//Alice");
const bob = keypairFromUri("//Bob");

function item(message: Uint8Array, signer = alice, publicKey = signer.publicKey): SignedMessage {
  return { message, signature: sign(message, signer), publicKey };
}

test("a packed sub-range verifies item by item, messages of any length included", () => {
  const items = [
    item(new Uint8Array(300).fill(9)), // outside the range
    item(new Uint8Array(0)),
    item(new Uint8Array(200).fill(1), bob),
    item(new Uint8Array(7).fill(2), alice, bob.publicKey),
    item(new Uint8Array(1).fill(3), bob),
  ];
  const buffer = packSignatures(items, 1, 5);
  assert.equal(buffer.byteLength, 4 + 4 * 4 + 96 * 4 + 0 + 200 + 7 + 1);
  assert.deepEqual([...verifyPackedSignatures(buffer)], [1, 1, 0, 1]);
});

test("an empty range packs to a header alone", () => {
  const buffer = packSignatures([], 0, 0);
  assert.equal(buffer.byteLength, 4);
  assert.deepEqual([...verifyPackedSignatures(buffer)], []);
});
