import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CanonicalJsonError, canonicalJson, type JsonValue } from "./canonicalJson.ts";

describe("RFC 8785 examples", () => {
  test("§3.2.2 values: numbers, strings and literals", () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    assert.equal(
      canonicalJson(input),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  test("§3.2.3 property sorting by UTF-16 code units", () => {
    const input = {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis",
    };
    // Read the keys off the text: Object.keys would move the integer-like key "1" to the front.
    const keys = [...canonicalJson(input).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((m) =>
      JSON.parse(`"${m[1]}"`),
    );
    assert.deepEqual(keys, ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\ud83d\ude00", "\ufb33"]);
  });
});

describe("transactions", () => {
  const payload: JsonValue = {
    spec: 1,
    chain: "0x00",
    signer: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
    nonce: 0,
    tip: "0",
    validUntil: null,
    call: { module: "Balances", method: "transfer_keep_alive", args: { value: "1000000000", dest: "5F" } },
  };

  test("keys are sorted at every level and there is no white space", () => {
    assert.equal(
      canonicalJson(payload),
      '{"call":{"args":{"dest":"5F","value":"1000000000"},"method":"transfer_keep_alive","module":"Balances"},' +
        '"chain":"0x00","nonce":0,"signer":"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY","spec":1,' +
        '"tip":"0","validUntil":null}',
    );
  });

  test("parse then canonicalise is the identity, and canonicalising is idempotent", () => {
    const text = canonicalJson(payload);
    assert.deepEqual(JSON.parse(text), payload);
    assert.equal(canonicalJson(JSON.parse(text)), text);
  });
});

describe("values outside the JSON model are refused with their path", () => {
  const cases: [string, unknown, RegExp][] = [
    ["NaN", { a: [1, Number.NaN] }, /\$\.a\[1\]: NaN is not a JSON number/],
    ["Infinity", { a: Number.POSITIVE_INFINITY }, /\$\.a: Infinity is not a JSON number/],
    ["bigint", { amount: 5n }, /\$\.amount: bigint has no JSON form/],
    ["undefined", { a: undefined }, /\$\.a: undefined has no JSON form/],
    ["class instance", { when: new Date(0) }, /\$\.when: Date is not a plain object/],
    ["Map", new Map(), /\$: Map is not a plain object/],
    ["lone surrogate", { s: "\ud800" }, /\$\.s: string holds a lone UTF-16 surrogate/],
    ["lone surrogate key", { "\udc00": 1 }, /a key holds a lone UTF-16 surrogate/],
  ];
  for (const [name, value, message] of cases) {
    test(name, () => {
      assert.throws(
        () => canonicalJson(value as JsonValue),
        (error: unknown) => error instanceof CanonicalJsonError && message.test(error.message),
        name,
      );
    });
  }
});
