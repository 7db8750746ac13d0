import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { blake2b as nobleBlake2b } from "@noble/hashes/blake2";
import { toHex } from "../encoding/hex.ts";
import { cryptoReady } from "../keys/sr25519.ts";
import { blake2b256, blake2b256Hasher, sha3_256, sha256 } from "./hashes.ts";

test("known digests of the empty string and 'abc'", () => {
  assert.equal(toHex(blake2b256("")), "0x0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  assert.equal(toHex(sha3_256("")), "0xa7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
  assert.equal(toHex(sha256("abc")), "0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

test("strings hash as their UTF-8 bytes", () => {
  assert.deepEqual(blake2b256("τ€"), blake2b256(new TextEncoder().encode("τ€")));
});

test("sha256 and sha3-256 agree with node:crypto", () => {
  for (let length = 0; length < 300; length += 37) {
    const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
    const expect = (algorithm: string) => `0x${createHash(algorithm).update(data).digest("hex")}`;
    assert.equal(toHex(sha256(data)), expect("sha256"), `sha256 length ${length}`);
    assert.equal(toHex(sha3_256(data)), expect("sha3-256"), `sha3-256 length ${length}`);
  }
});

test("non-bytes input is a TypeError", () => {
  assert.throws(() => blake2b256(42 as unknown as string), TypeError);
});

test("the incremental BLAKE2b-256 equals the one-shot one", () => {
  const hasher = blake2b256Hasher();
  hasher.update(new TextEncoder().encode("open"));
  hasher.update(new TextEncoder().encode("tao"));
  assert.deepEqual(hasher.digest(), blake2b256("opentao"));
});

test("BLAKE2b-256 is the same through the wasm (after cryptoReady) and @noble/hashes", async () => {
  await cryptoReady();
  const sizes = [0, 1, 31, 32, 33, 127, 128, 129, 255, 256, 257, 1000, 4096, 100_003];
  for (const length of sizes) {
    const data = Uint8Array.from({ length }, (_, i) => (i * 131 + length) & 0xff);
    assert.deepEqual(blake2b256(data), nobleBlake2b(data, { dkLen: 32 }), `length ${length}`);
  }
  assert.equal(toHex(blake2b256("")), "0x0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  assert.deepEqual(
    blake2b256("τ€ and 🦀"),
    nobleBlake2b(new TextEncoder().encode("τ€ and 🦀"), { dkLen: 32 }),
  );
});
