import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { InvalidTransactionError, type InvalidTransactionReason, toHex } from "@opentao/primitives";
import {
  alice,
  author,
  bob,
  call,
  devChain,
  dump,
  freshKeypair,
  nextBlock,
  signed,
  transferCall,
} from "../block/_testChain.ts";
import { dispatchError } from "../errors.ts";
import { StorageValue, stringCodec } from "../state/storage.ts";
import { defineCall } from "./callDefinition.ts";
import { createCallRegistry } from "./callRegistry.ts";
import { runtimeCalls } from "./calls.ts";
import { checkTransaction } from "./checkTransaction.ts";
import { encodedLength } from "./extrinsicHash.ts";
import { signExtrinsic } from "./signExtrinsic.ts";
import { validateTransaction } from "./validateTransaction.ts";

const Note = new StorageValue("Test.Note", stringCodec, "");

/** A Pays::No call that fails unless `ok`, writing first so a leak would show. */
const freeCall = defineCall({
  module: "Commitments",
  method: "test_free",
  args: { ok: "bool" },
  weight: 100_000_000n,
  paysFee: false,
  dispatch({ store }, { ok }) {
    Note.set(store, "written");
    if (!ok) throw dispatchError("Commitments", "SpaceLimitExceeded", { used: 2, limit: 1 });
  },
});

/** A paying call with a free-form text argument, to build long extrinsics. */
const noteCall = defineCall({
  module: "Commitments",
  method: "test_note",
  args: { text: "string" },
  weight: 100_000_000n,
  paysFee: true,
  dispatch({ store }, { text }) {
    Note.set(store, text);
  },
});

const calls = createCallRegistry([runtimeCalls().calls, [freeCall, noteCall]]);

function expectInvalid(
  fn: () => unknown,
  reason: InvalidTransactionReason,
  name: string,
  custom?: string,
): void {
  assert.throws(
    fn,
    (error: unknown) => {
      assert.ok(error instanceof InvalidTransactionError, `${name}: InvalidTransactionError, got ${error}`);
      assert.equal(error.reason, reason, `${name}: reason (${error.message})`);
      if (custom !== undefined) assert.equal(error.custom, custom, `${name}: custom error`);
      return true;
    },
    name,
  );
}

describe("validity checks (chain.md §3.2)", () => {
  const chain = devChain();
  const check = (extrinsic: unknown, now = 1, signatureValid?: boolean) =>
    checkTransaction(chain.store, extrinsic, {
      genesisHash: chain.genesisHash,
      now,
      calls,
      ...(signatureValid === undefined ? {} : { signatureValid }),
    });
  const good = signed(chain, alice, transferCall(bob.ss58Address, 10n ** 9n));

  test("a well-formed, signed, due, payable extrinsic passes with its weight and fee", () => {
    const checked = check(good);
    assert.equal(checked.weight, 200_000_000n, "BASE_WEIGHT + 100·10^6");
    assert.equal(checked.fee, 100_000n + BigInt(checked.len), "floor(2·10^8/2000) + len + tip 0");
    assert.equal(checked.paysFee, true);
    assert.equal(checked.signer, alice.ss58Address);
  });

  test("1 BadCall: envelope fields missing, extra or malformed", () => {
    const { signature: _s, ...unsigned } = good;
    const cases: [string, unknown][] = [
      ["not an object", "hello"],
      ["missing signature", unsigned],
      ["extra field", { ...good, extra: 1 }],
      ["chain not a 32-byte hash", { ...good, chain: "0x1234" }],
      ["spec as a string", { ...good, spec: "1" }],
      ["signer with another prefix", { ...good, signer: "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5" }],
      ["nonce negative", { ...good, nonce: -1 }],
      ["nonce above 2^53 − 1", { ...good, nonce: 2 ** 53 }],
      ["tip as a number", { ...good, tip: 0 }],
      ["validUntil as a string", { ...good, validUntil: "5" }],
      ["signature of 63 bytes", { ...good, signature: `0x${"00".repeat(63)}` }],
      ["unknown module", { ...good, call: call("Nope", "x", {}) }],
      ["unknown method", { ...good, call: call("Balances", "transfer", {}) }],
      [
        "missing argument",
        { ...good, call: call("Balances", "transfer_keep_alive", { dest: bob.ss58Address }) },
      ],
      [
        "wrong-typed argument",
        { ...good, call: call("Balances", "transfer_keep_alive", { dest: bob.ss58Address, value: 5 }) },
      ],
      ["lone surrogate in a string", { ...good, call: call("Commitments", "test_note", { text: "\ud800" }) }],
    ];
    for (const [name, extrinsic] of cases)
      expectInvalid(() => check(extrinsic), "BadCall", `BadCall: ${name}`);
  });

  test("2 BadChain / BadSpec", () => {
    const otherChain = signed(chain, alice, transferCall(bob.ss58Address, 1n), {
      chain: toHex(new Uint8Array(32)),
    });
    expectInvalid(() => check(otherChain), "BadChain", "BadChain");
    const otherSpec = signed(chain, alice, transferCall(bob.ss58Address, 1n), { spec: 2 });
    expectInvalid(() => check(otherSpec), "BadSpec", "BadSpec");
  });

  test("3 BadSignature: tampered payload, another key's signature, pre-verified false", () => {
    expectInvalid(() => check({ ...good, tip: "1" }), "BadSignature", "tampered tip");
    const byBob = signed(chain, bob, transferCall(alice.ss58Address, 1n));
    expectInvalid(
      () => check({ ...good, signature: byBob.signature }),
      "BadSignature",
      "Bob's signature on Alice's payload",
    );
    expectInvalid(() => check(good, 1, false), "BadSignature", "signatureValid: false");
    assert.doesNotThrow(
      () => check({ ...good, tip: "1" }, 1, true),
      "signatureValid: true skips verification",
    );
  });

  test("4 Expired: now > validUntil; now == validUntil passes", () => {
    const until5 = signed(chain, alice, transferCall(bob.ss58Address, 1n), { validUntil: 5 });
    assert.doesNotThrow(() => check(until5, 5), "now == validUntil");
    expectInvalid(() => check(until5, 6), "Expired", "Expired");
  });

  test("5 Stale / Future", () => {
    const ahead = signed(chain, alice, transferCall(bob.ss58Address, 1n), { nonce: 1 });
    expectInvalid(() => check(ahead), "Future", "Future");
    const local = devChain();
    nextBlock(local, [signed(local, alice, transferCall(bob.ss58Address, 1n))]);
    const stale = signed(local, alice, transferCall(bob.ss58Address, 1n), { nonce: 0 });
    expectInvalid(
      () => checkTransaction(local.store, stale, { genesisHash: local.genesisHash, now: 2 }),
      "Stale",
      "Stale",
    );
  });

  test("6 ExhaustsResources: encoded length above 262,144 bytes", () => {
    const long = signed(chain, alice, call("Commitments", "test_note", { text: "x".repeat(262_144) }));
    expectInvalid(() => check(long), "ExhaustsResources", "ExhaustsResources");
  });

  test("7 Payment: free − fee < ED; an empty account cannot pay", () => {
    const poor = freshKeypair("poor");
    expectInvalid(
      () => check(signed(chain, poor, transferCall(bob.ss58Address, 1n))),
      "Payment",
      "empty account",
    );
    const local = devChain();
    const tx = signed(
      local,
      poor,
      call("Balances", "transfer_all", { dest: alice.ss58Address, keep_alive: false }),
    );
    const fee = 100_000n + BigInt(encodedLength(tx));
    // Give `poor` exactly fee + ED − 1, then exactly fee + ED.
    nextBlock(local, [signed(local, alice, transferCall(poor.ss58Address, fee + 499n))]);
    expectInvalid(
      () => checkTransaction(local.store, tx, { genesisHash: local.genesisHash, now: 2 }),
      "Payment",
      "fee + ED − 1",
    );
    nextBlock(local, [signed(local, alice, transferCall(poor.ss58Address, 1n, "transfer_allow_death"))]);
    assert.doesNotThrow(
      () => checkTransaction(local.store, tx, { genesisHash: local.genesisHash, now: 3 }),
      "fee + ED is payable",
    );
  });

  test("checks run in §3.2 order: the first failing check names the reason", () => {
    const badEverything = signed(chain, alice, transferCall(bob.ss58Address, 1n), {
      spec: 9,
      nonce: 7,
      validUntil: 0,
    });
    expectInvalid(() => check({ ...badEverything, tip: "5" }), "BadSpec", "BadSpec before BadSignature");
    const expiredAndFuture = signed(chain, alice, transferCall(bob.ss58Address, 1n), {
      nonce: 7,
      validUntil: 0,
    });
    expectInvalid(() => check(expiredAndFuture), "Expired", "Expired before Future");
    const futureAndPoor = signed(chain, freshKeypair("poor"), transferCall(bob.ss58Address, 1n), {
      nonce: 1,
    });
    expectInvalid(() => check(futureAndPoor), "Future", "Future before Payment");
  });

  test("8 Custom: the pool refuses a Pays::No call that would fail, and the trial leaves no trace", () => {
    const before = dump(chain.store);
    const options = {
      genesisHash: chain.genesisHash,
      now: 1,
      timestamp: 250,
      author: author.ss58Address,
      calls,
    };
    const failing = signed(chain, alice, call("Commitments", "test_free", { ok: false }));
    expectInvalid(
      () => validateTransaction(chain.store, failing, options),
      "Custom",
      "Custom",
      "SpaceLimitExceeded",
    );
    const passing = signed(chain, alice, call("Commitments", "test_free", { ok: true }));
    const checked = validateTransaction(chain.store, passing, options);
    assert.equal(checked.fee, 0n, "Pays::No: no fee");
    assert.deepEqual(dump(chain.store), before, "check 8 ran in a scratch overlay");
  });

  test("a free call pays nothing even with a tip, so even an empty account may send it", () => {
    const poor = freshKeypair("poor");
    const tx = signed(chain, poor, call("Commitments", "test_free", { ok: true }), { tip: "1000" });
    const checked = check(tx);
    assert.equal(checked.fee, 0n);
    assert.equal(checked.paysFee, false);
  });

  test("signing for someone else's account fails the signature check", () => {
    const forged = signExtrinsic(
      {
        chain: chain.genesisHash,
        spec: 1,
        signer: bob.ss58Address,
        nonce: 0,
        tip: "0",
        validUntil: null,
        call: transferCall(alice.ss58Address, 1n),
      },
      bob,
    );
    expectInvalid(() => check({ ...forged, signer: alice.ss58Address }), "BadSignature", "forged signer");
  });
});
