/**
 * chain.md §12.2 `add_stake(hotkey, netuid, amount_staked)` and `add_stake_limit(hotkey, netuid,
 * amount_staked, limit_price, allow_partial)` (C); subtensor `staking/add_stake.rs` (`do_add_stake`,
 * `do_add_stake_limit`) and `staking/stake_utils.rs::validate_add_stake`.
 *
 * Event: `StakeAdded`.
 * Raises, in order: `SubnetNotExists`, `SubtokenDisabled`, `AmountTooLow` (below `minAddStake`),
 * `InsufficientLiquidity` (more than 1000·SubnetTAO), `SlippageTooHigh` (limit variant),
 * `NotEnoughBalanceToStake`, `HotKeyAccountNotExists`, `InsufficientLiquidity` / `AmountTooLow` (the
 * simulated buy is refused, nets less than DefaultMinStake, or buys nothing).
 */
import { withdrawForStake } from "../balances/accountFunds.ts";
import { Account } from "../balances/balancesStorage.ts";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { simBuyAlpha } from "../subnets/buyAlpha.ts";
import { ROOT_NETUID, SubnetTAO } from "../subnets/subnetsStorage.ts";
import {
  DEFAULT_MIN_STAKE,
  MAX_PRICE,
  MAX_SWAP_INPUT_RESERVE_MULTIPLE,
  maxAdd,
  minAddStake,
} from "../swap/index.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import {
  ensureHotkeyExists,
  ensureSubnetExists,
  ensureSubtokenEnabled,
  simOrInsufficientLiquidity,
} from "./_checks.ts";
import { stakeInto } from "./stakeInto.ts";
import { previewMint } from "./stakePosition.ts";
import { subnetPool } from "./subnetPool.ts";

/** A limit order: the highest price (rao per alpha) to buy at, and whether a partial fill is acceptable. */
export type StakeLimit = { readonly limitPrice: bigint; readonly allowPartial: boolean };

export type AddStakeParameters = {
  readonly hotkey: string;
  readonly netuid: number;
  readonly amountStaked: bigint;
  /** Present for `add_stake_limit`. */
  readonly limit?: StakeLimit;
};

/** The amount to stake after a partial limit, and the limit price the buy runs at. */
export type ValidatedAddStake = { readonly amount: bigint; readonly limitPrice: bigint };

/** §12.2 add checks 1–8 for `coldkey`, in order. Writes nothing. */
export function validateAddStake(
  store: KeyValueStore,
  coldkey: string,
  parameters: AddStakeParameters,
): ValidatedAddStake {
  const { hotkey, netuid, limit } = parameters;
  let amount = parameters.amountStaked;
  // 1–2.
  ensureSubnetExists(store, netuid);
  ensureSubtokenEnabled(store, netuid);
  const pool = subnetPool(store, netuid);
  // 3. DefaultMinStake plus its fee (Appendix A: 2,001,007 rao at rate 33; 2,000,000 on root).
  const minimum = minAddStake(pool);
  if (amount < minimum) throw dispatchError("SubtensorModule", "AmountTooLow", { netuid, amount, minimum });
  // 4. The swap's input cap, checked before the balance (subtensor order).
  if (netuid !== ROOT_NETUID) {
    const cap = MAX_SWAP_INPUT_RESERVE_MULTIPLE * SubnetTAO.get(store, netuid);
    if (amount > cap)
      throw dispatchError("SubtensorModule", "InsufficientLiquidity", { netuid, amount, cap });
  }
  // 5. Limit variant: what can be bought before the price reaches the limit.
  const limitPrice = limit?.limitPrice ?? MAX_PRICE;
  if (limit !== undefined) {
    const max = maxAdd(pool, limit.limitPrice);
    if (limit.allowPartial) amount = amount < max ? amount : max;
    else if (amount > max) {
      throw dispatchError("SubtensorModule", "SlippageTooHigh", { netuid, amount, max, limitPrice });
    }
  }
  // 6.
  const { free } = Account.get(store, coldkey);
  if (free < amount) {
    throw dispatchError("SubtensorModule", "NotEnoughBalanceToStake", { coldkey, needed: amount, free });
  }
  // 7.
  ensureHotkeyExists(store, hotkey);
  // 8. The buy as it would run now.
  const sim =
    netuid === ROOT_NETUID
      ? { paidIn: amount, out: amount }
      : simOrInsufficientLiquidity(netuid, amount, () =>
          simBuyAlpha(store, { netuid, amount, limit: limitPrice }),
        );
  if (sim.paidIn < DEFAULT_MIN_STAKE) {
    throw dispatchError("SubtensorModule", "AmountTooLow", {
      netuid,
      paidIn: sim.paidIn,
      minimum: DEFAULT_MIN_STAKE,
    });
  }
  if (sim.out === 0n || previewMint(store, hotkey, netuid, sim.out) === 0n) {
    throw dispatchError("SubtensorModule", "InsufficientLiquidity", { netuid, amount, alpha: sim.out });
  }
  return { amount, limitPrice };
}

/** `add_stake` / `add_stake_limit`: validate, withdraw the TAO (keeping ED), then `stakeInto`. */
export function addStake(context: DispatchContext, parameters: AddStakeParameters): void {
  const { store, ctx } = context;
  const coldkey = ensureSigned(context.origin);
  const { amount, limitPrice } = validateAddStake(store, coldkey, parameters);
  const tao = withdrawForStake(store, coldkey, amount);
  stakeInto(store, ctx, {
    hotkey: parameters.hotkey,
    coldkey,
    netuid: parameters.netuid,
    tao,
    limit: limitPrice,
  });
}
