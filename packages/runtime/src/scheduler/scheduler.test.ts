/**
 * chain.md §7 epoch scheduling: the due rule and its three triggers, the next-auto-epoch count, the
 * lookahead clock, and the drain through the real pipeline — epochs every tempo blocks, deferral past
 * `MaxEpochsPerBlock` with `EpochDeferred`, and the deferred epoch firing in the next block.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { block, coinbaseChain, startedSubnet } from "../coinbase/_testChain.ts";
import { MemoryStore } from "../state/keyValueStore.ts";
import { Tempo } from "../subnets/hyperparameters.ts";
import {
  BlocksSinceLastStep,
  LastEpochBlock,
  LastMechanismStepBlock,
  PendingEpochAt,
  SubnetEpochIndex,
} from "../subnets/subnetsStorage.ts";
import { blocksUntilNextAutoEpoch } from "./blocksUntilNextAutoEpoch.ts";
import { epochIndexWithLookahead } from "./epochIndexWithLookahead.ts";
import { MAX_TEMPO, shouldRunEpoch } from "./shouldRunEpoch.ts";

/** A store with subnet 1's scheduler items set directly. */
function schedule(tempo: number, lastEpoch: number, pendingAt = 0, sinceLastStep = 0): MemoryStore {
  const store = new MemoryStore();
  Tempo.set(store, tempo, 1);
  LastEpochBlock.set(store, lastEpoch, 1);
  PendingEpochAt.set(store, pendingAt, 1);
  BlocksSinceLastStep.set(store, sinceLastStep, 1);
  SubnetEpochIndex.set(store, 7, 1);
  return store;
}

describe("shouldRunEpoch (chain.md §7)", () => {
  test("period: due once b − LastEpochBlock ≥ Tempo", () => {
    const store = schedule(10, 100);
    assert.equal(shouldRunEpoch(store, 1, 109), false, "b = 109: 9 blocks");
    assert.equal(shouldRunEpoch(store, 1, 110), true, "b = 110: 10 blocks");
    assert.equal(shouldRunEpoch(store, 1, 125), true, "b = 125: overdue");
  });

  test("tempo 0 never runs, even with a pending epoch or the safety net", () => {
    const store = schedule(0, 0, 5, MAX_TEMPO + 1);
    assert.equal(shouldRunEpoch(store, 1, 1_000_000), false, "tempo 0");
  });

  test("a pending epoch fires at PendingEpochAt, not before", () => {
    const store = schedule(10, 100, 104);
    assert.equal(shouldRunEpoch(store, 1, 103), false, "b = 103 < PendingEpochAt");
    assert.equal(shouldRunEpoch(store, 1, 104), true, "b = 104 = PendingEpochAt");
  });

  test("safety net: BlocksSinceLastStep > MAX_TEMPO forces an epoch", () => {
    assert.equal(shouldRunEpoch(schedule(50_000, 100, 0, MAX_TEMPO), 1, 101), false, "= MAX_TEMPO");
    assert.equal(shouldRunEpoch(schedule(50_000, 100, 0, MAX_TEMPO + 1), 1, 101), true, "> MAX_TEMPO");
  });
});

describe("blocksUntilNextAutoEpoch and epochIndexWithLookahead (chain.md §7)", () => {
  test("max(0, LastEpochBlock + Tempo − b)", () => {
    const store = schedule(10, 100);
    assert.equal(blocksUntilNextAutoEpoch(store, 1, 105), 5, "b = 105");
    assert.equal(blocksUntilNextAutoEpoch(store, 1, 110), 0, "b = 110");
    assert.equal(blocksUntilNextAutoEpoch(store, 1, 130), 0, "overdue saturates at 0");
  });

  test("SubnetEpochIndex, plus 1 in a block where the epoch is due", () => {
    const store = schedule(10, 100);
    assert.equal(epochIndexWithLookahead(store, 1, 109), 7, "b = 109: not due");
    assert.equal(epochIndexWithLookahead(store, 1, 110), 8, "b = 110: due");
  });
});

describe("drain through the pipeline (chain.md §7, §10.4)", () => {
  test("one subnet, tempo 10: EpochRun at blocks 10, 20, 30 and the scheduler items follow", () => {
    const chain = coinbaseChain({ subnets: [startedSubnet("a")] });
    const runs: number[] = [];
    for (let b = 1; b <= 30; b += 1) {
      const applied = block(chain);
      for (const e of applied.events.filter((e) => e.name === "EpochRun")) {
        assert.equal(e.data.netuid, 1, `block ${b}: netuid`);
        assert.equal(e.data.block, b, `block ${b}: event block`);
        assert.equal(e.data.epochIndex, runs.length + 1, `block ${b}: epochIndex counts epochs`);
        runs.push(b);
      }
      const last = runs.at(-1) ?? 0;
      assert.equal(LastEpochBlock.get(chain.store, 1), last, `block ${b}: LastEpochBlock`);
      assert.equal(BlocksSinceLastStep.get(chain.store, 1), b - last, `block ${b}: BlocksSinceLastStep`);
      assert.equal(LastMechanismStepBlock.get(chain.store, 1), last, `block ${b}: LastMechanismStepBlock`);
    }
    assert.deepEqual(runs, [10, 20, 30], "epochs every tempo blocks");
    assert.equal(SubnetEpochIndex.get(chain.store, 1), 3, "three epochs counted");
  });

  test("MaxEpochsPerBlock 1, three subnets due together: one per block, the rest deferred to b + 1", () => {
    const chain = coinbaseChain({
      subnets: [startedSubnet("a"), startedSubnet("b"), startedSubnet("c")],
      params: { MaxEpochsPerBlock: 1 },
    });
    const runs: [number, number][] = [];
    const deferrals: [number, number, number, number][] = [];
    for (let b = 1; b <= 23; b += 1) {
      const applied = block(chain);
      for (const e of applied.events) {
        if (e.name === "EpochRun") runs.push([b, e.data.netuid as number]);
        if (e.name === "EpochDeferred") {
          const { netuid, fromBlock, toBlock } = e.data as Record<string, number>;
          deferrals.push([b, netuid!, fromBlock!, toBlock!]);
        }
      }
      if (b === 10) assert.equal(PendingEpochAt.get(chain.store, 3), 11, "block 10: subnet 3 pending at 11");
    }
    assert.deepEqual(
      runs,
      [
        [10, 1],
        [11, 2],
        [12, 3],
        [20, 1],
        [21, 2],
        [22, 3],
      ],
      "epochs in ascending netuid, one per block; each subnet's period restarts where it ran",
    );
    assert.deepEqual(
      deferrals,
      [
        [10, 2, 10, 11],
        [10, 3, 10, 11],
        [11, 3, 11, 12],
      ],
      "EpochDeferred {netuid, fromBlock, toBlock} for each due subnet over the limit",
    );
    for (const netuid of [1, 2, 3]) {
      assert.equal(
        PendingEpochAt.get(chain.store, netuid),
        0,
        `netuid ${netuid}: nothing pending after it ran`,
      );
      assert.equal(SubnetEpochIndex.get(chain.store, netuid), 2, `netuid ${netuid}: two epochs`);
    }
  });
});
