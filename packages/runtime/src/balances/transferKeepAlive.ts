/**
 * `Balances.transfer_keep_alive(dest, value)` (chain.md §5): as `transfer_allow_death`, but the sender
 * must keep at least the existential deposit.
 *
 * Errors: `InsufficientBalance`, `Expendability` (free − value < ED), `ExistentialDeposit`.
 * Events: `Balances.Transfer {from, to, amount}`. A transfer to oneself succeeds and changes nothing.
 */

import { defineCall } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { applyTransfer, validateTransfer } from "./transfer.ts";

/** `Balances.transfer_keep_alive(dest, value)` (chain.md §5). */
export const transferKeepAlive = defineCall({
  module: "Balances",
  method: "transfer_keep_alive",
  args: { dest: "account", value: "amount" },
  weight: 100_000_000n,
  paysFee: true,
  dispatch({ store, ctx, origin }, { dest, value }) {
    const from = ensureSigned(origin);
    if (dest === from) return;
    validateTransfer(store, from, dest, value, true);
    applyTransfer(store, ctx, from, dest, value);
  },
});
