/**
 * `Balances.transfer_allow_death(dest, value)` (chain.md §5; Substrate pallet_balances): moves `value`
 * rao; the sender may drop below the existential deposit, and any remainder under it is recycled.
 *
 * Errors: `InsufficientBalance` (free < value), `ExistentialDeposit` (dest would hold 0 < x < ED).
 * Events: `Balances.Transfer {from, to, amount}`, `Balances.DustLost {account, amount}`.
 * A transfer to oneself succeeds and changes nothing.
 */

import { defineCall } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { applyTransfer, validateTransfer } from "./transfer.ts";

/** `Balances.transfer_allow_death(dest, value)` (chain.md §5). */
export const transferAllowDeath = defineCall({
  module: "Balances",
  method: "transfer_allow_death",
  args: { dest: "account", value: "amount" },
  weight: 100_000_000n,
  paysFee: true,
  dispatch({ store, ctx, origin }, { dest, value }) {
    const from = ensureSigned(origin);
    if (dest === from) return;
    validateTransfer(store, from, dest, value, false);
    applyTransfer(store, ctx, from, dest, value);
  },
});
