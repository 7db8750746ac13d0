import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { DispatchErrorName, Keypair } from "@opentao/primitives";
import {
  alice,
  author,
  bob,
  call,
  changedKeys,
  devChain,
  dump,
  free,
  freshKeypair,
  issuance,
  nextBlock,
  signed,
  sumOfFree,
  type TestChain,
  transferCall,
} from "../block/_testChain.ts";
import type { AppliedBlock } from "../block/applyBlock.ts";
import { BlockNumber } from "../system/systemStorage.ts";
import type { SignedExtrinsic } from "../transactions/extrinsic.ts";
import { encodedLength } from "../transactions/extrinsicHash.ts";
import { Account } from "./balancesStorage.ts";

const TAO = 1_000_000_000n;

/** Applies one extrinsic in its own block and returns the block. */
function applyOne(chain: TestChain, signer: Keypair, callJson: Parameters<typeof signed>[2]): AppliedBlock {
  return nextBlock(chain, [signed(chain, signer, callJson)]);
}

/** The fee of a Balances call (weight 100·10^6) with no tip: 100,000 + len. */
function feeOf(tx: SignedExtrinsic): bigint {
  return 100_000n + BigInt(encodedLength(tx));
}

/** Funds a fresh account with `amount` from Alice (transfer_allow_death so any amount ≥ ED works). */
function funded(chain: TestChain, label: string, amount: bigint): Keypair {
  const pair = freshKeypair(label);
  const block = applyOne(chain, alice, transferCall(pair.ss58Address, amount, "transfer_allow_death"));
  assert.equal(block.results[0]!.success, true, `funding ${label}`);
  return pair;
}

/** Asserts the single extrinsic of `block` failed with `error`, and that only fee and nonce moved. */
function assertFailedWith(
  chain: TestChain,
  signer: Keypair,
  callJson: Parameters<typeof signed>[2],
  error: DispatchErrorName,
  name: string,
): void {
  const before = dump(chain.store);
  const block = applyOne(chain, signer, callJson);
  const result = block.results[0]!;
  assert.equal(result.success, false, `${name}: fails`);
  assert.deepEqual(!result.success && result.error, { module: "Balances", error }, `${name}: error`);
  assert.deepEqual(
    changedKeys(before, dump(chain.store)),
    [Account.key([author.ss58Address]), Account.key([signer.ss58Address]), BlockNumber.name].sort(),
    `${name}: only fee, nonce and block number changed`,
  );
  assert.equal(issuance(chain.store), sumOfFree(chain.store), `${name}: issuance`);
}

describe("Balances.transfer_allow_death (chain.md §5)", () => {
  test("moves the value and emits Transfer", () => {
    const chain = devChain();
    const carol = freshKeypair("carol");
    const block = applyOne(chain, alice, transferCall(carol.ss58Address, 5n * TAO, "transfer_allow_death"));
    assert.equal(free(chain.store, carol), 5n * TAO);
    const transfer = block.events.find((e) => e.name === "Transfer")!;
    assert.deepEqual(transfer.data, {
      from: alice.ss58Address,
      to: carol.ss58Address,
      amount: (5n * TAO).toString(),
    });
  });

  test("InsufficientBalance when free < value (after the fee)", () => {
    const chain = devChain();
    const poor = funded(chain, "poor", TAO);
    assertFailedWith(
      chain,
      poor,
      transferCall(bob.ss58Address, TAO, "transfer_allow_death"),
      "InsufficientBalance",
      "allow_death",
    );
  });

  test("ExistentialDeposit when the recipient would hold 0 < x < ED", () => {
    const chain = devChain();
    const empty = freshKeypair("empty");
    assertFailedWith(
      chain,
      alice,
      transferCall(empty.ss58Address, 499n, "transfer_allow_death"),
      "ExistentialDeposit",
      "499 to empty",
    );
    assertFailedWith(
      chain,
      alice,
      transferCall(empty.ss58Address, 0n, "transfer_allow_death"),
      "ExistentialDeposit",
      "0 to empty",
    );
    const block = applyOne(chain, alice, transferCall(empty.ss58Address, 500n, "transfer_allow_death"));
    assert.equal(block.results[0]!.success, true, "exactly ED is fine");
    const small = applyOne(chain, alice, transferCall(empty.ss58Address, 1n, "transfer_allow_death"));
    assert.equal(small.results[0]!.success, true, "1 rao to a funded account is fine");
    assert.equal(free(chain.store, empty), 501n);
  });

  test("the sender's remainder below ED is recycled as DustLost, and issuance falls by it", () => {
    const chain = devChain();
    const sender = funded(chain, "sender", 2n * TAO);
    // A value with as many digits as the real one gives the real encoded length, hence the fee.
    const fee = feeOf(signed(chain, sender, transferCall(bob.ss58Address, TAO, "transfer_allow_death")));
    // Send everything but 300 rao.
    const value = 2n * TAO - fee - 300n;
    const issuanceBefore = issuance(chain.store);
    const block = applyOne(chain, sender, transferCall(bob.ss58Address, value, "transfer_allow_death"));
    assert.equal(block.results[0]!.success, true);
    assert.equal(free(chain.store, sender), 0n, "reaped to 0");
    const dust = block.events.find((e) => e.name === "DustLost");
    assert.deepEqual(dust?.data, { account: sender.ss58Address, amount: "300" });
    assert.equal(issuance(chain.store), issuanceBefore - 300n);
    assert.equal(issuance(chain.store), sumOfFree(chain.store));
  });

  test("a transfer to oneself succeeds and moves nothing, whatever the value", () => {
    const chain = devChain();
    const before = free(chain.store, alice);
    const block = applyOne(chain, alice, transferCall(alice.ss58Address, 10n ** 30n, "transfer_allow_death"));
    assert.equal(block.results[0]!.success, true);
    assert.equal(free(chain.store, alice), before - block.results[0]!.fee, "only the fee");
    assert.equal(block.events.filter((e) => e.name === "Transfer").length, 0, "no Transfer event");
  });
});

describe("Balances.transfer_keep_alive (chain.md §5)", () => {
  test("moves the value when ED remains", () => {
    const chain = devChain();
    const sender = funded(chain, "sender", 2n * TAO);
    const fee = feeOf(signed(chain, sender, transferCall(bob.ss58Address, TAO)));
    const value = 2n * TAO - fee - 500n;
    const block = applyOne(chain, sender, transferCall(bob.ss58Address, value));
    assert.equal(block.results[0]!.success, true);
    assert.equal(free(chain.store, sender), 500n, "exactly ED left");
  });

  test("Expendability when free − value < ED", () => {
    const chain = devChain();
    const sender = funded(chain, "sender", 2n * TAO);
    const fee = feeOf(signed(chain, sender, transferCall(bob.ss58Address, TAO)));
    assertFailedWith(
      chain,
      sender,
      transferCall(bob.ss58Address, 2n * TAO - fee - 499n),
      "Expendability",
      "keep_alive",
    );
  });

  test("InsufficientBalance comes before Expendability, ExistentialDeposit after both", () => {
    const chain = devChain();
    const sender = funded(chain, "sender", TAO);
    const empty = freshKeypair("empty");
    assertFailedWith(
      chain,
      sender,
      transferCall(empty.ss58Address, 2n * TAO),
      "InsufficientBalance",
      "too much",
    );
    assertFailedWith(
      chain,
      alice,
      transferCall(empty.ss58Address, 1n),
      "ExistentialDeposit",
      "dust to empty",
    );
  });

  test("a transfer to oneself succeeds and moves nothing", () => {
    const chain = devChain();
    const block = applyOne(chain, bob, transferCall(bob.ss58Address, 10n ** 30n));
    assert.equal(block.results[0]!.success, true);
  });
});

describe("Balances.transfer_all (chain.md §5)", () => {
  test("keep_alive: false moves everything left after the fee and leaves 0", () => {
    const chain = devChain();
    const sender = funded(chain, "sender", TAO);
    const carol = freshKeypair("carol");
    const block = applyOne(
      chain,
      sender,
      call("Balances", "transfer_all", { dest: carol.ss58Address, keep_alive: false }),
    );
    const fee = block.results[0]!.fee;
    assert.equal(free(chain.store, sender), 0n);
    assert.equal(free(chain.store, carol), TAO - fee);
    assert.equal(block.events.filter((e) => e.name === "DustLost").length, 0, "nothing to recycle");
  });

  test("keep_alive: true leaves exactly ED", () => {
    const chain = devChain();
    const sender = funded(chain, "sender", TAO);
    const block = applyOne(
      chain,
      sender,
      call("Balances", "transfer_all", { dest: bob.ss58Address, keep_alive: true }),
    );
    assert.equal(block.results[0]!.success, true);
    assert.equal(free(chain.store, sender), 500n);
  });

  test("ExistentialDeposit when what is left would leave an empty recipient below ED", () => {
    const chain = devChain();
    const sender = freshKeypair("sender");
    const tx = signed(
      chain,
      sender,
      call("Balances", "transfer_all", { dest: freshKeypair("empty").ss58Address, keep_alive: true }),
    );
    const fee = feeOf(tx);
    applyOne(chain, alice, transferCall(sender.ss58Address, fee + 500n + 499n, "transfer_allow_death"));
    assertFailedWith(
      chain,
      sender,
      call("Balances", "transfer_all", { dest: freshKeypair("empty").ss58Address, keep_alive: true }),
      "ExistentialDeposit",
      "499 left to move",
    );
  });

  test("to oneself: succeeds, moves nothing", () => {
    const chain = devChain();
    const before = free(chain.store, bob);
    const block = applyOne(
      chain,
      bob,
      call("Balances", "transfer_all", { dest: bob.ss58Address, keep_alive: false }),
    );
    assert.equal(block.results[0]!.success, true);
    assert.equal(free(chain.store, bob), before - block.results[0]!.fee);
  });
});

describe("Balances.force_set_balance (chain.md §16)", () => {
  test("BadOrigin when signed directly (root only)", () => {
    const chain = devChain();
    const before = dump(chain.store);
    const block = applyOne(
      chain,
      alice,
      call("Balances", "force_set_balance", { who: bob.ss58Address, new_free: "1" }),
    );
    const result = block.results[0]!;
    assert.deepEqual(!result.success && result.error, { module: "System", error: "BadOrigin" });
    assert.deepEqual(
      changedKeys(before, dump(chain.store)),
      [Account.key([author.ss58Address]), Account.key([alice.ss58Address]), BlockNumber.name].sort(),
    );
  });
});
