import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MemoryStore } from "../state/keyValueStore.ts";
import { account, OWNER } from "../subnets/_testChain.ts";
import { ImmuneOwnerUidsLimit, ImmunityPeriod, MinNonImmuneUids } from "../subnets/hyperparameters.ts";
import { SubnetOwner, SubnetOwnerHotkey } from "../subnets/subnetsStorage.ts";
import { appendNeuron } from "./appendNeuron.ts";
import { getNeuronToPrune, immuneOwnerUids, isNeuronImmune } from "./getNeuronToPrune.ts";
import { associateHotkey } from "./hotkeyOwner.ts";
import { Emission } from "./neuronsStorage.ts";

const OTHER = account(3);

/** Subnet 1: uid i registered at blocks[i]; hotkeys owned by the owner coldkey where `owned[i]`. */
function subnet(blocks: number[], owned: boolean[]) {
  const store = new MemoryStore();
  SubnetOwner.set(store, OWNER, 1);
  ImmunityPeriod.set(store, 100, 1);
  MinNonImmuneUids.set(store, 0, 1);
  blocks.forEach((block, uid) => {
    const hotkey = account(50 + uid);
    associateHotkey(store, owned[uid] ? OWNER : OTHER, hotkey);
    appendNeuron(store, 1, hotkey, block);
  });
  SubnetOwnerHotkey.set(store, account(50), 1);
  return store;
}

describe("getNeuronToPrune", () => {
  test("immunity: now − BlockAtRegistration < immunityPeriod", () => {
    const store = subnet([0, 10], [true, false]);
    assert.equal(isNeuronImmune(store, 1, 1, 109), true);
    assert.equal(isNeuronImmune(store, 1, 1, 110), false);
  });

  test("immortal set: the owner hotkey first, then the owner's other hotkeys by registration, to the limit", () => {
    const store = subnet([5, 9, 7, 3, 1], [true, true, false, true, true]);
    assert.deepEqual(immuneOwnerUids(store, 1), [0], "default limit 1: the owner hotkey");
    ImmuneOwnerUidsLimit.set(store, 3, 1);
    assert.deepEqual(
      immuneOwnerUids(store, 1),
      [0, 4, 3],
      "then earliest registrations: uid 4 (1), uid 3 (3)",
    );
    SubnetOwnerHotkey.set(store, account(99), 1);
    assert.deepEqual(
      immuneOwnerUids(store, 1),
      [4, 3, 0],
      "an unregistered owner hotkey: by registration only",
    );
  });

  test("lowest emission, then earliest registration, then lowest uid; immortal uids skipped", () => {
    const store = subnet([0, 4, 2, 2, 3], [true, false, false, false, false]);
    const now = 1_000;
    assert.equal(
      getNeuronToPrune(store, 1, now),
      2,
      "all emission 0: uids 2 and 3 registered at 2; lower uid",
    );
    Emission.set(store, 1n, 1, 2);
    assert.equal(getNeuronToPrune(store, 1, now), 3);
    Emission.set(store, 1n, 1, 3);
    assert.equal(getNeuronToPrune(store, 1, now), 4, "uid 4 registered at 3 before uid 1 at 4");
    for (const uid of [1, 2, 3, 4]) Emission.set(store, 10n, 1, uid);
    Emission.set(store, 0n, 1, 0);
    assert.equal(getNeuronToPrune(store, 1, now), 2, "uid 0 is the owner's: never a candidate");
  });

  test("non-immune preferred only above minNonImmuneUids; else the best immune; else none", () => {
    const store = subnet([0, 0, 50, 60], [true, false, false, false]);
    Emission.set(store, 9n, 1, 1);
    // now 120: uid 1 non-immune; uids 2, 3 immune
    assert.equal(getNeuronToPrune(store, 1, 120), 1, "1 non-immune > 0");
    MinNonImmuneUids.set(store, 1, 1);
    assert.equal(getNeuronToPrune(store, 1, 120), 2, "1 non-immune ≤ 1: best immune (earlier of 2, 3)");
    const ownerOnly = subnet([0], [true]);
    assert.equal(getNeuronToPrune(ownerOnly, 1, 10_000), null);
    const emptyMin = subnet([0, 0], [true, false]);
    MinNonImmuneUids.set(emptyMin, 5, 1);
    assert.equal(getNeuronToPrune(emptyMin, 1, 10_000), null, "only non-immune uids, at the floor");
  });
});
