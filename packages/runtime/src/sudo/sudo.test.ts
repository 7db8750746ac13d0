import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Account } from "../balances/balancesStorage.ts";
import {
  alice,
  author,
  bob,
  call,
  changedKeys,
  charlie,
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
import { devChainSpec } from "../genesis/devChainSpec.ts";
import { BlockNumber } from "../system/systemStorage.ts";
import type { CallJson } from "../transactions/extrinsic.ts";
import { SudoKey } from "./sudoStorage.ts";

const setBalance = (who: string, value: bigint): CallJson =>
  call("Balances", "force_set_balance", { who, new_free: value.toString() });
const sudoCall = (inner: CallJson): CallJson => call("Sudo", "sudo", { call: inner });

describe("Sudo.sudo (chain.md §16)", () => {
  test("the sudo key dispatches a root call: applied, Sudid Ok, no fee", () => {
    const chain = devChain();
    const aliceBefore = free(chain.store, alice);
    const block = nextBlock(chain, [
      signed(chain, alice, sudoCall(setBalance(bob.ss58Address, 7n * 10n ** 9n))),
    ]);
    const result = block.results[0]!;
    assert.equal(result.success, true);
    assert.equal(result.fee, 0n, "no fee for the sudo key");
    assert.equal(result.paysFee, false);
    assert.equal(free(chain.store, alice), aliceBefore, "Alice pays nothing");
    assert.equal(nonce(chain.store, alice), 1, "but her nonce moves");
    assert.equal(free(chain.store, bob), 7n * 10n ** 9n);
    assert.equal(issuance(chain.store), sumOfFree(chain.store), "force_set_balance keeps issuance exact");
    assert.deepEqual(
      block.events.map(({ module, name, data }) => [`${module}.${name}`, data]),
      [
        ["Balances.BalanceSet", { who: bob.ss58Address, free: "7000000000" }],
        ["Sudo.Sudid", { result: "Ok" }],
        ["System.ExtrinsicSuccess", { index: 0, fee: "0", paysFee: false }],
      ],
    );
  });

  test("force_set_balance below ED sets 0", () => {
    const chain = devChain();
    nextBlock(chain, [signed(chain, alice, sudoCall(setBalance(bob.ss58Address, 499n)))]);
    assert.equal(free(chain.store, bob), 0n);
    assert.equal(issuance(chain.store), sumOfFree(chain.store));
  });

  test("an inner failure is reported in Sudid; the outer extrinsic succeeds and the inner writes are dropped", () => {
    const chain = devChain();
    const before = dump(chain.store);
    // A transfer needs a signed origin: under sudo it runs as root and fails with BadOrigin.
    const block = nextBlock(chain, [signed(chain, alice, sudoCall(transferCall(bob.ss58Address, 1n)))]);
    assert.equal(block.results[0]!.success, true);
    assert.deepEqual(
      block.events.map(({ module, name, data }) => [`${module}.${name}`, data]),
      [
        ["Sudo.Sudid", { result: { Err: { module: "System", error: "BadOrigin" } } }],
        ["System.ExtrinsicSuccess", { index: 0, fee: "0", paysFee: false }],
      ],
    );
    assert.deepEqual(
      changedKeys(before, dump(chain.store)),
      [Account.key([alice.ss58Address]), BlockNumber.name].sort(),
    );
  });

  test("RequireSudo for another signer, who pays the fee", () => {
    const chain = devChain();
    const before = dump(chain.store);
    const block = nextBlock(chain, [signed(chain, bob, sudoCall(setBalance(bob.ss58Address, 10n ** 20n)))]);
    const result = block.results[0]!;
    assert.deepEqual(!result.success && result.error, { module: "Sudo", error: "RequireSudo" });
    assert.ok(result.fee > 0n, "a non-sudo signer pays");
    assert.deepEqual(
      changedKeys(before, dump(chain.store)),
      [Account.key([author.ss58Address]), Account.key([bob.ss58Address]), BlockNumber.name].sort(),
    );
  });

  test("NoSudoKey on a network without a sudo key", () => {
    const { sudo: _sudo, ...spec } = devChainSpec();
    const chain = devChain(spec);
    assert.equal(SudoKey.get(chain.store), null);
    const block = nextBlock(chain, [signed(chain, alice, sudoCall(setBalance(bob.ss58Address, 1n)))]);
    const result = block.results[0]!;
    assert.deepEqual(!result.success && result.error, { module: "Sudo", error: "NoSudoKey" });
    assert.ok(result.fee > 0n, "with no sudo key, everyone pays");
  });

  test("sudo inside sudo: the inner Sudo.sudo sees the root origin and fails with BadOrigin", () => {
    const chain = devChain();
    const block = nextBlock(chain, [
      signed(chain, alice, sudoCall(sudoCall(setBalance(bob.ss58Address, 1n)))),
    ]);
    assert.deepEqual(block.events[0]!.data, { result: { Err: { module: "System", error: "BadOrigin" } } });
    assert.notEqual(free(chain.store, bob), 0n, "nothing applied");
  });

  test("the weight of Sudo.sudo is its inner call's", () => {
    const chain = devChain();
    const block = nextBlock(chain, [signed(chain, alice, sudoCall(setBalance(bob.ss58Address, 10n ** 12n)))]);
    assert.equal(block.results[0]!.weight, 100_000_000n + 100_000_000n);
  });
});

describe("Sudo.set_key (chain.md §16)", () => {
  test("hands sudo over: KeyChanged, the old key loses root, the new key gains it", () => {
    const chain = devChain();
    const block = nextBlock(chain, [
      signed(chain, alice, call("Sudo", "set_key", { new: charlie.ss58Address })),
    ]);
    assert.equal(block.results[0]!.fee, 0n, "free for the sudo key");
    assert.deepEqual(block.events[0]!.data, { old: alice.ss58Address, new: charlie.ss58Address });
    assert.equal(SudoKey.get(chain.store), charlie.ss58Address);
    const byAlice = nextBlock(chain, [signed(chain, alice, sudoCall(setBalance(bob.ss58Address, 1n)))])
      .results[0]!;
    assert.deepEqual(!byAlice.success && byAlice.error, { module: "Sudo", error: "RequireSudo" });
    const byCharlie = nextBlock(chain, [
      signed(chain, charlie, sudoCall(setBalance(bob.ss58Address, 10n ** 9n))),
    ]);
    assert.equal(byCharlie.results[0]!.success, true);
    assert.equal(free(chain.store, bob), 10n ** 9n);
  });

  test("RequireSudo for another signer", () => {
    const chain = devChain();
    const result = nextBlock(chain, [signed(chain, bob, call("Sudo", "set_key", { new: bob.ss58Address }))])
      .results[0]!;
    assert.deepEqual(!result.success && result.error, { module: "Sudo", error: "RequireSudo" });
    assert.equal(SudoKey.get(chain.store), alice.ss58Address);
  });
});
