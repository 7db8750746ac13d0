import assert from "node:assert/strict";
import { test } from "node:test";
import { DISPATCH_ERROR_NAMES, DispatchError } from "@opentao/primitives";
import { DISPATCH_ERROR_HINTS, dispatchError } from "./errors.ts";

test("every chain.md §20 name has exactly one hint, and no other key exists", () => {
  assert.deepEqual(Object.keys(DISPATCH_ERROR_HINTS).sort(), [...DISPATCH_ERROR_NAMES].sort());
  assert.equal(new Set(DISPATCH_ERROR_NAMES).size, DISPATCH_ERROR_NAMES.length, "no duplicate names");
  // 4 origin, 3 balances, 9 subnets, 22 admin, 12 registration, 22 staking, 21 weights, 3 commitments
  assert.equal(DISPATCH_ERROR_NAMES.length, 96);
  assert.ok(
    DISPATCH_ERROR_NAMES.includes("NeedWaitingMoreBlocksToStarCall"),
    "the upstream spelling is kept",
  );
});

test("a dispatch error carries its module, name, numbers and hint", () => {
  const error = dispatchError("Balances", "InsufficientBalance", { needed: 10n, available: 3n });
  assert.ok(error instanceof DispatchError);
  assert.equal(error.module, "Balances");
  assert.equal(error.error, "InsufficientBalance");
  assert.equal(error.shortMessage, "Balances.InsufficientBalance (needed=10, available=3)");
  assert.deepEqual(error.hints, ["Lower the amount or fund the account first."]);
});
