/**
 * chain.md §11.2 `burned_register(netuid, hotkey)` (C) and `register_limit(netuid, hotkey, limit_price)`
 * (C), subtensor `subnets/registration.rs::do_burned_registration`: the coldkey pays `Burn[n]`, which buys
 * alpha that is destroyed (the TAO stays in the pool, so the price rises), and the hotkey gets a UID.
 *
 * Event: `NeuronRegistered {netuid, uid, hotkey}`.
 * Raises, in order: `RegistrationNotPermittedOnRootSubnet`, `SubnetNotExists`,
 * `RegistrationPriceLimitExceeded` (register_limit only), `SubNetRegistrationDisabled`,
 * `HotKeyAlreadyRegisteredInSubNet`, `NotEnoughBalanceToStake`, `NonAssociatedColdKey`,
 * `NoNeuronIdAvailable`; then the pool's `SwapInputTooLarge` / `ReservesTooLow` (§9).
 */

import { withdrawForStake } from "../balances/accountFunds.ts";
import { Account, EXISTENTIAL_DEPOSIT } from "../balances/balancesStorage.ts";
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { increaseBurn } from "../registration/index.ts";
import { buyAlpha, simBuyAlpha } from "../subnets/buyAlpha.ts";
import {
  Burn,
  BurnIncreaseMult,
  MaxBurn,
  MinBurn,
  NetworkRegistrationAllowed,
} from "../subnets/hyperparameters.ts";
import { ROOT_NETUID, SubnetAlphaOut, subnetExists } from "../subnets/subnetsStorage.ts";
import { MAX_PRICE } from "../swap/index.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { associateHotkey, canAssociateHotkey } from "./hotkeyOwner.ts";
import { isHotkeyRegisteredOnNetwork } from "./neuronsStorage.ts";
import { type NeuronSlot, neuronSlot, registerNeuron } from "./registerNeuron.ts";

/** What validation found: the payer, the price and where the neuron lands. */
export type BurnedRegisterPlan = {
  readonly coldkey: string;
  readonly burn: bigint;
  readonly slot: NeuronSlot;
};

/** §11.2 checks 1–7 in order (`limitPrice` null for burned_register), then the pool simulation. Writes nothing. */
export function validateBurnedRegister(
  context: DispatchContext,
  netuid: number,
  hotkey: string,
  limitPrice: bigint | null,
): BurnedRegisterPlan {
  const { store, ctx } = context;
  const coldkey = ensureSigned(context.origin);
  // 1. Not root.
  if (netuid === ROOT_NETUID)
    throw dispatchError("SubtensorModule", "RegistrationNotPermittedOnRootSubnet", { netuid });
  // 2. The subnet exists.
  if (!subnetExists(store, netuid)) throw dispatchError("SubtensorModule", "SubnetNotExists", { netuid });
  const burn = Burn.get(store, netuid);
  // 2a. register_limit: the price is within the caller's limit.
  if (limitPrice !== null && burn > limitPrice) {
    throw dispatchError("SubtensorModule", "RegistrationPriceLimitExceeded", { netuid, burn, limitPrice });
  }
  // 3. Registration is open.
  if (!NetworkRegistrationAllowed.get(store, netuid)) {
    throw dispatchError("SubtensorModule", "SubNetRegistrationDisabled", { netuid });
  }
  // 4. The hotkey has no UID here yet.
  if (isHotkeyRegisteredOnNetwork(store, netuid, hotkey)) {
    throw dispatchError("SubtensorModule", "HotKeyAlreadyRegisteredInSubNet", { netuid, hotkey });
  }
  // 5. The coldkey can pay the burn.
  const { free } = Account.get(store, coldkey);
  if (free < burn) throw dispatchError("SubtensorModule", "NotEnoughBalanceToStake", { needed: burn, free });
  // 6. The hotkey is new or the caller's.
  if (!canAssociateHotkey(store, coldkey, hotkey)) {
    throw dispatchError("SubtensorModule", "NonAssociatedColdKey", { hotkey, coldkey });
  }
  // 7. A UID is free or can be replaced.
  const slot = neuronSlot(store, netuid, ctx.now);
  if (slot === null) throw dispatchError("SubtensorModule", "NoNeuronIdAvailable", { netuid });
  // The pool must accept the buy of what withdrawForStake will move: min(burn, free − ED).
  const spendable = free > EXISTENTIAL_DEPOSIT ? free - EXISTENTIAL_DEPOSIT : 0n;
  simBuyAlpha(store, { netuid, amount: burn < spendable ? burn : spendable, limit: MAX_PRICE });
  return { coldkey, burn, slot };
}

/** §11.2 effects for a validated registration; returns the uid. */
export function applyBurnedRegister(
  context: DispatchContext,
  netuid: number,
  hotkey: string,
  plan: BurnedRegisterPlan,
): number {
  const { store, ctx } = context;
  const paid = withdrawForStake(store, plan.coldkey, plan.burn);
  // The bought alpha is destroyed: buyAlpha adds it to SubnetAlphaOut, which drops back by the same amount.
  const { out } = buyAlpha(store, ctx, { netuid, amount: paid, limit: MAX_PRICE, payer: plan.coldkey });
  SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, netuid) - out, netuid);
  associateHotkey(store, plan.coldkey, hotkey);
  const uid = registerNeuron(store, netuid, hotkey, plan.slot, ctx.now);
  Burn.set(
    store,
    increaseBurn({
      burn: plan.burn,
      burnIncreaseMult: BurnIncreaseMult.get(store, netuid),
      minBurn: MinBurn.get(store, netuid),
      maxBurn: MaxBurn.get(store, netuid),
    }),
    netuid,
  );
  emitEvent(ctx, "SubtensorModule", "NeuronRegistered", { netuid, uid, hotkey });
  return uid;
}

/** `burned_register(netuid, hotkey)`: validate, then apply; returns the uid. */
export function burnedRegister(context: DispatchContext, netuid: number, hotkey: string): number {
  return applyBurnedRegister(context, netuid, hotkey, validateBurnedRegister(context, netuid, hotkey, null));
}

/** `register_limit(netuid, hotkey, limit_price)`: burned_register that fails if `Burn[n] > limit_price`. */
export function registerLimit(
  context: DispatchContext,
  netuid: number,
  hotkey: string,
  limitPrice: bigint,
): number {
  return applyBurnedRegister(
    context,
    netuid,
    hotkey,
    validateBurnedRegister(context, netuid, hotkey, limitPrice),
  );
}
