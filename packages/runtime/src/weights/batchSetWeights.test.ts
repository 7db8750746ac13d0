import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { appendNeuron } from "../neurons/appendNeuron.ts";
import { Weights } from "../neurons/neuronsStorage.ts";
import { dispatch, expectFailure, OWNER, signed } from "../subnets/_testChain.ts";
import { createSubnet } from "../subnets/createSubnet.ts";
import { CommitRevealWeightsEnabled, WeightsSetRateLimit } from "../subnets/hyperparameters.ts";
import { HOTKEYS, NETUID, subnetChain } from "./_testSubnet.ts";
import { weightsCalls } from "./weightsCalls.ts";

const V1 = HOTKEYS[0];

describe("chain.md §13.1 batch_set_weights", () => {
  test("partial success: failed items roll back and are reported in order, the rest stand", () => {
    const chain = subnetChain();
    // Subnet 2 with commit-reveal on, where V1 is uid 1.
    createSubnet(chain.store, chain.ctx, {
      netuid: 2,
      owner: OWNER,
      ownerHotkey: HOTKEYS[3],
      lock: 1n,
      alphaIn: 1n,
    });
    appendNeuron(chain.store, 2, V1, chain.ctx.now);
    CommitRevealWeightsEnabled.set(chain.store, true, 2);
    WeightsSetRateLimit.set(chain.store, 0, 2);
    chain.ctx.events.length = 0;
    dispatch(chain, weightsCalls, signed(V1), "batch_set_weights", {
      netuids: [NETUID, 2, 9, NETUID],
      weights: [
        [
          [0, 1],
          [2, 3],
        ],
        [[0, 1]],
        [[0, 1]],
        [
          [0, 0],
          [0, 1],
        ],
      ],
      version_keys: [0, 0, 0, 0],
    });
    assert.deepEqual(
      Weights.get(chain.store, NETUID, 1),
      [
        [0, 21845],
        [2, 65535],
      ],
      "item 0 stored",
    );
    assert.deepEqual(Weights.get(chain.store, 2, 1), [], "item 1 (commit-reveal) not stored");
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [
        ["WeightsSet", { netuid: NETUID, uid: 1 }],
        ["BatchCompletedWithErrors", {}],
        ["BatchWeightItemFailed", { netuid: 2, error: "CommitRevealEnabled" }],
        ["BatchWeightItemFailed", { netuid: 9, error: "SubnetNotExists" }],
        ["BatchWeightItemFailed", { netuid: NETUID, error: "DuplicateUids" }],
        ["BatchWeightsCompleted", { netuids: [NETUID, 2, 9, NETUID], hotkey: V1 }],
      ],
    );
  });

  test("all items succeed: no error events", () => {
    const chain = subnetChain();
    chain.ctx.events.length = 0;
    dispatch(chain, weightsCalls, signed(V1), "batch_set_weights", {
      netuids: [NETUID],
      weights: [[[3, 5]]],
      version_keys: [0],
    });
    assert.deepEqual(
      chain.ctx.events.map((e) => e.name),
      ["WeightsSet", "BatchWeightsCompleted"],
    );
  });

  test("InputLengthsUnequal fails the whole call", () => {
    const chain = subnetChain();
    expectFailure(
      chain,
      weightsCalls,
      signed(V1),
      "batch_set_weights",
      { netuids: [NETUID, NETUID], weights: [[[0, 1]]], version_keys: [0, 0] },
      "InputLengthsUnequal",
    );
    expectFailure(
      chain,
      weightsCalls,
      signed(V1),
      "batch_set_weights",
      { netuids: [NETUID], weights: [[[0, 1]]], version_keys: [] },
      "InputLengthsUnequal",
    );
  });

  test("§3.4 weight: 200·10^6 per item", () => {
    const call = weightsCalls.find((c) => c.method === "batch_set_weights")!;
    assert.equal(call.weightOf?.({ netuids: [1, 2, 3], weights: [], version_keys: [] }), 600_000_000n);
    assert.equal(call.paysFee, false);
  });
});

describe("chain.md §3.4 weights of the weight calls (all Pays::No)", () => {
  const expected: [string, bigint][] = [
    ["set_weights", 200_000_000n],
    ["batch_set_weights", 200_000_000n],
    ["commit_weights", 100_000_000n],
    ["batch_commit_weights", 100_000_000n],
    ["reveal_weights", 200_000_000n],
    ["batch_reveal_weights", 200_000_000n],
  ];
  for (const [method, weight] of expected) {
    test(`${method}: ${weight}, paysFee false`, () => {
      const call = weightsCalls.find((c) => c.method === method);
      assert.ok(call, `${method} declared`);
      assert.equal(call.weight, weight, method);
      assert.equal(call.paysFee, false, method);
      assert.equal(call.module, "SubtensorModule", method);
    });
  }
});
