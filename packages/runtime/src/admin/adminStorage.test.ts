import assert from "node:assert/strict";
import { test } from "node:test";
import { MemoryStore } from "../state/keyValueStore.ts";
import { OwnerHyperparamLastSet, removeAdminSubnetState, TempoLastSet } from "./adminStorage.ts";

test("removeAdminSubnetState deletes every rate-limit record of one netuid only", () => {
  const store = new MemoryStore();
  OwnerHyperparamLastSet.set(store, 5, 1, "kappa");
  OwnerHyperparamLastSet.set(store, 6, 1, "triggerEpoch");
  OwnerHyperparamLastSet.set(store, 7, 2, "kappa");
  TempoLastSet.set(store, 8, 1, "owner");
  removeAdminSubnetState(store, 1);
  assert.deepEqual(OwnerHyperparamLastSet.entries(store, 1), [], "netuid 1 hyperparameter records");
  assert.deepEqual(TempoLastSet.entries(store, 1), [], "netuid 1 tempo records");
  assert.equal(OwnerHyperparamLastSet.get(store, 2, "kappa"), 7, "netuid 2 kept");
});
