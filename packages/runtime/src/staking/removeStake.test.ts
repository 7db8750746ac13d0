import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TAO } from "../subnets/_testChain.ts";
import { SubnetAlphaOut } from "../subnets/subnetsStorage.ts";
import { ALICE, fixture, OWNER, OWNER_HOT, STRANGER_HOT } from "./_fixtures.ts";
import { AUTHOR, assertIssuance, dispatch, eventNames, expectFailure, free } from "./_testChain.ts";
import { getStake, increaseStake } from "./stakePosition.ts";

const remove = (hotkey: string, netuid: number, amount: bigint) => ({
  hotkey,
  netuid,
  amount_unstaked: amount,
});
const removeLimit = (hotkey: string, netuid: number, amount: bigint, limit: bigint, partial: boolean) => ({
  ...remove(hotkey, netuid, amount),
  limit_price: limit,
  allow_partial: partial,
});

function staked() {
  const chain = fixture();
  dispatch(chain, ALICE, "add_stake", { hotkey: OWNER_HOT, netuid: 1, amount_staked: 10n * TAO });
  dispatch(chain, ALICE, "add_stake", { hotkey: OWNER_HOT, netuid: 0, amount_staked: 10n * TAO });
  chain.ctx.events.length = 0;
  return chain;
}

describe("remove_stake (chain.md §12.2)", () => {
  it("success: half the position, TAO to the coldkey, fee converted for the author", () => {
    const chain = staked();
    const stake = getStake(chain.store, OWNER_HOT, ALICE, 1);
    const before = free(chain, ALICE);
    const authorBefore = free(chain, AUTHOR);
    dispatch(chain, ALICE, "remove_stake", remove(OWNER_HOT, 1, stake / 2n));
    assert.equal(getStake(chain.store, OWNER_HOT, ALICE, 1), stake - stake / 2n, "remove: remaining stake");
    assert.ok(free(chain, ALICE) > before, "remove: TAO credited");
    assert.ok(free(chain, AUTHOR) > authorBefore, "remove: sell fee converted to the author");
    assert.deepEqual(eventNames(chain), ["StakeRemoved"], "remove: event");
    assertIssuance(chain, "remove");
  });

  it("remove_stake caps the amount at the stake; root is 1:1", () => {
    const chain = staked();
    const before = free(chain, ALICE);
    dispatch(chain, ALICE, "remove_stake", remove(OWNER_HOT, 0, 1_000n * TAO));
    assert.equal(getStake(chain.store, OWNER_HOT, ALICE, 0), 0n, "root remove: all");
    assert.equal(free(chain, ALICE), before + 10n * TAO, "root remove: 1:1");
    assert.equal(SubnetAlphaOut.get(chain.store, 0), 0n, "root remove: SubnetAlphaOut[0]");
    assertIssuance(chain, "root remove");
  });

  it("§12.5 nominator minimum: a nominator's dust position is unstaked, the owner's is kept", () => {
    const chain = staked();
    const stake = getStake(chain.store, OWNER_HOT, ALICE, 1);
    // Leave 0.01 alpha (< 0.02 TAO at price ≈ 1): the rest is unstaked too.
    dispatch(chain, ALICE, "remove_stake", remove(OWNER_HOT, 1, stake - 10_000_000n));
    assert.equal(getStake(chain.store, OWNER_HOT, ALICE, 1), 0n, "nominator: dust cleared");
    assert.deepEqual(eventNames(chain), ["StakeRemoved", "StakeRemoved"], "nominator: second unstake");
    dispatch(chain, OWNER, "add_stake", { hotkey: OWNER_HOT, netuid: 1, amount_staked: 10n * TAO });
    const own = getStake(chain.store, OWNER_HOT, OWNER, 1);
    dispatch(chain, OWNER, "remove_stake", remove(OWNER_HOT, 1, own - 10_000_000n));
    assert.equal(getStake(chain.store, OWNER_HOT, OWNER, 1), 10_000_000n, "owner: small stake kept");
    assertIssuance(chain, "nominator minimum");
  });

  it("remove_stake_limit: partial fill stops at the limit; no partial → SlippageTooHigh; nothing → PriceLimitExceeded", () => {
    const chain = staked();
    const stake = getStake(chain.store, OWNER_HOT, ALICE, 1);
    // The price is ≈ 1.0199 TAO/alpha after the buy: a 1.01 limit admits part of the position.
    expectFailure(
      chain,
      ALICE,
      "remove_stake_limit",
      removeLimit(OWNER_HOT, 1, stake, 1_010_000_000n, false),
      "SlippageTooHigh",
    );
    dispatch(chain, ALICE, "remove_stake_limit", removeLimit(OWNER_HOT, 1, stake, 1_010_000_000n, true));
    const left = getStake(chain.store, OWNER_HOT, ALICE, 1);
    assert.ok(left > 0n && left < stake, "limit partial: part sold");
    expectFailure(
      chain,
      ALICE,
      "remove_stake_limit",
      removeLimit(OWNER_HOT, 1, left, 2n * TAO, true),
      "PriceLimitExceeded",
    );
    assertIssuance(chain, "remove limit");
  });

  it("errors in the spec's order", () => {
    const chain = staked();
    const stake = getStake(chain.store, OWNER_HOT, ALICE, 1);
    expectFailure(chain, ALICE, "remove_stake", remove(OWNER_HOT, 9, 1n), "SubnetNotExists");
    expectFailure(chain, ALICE, "remove_stake", remove(OWNER_HOT, 2, 1n), "SubtokenDisabled");
    // 2. more than 1000·SubnetAlphaIn (limit variants are not capped at the stake).
    expectFailure(
      chain,
      ALICE,
      "remove_stake_limit",
      removeLimit(OWNER_HOT, 1, 10n ** 16n, 1_000n, false),
      "InsufficientLiquidity",
    );
    // 3. zero (remove_stake caps a hotkey without stake to 0).
    expectFailure(chain, ALICE, "remove_stake", remove(OWNER_HOT, 1, 0n), "AmountTooLow");
    expectFailure(chain, ALICE, "remove_stake", remove(STRANGER_HOT, 1, 5n), "AmountTooLow");
    // 4.
    expectFailure(
      chain,
      ALICE,
      "remove_stake_limit",
      removeLimit(OWNER_HOT, 1, stake + 1n, 1_000n, false),
      "NotEnoughStakeToWithdraw",
    );
    // 5. a remaining stake and a sale worth less than DefaultMinStake.
    expectFailure(chain, ALICE, "remove_stake", remove(OWNER_HOT, 1, 1_000_000n), "AmountTooLow");
    // 6.
    expectFailure(
      chain,
      ALICE,
      "remove_stake_limit",
      removeLimit(OWNER_HOT, 1, stake, 2n * TAO, false),
      "SlippageTooHigh",
    );
    // 7. a position on a hotkey with no owner (written directly: no call can create one).
    increaseStake(chain.store, STRANGER_HOT, ALICE, 0, 5n * TAO);
    expectFailure(chain, ALICE, "remove_stake", remove(STRANGER_HOT, 0, 5n * TAO), "HotKeyAccountNotExists");
  });
});
