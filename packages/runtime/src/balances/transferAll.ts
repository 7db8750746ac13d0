/**
 * `Balances.transfer_all(dest, keep_alive)` (chain.md §5): moves the whole free balance left after the
 * fee, less the existential deposit when `keep_alive`.
 *
 * Errors: `ExistentialDeposit` (dest would hold 0 < x < ED, including a 0-rao move to an empty dest).
 * Events: `Balances.Transfer {from, to, amount}`. A transfer to oneself succeeds and changes nothing.
 */

import { defineCall } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { Account, EXISTENTIAL_DEPOSIT } from "./balancesStorage.ts";
import { applyTransfer, validateTransfer } from "./transfer.ts";

/** `Balances.transfer_all(dest, keep_alive)` (chain.md §5). */
export const transferAll = defineCall({
  module: "Balances",
  method: "transfer_all",
  args: { dest: "account", keep_alive: "bool" },
  weight: 100_000_000n,
  paysFee: true,
  dispatch({ store, ctx, origin }, { dest, keep_alive }) {
    const from = ensureSigned(origin);
    if (dest === from) return;
    const { free } = Account.get(store, from);
    const reserve = keep_alive ? EXISTENTIAL_DEPOSIT : 0n;
    const value = free > reserve ? free - reserve : 0n;
    validateTransfer(store, from, dest, value, keep_alive);
    applyTransfer(store, ctx, from, dest, value);
  },
});
