import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { blake2b256, canonicalJson, toHex, verify } from "@opentao/primitives";
import { alice, bob, transferCall } from "../block/_testChain.ts";
import type { UnsignedPayload } from "./extrinsic.ts";
import { unsignedPayloadOf } from "./extrinsic.ts";
import { encodedLength, extrinsicHash } from "./extrinsicHash.ts";
import { extrinsicSignedMessage } from "./extrinsicSignedMessage.ts";
import { signExtrinsic } from "./signExtrinsic.ts";
import { signingMessage } from "./signingMessage.ts";

const payload: UnsignedPayload = {
  chain: toHex(new Uint8Array(32).fill(7)),
  spec: 1,
  signer: alice.ss58Address,
  nonce: 3,
  tip: "10",
  validUntil: 99,
  call: transferCall(bob.ss58Address, 1_000_000_000n),
};

describe("chain.md §3.1 envelope", () => {
  test("signing message = blake2b-256(utf8('opentao/tx/v1:') ‖ utf8(JCS(payload)))", () => {
    const jcs =
      `{"call":{"args":{"dest":"${bob.ss58Address}","value":"1000000000"},"method":"transfer_keep_alive","module":"Balances"},` +
      `"chain":"${payload.chain}","nonce":3,"signer":"${alice.ss58Address}","spec":1,"tip":"10","validUntil":99}`;
    assert.equal(canonicalJson(payload), jcs, "JCS sorts keys and drops white space");
    const prefix = new TextEncoder().encode("opentao/tx/v1:");
    const body = new TextEncoder().encode(jcs);
    const concatenated = new Uint8Array(prefix.length + body.length);
    concatenated.set(prefix);
    concatenated.set(body, prefix.length);
    assert.deepEqual(signingMessage(payload), blake2b256(concatenated));
  });

  test("the signing message does not depend on the key order of the payload object", () => {
    const reordered = {
      validUntil: 99,
      tip: "10",
      nonce: 3,
      signer: alice.ss58Address,
      spec: 1,
      chain: payload.chain,
      call: payload.call,
    };
    assert.deepEqual(signingMessage(reordered), signingMessage(payload));
  });

  test("signExtrinsic signs the message with the signer's key (context 'substrate')", () => {
    const signed = signExtrinsic(payload, alice);
    assert.match(signed.signature, /^0x[0-9a-f]{128}$/);
    const signature = Uint8Array.from(Buffer.from(signed.signature.slice(2), "hex"));
    assert.ok(verify(signingMessage(payload), signature, alice.publicKey), "verifies with Alice's key");
    assert.ok(!verify(signingMessage(payload), signature, bob.publicKey), "does not verify with Bob's key");
    assert.deepEqual(unsignedPayloadOf(signed), payload, "the payload is the extrinsic minus its signature");
  });

  test("signExtrinsic refuses a keypair that is not the payload's signer", () => {
    assert.throws(() => signExtrinsic(payload, bob), /signer: expected the keypair's address/);
  });

  test("hash and encoded length are taken over JCS(SignedExtrinsic)", () => {
    const signed = signExtrinsic(payload, alice);
    const bytes = new TextEncoder().encode(canonicalJson(signed));
    assert.equal(encodedLength(signed), bytes.length);
    assert.equal(extrinsicHash(signed), toHex(blake2b256(bytes)));
  });

  test("extrinsicSignedMessage gives what the verify pool needs, or undefined for a malformed extrinsic", () => {
    const signed = signExtrinsic(payload, alice);
    const item = extrinsicSignedMessage(signed);
    assert.ok(item !== undefined);
    assert.deepEqual(item.message, signingMessage(payload));
    assert.deepEqual(item.publicKey, alice.publicKey);
    assert.ok(verify(item.message, item.signature, item.publicKey));
    assert.equal(extrinsicSignedMessage({ ...signed, signature: "0x12" }), undefined, "short signature");
    assert.equal(extrinsicSignedMessage({ ...signed, signer: "nope" }), undefined, "bad signer");
    assert.equal(extrinsicSignedMessage([1, 2]), undefined, "not an object");
  });
});
