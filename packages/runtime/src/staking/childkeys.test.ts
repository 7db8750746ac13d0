import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { associateHotkey } from "../neurons/hotkeyOwner.ts";
import { account, TAO } from "../subnets/_testChain.ts";
import { MinChildkeyTakePerSubnet } from "../subnets/hyperparameters.ts";
import { LastEpochBlock } from "../subnets/subnetsStorage.ts";
import { setNetworkParam } from "../system/networkParams.ts";
import { ALICE, BOB, fixture, OWNER, OWNER_HOT } from "./_fixtures.ts";
import { atBlock, type Chain, dispatch, eventNames, expectFailure } from "./_testChain.ts";
import { applyPendingChildkeys } from "./applyPendingChildkeys.ts";
import { childkeyTake } from "./childkeyTake.ts";
import { alphaInherited, mulTaoWeight, stakeWeight, taoInherited, U64P_ONE } from "./stakeWeight.ts";
import {
  ChildKeys,
  ChildkeyTake,
  LastSetChildrenBlock,
  ParentKeys,
  PendingChildKeys,
  TotalHotkeyAlpha,
} from "./stakingStorage.ts";

const ALICE_HOT = account(21);
const BOB_HOT = account(22);
const C1 = account(41);
const C2 = account(42);
const HALF = U64P_ONE / 2n;

const children = (hotkey: string, netuid: number, list: readonly (readonly [bigint, string])[]) => ({
  hotkey,
  netuid,
  children: list.map(([p, c]) => [p, c]),
});

/** The fixture with Alice owning ALICE_HOT, Bob owning BOB_HOT, cooldown 15, rate limit 15. */
function chain(): Chain {
  const c = fixture();
  associateHotkey(c.store, ALICE, ALICE_HOT);
  associateHotkey(c.store, BOB, BOB_HOT);
  setNetworkParam(c.store, "PendingChildKeyCooldown", 15);
  setNetworkParam(c.store, "SetChildrenRateLimit", 15);
  return c;
}

/** Runs pipeline step 7 at block `now` with subnet `netuid`'s epoch having run in it. */
function epochAt(c: Chain, now: number, netuid: number): void {
  atBlock(c, now);
  LastEpochBlock.set(c.store, now, netuid);
  applyPendingChildkeys(c.store, c.ctx);
}

describe("set_children (chain.md §12.8)", () => {
  it("success: schedules with the cooldown, SetChildrenScheduled, nothing applied yet", () => {
    const c = chain();
    dispatch(c, OWNER, "set_children", children(OWNER_HOT, 1, [[HALF, C1]]));
    assert.deepEqual(
      PendingChildKeys.get(c.store, 1, OWNER_HOT),
      { children: [[HALF, C1]], cooldownBlock: 16 },
      "schedule: pending list and cooldown block now + 15",
    );
    assert.equal(LastSetChildrenBlock.get(c.store, OWNER_HOT, 1), 1, "schedule: rate-limit block");
    assert.deepEqual(ChildKeys.get(c.store, OWNER_HOT, 1), [], "schedule: not applied before the cooldown");
    assert.deepEqual(eventNames(c), ["SetChildrenScheduled"], "schedule: event");
    assert.deepEqual(
      c.ctx.events[0]!.data,
      { hotkey: OWNER_HOT, netuid: 1, cooldownBlock: 16, children: [[HALF.toString(), C1]] },
      "schedule: event data",
    );
  });

  it("success before start_call: applied at once with SetChildren", () => {
    const c = chain();
    // Subnet 2 is owned by OWNER with owner hotkey account(12); stake to OWNER_HOT anywhere is not needed.
    dispatch(c, OWNER, "set_children", children(OWNER_HOT, 2, [[HALF, C1]]));
    assert.deepEqual(ChildKeys.get(c.store, OWNER_HOT, 2), [[HALF, C1]], "immediate: ChildKeys");
    assert.deepEqual(ParentKeys.get(c.store, C1, 2), [[HALF, OWNER_HOT]], "immediate: ParentKeys");
    assert.equal(PendingChildKeys.has(c.store, 2, OWNER_HOT), false, "immediate: nothing pending");
    assert.deepEqual(eventNames(c), ["SetChildren"], "immediate: event");
  });

  it("errors in order, each leaving the store unchanged", () => {
    const c = chain();
    const six = [C1, C2, account(43), account(44), account(45), account(46)].map((x) => [1n, x] as const);
    // 1 before 2: rate-limited on root.
    LastSetChildrenBlock.set(c.store, 1, OWNER_HOT, 0);
    atBlock(c, 5);
    expectFailure(c, OWNER, "set_children", children(OWNER_HOT, 0, []), "TxRateLimitExceeded");
    // 2 before 3.
    expectFailure(
      c,
      OWNER,
      "set_children",
      children(ALICE_HOT, 0, []),
      "RegistrationNotPermittedOnRootSubnet",
    );
    // 3 before 4.
    expectFailure(c, OWNER, "set_children", children(ALICE_HOT, 9, []), "SubnetNotExists");
    // 4 before 5.
    expectFailure(
      c,
      OWNER,
      "set_children",
      children(ALICE_HOT, 1, [
        [1n, C1],
        [1n, C1],
      ]),
      "NonAssociatedColdKey",
    );
    // 5 before 6: a duplicate among too many children.
    expectFailure(c, OWNER, "set_children", children(OWNER_HOT, 1, [...six, [1n, C1]]), "DuplicateChild");
    // 6, in its own order: too many before self, self before overflow, overflow before inconsistency.
    expectFailure(
      c,
      OWNER,
      "set_children",
      children(OWNER_HOT, 1, [...six.slice(0, 5), [U64P_ONE, OWNER_HOT]]),
      "TooManyChildren",
    );
    expectFailure(
      c,
      OWNER,
      "set_children",
      children(OWNER_HOT, 1, [
        [U64P_ONE, OWNER_HOT],
        [1n, C1],
      ]),
      "InvalidChild",
    );
    ParentKeys.set(c.store, [[1n, C2]], OWNER_HOT, 1);
    expectFailure(
      c,
      OWNER,
      "set_children",
      children(OWNER_HOT, 1, [
        [U64P_ONE, C1],
        [1n, C2],
      ]),
      "ProportionOverflow",
    );
    expectFailure(c, OWNER, "set_children", children(OWNER_HOT, 1, [[HALF, C2]]), "ChildParentInconsistency");
    // 7: Alice's hotkey has no stake and is not the owner hotkey.
    setNetworkParam(c.store, "StakeThreshold", TAO);
    expectFailure(
      c,
      ALICE,
      "set_children",
      children(ALICE_HOT, 1, [[HALF, C1]]),
      "NotEnoughStakeToSetChildkeys",
    );
  });

  it("check 7 exemptions: revoking, the subnet owner hotkey, and stake at the threshold", () => {
    const c = chain();
    setNetworkParam(c.store, "StakeThreshold", TAO);
    dispatch(c, ALICE, "set_children", children(ALICE_HOT, 1, []));
    dispatch(c, OWNER, "set_children", children(OWNER_HOT, 1, [[HALF, C1]]));
    dispatch(c, BOB, "add_stake", { hotkey: BOB_HOT, netuid: 0, amount_staked: TAO });
    dispatch(c, BOB, "set_children", children(BOB_HOT, 1, [[HALF, C1]]));
    assert.equal(PendingChildKeys.has(c.store, 1, BOB_HOT), true, "check 7: staked hotkey scheduled");
  });

  it("rate limit passes again SetChildrenRateLimit blocks later", () => {
    const c = chain();
    dispatch(c, OWNER, "set_children", children(OWNER_HOT, 1, [[HALF, C1]]));
    atBlock(c, 15);
    expectFailure(c, OWNER, "set_children", children(OWNER_HOT, 1, []), "TxRateLimitExceeded");
    atBlock(c, 16);
    dispatch(c, OWNER, "set_children", children(OWNER_HOT, 1, []));
    assert.deepEqual(
      PendingChildKeys.get(c.store, 1, OWNER_HOT),
      { children: [], cooldownBlock: 31 },
      "rate limit: the later list replaces the pending one",
    );
  });
});

describe("applyPendingChildkeys (chain.md §4.2 step 7, §12.8)", () => {
  it("applies only after the cooldown block and only at the subnet's epoch block", () => {
    const c = chain();
    dispatch(c, OWNER, "set_children", children(OWNER_HOT, 1, [[HALF, C1]]));
    epochAt(c, 16, 1); // cooldownBlock 16 is not < 16
    assert.equal(PendingChildKeys.has(c.store, 1, OWNER_HOT), true, "cooldown: still pending at 16");
    atBlock(c, 17);
    LastEpochBlock.set(c.store, 16, 1);
    applyPendingChildkeys(c.store, c.ctx);
    assert.equal(PendingChildKeys.has(c.store, 1, OWNER_HOT), true, "epoch: still pending without an epoch");
    epochAt(c, 17, 3); // another subnet's epoch
    assert.equal(PendingChildKeys.has(c.store, 1, OWNER_HOT), true, "epoch: other subnet's epoch");
    epochAt(c, 18, 1);
    assert.deepEqual(ChildKeys.get(c.store, OWNER_HOT, 1), [[HALF, C1]], "apply: ChildKeys");
    assert.deepEqual(ParentKeys.get(c.store, C1, 1), [[HALF, OWNER_HOT]], "apply: ParentKeys");
    assert.equal(PendingChildKeys.has(c.store, 1, OWNER_HOT), false, "apply: pending removed");
    assert.deepEqual(eventNames(c), ["SetChildren"], "apply: event");
    assert.deepEqual(c.ctx.events[0]!.phase, { initialization: null }, "apply: initialization phase");
    assert.deepEqual(
      c.ctx.events[0]!.data,
      { hotkey: OWNER_HOT, netuid: 1, children: [[HALF.toString(), C1]] },
      "apply: event data",
    );
  });

  it("replacing and revoking children keeps ParentKeys in step", () => {
    const c = chain();
    dispatch(c, OWNER, "set_children", children(OWNER_HOT, 1, [[HALF, C1]]));
    epochAt(c, 17, 1);
    dispatch(c, OWNER, "set_children", children(OWNER_HOT, 1, [[HALF, C2]]));
    epochAt(c, 33, 1);
    assert.deepEqual(ParentKeys.get(c.store, C1, 1), [], "replace: old child loses the parent");
    assert.deepEqual(ParentKeys.get(c.store, C2, 1), [[HALF, OWNER_HOT]], "replace: new child gains it");
    dispatch(c, OWNER, "set_children", children(OWNER_HOT, 1, []));
    epochAt(c, 49, 1);
    assert.equal(ChildKeys.has(c.store, OWNER_HOT, 1), false, "revoke: ChildKeys removed");
    assert.equal(ParentKeys.has(c.store, C2, 1), false, "revoke: ParentKeys removed");
  });

  it("a list made inconsistent by one applied before it is dropped silently", () => {
    const c = chain();
    dispatch(c, ALICE, "set_children", children(ALICE_HOT, 1, [[HALF, BOB_HOT]]));
    dispatch(c, BOB, "set_children", children(BOB_HOT, 1, [[HALF, ALICE_HOT]]));
    epochAt(c, 17, 1);
    assert.deepEqual(eventNames(c), ["SetChildren"], "cycle: exactly one list applied");
    assert.equal(PendingChildKeys.entries(c.store, 1).length, 0, "cycle: both pending entries consumed");
    const aliceChildren = ChildKeys.get(c.store, ALICE_HOT, 1).length;
    const bobChildren = ChildKeys.get(c.store, BOB_HOT, 1).length;
    assert.equal(aliceChildren + bobChildren, 1, "cycle: no two-way relation");
  });
});

describe("stake weight with children (chain.md §12.7)", () => {
  it("the parent gives and the child receives its proportion of alpha and root stake", () => {
    const c = chain();
    dispatch(c, ALICE, "add_stake", { hotkey: OWNER_HOT, netuid: 1, amount_staked: 10n * TAO });
    dispatch(c, ALICE, "add_stake", { hotkey: OWNER_HOT, netuid: 0, amount_staked: 10n * TAO });
    const alpha = TotalHotkeyAlpha.get(c.store, OWNER_HOT, 1);
    const root = TotalHotkeyAlpha.get(c.store, OWNER_HOT, 0);
    const before = stakeWeight(c.store, OWNER_HOT, 1);
    assert.equal(before, alpha + mulTaoWeight(c.store, root), "no children: own stake");
    dispatch(c, OWNER, "set_children", children(OWNER_HOT, 1, [[HALF, C1]]));
    epochAt(c, 17, 1);
    const givenAlpha = (alpha * HALF) / U64P_ONE;
    const givenRoot = (root * HALF) / U64P_ONE;
    assert.equal(alphaInherited(c.store, OWNER_HOT, 1), alpha - givenAlpha, "parent alpha");
    assert.equal(taoInherited(c.store, OWNER_HOT, 1), root - givenRoot, "parent root");
    assert.equal(alphaInherited(c.store, C1, 1), givenAlpha, "child alpha");
    assert.equal(taoInherited(c.store, C1, 1), givenRoot, "child root");
    assert.equal(
      stakeWeight(c.store, C1, 1),
      givenAlpha + mulTaoWeight(c.store, givenRoot),
      "child stake weight",
    );
    assert.equal(stakeWeight(c.store, C1, 3), 0n, "relations are per subnet");
  });
});

describe("set_childkey_take (chain.md §12.8)", () => {
  it("bounds, rate-limited increases, decreases at any time, effective take", () => {
    const c = chain();
    setNetworkParam(c.store, "TxChildkeyTakeRateLimit", 5);
    MinChildkeyTakePerSubnet.set(c.store, 100, 1);
    const take = (t: number) => ({ hotkey: OWNER_HOT, netuid: 1, take: t });
    expectFailure(c, ALICE, "set_childkey_take", take(99_999), "NonAssociatedColdKey");
    expectFailure(c, OWNER, "set_childkey_take", take(99), "InvalidChildkeyTake");
    expectFailure(c, OWNER, "set_childkey_take", take(11_797), "InvalidChildkeyTake");
    assert.equal(childkeyTake(c.store, OWNER_HOT, 1), 100, "effective: the minimum while unset");
    dispatch(c, OWNER, "set_childkey_take", take(1_000));
    assert.equal(ChildkeyTake.get(c.store, OWNER_HOT, 1), 1_000, "set: stored");
    assert.deepEqual(eventNames(c), ["ChildKeyTakeSet"], "set: event");
    assert.deepEqual(c.ctx.events[0]!.data, { hotkey: OWNER_HOT, take: 1_000 }, "set: event data");
    atBlock(c, 5);
    expectFailure(c, OWNER, "set_childkey_take", take(11_797), "InvalidChildkeyTake");
    expectFailure(c, OWNER, "set_childkey_take", take(2_000), "TxChildkeyTakeRateLimitExceeded");
    dispatch(c, OWNER, "set_childkey_take", take(500));
    assert.equal(childkeyTake(c.store, OWNER_HOT, 1), 500, "decrease: applies while rate-limited");
    atBlock(c, 6);
    dispatch(c, OWNER, "set_childkey_take", take(2_000));
    assert.equal(childkeyTake(c.store, OWNER_HOT, 1), 2_000, "increase: after the rate limit");
    MinChildkeyTakePerSubnet.set(c.store, 3_000, 1);
    assert.equal(childkeyTake(c.store, OWNER_HOT, 1), 3_000, "effective: max(stored, minimum)");
  });
});
