import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TAO } from "../subnets/_testChain.ts";
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { ALICE, fixture, OWNER_HOT, POOL, STRANGER_HOT } from "./_fixtures.ts";
import {
  AUTHOR,
  assertIssuance,
  chainWith,
  dispatch,
  eventNames,
  expectFailure,
  free,
} from "./_testChain.ts";
import { getStake } from "./stakePosition.ts";
import { Delegates, StakingHotkeys } from "./stakingStorage.ts";

const add = (hotkey: string, netuid: number, amount: bigint) => ({ hotkey, netuid, amount_staked: amount });
const addLimit = (hotkey: string, netuid: number, amount: bigint, limit: bigint, partial: boolean) => ({
  ...add(hotkey, netuid, amount),
  limit_price: limit,
  allow_partial: partial,
});

describe("add_stake (chain.md §12.2)", () => {
  it("success: Appendix A buy of 10 TAO, fee to the author, position, delegate, event", () => {
    const chain = fixture();
    dispatch(chain, ALICE, "add_stake", add(OWNER_HOT, 1, 10n * TAO));
    assert.equal(getStake(chain.store, OWNER_HOT, ALICE, 1), 9_896_053_816n, "add_stake: alpha out");
    assert.equal(free(chain, AUTHOR), 5_035_477n, "add_stake: fee to author");
    assert.equal(free(chain, ALICE), 990n * TAO, "add_stake: TAO withdrawn");
    assert.equal(SubnetTAO.get(chain.store, 1), POOL + 9_994_964_523n, "add_stake: τ += net");
    assert.equal(SubnetAlphaIn.get(chain.store, 1), POOL - 9_896_053_816n, "add_stake: α −= out");
    assert.equal(SubnetAlphaOut.get(chain.store, 1), 9_896_053_816n, "add_stake: alpha out");
    assert.deepEqual(StakingHotkeys.get(chain.store, ALICE), [OWNER_HOT], "add_stake: StakingHotkeys");
    assert.equal(
      Delegates.get(chain.store, OWNER_HOT),
      getNetworkParam(chain.store, "DefaultTake"),
      "delegate",
    );
    assert.deepEqual(eventNames(chain), ["StakeAdded"], "add_stake: event");
    assert.deepEqual(
      chain.ctx.events[0]!.data,
      {
        coldkey: ALICE,
        hotkey: OWNER_HOT,
        tao: "10000000000",
        alpha: "9896053816",
        netuid: 1,
        fee: "5035477",
      },
      "add_stake: StakeAdded data",
    );
    assertIssuance(chain, "add_stake");
  });

  it("success on root: 1:1, no fee", () => {
    const chain = fixture();
    dispatch(chain, ALICE, "add_stake", add(OWNER_HOT, 0, 5n * TAO));
    assert.equal(getStake(chain.store, OWNER_HOT, ALICE, 0), 5n * TAO, "root add: stake");
    assert.equal(SubnetTAO.get(chain.store, 0), 5n * TAO, "root add: SubnetTAO[0]");
    assert.equal(SubnetAlphaOut.get(chain.store, 0), 5n * TAO, "root add: SubnetAlphaOut[0]");
    assert.equal(free(chain, AUTHOR), 0n, "root add: no fee");
    assertIssuance(chain, "root add");
  });

  it("Appendix A Min add_stake: 2,001,007 rao at rate 33 (2,001,006 is AmountTooLow)", () => {
    const chain = fixture();
    const error = expectFailure(chain, ALICE, "add_stake", add(OWNER_HOT, 1, 2_001_006n), "AmountTooLow");
    assert.equal(error.fields.minimum, 2_001_007n, "Min add_stake: minimum in the error");
    dispatch(chain, ALICE, "add_stake", add(OWNER_HOT, 1, 2_001_007n));
    assert.ok(getStake(chain.store, OWNER_HOT, ALICE, 1) > 0n, "Min add_stake: staked");
    expectFailure(chain, ALICE, "add_stake", add(OWNER_HOT, 0, 1_999_999n), "AmountTooLow");
    dispatch(chain, ALICE, "add_stake", add(OWNER_HOT, 0, 2_000_000n));
  });

  it("errors in the spec's order", () => {
    const chain = chainWith(
      [
        { netuid: 1, owner: ALICE, ownerHotkey: OWNER_HOT, tau: POOL, alpha: POOL },
        { netuid: 2, owner: ALICE, ownerHotkey: OWNER_HOT, tau: POOL, alpha: POOL, subtokenEnabled: false },
        // Tiny TAO reserve: 1000·τ = 10^9.
        { netuid: 3, owner: ALICE, ownerHotkey: OWNER_HOT, tau: 1_000_000n, alpha: POOL },
        // Alpha reserve below MinimumReserve: the buy is refused.
        { netuid: 4, owner: ALICE, ownerHotkey: OWNER_HOT, tau: POOL, alpha: 100_000n },
      ],
      [[ALICE, 10n * TAO]],
    );
    // 1. missing subnet beats everything else.
    expectFailure(chain, ALICE, "add_stake", add(STRANGER_HOT, 9, 1n), "SubnetNotExists");
    // 2.
    expectFailure(chain, ALICE, "add_stake", add(STRANGER_HOT, 2, 1n), "SubtokenDisabled");
    // 3.
    expectFailure(chain, ALICE, "add_stake", add(STRANGER_HOT, 1, 1n), "AmountTooLow");
    // 4. before the balance check (amount is more than Alice has).
    expectFailure(
      chain,
      ALICE,
      "add_stake",
      add(STRANGER_HOT, 3, 1_000_000_001n * 100n),
      "InsufficientLiquidity",
    );
    // 5. limit below the current price (1 TAO per alpha), no partial fill.
    expectFailure(
      chain,
      ALICE,
      "add_stake_limit",
      addLimit(STRANGER_HOT, 1, 100n * TAO, 500_000_000n, false),
      "SlippageTooHigh",
    );
    // 6.
    expectFailure(chain, ALICE, "add_stake", add(STRANGER_HOT, 1, 11n * TAO), "NotEnoughBalanceToStake");
    // 7.
    expectFailure(chain, ALICE, "add_stake", add(STRANGER_HOT, 1, 1n * TAO), "HotKeyAccountNotExists");
    // 8. the buy is refused by the pool.
    expectFailure(chain, ALICE, "add_stake", add(OWNER_HOT, 4, 1n * TAO), "InsufficientLiquidity");
    // 8. a partial limit nets less than DefaultMinStake.
    expectFailure(
      chain,
      ALICE,
      "add_stake_limit",
      addLimit(OWNER_HOT, 1, 1n * TAO, 1_000_002_000n, true),
      "AmountTooLow",
    );
  });

  it("add_stake_limit: partial fill stops at the limit price", () => {
    const chain = fixture();
    const limit = 1_010_000_000n;
    dispatch(chain, ALICE, "add_stake_limit", addLimit(OWNER_HOT, 1, 100n * TAO, limit, true));
    const tau = SubnetTAO.get(chain.store, 1);
    const alpha = SubnetAlphaIn.get(chain.store, 1);
    assert.ok(tau * 1_000_000_000n <= limit * alpha, "partial: price at or below the limit");
    // Appendix A partial buy: net 4,987,562,112 brings the price to the limit.
    assert.equal(tau - POOL, 4_987_562_112n, "partial: net as Appendix A");
    assert.equal(getStake(chain.store, OWNER_HOT, ALICE, 1), 4_962_809_789n, "partial: out as Appendix A");
    assertIssuance(chain, "add_stake_limit partial");
    // Without partial fills the same order is refused.
    expectFailure(
      chain,
      ALICE,
      "add_stake_limit",
      addLimit(OWNER_HOT, 1, 100n * TAO, limit, false),
      "SlippageTooHigh",
    );
  });
});
