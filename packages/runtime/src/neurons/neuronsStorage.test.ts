import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { canonicalJson } from "@opentao/primitives";
import { mulberry32 } from "../../../../test/mulberry32.ts";
import type { SparseRowU16 } from "../epoch/epochTypes.ts";
import { jsonCodec } from "../state/storage.ts";
import { sparseRowCodec } from "./neuronsStorage.ts";

/** The rows' codec as it was: through canonicalJson and JSON.parse. */
const generic = jsonCodec<SparseRowU16>(
  (row) => row.map(([uid, value]) => [uid, value]),
  (json: [number, number][]) => json.map(([uid, value]) => [uid, value] as const),
);

describe("sparseRowCodec", () => {
  const random = mulberry32(0x5eed);
  const number = (): number => {
    switch (random() % 6) {
      case 0:
        return random() % 65_536; // u16, the stored domain
      case 1:
        return random() % 10;
      case 2:
        return random() * 2 ** 21 + (random() % 2 ** 21); // up to 2^53
      case 3:
        return -(random() % 1000);
      case 4:
        return (random() - 2 ** 31) / 7; // fractions
      default:
        return [0, -0, 1e21, 1e-7, 123e300, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2][random() % 7]!;
    }
  };

  test("encodes byte for byte as canonicalJson over random rows, and decodes what JSON.parse decodes", () => {
    for (let trial = 0; trial < 2000; trial++) {
      const length = trial < 10 ? trial : random() % 300;
      const row: [number, number][] = Array.from({ length }, () => [number(), number()]);
      const text = sparseRowCodec.encode(row);
      assert.equal(text, canonicalJson(row), `trial ${trial}`);
      assert.equal(text, generic.encode(row));
      assert.deepEqual(sparseRowCodec.decode(text), generic.decode(text), `trial ${trial}`);
    }
  });

  test("non-finite entries throw as canonicalJson does", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const row: [number, number][] = [
        [1, 2],
        [3, bad],
      ];
      assert.throws(
        () => sparseRowCodec.encode(row),
        (error: Error) => {
          assert.throws(() => generic.encode(row), { name: error.name, message: error.message });
          return true;
        },
      );
    }
  });

  test("text outside the integer fast path decodes (or fails) exactly as JSON.parse", () => {
    const texts = [
      "[]",
      " []",
      "[[1,2]]",
      "[[0,0],[65535,1]]",
      "[[01,2]]",
      "[[1,2],]",
      "[[1,2]",
      "[[1,2]]x",
      "[[1.5,2e3]]",
      "[[-1,2]]",
      "[[1, 2]]",
      "[[1,2,3]]",
      "[[1]]",
      "[[1234567890123456789,2]]",
      "[[123456789012345,2]]",
      "[[1,2][3,4]]",
      "[1,2]",
      "",
    ];
    for (const text of texts) {
      let expected: unknown;
      let failure: Error | undefined;
      try {
        expected = generic.decode(text);
      } catch (error) {
        failure = error as Error;
      }
      if (failure === undefined) assert.deepEqual(sparseRowCodec.decode(text), expected, text);
      else assert.throws(() => sparseRowCodec.decode(text), { name: failure.name }, text);
    }
  });
});
