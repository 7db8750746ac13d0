import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalJson } from "@opentao/primitives";
import { MemoryStore } from "../state/keyValueStore.ts";
import { StakingHotkeys } from "./stakingStorage.ts";

test("StakingHotkeys: canonical JSON lists, re-read lists equal and frozen, a changed text re-decoded", () => {
  const store = new MemoryStore();
  const lists = [["h1", "h2"], ["h1", "h2", "h3"], [], ["τ€", 'q"\\'], ["h1", "h2"]];
  for (const [i, list] of lists.entries()) {
    StakingHotkeys.set(store, list, `c${i}`);
    assert.equal(store.get(StakingHotkeys.key([`c${i}`])), canonicalJson(list));
  }
  for (const [i, list] of lists.entries()) {
    const first = StakingHotkeys.get(store, `c${i}`);
    assert.deepEqual(first, list);
    assert.deepEqual(StakingHotkeys.get(store, `c${i}`), list);
    assert.ok(Object.isFrozen(first));
  }
  assert.deepEqual(StakingHotkeys.get(store, "c0"), ["h1", "h2"]);
  assert.deepEqual(StakingHotkeys.get(store, "c1"), ["h1", "h2", "h3"]);
  assert.deepEqual(StakingHotkeys.get(store, "absent"), []);
});
