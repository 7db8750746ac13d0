import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type DispatchErrorName, encodeSs58, keypairFromUri, toHex } from "@opentao/primitives";
import { appendNeuron } from "../neurons/appendNeuron.ts";
import { LastUpdate, ValidatorPermit, Weights } from "../neurons/neuronsStorage.ts";
import { epochIndexWithLookahead } from "../scheduler/epochIndexWithLookahead.ts";
import { atBlock, dispatch, expectFailure, signed, type TestChain } from "../subnets/_testChain.ts";
import { WeightsSetRateLimit } from "../subnets/hyperparameters.ts";
import { advanceTo, HOTKEYS, NETUID, STRANGER, subnetChain } from "./_testSubnet.ts";
import { commitBlockForEpoch, commitBlocksForEpoch } from "./commitBlockForEpoch.ts";
import { revealCommitHash, type WeightReveal } from "./revealWeights.ts";
import { weightsCalls } from "./weightsCalls.ts";
import { WeightCommits } from "./weightsStorage.ts";

const V1 = HOTKEYS[0]; // uid 1
const ALICE = encodeSs58(keypairFromUri("//Alice").publicKey);
// chain.md Appendix A commit-hash row.
const APPENDIX_A: WeightReveal = {
  uids: [0, 1],
  values: [65535, 32768],
  salt: [1, 2, 3, 4, 5, 6, 7, 8],
  versionKey: 0,
};
const APPENDIX_A_HASH = "0x15d1d763685dfce22d8650296059d5767f0932787b33a80c31d996c3d36b6eef";

const reveal = (uids: number[], values: number[], salt: number[] = [9]): WeightReveal => ({
  uids,
  values,
  salt,
  versionKey: 0,
});
const revealArgs = (r: WeightReveal) => ({
  netuid: NETUID,
  uids: r.uids,
  values: r.values,
  salt: r.salt,
  version_key: r.versionKey,
});
/** V1's `reveal_weights` of `r` fails with SubtensorModule `error`, writing nothing. */
function refuseReveal(chain: TestChain, r: WeightReveal, error: DispatchErrorName): void {
  expectFailure(chain, weightsCalls, signed(V1), "reveal_weights", revealArgs(r), error);
}
const hashOf = (hotkey: string, r: WeightReveal) => revealCommitHash(hotkey, NETUID, r);
function commit(chain: TestChain, hotkey: string, r: WeightReveal): void {
  dispatch(chain, weightsCalls, signed(hotkey), "commit_weights", {
    netuid: NETUID,
    commit_hash: hashOf(hotkey, r),
  });
}
const queueOf = (chain: TestChain, hotkey: string) =>
  WeightCommits.get(chain.store, NETUID, hotkey).map((c) => [toHex(c.hash), c.commitEpoch, c.commitBlock]);

// subnetChain: tempo 10, last epoch at block 1, index 0, now block 2 → epochs run at 11, 21, 31 …;
// a commit in epoch 0 is revealable in blocks 11–20 (epoch 1) and expired from block 21.

describe("chain.md §13.2 commit hash", () => {
  test("Appendix A vector through revealCommitHash", () => {
    assert.equal(toHex(revealCommitHash(ALICE, 1, APPENDIX_A)), APPENDIX_A_HASH);
  });

  test("Appendix A round trip: commit the vector's hash, reveal its weights, the row is stored", () => {
    const chain = subnetChain({ commitReveal: true, validators: 0 });
    const uid = appendNeuron(chain.store, NETUID, ALICE, 1);
    ValidatorPermit.set(chain.store, true, NETUID, uid);
    dispatch(chain, weightsCalls, signed(ALICE), "commit_weights", {
      netuid: NETUID,
      commit_hash: Uint8Array.from(Buffer.from(APPENDIX_A_HASH.slice(2), "hex")),
    });
    advanceTo(chain, NETUID, 11);
    chain.ctx.events.length = 0;
    dispatch(chain, weightsCalls, signed(ALICE), "reveal_weights", revealArgs(APPENDIX_A));
    assert.deepEqual(Weights.get(chain.store, NETUID, uid), [
      [0, 65535],
      [1, 32768],
    ]);
    assert.equal(
      LastUpdate.get(chain.store, NETUID, uid),
      2,
      "the reveal leaves LastUpdate at the commit block",
    );
    assert.equal(WeightCommits.has(chain.store, NETUID, ALICE), false, "queue consumed and removed");
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [
        ["WeightsSet", { netuid: NETUID, uid }],
        ["WeightsRevealed", { hotkey: ALICE, netuid: NETUID, hash: APPENDIX_A_HASH }],
      ],
    );
  });
});

describe("chain.md §13.3 commit_weights", () => {
  test("appends (hash, epoch, block), sets LastUpdate, emits WeightsCommitted", () => {
    const chain = subnetChain({ commitReveal: true });
    atBlock(chain, 4);
    const r = reveal([0], [1]);
    commit(chain, V1, r);
    assert.deepEqual(queueOf(chain, V1), [[toHex(hashOf(V1, r)), 0, 4]]);
    assert.equal(LastUpdate.get(chain.store, NETUID, 1), 4);
    assert.deepEqual(chain.ctx.events.at(-1)?.data, {
      hotkey: V1,
      netuid: NETUID,
      hash: toHex(hashOf(V1, r)),
    });
    assert.equal(chain.ctx.events.at(-1)?.name, "WeightsCommitted");
  });

  test("a commit in a block where the epoch is due counts from the next epoch (lookahead)", () => {
    const chain = subnetChain({ commitReveal: true });
    atBlock(chain, 11); // due, not yet run
    assert.equal(epochIndexWithLookahead(chain.store, NETUID, 11), 1);
    commit(chain, V1, reveal([0], [1]));
    assert.deepEqual(queueOf(chain, V1)[0]?.slice(1), [1, 11]);
  });

  test("SubnetNotExists, then CommitRevealDisabled, then HotKeyNotRegisteredInSubNet", () => {
    const chain = subnetChain({ commitReveal: true });
    const hash = new Uint8Array(32);
    expectFailure(
      chain,
      weightsCalls,
      signed(STRANGER),
      "commit_weights",
      { netuid: 9, commit_hash: hash },
      "SubnetNotExists",
    );
    const off = subnetChain();
    expectFailure(
      off,
      weightsCalls,
      signed(STRANGER),
      "commit_weights",
      { netuid: NETUID, commit_hash: hash },
      "CommitRevealDisabled",
    );
    expectFailure(
      chain,
      weightsCalls,
      signed(STRANGER),
      "commit_weights",
      { netuid: NETUID, commit_hash: hash },
      "HotKeyNotRegisteredInSubNet",
    );
  });

  test("CommittingWeightsTooFast on LastUpdate (registration, then the commit itself)", () => {
    const chain = subnetChain({ commitReveal: true, rateLimit: 5 });
    const args = { netuid: NETUID, commit_hash: new Uint8Array(32) };
    atBlock(chain, 5); // registered at 1
    expectFailure(chain, weightsCalls, signed(V1), "commit_weights", args, "CommittingWeightsTooFast");
    atBlock(chain, 6);
    dispatch(chain, weightsCalls, signed(V1), "commit_weights", args);
    atBlock(chain, 10);
    expectFailure(chain, weightsCalls, signed(V1), "commit_weights", args, "CommittingWeightsTooFast");
  });

  test("TooManyUnrevealedCommits at 10; expired commits are dropped first", () => {
    const chain = subnetChain({ commitReveal: true });
    for (let i = 0; i < 10; i += 1) commit(chain, V1, reveal([0], [1], [i]));
    expectFailure(
      chain,
      weightsCalls,
      signed(V1),
      "commit_weights",
      { netuid: NETUID, commit_hash: hashOf(V1, reveal([0], [1], [10])) },
      "TooManyUnrevealedCommits",
    );
    advanceTo(chain, NETUID, 21); // epoch 2: all ten (epoch 0) expired
    commit(chain, V1, reveal([0], [1], [10]));
    assert.deepEqual(queueOf(chain, V1), [[toHex(hashOf(V1, reveal([0], [1], [10]))), 2, 21]]);
  });
});

describe("chain.md §13.3 reveal_weights: timing and errors", () => {
  test("RevealTooEarly in the commit epoch, revealable the next, expired the one after", () => {
    const r = reveal([0, 2], [3, 1]);
    const early = subnetChain({ commitReveal: true });
    commit(early, V1, r);
    atBlock(early, 10); // still epoch 0
    refuseReveal(early, r, "RevealTooEarly");
    advanceTo(early, NETUID, 20); // epoch 1, last block
    dispatch(early, weightsCalls, signed(V1), "reveal_weights", revealArgs(r));
    assert.deepEqual(Weights.get(early.store, NETUID, 1), [
      [0, 65535],
      [2, 21845],
    ]);

    const late = subnetChain({ commitReveal: true });
    commit(late, V1, r);
    advanceTo(late, NETUID, 21); // epoch 2
    refuseReveal(late, r, "ExpiredWeightCommit");
  });

  test("revealPeriodEpochs 2: revealable two epochs later", async () => {
    const { RevealPeriodEpochs } = await import("../subnets/hyperparameters.ts");
    const chain = subnetChain({ commitReveal: true });
    RevealPeriodEpochs.set(chain.store, 2, NETUID);
    const r = reveal([0], [1]);
    commit(chain, V1, r);
    advanceTo(chain, NETUID, 11);
    refuseReveal(chain, r, "RevealTooEarly");
    advanceTo(chain, NETUID, 21);
    dispatch(chain, weightsCalls, signed(V1), "reveal_weights", revealArgs(r));
  });

  test("CommitRevealDisabled, then NoWeightsCommitFound (no queue)", () => {
    const off = subnetChain();
    refuseReveal(off, reveal([0], [1]), "CommitRevealDisabled");
    const chain = subnetChain({ commitReveal: true });
    refuseReveal(chain, reveal([0], [1]), "NoWeightsCommitFound");
  });

  test("queue empty after dropping expired: NoWeightsCommitFound for an unknown hash", () => {
    const chain = subnetChain({ commitReveal: true });
    commit(chain, V1, reveal([0], [1]));
    advanceTo(chain, NETUID, 21);
    refuseReveal(chain, reveal([0], [2]), "NoWeightsCommitFound");
  });

  test("ExpiredWeightCommit while newer commits remain; InvalidRevealCommitHashNotMatch for an unknown hash", () => {
    const chain = subnetChain({ commitReveal: true });
    const old = reveal([0], [1], [1]);
    const fresh = reveal([0], [1], [2]);
    commit(chain, V1, old); // epoch 0
    advanceTo(chain, NETUID, 12);
    commit(chain, V1, fresh); // epoch 1
    advanceTo(chain, NETUID, 21); // epoch 2: old expired, fresh revealable
    refuseReveal(chain, old, "ExpiredWeightCommit");
    refuseReveal(chain, reveal([0], [1], [3]), "InvalidRevealCommitHashNotMatch");
    dispatch(chain, weightsCalls, signed(V1), "reveal_weights", revealArgs(fresh));
    assert.equal(WeightCommits.has(chain.store, NETUID, V1), false, "expired dropped, fresh consumed");
  });

  test("a reveal pops the matching commit and every older one", () => {
    const chain = subnetChain({ commitReveal: true });
    const a = reveal([0], [1], [1]);
    const b = reveal([0], [1], [2]);
    const c = reveal([0], [1], [3]);
    commit(chain, V1, a);
    commit(chain, V1, b);
    commit(chain, V1, c);
    advanceTo(chain, NETUID, 11);
    dispatch(chain, weightsCalls, signed(V1), "reveal_weights", revealArgs(b));
    assert.deepEqual(queueOf(chain, V1), [[toHex(hashOf(V1, c)), 0, 2]]);
    refuseReveal(chain, a, "InvalidRevealCommitHashNotMatch");
  });

  test("a reveal failing a set_weights check fails whole and keeps the commit; the rate limit is skipped", () => {
    const chain = subnetChain({ commitReveal: true });
    const dup = reveal([0, 0], [1, 1]);
    const good = reveal([0], [1]);
    commit(chain, V1, dup);
    commit(chain, V1, good);
    advanceTo(chain, NETUID, 11);
    WeightsSetRateLimit.set(chain.store, 1_000, NETUID);
    refuseReveal(chain, dup, "DuplicateUids");
    assert.equal(queueOf(chain, V1).length, 2, "commits kept");
    // LastUpdate = 2, now 11: set_weights would be SettingWeightsTooFast; a reveal is not rate-limited.
    dispatch(chain, weightsCalls, signed(V1), "reveal_weights", revealArgs(good));
    assert.deepEqual(Weights.get(chain.store, NETUID, 1), [[0, 65535]]);
  });
});

describe("chain.md §13.3 batch_commit_weights and batch_reveal_weights", () => {
  test("batch_commit_weights: partial success with failure events", () => {
    const chain = subnetChain({ commitReveal: true });
    chain.ctx.events.length = 0;
    const h = hashOf(V1, reveal([0], [1]));
    dispatch(chain, weightsCalls, signed(V1), "batch_commit_weights", {
      netuids: [NETUID, 9],
      commit_hashes: [h, h],
    });
    assert.equal(queueOf(chain, V1).length, 1);
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [
        ["WeightsCommitted", { hotkey: V1, netuid: NETUID, hash: toHex(h) }],
        ["BatchCompletedWithErrors", {}],
        ["BatchWeightItemFailed", { netuid: 9, error: "SubnetNotExists" }],
        ["BatchWeightsCompleted", { netuids: [NETUID, 9], hotkey: V1 }],
      ],
    );
    expectFailure(
      chain,
      weightsCalls,
      signed(V1),
      "batch_commit_weights",
      { netuids: [NETUID], commit_hashes: [] },
      "InputLengthsUnequal",
    );
  });

  const batchArgs = (rs: WeightReveal[]) => ({
    netuid: NETUID,
    uids_list: rs.map((r) => r.uids),
    values_list: rs.map((r) => r.values),
    salts_list: rs.map((r) => r.salt),
    version_keys: rs.map((r) => r.versionKey),
  });

  test("batch_reveal_weights removes only the matching commits and stores each row", () => {
    const chain = subnetChain({ commitReveal: true });
    const a = reveal([0], [1], [1]);
    const b = reveal([2], [1], [2]);
    const c = reveal([3], [1], [3]);
    for (const r of [a, b, c]) commit(chain, V1, r);
    advanceTo(chain, NETUID, 11);
    chain.ctx.events.length = 0;
    dispatch(chain, weightsCalls, signed(V1), "batch_reveal_weights", batchArgs([c, b]));
    assert.deepEqual(queueOf(chain, V1), [[toHex(hashOf(V1, a)), 0, 2]], "a stays");
    assert.deepEqual(Weights.get(chain.store, NETUID, 1), [[2, 65535]], "last reveal's row");
    assert.deepEqual(
      chain.ctx.events.map((e) => e.name),
      ["WeightsSet", "WeightsSet", "WeightsBatchRevealed"],
    );
    assert.deepEqual(chain.ctx.events.at(-1)?.data, {
      hotkey: V1,
      netuid: NETUID,
      hashes: [toHex(hashOf(V1, c)), toHex(hashOf(V1, b))],
    });
  });

  test("batch_reveal_weights is all or nothing: every hash is checked first", () => {
    const chain = subnetChain({ commitReveal: true });
    const a = reveal([0], [1], [1]);
    commit(chain, V1, a);
    advanceTo(chain, NETUID, 11);
    expectFailure(
      chain,
      weightsCalls,
      signed(V1),
      "batch_reveal_weights",
      batchArgs([a, reveal([0], [1], [7])]),
      "InvalidRevealCommitHashNotMatch",
    );
    expectFailure(
      chain,
      weightsCalls,
      signed(V1),
      "batch_reveal_weights",
      batchArgs([a, a]),
      "InvalidRevealCommitHashNotMatch",
    );
    const dup = reveal([0, 0], [1, 1]);
    commit(chain, V1, dup);
    advanceTo(chain, NETUID, 21);
    // a expired now; dup (epoch 1) revealable
    expectFailure(
      chain,
      weightsCalls,
      signed(V1),
      "batch_reveal_weights",
      batchArgs([dup, a]),
      "ExpiredWeightCommit",
    );
    expectFailure(chain, weightsCalls, signed(V1), "batch_reveal_weights", batchArgs([dup]), "DuplicateUids");
  });

  test("batch_reveal_weights: RevealTooEarly, InputLengthsUnequal, CommitRevealDisabled, NoWeightsCommitFound", () => {
    const chain = subnetChain({ commitReveal: true });
    expectFailure(
      chain,
      weightsCalls,
      signed(V1),
      "batch_reveal_weights",
      batchArgs([reveal([0], [1])]),
      "NoWeightsCommitFound",
    );
    commit(chain, V1, reveal([0], [1]));
    expectFailure(
      chain,
      weightsCalls,
      signed(V1),
      "batch_reveal_weights",
      batchArgs([reveal([0], [1])]),
      "RevealTooEarly",
    );
    expectFailure(
      chain,
      weightsCalls,
      signed(V1),
      "batch_reveal_weights",
      { ...batchArgs([reveal([0], [1])]), salts_list: [] },
      "InputLengthsUnequal",
    );
    const off = subnetChain();
    expectFailure(
      off,
      weightsCalls,
      signed(V1),
      "batch_reveal_weights",
      batchArgs([]),
      "CommitRevealDisabled",
    );
  });
});

describe("yuma.md §3.1 commitBlockForEpoch", () => {
  test("null without commits; the earliest unexpired commit's block; null once all expire", () => {
    const chain = subnetChain({ commitReveal: true });
    assert.equal(commitBlockForEpoch(chain.store, NETUID, V1, 2), null, "no commits");
    commit(chain, V1, reveal([0], [1], [1])); // block 2, epoch 0
    advanceTo(chain, NETUID, 12);
    commit(chain, V1, reveal([0], [1], [2])); // block 12, epoch 1
    assert.equal(commitBlockForEpoch(chain.store, NETUID, V1, 12), 2n, "epoch 1: both live");
    advanceTo(chain, NETUID, 21);
    assert.equal(commitBlockForEpoch(chain.store, NETUID, V1, 21), 12n, "epoch 2: first expired");
    assert.deepEqual(commitBlocksForEpoch(chain.store, NETUID, 21), [null, 12n, null, null], "per uid");
    advanceTo(chain, NETUID, 31);
    assert.equal(commitBlockForEpoch(chain.store, NETUID, V1, 31), null, "epoch 3: all expired");
  });
});
