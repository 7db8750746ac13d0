import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TAO } from "../subnets/_testChain.ts";
import { TransferToggle } from "../subnets/hyperparameters.ts";
import { ALICE, BOB, fixture, OWNER_HOT, OWNER3_HOT, STRANGER_HOT } from "./_fixtures.ts";
import { assertIssuance, dispatch, eventNames, expectFailure, free } from "./_testChain.ts";
import { getStake } from "./stakePosition.ts";
import { StakingHotkeys } from "./stakingStorage.ts";

function staked() {
  const chain = fixture();
  dispatch(chain, ALICE, "add_stake", { hotkey: OWNER_HOT, netuid: 1, amount_staked: 10n * TAO });
  dispatch(chain, ALICE, "add_stake", { hotkey: OWNER_HOT, netuid: 0, amount_staked: 10n * TAO });
  chain.ctx.events.length = 0;
  return chain;
}

const move = (oh: string, dh: string, on: number, dn: number, amount: bigint) => ({
  origin_hotkey: oh,
  destination_hotkey: dh,
  origin_netuid: on,
  destination_netuid: dn,
  alpha_amount: amount,
});
const swap = (hotkey: string, on: number, dn: number, amount: bigint) => ({
  hotkey,
  origin_netuid: on,
  destination_netuid: dn,
  alpha_amount: amount,
});

describe("move_stake / transfer_stake / swap_stake (chain.md §12.3)", () => {
  it("move_stake across subnets: sell, buy without a second fee, events", () => {
    const chain = staked();
    const stake = getStake(chain.store, OWNER_HOT, ALICE, 1);
    dispatch(chain, ALICE, "move_stake", move(OWNER_HOT, OWNER3_HOT, 1, 3, stake));
    assert.equal(getStake(chain.store, OWNER_HOT, ALICE, 1), 0n, "cross move: origin empty");
    assert.ok(getStake(chain.store, OWNER3_HOT, ALICE, 3) > 9n * TAO, "cross move: destination staked");
    assert.deepEqual(eventNames(chain), ["StakeRemoved", "StakeAdded", "StakeMoved"], "cross move: events");
    assert.equal(chain.ctx.events[1]!.data.fee, "0", "cross move: buy leg fee-less");
    assert.deepEqual(
      StakingHotkeys.get(chain.store, ALICE),
      [OWNER_HOT, OWNER3_HOT],
      "cross move: StakingHotkeys",
    );
    assertIssuance(chain, "cross move");
  });

  it("move_stake within a subnet: pure share move, no swap", () => {
    const chain = staked();
    dispatch(chain, ALICE, "move_stake", move(OWNER_HOT, OWNER3_HOT, 0, 0, 4n * TAO));
    assert.equal(getStake(chain.store, OWNER_HOT, ALICE, 0), 6n * TAO, "same move: origin");
    assert.equal(getStake(chain.store, OWNER3_HOT, ALICE, 0), 4n * TAO, "same move: destination");
    assert.deepEqual(eventNames(chain), ["StakeMoved"], "same move: only StakeMoved");
    assert.equal(chain.ctx.events[0]!.data.tao, (4n * TAO).toString(), "same move: tao at spot price");
  });

  it("transfer_stake to another coldkey; TransferDisallowed when the subnet turns transfers off", () => {
    const chain = staked();
    const stake = getStake(chain.store, OWNER_HOT, ALICE, 1);
    const transfer = { destination_coldkey: BOB, hotkey: OWNER_HOT, origin_netuid: 1, destination_netuid: 1 };
    dispatch(chain, ALICE, "transfer_stake", { ...transfer, alpha_amount: stake / 2n });
    assert.equal(getStake(chain.store, OWNER_HOT, BOB, 1), stake / 2n, "transfer: Bob's position");
    assert.deepEqual(eventNames(chain), ["StakeTransferred"], "transfer: event");
    TransferToggle.set(chain.store, false, 1);
    expectFailure(
      chain,
      ALICE,
      "transfer_stake",
      { ...transfer, alpha_amount: stake / 4n },
      "TransferDisallowed",
    );
    // Cross-subnet transfer: the TAO is staked for Bob on root; Alice's balance is untouched.
    TransferToggle.set(chain.store, true, 1);
    const aliceFree = free(chain, ALICE);
    dispatch(chain, ALICE, "transfer_stake", {
      ...transfer,
      destination_netuid: 0,
      alpha_amount: stake / 4n,
    });
    assert.ok(getStake(chain.store, OWNER_HOT, BOB, 0) > 2n * TAO, "cross transfer: Bob's root stake");
    assert.equal(free(chain, ALICE), aliceFree, "cross transfer: no TAO to Alice");
    assertIssuance(chain, "transfer");
  });

  it("swap_stake and swap_stake_limit", () => {
    const chain = staked();
    dispatch(chain, ALICE, "swap_stake", swap(OWNER_HOT, 0, 1, 5n * TAO));
    assert.equal(getStake(chain.store, OWNER_HOT, ALICE, 0), 5n * TAO, "swap: root debited");
    assert.deepEqual(eventNames(chain), ["StakeRemoved", "StakeAdded", "StakeSwapped"], "swap: events");
    assert.notEqual(chain.ctx.events[1]!.data.fee, "0", "swap from root: the buy pays the fee");
    const stake = getStake(chain.store, OWNER_HOT, ALICE, 1);
    // Rate price(1)/price(3) is ≈ 1.03: a limit of 2 admits nothing.
    const limitArgs = { ...swap(OWNER_HOT, 1, 3, stake), limit_price: 2n * TAO, allow_partial: true };
    expectFailure(chain, ALICE, "swap_stake_limit", limitArgs, "SlippageTooHigh");
    // A limit of 1.02 admits part of the position.
    dispatch(chain, ALICE, "swap_stake_limit", { ...limitArgs, limit_price: 1_020_000_000n });
    const left = getStake(chain.store, OWNER_HOT, ALICE, 1);
    assert.ok(left > 0n && left < stake, `swap limit partial: part moved (${left} of ${stake})`);
    expectFailure(
      chain,
      ALICE,
      "swap_stake_limit",
      { ...limitArgs, alpha_amount: left, limit_price: 2n * TAO, allow_partial: false },
      "SlippageTooHigh",
    );
    assertIssuance(chain, "swap");
  });

  it("errors in the spec's order", () => {
    const chain = staked();
    const stake = getStake(chain.store, OWNER_HOT, ALICE, 1);
    expectFailure(chain, ALICE, "swap_stake", swap(OWNER_HOT, 1, 1, stake), "SameNetuid");
    expectFailure(chain, ALICE, "move_stake", move(OWNER_HOT, OWNER_HOT, 1, 1, stake), "SameNetuid");
    expectFailure(chain, ALICE, "swap_stake", swap(OWNER_HOT, 9, 1, stake), "SubnetNotExists");
    expectFailure(chain, ALICE, "swap_stake", swap(OWNER_HOT, 1, 9, stake), "SubnetNotExists");
    expectFailure(chain, ALICE, "swap_stake", swap(OWNER_HOT, 2, 1, stake), "SubtokenDisabled");
    expectFailure(chain, ALICE, "swap_stake", swap(OWNER_HOT, 1, 2, stake), "SubtokenDisabled");
    expectFailure(
      chain,
      ALICE,
      "move_stake",
      move(STRANGER_HOT, OWNER_HOT, 1, 3, stake),
      "HotKeyAccountNotExists",
    );
    expectFailure(
      chain,
      ALICE,
      "move_stake",
      move(OWNER_HOT, STRANGER_HOT, 1, 3, stake),
      "HotKeyAccountNotExists",
    );
    expectFailure(chain, ALICE, "swap_stake", swap(OWNER3_HOT, 3, 1, 1n), "NotEnoughStakeToWithdraw");
    expectFailure(chain, ALICE, "swap_stake", swap(OWNER_HOT, 1, 3, 1_000_000n), "AmountTooLow");
    expectFailure(chain, ALICE, "move_stake", move(OWNER_HOT, OWNER3_HOT, 1, 1, 1_000_000n), "AmountTooLow");
    expectFailure(
      chain,
      ALICE,
      "swap_stake_limit",
      { ...swap(OWNER_HOT, 1, 3, stake), limit_price: 2n * TAO, allow_partial: false },
      "SlippageTooHigh",
    );
  });
});
