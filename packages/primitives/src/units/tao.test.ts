import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AmountError, formatTao, parseTao } from "./tao.ts";

describe("parseTao", () => {
  const valid: [string, bigint][] = [
    ["1.5", 1_500_000_000n],
    ["0", 0n],
    ["0.000000001", 1n],
    [".5", 500_000_000n],
    ["2.", 2_000_000_000n],
    [" 21000000 ", 21_000_000_000_000_000n],
    ["123456789.123456789", 123_456_789_123_456_789n],
  ];
  for (const [text, rao] of valid) {
    test(`"${text}" is ${rao} rao`, () => assert.equal(parseTao(text), rao, text));
  }

  const invalid: [string, RegExp][] = [
    ["-1", /is not a TAO amount/],
    ["1.0000000001", /has 10 decimals; TAO has at most 9/],
    ["abc", /is not a TAO amount/],
    ["1e3", /is not a TAO amount/],
    ["", /is not a TAO amount/],
    ["1.2.3", /is not a TAO amount/],
    ["0x10", /is not a TAO amount/],
    [".", /is not a TAO amount/],
  ];
  for (const [text, message] of invalid) {
    test(`"${text}" is rejected`, () => {
      assert.throws(
        () => parseTao(text),
        (error: unknown) => {
          assert.ok(error instanceof AmountError, text);
          assert.match(error.shortMessage, message, text);
          return true;
        },
      );
    });
  }
});

describe("formatTao", () => {
  const cases: [bigint, string][] = [
    [1_500_000_000n, "1.5"],
    [1n, "0.000000001"],
    [0n, "0"],
    [2_000_000_000n, "2"],
    [-250_000_000n, "-0.25"],
    [21_000_000_000_000_000n, "21000000"],
  ];
  for (const [rao, text] of cases) {
    test(`${rao} rao is "${text}"`, () => assert.equal(formatTao(rao), text));
  }

  test("parseTao(formatTao(x)) == x", () => {
    for (let rao = 1n; rao < 10n ** 17n; rao = rao * 7n + 3n) {
      assert.equal(parseTao(formatTao(rao)), rao, `rao ${rao}`);
    }
  });
});
