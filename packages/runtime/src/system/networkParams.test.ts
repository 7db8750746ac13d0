import assert from "node:assert/strict";
import { test } from "node:test";
import { MemoryStore } from "../state/keyValueStore.ts";
import {
  defaultNetworkParams,
  getNetworkParam,
  NETWORK_PARAM_NAMES,
  networkParamSetterMethod,
  setNetworkParam,
} from "./networkParams.ts";

test("every chain.md §8.2 parameter is present, by its exact name, in table order", () => {
  assert.deepEqual(NETWORK_PARAM_NAMES, [
    "DefaultTempo",
    "MinTempo",
    "MaxEpochsPerBlock",
    "AdminFreezeWindow",
    "OwnerHyperparamRateLimit",
    "TaoWeight",
    "SubnetOwnerCut",
    "SubnetMovingAlpha",
    "StakeThreshold",
    "NominatorMinStake",
    "DefaultTake",
    "MinDelegateTake",
    "MaxDelegateTake",
    "TxDelegateTakeRateLimit",
    "MinChildkeyTake",
    "MaxChildkeyTake",
    "TxChildkeyTakeRateLimit",
    "SetChildrenRateLimit",
    "PendingChildKeyCooldown",
    "CKBurn",
    "NetworkMinLockCost",
    "NetworkLockReductionInterval",
    "NetworkRateLimit",
    "SubnetLimit",
    "NetworkImmunityPeriod",
    "StartCallDelay",
    "NewSubnetEmissionEnabled",
    "CommitmentsMaxSpace",
    "AllowLoopbackServing",
  ]);
});

test("standard / fast defaults where chain.md §8.2 and §6.3 give two values", () => {
  const standard = defaultNetworkParams(false);
  const fast = defaultNetworkParams(true);
  const pairs: [keyof typeof standard, unknown, unknown][] = [
    ["DefaultTempo", 360, 10],
    ["MinTempo", 360, 10],
    ["MaxEpochsPerBlock", 2, 32],
    ["AdminFreezeWindow", 10, 2],
    ["TxDelegateTakeRateLimit", 216_000, 5],
    ["TxChildkeyTakeRateLimit", 216_000, 5],
    ["SetChildrenRateLimit", 150, 15],
    ["PendingChildKeyCooldown", 7_200, 15],
    ["NetworkMinLockCost", 1_000_000_000_000n, 100_000_000_000n],
    ["NetworkLockReductionInterval", 57_600, 1_000],
    ["NetworkRateLimit", 28_800, 0],
    ["NetworkImmunityPeriod", 864_000, 1_000],
    ["SubnetOwnerCut", 11_796, 11_796],
    ["SubnetMovingAlpha", 3_000_000_000_000n, 3_000_000_000_000n],
    ["NominatorMinStake", 20_000_000n, 20_000_000n],
    ["CommitmentsMaxSpace", 3_100, 3_100],
  ];
  for (const [name, s, f] of pairs) {
    assert.equal(standard[name], s, `${name} standard`);
    assert.equal(fast[name], f, `${name} fast`);
  }
});

test("get/set round-trip each type through the store", () => {
  const store = new MemoryStore();
  setNetworkParam(store, "TaoWeight", 5n);
  setNetworkParam(store, "DefaultTempo", 99);
  setNetworkParam(store, "NewSubnetEmissionEnabled", false);
  assert.equal(getNetworkParam(store, "TaoWeight"), 5n);
  assert.equal(getNetworkParam(store, "DefaultTempo"), 99);
  assert.equal(getNetworkParam(store, "NewSubnetEmissionEnabled"), false);
  assert.equal(getNetworkParam(store, "SubnetLimit"), 128, "unset reads the standard default");
});

test("root setter names follow chain.md §16: sudo_set_<snake_name>", () => {
  assert.equal(networkParamSetterMethod("TaoWeight"), "sudo_set_tao_weight");
  assert.equal(networkParamSetterMethod("StakeThreshold"), "sudo_set_stake_threshold");
  assert.equal(networkParamSetterMethod("NetworkMinLockCost"), "sudo_set_network_min_lock_cost");
  assert.equal(networkParamSetterMethod("AdminFreezeWindow"), "sudo_set_admin_freeze_window");
  assert.equal(networkParamSetterMethod("MaxEpochsPerBlock"), "sudo_set_max_epochs_per_block");
  assert.equal(networkParamSetterMethod("CKBurn"), "sudo_set_ck_burn");
  assert.equal(networkParamSetterMethod("AllowLoopbackServing"), undefined, "genesis only");
});
