import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { InvalidTransactionError } from "@opentao/primitives";
import { alice, bob } from "../block/_testChain.ts";
import { commitmentDataFromJson } from "../commitments/commitmentInfoFromJson.ts";
import type { CommitmentData } from "../commitments/commitmentsStorage.ts";
import { defineCall } from "./callDefinition.ts";
import { createCallRegistry } from "./callRegistry.ts";
import { runtimeCalls } from "./calls.ts";
import { decodeCall } from "./decodeCall.ts";

const everyType = defineCall({
  module: "SubtensorModule",
  method: "every_type",
  args: {
    who: "account",
    amount: "amount",
    small: "u8",
    netuid: "u16",
    version: "u32",
    block: "u64number",
    steepness: "i16",
    flag: "bool",
    data: "bytes",
    name: "string",
    uids: "u16[]",
    keys: "account[]",
    maybe: { option: "u16" },
    pair: { tuple: ["u16", "amount"] },
    children: { list: { tuple: ["amount", "account"] } },
    kind: { enum: ["Swap", "Keep"] },
    identity: { struct: { name: "string", url: { option: "string" } } },
    hash: { bytes: 4 },
    hashes: { list: { bytes: 2 } },
    commitment: { custom: commitmentDataFromJson },
    commitments: { list: { custom: commitmentDataFromJson } },
  },
  weight: 0n,
  paysFee: true,
  dispatch(_context, { hash, hashes, commitment, commitments }) {
    // Compile-time: sized bytes give Uint8Array, a custom type gives its decoder's return type.
    hash satisfies Uint8Array;
    hashes satisfies Uint8Array[];
    commitment satisfies CommitmentData;
    commitments satisfies CommitmentData[];
  },
});

const registry = createCallRegistry([[everyType], runtimeCalls().calls]);

const validArgs = {
  who: alice.ss58Address,
  amount: "18446744073709551616",
  small: 255,
  netuid: 65535,
  version: 4294967295,
  block: Number.MAX_SAFE_INTEGER,
  steepness: -32768,
  flag: false,
  data: "0x00ff",
  name: "τ subnet",
  uids: [0, 1, 65535],
  keys: [alice.ss58Address, bob.ss58Address],
  maybe: null,
  pair: [7, "0"],
  children: [["123", bob.ss58Address]],
  kind: "Keep",
  identity: { name: "x", url: null },
  hash: "0x01020304",
  hashes: ["0x0000", "0xffff"],
  commitment: { Raw: "0x0102" },
  commitments: ["None", { Sha256: `0x${"ab".repeat(32)}` }],
};

function expectBadCall(args: object, detail: RegExp, name: string): void {
  assert.throws(
    () => decodeCall({ module: "SubtensorModule", method: "every_type", args }, registry),
    (error: unknown) => {
      assert.ok(error instanceof InvalidTransactionError, `${name}: an InvalidTransactionError`);
      assert.equal(error.reason, "BadCall", `${name}: reason`);
      assert.match(error.message, detail, `${name}: message`);
      return true;
    },
    name,
  );
}

describe("argument decoding (chain.md §3.1, §3.2 check 1)", () => {
  test("every argument type decodes to its runtime value", () => {
    const { definition, args } = decodeCall(
      { module: "SubtensorModule", method: "every_type", args: validArgs },
      registry,
    );
    assert.equal(definition, everyType);
    assert.equal(args.amount, 18446744073709551616n, "amounts become bigint");
    assert.deepEqual(args.data, new Uint8Array([0, 255]), "bytes become Uint8Array");
    assert.deepEqual(args.pair, [7, 0n]);
    assert.deepEqual(args.children, [[123n, bob.ss58Address]]);
    assert.deepEqual(args.identity, { name: "x", url: null });
    assert.equal(args.block, Number.MAX_SAFE_INTEGER, "2^53 − 1 is still a number");
    assert.deepEqual(args.hash, new Uint8Array([1, 2, 3, 4]), "sized bytes become Uint8Array");
    assert.deepEqual(args.hashes, [new Uint8Array([0, 0]), new Uint8Array([255, 255])]);
    assert.deepEqual(
      args.commitment,
      { tag: "Raw", bytes: new Uint8Array([1, 2]) },
      "a custom type gives its decoder's value",
    );
    assert.deepEqual(args.commitments, [
      { tag: "None" },
      { tag: "Sha256", bytes: new Uint8Array(32).fill(0xab) },
    ]);
  });

  const invalid: [string, object, RegExp][] = [
    ["missing argument", (({ who: _who, ...rest }) => rest)(validArgs), /missing argument "who"/],
    ["extra argument", { ...validArgs, extra: 1 }, /unknown argument "extra"/],
    [
      "account with Polkadot prefix 0",
      { ...validArgs, who: "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5" },
      /not 42/,
    ],
    [
      "account with Kusama prefix 2",
      { ...validArgs, who: "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F" },
      /not 42/,
    ],
    ["account with a bad checksum", { ...validArgs, who: `${alice.ss58Address.slice(0, -1)}Z` }, /args\.who/],
    ["account as a number", { ...validArgs, who: 5 }, /args\.who: expected an SS58 address/],
    ["amount as a number", { ...validArgs, amount: 5 }, /args\.amount: expected a decimal string/],
    ["amount with a leading zero", { ...validArgs, amount: "05" }, /args\.amount/],
    ["amount with a sign", { ...validArgs, amount: "-5" }, /args\.amount/],
    ["amount with a decimal point", { ...validArgs, amount: "5.0" }, /args\.amount/],
    ["amount above 2^128 − 1", { ...validArgs, amount: (1n << 128n).toString() }, /2\^128/],
    ["u8 above 255", { ...validArgs, small: 256 }, /args\.small: expected u8/],
    ["u16 negative", { ...validArgs, netuid: -1 }, /args\.netuid: expected u16/],
    ["u16 as a string", { ...validArgs, netuid: "1" }, /args\.netuid: expected u16/],
    ["u16 fractional", { ...validArgs, netuid: 1.5 }, /args\.netuid/],
    ["u32 above 2^32 − 1", { ...validArgs, version: 4294967296 }, /args\.version/],
    [
      "number above 2^53 − 1",
      { ...validArgs, block: 2 ** 53 },
      /args\.block: expected a number up to 2\^53 − 1/,
    ],
    ["i16 below −32768", { ...validArgs, steepness: -32769 }, /args\.steepness/],
    ["bool as 0", { ...validArgs, flag: 0 }, /args\.flag: expected true or false/],
    ["bytes in upper case", { ...validArgs, data: "0x00FF" }, /args\.data/],
    ["bytes without 0x", { ...validArgs, data: "00ff" }, /args\.data/],
    ["string as null", { ...validArgs, name: null }, /args\.name: expected a string/],
    ["u16[] with an out-of-range item", { ...validArgs, uids: [0, 65536] }, /args\.uids\[1\]/],
    ["account[] not an array", { ...validArgs, keys: alice.ss58Address }, /args\.keys: expected an array/],
    ["option holding a wrong type", { ...validArgs, maybe: "1" }, /args\.maybe/],
    ["tuple of the wrong length", { ...validArgs, pair: [7] }, /args\.pair: expected an array of length 2/],
    ["list item of the wrong type", { ...validArgs, children: [["1", 2]] }, /args\.children\[0\]\[1\]/],
    ["enum tag not listed", { ...validArgs, kind: "Burn" }, /args\.kind: expected one of "Swap", "Keep"/],
    [
      "sized bytes too short",
      { ...validArgs, hash: "0x010203" },
      /args\.hash: expected 4 bytes of hex, got 3/,
    ],
    ["sized bytes too long", { ...validArgs, hash: "0x0102030405" }, /args\.hash: expected 4 bytes/],
    ["sized bytes not hex", { ...validArgs, hash: "0x0102030g" }, /args\.hash/],
    [
      "sized bytes in a list",
      { ...validArgs, hashes: ["0x0000", "0x00"] },
      /args\.hashes\[1\]: expected 2 bytes/,
    ],
    [
      "custom: unknown tag",
      { ...validArgs, commitment: { Md5: "0x00" } },
      /args\.commitment: expected a Data tag/,
    ],
    ["custom: unknown bare tag", { ...validArgs, commitment: "Raw" }, /args\.commitment: expected "None" or/],
    [
      "custom: wrong payload type",
      { ...validArgs, commitment: { Raw: 5 } },
      /args\.commitment\.Raw: expected "0x" \+ lowercase hex/,
    ],
    [
      "custom: payload of the wrong length",
      { ...validArgs, commitment: { Sha256: "0x00" } },
      /args\.commitment\.Sha256: expected 32 bytes, got 1/,
    ],
    ["custom: two tags", { ...validArgs, commitment: { Raw: "0x", BigRaw: "0x" } }, /args\.commitment/],
    ["custom in a list", { ...validArgs, commitments: ["None", null] }, /args\.commitments\[1\]/],
    [
      "struct with an extra field",
      { ...validArgs, identity: { name: "x", url: null, x: 1 } },
      /unknown argument "x"/,
    ],
  ];
  for (const [name, args, detail] of invalid) {
    test(`BadCall: ${name}`, () => expectBadCall(args, detail, name));
  }

  test("BadCall: unknown module, unknown method, args not an object, extra call field", () => {
    const cases: [string, unknown, RegExp][] = [
      [
        "unknown module",
        { module: "Nope", method: "transfer_all", args: {} },
        /unknown call Nope\.transfer_all/,
      ],
      ["unknown method", { module: "Balances", method: "mint", args: {} }, /unknown call Balances\.mint/],
      [
        "args is an array",
        { module: "Balances", method: "transfer_all", args: [] },
        /call\.args: expected an object/,
      ],
      [
        "extra call field",
        { module: "Balances", method: "transfer_all", args: {}, x: 1 },
        /unknown field "x"/,
      ],
      [
        "module not a string",
        { module: 1, method: "transfer_all", args: {} },
        /call\.module: expected a string/,
      ],
    ];
    for (const [name, value, detail] of cases) {
      assert.throws(() => decodeCall(value, registry), detail, name);
    }
  });

  test("a call argument decodes its inner call against the same registry (Sudo.sudo)", () => {
    const decoded = decodeCall(
      {
        module: "Sudo",
        method: "sudo",
        args: {
          call: {
            module: "Balances",
            method: "force_set_balance",
            args: { who: bob.ss58Address, new_free: "7" },
          },
        },
      },
      registry,
    );
    const inner = decoded.args.call as { definition: { method: string }; args: { new_free: bigint } };
    assert.equal(inner.definition.method, "force_set_balance");
    assert.equal(inner.args.new_free, 7n);
    assert.throws(
      () =>
        decodeCall(
          { module: "Sudo", method: "sudo", args: { call: { module: "Balances", method: "x", args: {} } } },
          registry,
        ),
      /call\.args\.call: unknown call Balances\.x/,
      "an unknown inner call is BadCall with its path",
    );
  });

  test("commit hashes are exactly 32 bytes (commit_weights, batch_commit_weights)", () => {
    const h32 = `0x${"ab".repeat(32)}`;
    const h31 = `0x${"ab".repeat(31)}`;
    const commit = (commit_hash: string) =>
      decodeCall(
        { module: "SubtensorModule", method: "commit_weights", args: { netuid: 1, commit_hash } },
        registry,
      );
    const batch = (commit_hashes: string[]) =>
      decodeCall(
        {
          module: "SubtensorModule",
          method: "batch_commit_weights",
          args: { netuids: commit_hashes.map(() => 1), commit_hashes },
        },
        registry,
      );
    assert.deepEqual(commit(h32).args.commit_hash, new Uint8Array(32).fill(0xab));
    assert.deepEqual(batch([h32, h32]).args.commit_hashes, [
      new Uint8Array(32).fill(0xab),
      new Uint8Array(32).fill(0xab),
    ]);
    assert.throws(() => commit(h31), /BadCall: call\.args\.commit_hash: expected 32 bytes of hex, got 31/);
    assert.throws(() => commit(`${h32}00`), /call\.args\.commit_hash: expected 32 bytes of hex, got 33/);
    assert.throws(() => commit("0x"), /call\.args\.commit_hash: expected 32 bytes of hex, got 0/);
    assert.throws(
      () => batch([h32, h31]),
      /call\.args\.commit_hashes\[1\]: expected 32 bytes of hex, got 31/,
    );
  });

  test("a registry refuses a call declared twice", () => {
    assert.throws(
      () => createCallRegistry([[everyType], [everyType]]),
      /SubtensorModule\.every_type is declared twice/,
    );
  });
});
