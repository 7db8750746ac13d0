import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { keypairFromUri } from "../keys/keypair.ts";
import { toHex } from "./hex.ts";
import {
  decodeWeightCommit,
  encodeWeightCommit,
  type WeightCommit,
  weightCommitHash,
} from "./weightCommit.ts";

const alice = keypairFromUri("//Alice");
const appendixA: WeightCommit = {
  hotkey: alice.publicKey,
  netuid: 1,
  uids: [0, 1],
  values: [65535, 32768],
  salt: [1, 2, 3, 4, 5, 6, 7, 8],
  versionKey: 0n,
};

describe("chain.md Appendix A: commit hash", () => {
  test("SCALE bytes", () => {
    const bytes = encodeWeightCommit(appendixA);
    assert.equal(bytes.length, 69);
    assert.equal(
      toHex(bytes),
      "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d" +
        "0100" +
        "0800000100" +
        "08ffff0080" +
        "2001000200030004000500060007000800" +
        "0000000000000000",
    );
  });

  test("hash", () => {
    assert.equal(
      toHex(weightCommitHash(appendixA)),
      "0x15d1d763685dfce22d8650296059d5767f0932787b33a80c31d996c3d36b6eef",
    );
  });
});

describe("compact lengths", () => {
  const lengthPrefix = (n: number) => {
    const bytes = encodeWeightCommit({ ...appendixA, uids: Array(n).fill(7), values: [], salt: [] });
    return toHex(bytes.subarray(34, n < 64 ? 35 : 36));
  };
  test("one byte below 64 items, two bytes from 64", () => {
    assert.equal(lengthPrefix(63), "0xfc");
    assert.equal(lengthPrefix(64), "0x0101");
    assert.equal(lengthPrefix(300), "0xb104");
  });
});

describe("round trip", () => {
  test("decode(encode(x)) == x", () => {
    const commit = { ...appendixA, uids: [3, 1, 2], values: [0, 1, 65535], versionKey: 2n ** 64n - 1n };
    assert.deepEqual(decodeWeightCommit(encodeWeightCommit(commit)), commit);
  });
});

describe("malformed input", () => {
  const bytes = encodeWeightCommit(appendixA);
  test("truncated bytes", () => {
    assert.throws(() => decodeWeightCommit(bytes.subarray(0, 60)), RangeError);
    assert.throws(() => decodeWeightCommit(bytes.subarray(0, 20)), RangeError);
  });
  test("trailing bytes", () => {
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    assert.throws(() => decodeWeightCommit(longer), /expected 69 bytes of SCALE, got 70/);
  });
  test("out-of-range fields", () => {
    assert.throws(
      () => encodeWeightCommit({ ...appendixA, uids: [65536] }),
      /uids\[0\]: expected an integer in \[0, 65535\]/,
    );
    assert.throws(() => encodeWeightCommit({ ...appendixA, salt: [-1] }), /salt\[0\]/);
    assert.throws(() => encodeWeightCommit({ ...appendixA, netuid: 1.5 }), /netuid: expected an integer/);
    assert.throws(() => encodeWeightCommit({ ...appendixA, versionKey: 2n ** 64n }), /versionKey/);
    assert.throws(
      () => encodeWeightCommit({ ...appendixA, hotkey: new Uint8Array(31) }),
      /hotkey: expected Uint8Array of length 32/,
    );
  });
});
