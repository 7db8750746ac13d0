import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Account } from "../balances/balancesStorage.ts";
import {
  alice,
  author,
  bob,
  call,
  changedKeys,
  devChain,
  dump,
  free,
  issuance,
  nextBlock,
  nonce,
  signed,
  sumOfFree,
  transferCall,
} from "../block/_testChain.ts";
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { StorageValue, stringCodec } from "../state/storage.ts";
import { BlockNumber } from "../system/systemStorage.ts";
import { defineCall } from "./callDefinition.ts";
import { createCallRegistry } from "./callRegistry.ts";
import { runtimeCalls } from "./calls.ts";
import { encodedLength } from "./extrinsicHash.ts";
import { computeFee } from "./fees.ts";

const Note = new StorageValue("Test.Note", stringCodec, "");

/** Writes state and an event, then fails (or not): a leak of either would show. */
const writeThenFail = defineCall({
  module: "Commitments",
  method: "test_write_then_fail",
  args: { fail: "bool", free: "bool" },
  weight: 100_000_000n,
  paysFee: true,
  dispatch({ store, ctx }, { fail }) {
    Note.set(store, "written");
    Account.set(store, { free: 1n, nonce: 0 }, bob.ss58Address);
    emitEvent(ctx, "Commitments", "Commitment", { netuid: 1, who: alice.ss58Address });
    if (fail) throw dispatchError("Commitments", "SpaceLimitExceeded", { used: 2, limit: 1 });
  },
});
const freeWriteThenFail = defineCall({
  ...writeThenFail,
  method: "test_free_write_then_fail",
  paysFee: false,
});
const buggy = defineCall({
  module: "Commitments",
  method: "test_bug",
  args: {},
  weight: 0n,
  paysFee: true,
  dispatch({ store }) {
    Note.set(store, "written");
    throw new TypeError("a bug, not a dispatch error");
  },
});
const calls = createCallRegistry([runtimeCalls().calls, [writeThenFail, freeWriteThenFail, buggy]]);

describe("fees (chain.md §3.4)", () => {
  test("the §3.4 example: a 420-byte transfer_keep_alive costs 100,420 rao", () => {
    assert.equal(computeFee({ callWeight: 100_000_000n, len: 420, tip: 0n, paysFee: true }), 100_420n);
  });

  test("fee = floor((BASE_WEIGHT + callWeight)/2000) + len + tip; Pays::No = 0, tip ignored", () => {
    assert.equal(computeFee({ callWeight: 300_000_000n, len: 500, tip: 7n, paysFee: true }), 200_507n);
    assert.equal(computeFee({ callWeight: 1_999n, len: 0, tip: 0n, paysFee: true }), 50_000n, "floors");
    assert.equal(computeFee({ callWeight: 200_000_000n, len: 500, tip: 7n, paysFee: false }), 0n);
  });

  test("a transfer_keep_alive pays 100,000 + len + tip, all of it to the block author", () => {
    const chain = devChain();
    const tx = signed(chain, alice, transferCall(bob.ss58Address, 10n ** 9n), { tip: "25" });
    const len = BigInt(encodedLength(tx));
    const aliceBefore = free(chain.store, alice);
    const bobBefore = free(chain.store, bob);
    const block = nextBlock(chain, [tx]);
    const fee = 100_000n + len + 25n;
    assert.equal(block.results[0]!.fee, fee);
    assert.equal(free(chain.store, alice), aliceBefore - 10n ** 9n - fee, "Alice pays value + fee");
    assert.equal(free(chain.store, bob), bobBefore + 10n ** 9n, "Bob gets the value");
    assert.equal(free(chain.store, author), fee, "the author gets fee and tip");
    assert.equal(issuance(chain.store), sumOfFree(chain.store), "no rao created or lost");
    assert.deepEqual(
      block.events.map(({ module, name, phase }) => [module, name, phase]),
      [
        ["Balances", "Transfer", { extrinsic: 0 }],
        ["TransactionPayment", "TransactionFeePaid", { extrinsic: 0 }],
        ["System", "ExtrinsicSuccess", { extrinsic: 0 }],
      ],
    );
    assert.deepEqual(block.events[1]!.data, { who: alice.ss58Address, actualFee: fee.toString(), tip: "25" });
    assert.deepEqual(block.events[2]!.data, { index: 0, fee: fee.toString(), paysFee: true });
  });
});

describe("dispatch and atomicity (chain.md §3.3)", () => {
  test("the fee reaches the author after the call (post-dispatch): an author's transfer_all keeps its own fee", () => {
    const chain = devChain();
    nextBlock(chain, [signed(chain, alice, transferCall(author.ss58Address, 10n ** 9n))]);
    const tx = signed(
      chain,
      author,
      call("Balances", "transfer_all", { dest: bob.ss58Address, keep_alive: false }),
    );
    const authorBefore = free(chain.store, author);
    const bobBefore = free(chain.store, bob);
    const block = nextBlock(chain, [tx]);
    const fee = block.results[0]!.fee;
    assert.equal(free(chain.store, bob), bobBefore + authorBefore - fee, "Bob gets all but the fee");
    assert.equal(free(chain.store, author), fee, "the author is paid its own fee after the transfer");
    assert.equal(issuance(chain.store), sumOfFree(chain.store));
  });

  test("a failed call changes nothing but fee and nonce, and its own events are dropped", () => {
    const chain = devChain();
    const tx = signed(chain, alice, call("Commitments", "test_write_then_fail", { fail: true, free: false }));
    const before = dump(chain.store);
    const aliceBefore = free(chain.store, alice);
    const block = nextBlock(chain, [tx], { calls });
    const result = block.results[0]!;
    assert.equal(result.success, false);
    assert.ok(
      !result.success && result.error.error === "SpaceLimitExceeded" && result.error.module === "Commitments",
    );
    assert.deepEqual(
      changedKeys(before, dump(chain.store)),
      [Account.key([author.ss58Address]), Account.key([alice.ss58Address]), BlockNumber.name].sort(),
      "only the fee payer, the author and the block number changed",
    );
    assert.equal(free(chain.store, alice), aliceBefore - result.fee, "the fee is not refunded");
    assert.equal(nonce(chain.store, alice), 1, "the nonce is bumped");
    assert.equal(free(chain.store, author), result.fee);
    assert.deepEqual(
      block.events.map(({ module, name }) => `${module}.${name}`),
      ["TransactionPayment.TransactionFeePaid", "System.ExtrinsicFailed"],
      "the call's Commitment event is dropped",
    );
    assert.deepEqual(block.events[1]!.data, { index: 0, module: "Commitments", error: "SpaceLimitExceeded" });
  });

  test("the same call succeeding commits its writes and events", () => {
    const chain = devChain();
    const tx = signed(
      chain,
      alice,
      call("Commitments", "test_write_then_fail", { fail: false, free: false }),
    );
    const block = nextBlock(chain, [tx], { calls });
    assert.equal(block.results[0]!.success, true);
    assert.equal(Note.get(chain.store), "written");
    assert.deepEqual(
      block.events.map(({ module, name }) => `${module}.${name}`),
      ["Commitments.Commitment", "TransactionPayment.TransactionFeePaid", "System.ExtrinsicSuccess"],
    );
  });

  test("an included Pays::No call that fails fails normally: no fee, nonce bumped, block valid", () => {
    const chain = devChain();
    const tx = signed(
      chain,
      alice,
      call("Commitments", "test_free_write_then_fail", { fail: true, free: true }),
    );
    const before = dump(chain.store);
    const block = nextBlock(chain, [tx], { calls });
    assert.equal(block.results[0]!.success, false);
    assert.equal(block.results[0]!.fee, 0n);
    assert.deepEqual(
      changedKeys(before, dump(chain.store)),
      [Account.key([alice.ss58Address]), BlockNumber.name].sort(),
    );
    assert.equal(nonce(chain.store, alice), 1);
    assert.deepEqual(
      block.events.map(({ module, name, data }) => [`${module}.${name}`, data]),
      [["System.ExtrinsicFailed", { index: 0, module: "Commitments", error: "SpaceLimitExceeded" }]],
      "no TransactionFeePaid for a free call",
    );
  });

  test("nonces advance one per included extrinsic, failed or not", () => {
    const chain = devChain();
    const first = signed(
      chain,
      alice,
      call("Commitments", "test_write_then_fail", { fail: true, free: false }),
    );
    const second = signed(chain, alice, transferCall(bob.ss58Address, 10n ** 9n), { nonce: 1 });
    const block = nextBlock(chain, [first, second], { calls });
    assert.deepEqual(
      block.results.map((r) => r.success),
      [false, true],
    );
    assert.equal(nonce(chain.store, alice), 2);
    assert.deepEqual(
      block.events.filter((e) => e.module === "System").map((e) => e.phase),
      [{ extrinsic: 0 }, { extrinsic: 1 }],
    );
  });

  test("an exception that is not a DispatchError is a bug: it fails the block and leaves the store as it was", () => {
    const chain = devChain();
    const before = dump(chain.store);
    const tx = signed(chain, alice, call("Commitments", "test_bug", {}));
    assert.throws(() => nextBlock(chain, [tx], { calls }), /a bug, not a dispatch error/);
    assert.deepEqual(dump(chain.store), before);
  });
});
