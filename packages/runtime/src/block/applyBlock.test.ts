import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { blake2b256, canonicalJson, fromHex, toHex } from "@opentao/primitives";
import { TotalIssuance } from "../balances/balancesStorage.ts";
import { dispatchError } from "../errors.ts";
import { StorageValue, stringCodec } from "../state/storage.ts";
import { BlockNumber } from "../system/systemStorage.ts";
import { defineCall } from "../transactions/callDefinition.ts";
import { createCallRegistry } from "../transactions/callRegistry.ts";
import { runtimeCalls } from "../transactions/calls.ts";
import { extrinsicHash } from "../transactions/extrinsicHash.ts";
import {
  alice,
  author,
  bob,
  call,
  charlie,
  devChain,
  dump,
  freshKeypair,
  nextBlock,
  nonce,
  root,
  signed,
  transferCall,
} from "./_testChain.ts";
import { applyBlock } from "./applyBlock.ts";
import { emitEvent } from "./blockContext.ts";
import { BlockImportError, type BlockImportErrorCode } from "./blockImportError.ts";
import { buildBlock } from "./buildBlock.ts";
import { blockHash, extrinsicsRoot, type Header } from "./header.ts";
import { PIPELINE_HOOKS, type PipelineHooks } from "./pipeline.ts";

function expectRejected(fn: () => unknown, code: BlockImportErrorCode, name: string, reason?: string): void {
  assert.throws(
    fn,
    (error: unknown) => {
      assert.ok(error instanceof BlockImportError, `${name}: BlockImportError, got ${error}`);
      assert.equal(error.code, code, `${name}: code (${error.message})`);
      if (reason !== undefined) assert.equal(error.reason, reason, `${name}: reason`);
      return true;
    },
    name,
  );
}

describe("headers (chain.md §4.1)", () => {
  test("block hash = blake2b-256(utf8(JCS(Header))), over the six fields only", () => {
    const header: Header = {
      number: 7,
      parentHash: toHex(new Uint8Array(32).fill(1)),
      stateRoot: toHex(new Uint8Array(32).fill(2)),
      extrinsicsRoot: toHex(new Uint8Array(32).fill(3)),
      timestamp: 1_750_000_000_000,
      author: alice.ss58Address,
    };
    const jcs = `{"author":"${alice.ss58Address}","extrinsicsRoot":"${header.extrinsicsRoot}","number":7,"parentHash":"${header.parentHash}","stateRoot":"${header.stateRoot}","timestamp":1750000000000}`;
    assert.equal(canonicalJson(header), jcs);
    assert.equal(blockHash(header), toHex(blake2b256(jcs)));
    assert.equal(
      blockHash({ ...header, extra: 1 } as Header),
      blockHash(header),
      "extra fields are not hashed",
    );
  });

  test("extrinsicsRoot = blake2b-256(concat of extrinsic hashes)", () => {
    const a = toHex(blake2b256("a"));
    const b = toHex(blake2b256("b"));
    const concatenated = new Uint8Array(64);
    concatenated.set(fromHex(a), 0);
    concatenated.set(fromHex(b), 32);
    assert.equal(extrinsicsRoot([a, b]), toHex(blake2b256(concatenated)));
    assert.notEqual(extrinsicsRoot([b, a]), extrinsicsRoot([a, b]), "order matters");
  });
});

describe("applyBlock (chain.md §4)", () => {
  test("returns the complete header, its hash, the state root, events and results", () => {
    const chain = devChain();
    const tx = signed(chain, alice, transferCall(bob.ss58Address, 10n ** 9n));
    const block = nextBlock(chain, [tx]);
    assert.equal(block.header.number, 1);
    assert.equal(block.stateRoot, root(chain.store), "the state root of the committed state");
    assert.equal(block.header.stateRoot, block.stateRoot);
    assert.equal(block.header.extrinsicsRoot, extrinsicsRoot([extrinsicHash(tx)]));
    assert.equal(block.hash, blockHash(block.header));
    assert.equal(block.results[0]!.hash, extrinsicHash(tx));
    assert.equal(BlockNumber.get(chain.store), 1);
  });

  test("an imported block with its header's roots applies; the same block on another copy gives the same root", () => {
    const first = devChain();
    const copy = devChain();
    const txs = [
      signed(first, alice, transferCall(bob.ss58Address, 10n ** 9n)),
      signed(first, bob, transferCall(charlie.ss58Address, 2n)),
    ];
    const built = nextBlock(first, txs);
    const imported = applyBlock(
      copy.store,
      { header: built.header, extrinsics: txs },
      { genesisHash: copy.genesisHash },
    );
    assert.equal(imported.hash, built.hash);
    assert.deepEqual(dump(copy.store), dump(first.store));
  });

  test("an empty block runs the pipeline only and changes nothing but the block number", () => {
    const chain = devChain();
    const before = dump(chain.store);
    const block = nextBlock(chain, []);
    assert.deepEqual(block.events, []);
    assert.deepEqual(block.results, []);
    const after = dump(chain.store);
    after.set(BlockNumber.name, before.get(BlockNumber.name)!);
    assert.deepEqual(after, before);
  });

  test("an invalid extrinsic rejects the whole block, names it, and leaves the store untouched", () => {
    const reasons: [string, (chain: ReturnType<typeof devChain>) => unknown[], string][] = [
      ["BadCall", (c) => [signed(c, alice, transferCall(bob.ss58Address, 1n)), { nope: true }], "BadCall"],
      [
        "BadSignature",
        (c) => [
          signed(c, alice, transferCall(bob.ss58Address, 1n)),
          { ...signed(c, bob, transferCall(alice.ss58Address, 1n)), tip: "1" },
        ],
        "BadSignature",
      ],
      [
        "Stale (same nonce twice)",
        (c) => [
          signed(c, alice, transferCall(bob.ss58Address, 1n)),
          signed(c, alice, transferCall(bob.ss58Address, 2n)),
        ],
        "Stale",
      ],
      [
        "Future",
        (c) => [
          signed(c, alice, transferCall(bob.ss58Address, 1n)),
          signed(c, bob, transferCall(alice.ss58Address, 1n), { nonce: 5 }),
        ],
        "Future",
      ],
      [
        "Expired",
        (c) => [
          signed(c, alice, transferCall(bob.ss58Address, 1n)),
          signed(c, bob, transferCall(alice.ss58Address, 1n), { validUntil: 0 }),
        ],
        "Expired",
      ],
      [
        "Payment",
        (c) => [
          signed(c, alice, transferCall(bob.ss58Address, 1n)),
          signed(c, freshKeypair("poor"), transferCall(alice.ss58Address, 1n)),
        ],
        "Payment",
      ],
    ];
    for (const [name, make, reason] of reasons) {
      const chain = devChain();
      const before = dump(chain.store);
      assert.throws(
        () => nextBlock(chain, make(chain)),
        (error: unknown) =>
          error instanceof BlockImportError &&
          error.code === "InvalidExtrinsic" &&
          error.index === 1 &&
          error.reason === reason &&
          error.message.includes("Block 1 rejected (InvalidExtrinsic): extrinsic 1 is invalid"),
        name,
      );
      assert.deepEqual(dump(chain.store), before, `${name}: store untouched`);
    }
  });

  test("header checks: number must follow the state, fields must be well-formed", () => {
    const chain = devChain();
    const before = dump(chain.store);
    const header = {
      number: 1,
      parentHash: toHex(new Uint8Array(32)),
      timestamp: 0,
      author: author.ss58Address,
    };
    const apply = (h: object) =>
      applyBlock(chain.store, { header: h as Header, extrinsics: [] }, { genesisHash: chain.genesisHash });
    expectRejected(() => apply({ ...header, number: 2 }), "UnexpectedNumber", "skips a block");
    expectRejected(() => apply({ ...header, number: 0 }), "InvalidHeader", "block 0 is genesis");
    expectRejected(() => apply({ ...header, parentHash: "0x00" }), "InvalidHeader", "short parent hash");
    expectRejected(() => apply({ ...header, timestamp: -1 }), "InvalidHeader", "negative timestamp");
    expectRejected(() => apply({ ...header, author: "nobody" }), "InvalidHeader", "author not SS58");
    assert.deepEqual(dump(chain.store), before);
    apply(header);
    expectRejected(() => apply(header), "UnexpectedNumber", "the same block twice");
  });

  test("roots in the header must match: StateRootMismatch / ExtrinsicsRootMismatch, store untouched", () => {
    const chain = devChain();
    const before = dump(chain.store);
    const tx = signed(chain, alice, transferCall(bob.ss58Address, 1n));
    const header = {
      number: 1,
      parentHash: toHex(new Uint8Array(32)),
      timestamp: 0,
      author: author.ss58Address,
    };
    const wrong = toHex(new Uint8Array(32).fill(9));
    const apply = (h: object) =>
      applyBlock(chain.store, { header: h as Header, extrinsics: [tx] }, { genesisHash: chain.genesisHash });
    expectRejected(() => apply({ ...header, stateRoot: wrong }), "StateRootMismatch", "state root");
    expectRejected(
      () => apply({ ...header, extrinsicsRoot: wrong }),
      "ExtrinsicsRootMismatch",
      "extrinsics root",
    );
    assert.deepEqual(dump(chain.store), before);
  });

  test("pre-verified signatures: results are used instead of verifying, and must be one per extrinsic", () => {
    const chain = devChain();
    const tx = signed(chain, alice, transferCall(bob.ss58Address, 1n));
    expectRejected(
      () => nextBlock(chain, [tx], { signatureResults: [false] }),
      "InvalidExtrinsic",
      "false",
      "BadSignature",
    );
    assert.throws(() => nextBlock(chain, [tx], { signatureResults: [] }), RangeError);
    const tampered = { ...tx, tip: "1" };
    const block = nextBlock(chain, [tampered], { signatureResults: [true] });
    assert.equal(block.results[0]!.success, true, "the caller vouched for the signature");
  });

  test("block weight limit: ExhaustsResources once Σ weight would pass 2·10^12", () => {
    const heavy = defineCall({
      module: "Commitments",
      method: "test_heavy",
      args: {},
      weight: 1_000_000_000_000n,
      paysFee: false,
      dispatch() {},
    });
    const calls = createCallRegistry([runtimeCalls().calls, [heavy]]);
    const chain = devChain();
    const one = signed(chain, alice, call("Commitments", "test_heavy", {}));
    const two = signed(chain, bob, call("Commitments", "test_heavy", {}));
    expectRejected(
      () => nextBlock(chain, [one, two], { calls }),
      "InvalidExtrinsic",
      "two heavy",
      "ExhaustsResources",
    );
    assert.equal(nextBlock(chain, [one], { calls }).results.length, 1, "one fits");
  });

  test("the pipeline runs steps 1–7 in order before the extrinsics, in the initialization phase", () => {
    const order: string[] = [];
    const Seen = new StorageValue("Test.Seen", stringCodec, "");
    const step =
      (name: string) =>
      (
        store: Parameters<PipelineHooks["decayBurns"]>[0],
        ctx: Parameters<PipelineHooks["decayBurns"]>[1],
      ) => {
        order.push(name);
        Seen.set(store, `${Seen.get(store)}${name};`);
        emitEvent(ctx, "SubtensorModule", name, { now: ctx.now });
      };
    const hooks: PipelineHooks = {
      decayBurns: step("burn"),
      blockEmission: (store) => {
        order.push("emission");
        return TotalIssuance.get(store) / 1_000_000n;
      },
      runCoinbase: (store, ctx, emission) => {
        order.push(`coinbase ${emission}`);
        step("coinbase")(store, ctx);
      },
      updateMovingPrices: step("ema"),
      updateRootProportions: step("rootProp"),
      applyPendingChildkeys: step("childkeys"),
    };
    const chain = devChain();
    const tx = signed(chain, alice, transferCall(bob.ss58Address, 1n));
    const block = nextBlock(chain, [tx], { pipeline: hooks });
    assert.deepEqual(order, [
      "burn",
      "emission",
      `coinbase ${(6n * 10n ** 15n) / 1_000_000n}`,
      "coinbase",
      "ema",
      "rootProp",
      "childkeys",
    ]);
    assert.equal(Seen.get(chain.store), "burn;coinbase;ema;rootProp;childkeys;", "hook writes are committed");
    assert.deepEqual(
      block.events.map((e) => [e.name, e.phase]),
      [
        ["burn", { initialization: null }],
        ["coinbase", { initialization: null }],
        ["ema", { initialization: null }],
        ["rootProp", { initialization: null }],
        ["childkeys", { initialization: null }],
        ["Transfer", { extrinsic: 0 }],
        ["TransactionFeePaid", { extrinsic: 0 }],
        ["ExtrinsicSuccess", { extrinsic: 0 }],
      ],
    );
    assert.equal(typeof PIPELINE_HOOKS.runCoinbase, "function");
  });

  test("a rejected block also discards what its pipeline wrote", () => {
    const chain = devChain();
    const before = dump(chain.store);
    const hooks: PipelineHooks = { ...PIPELINE_HOOKS, decayBurns: (store) => TotalIssuance.set(store, 1n) };
    expectRejected(
      () => nextBlock(chain, [{ bad: 1 }], { pipeline: hooks }),
      "InvalidExtrinsic",
      "bad extrinsic",
    );
    assert.deepEqual(dump(chain.store), before);
  });
});

describe("buildBlock (authoring)", () => {
  test("skips invalid candidates with their reason; importing the built block gives the same state", () => {
    const chain = devChain();
    const copy = devChain();
    const candidates = [
      signed(chain, alice, transferCall(bob.ss58Address, 10n ** 9n)),
      { junk: true },
      signed(chain, alice, transferCall(bob.ss58Address, 5n)), // nonce 0 again: Stale once the first is in
      signed(chain, bob, transferCall(alice.ss58Address, 1n), { nonce: 3 }),
      signed(chain, charlie, transferCall(freshKeypair("x").ss58Address, 1n)), // included, fails: ExistentialDeposit
      signed(chain, alice, transferCall(charlie.ss58Address, 7n), { nonce: 1 }),
    ];
    const fields = {
      number: 1,
      parentHash: toHex(new Uint8Array(32)),
      timestamp: 250,
      author: author.ss58Address,
    };
    const built = buildBlock(chain.store, fields, candidates, { genesisHash: chain.genesisHash });
    assert.deepEqual(
      built.skipped.map((s) => [s.candidate, s.error.reason]),
      [
        [1, "BadCall"],
        [2, "Stale"],
        [3, "Future"],
      ],
    );
    assert.deepEqual(
      built.results.map((r) => [r.index, r.success]),
      [
        [0, true],
        [1, false],
        [2, true],
      ],
    );
    assert.equal(built.block.extrinsics.length, 3);
    const imported = applyBlock(copy.store, built.block, { genesisHash: copy.genesisHash });
    assert.equal(imported.hash, built.hash);
    assert.deepEqual(dump(copy.store), dump(chain.store));
  });

  test("check 8 at authoring: a free call that would fail is left out, leaving no trace", () => {
    const Note = new StorageValue("Test.Note", stringCodec, "");
    const free = defineCall({
      module: "Commitments",
      method: "test_free",
      args: { ok: "bool" },
      weight: 100_000_000n,
      paysFee: false,
      dispatch({ store, ctx }, { ok }) {
        Note.set(store, `${Note.get(store)}x`);
        emitEvent(ctx, "Commitments", "Commitment", { netuid: 1, who: alice.ss58Address });
        if (!ok) throw dispatchError("Commitments", "SpaceLimitExceeded", {});
      },
    });
    const calls = createCallRegistry([runtimeCalls().calls, [free]]);
    const chain = devChain();
    const fields = {
      number: 1,
      parentHash: toHex(new Uint8Array(32)),
      timestamp: 250,
      author: author.ss58Address,
    };
    const built = buildBlock(
      chain.store,
      fields,
      [
        signed(chain, alice, call("Commitments", "test_free", { ok: true })),
        signed(chain, bob, call("Commitments", "test_free", { ok: false })),
        // A paying call that fails is still included (it pays for its failure).
        signed(
          chain,
          charlie,
          call("Balances", "force_set_balance", { who: bob.ss58Address, new_free: "1" }),
        ),
      ],
      { genesisHash: chain.genesisHash, calls },
    );
    assert.deepEqual(
      built.skipped.map((s) => [s.candidate, s.error.reason, s.error.custom]),
      [[1, "Custom", "SpaceLimitExceeded"]],
    );
    assert.deepEqual(
      built.results.map((r) => [r.index, r.signer, r.success, r.paysFee]),
      [
        [0, alice.ss58Address, true, false],
        [1, charlie.ss58Address, false, true],
      ],
    );
    assert.equal(Note.get(chain.store), "x", "the failed trial's write is gone");
    assert.equal(nonce(chain.store, bob), 0, "the skipped signer's nonce is untouched");
    assert.equal(built.events.filter((e) => e.name === "Commitment").length, 1, "the trial's event is gone");
    assert.deepEqual(
      built.events.filter((e) => e.module === "System").map((e) => e.phase),
      [{ extrinsic: 0 }, { extrinsic: 1 }],
      "indexes are positions in the block",
    );
  });
});
