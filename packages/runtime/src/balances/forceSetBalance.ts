/**
 * `Balances.force_set_balance(who, new_free)` (chain.md §16, root only, a dev convenience): sets the free
 * balance and moves `TotalIssuance` by the difference, so issuance still counts every rao. As in
 * Substrate, a value below the existential deposit sets the balance to 0. The nonce is kept.
 *
 * Errors: `System.BadOrigin` unless dispatched through `Sudo.sudo`. Event: `Balances.BalanceSet {who, free}`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { defineCall } from "../transactions/callDefinition.ts";
import { ensureRoot } from "../transactions/origin.ts";
import { Account, EXISTENTIAL_DEPOSIT, TotalIssuance } from "./balancesStorage.ts";

/** `Balances.force_set_balance(who, new_free)`, root only (chain.md §16). */
export const forceSetBalance = defineCall({
  module: "Balances",
  method: "force_set_balance",
  args: { who: "account", new_free: "amount" },
  weight: 100_000_000n,
  paysFee: true,
  dispatch({ store, ctx, origin }, { who, new_free }) {
    ensureRoot(origin);
    const free = new_free < EXISTENTIAL_DEPOSIT ? 0n : new_free;
    const account = Account.get(store, who);
    TotalIssuance.set(store, TotalIssuance.get(store) - account.free + free);
    Account.set(store, { ...account, free }, who);
    emitEvent(ctx, "Balances", "BalanceSet", { who, free: free.toString() });
  },
});
