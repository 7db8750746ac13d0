/**
 * The transfer rule shared by the three transfer calls (chain.md §5): validate, then move. Checks run
 * sender side first, as Substrate's `fungible::Mutate::transfer` does (`can_withdraw`, then
 * `can_deposit`): `InsufficientBalance`, then `Expendability` for keep-alive, then the recipient's
 * `ExistentialDeposit`.
 */
import type { BlockContext } from "../block/blockContext.ts";
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { defineCall } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { deposit, withdrawAllowDeath } from "./accountFunds.ts";
import { Account, EXISTENTIAL_DEPOSIT } from "./balancesStorage.ts";

/** Throws the first rule `value` breaks for a transfer `from → dest` (`from ≠ dest`); writes nothing. */
export function validateTransfer(
  store: KeyValueStore,
  from: string,
  dest: string,
  value: bigint,
  keepAlive: boolean,
): void {
  const { free } = Account.get(store, from);
  if (free < value)
    throw dispatchError("Balances", "InsufficientBalance", { account: from, needed: value, free });
  if (keepAlive && free - value < EXISTENTIAL_DEPOSIT) {
    throw dispatchError("Balances", "Expendability", {
      account: from,
      value,
      free,
      existentialDeposit: EXISTENTIAL_DEPOSIT,
    });
  }
  const destFree = Account.get(store, dest).free;
  if (destFree + value < EXISTENTIAL_DEPOSIT) {
    throw dispatchError("Balances", "ExistentialDeposit", {
      dest,
      value,
      destFree,
      existentialDeposit: EXISTENTIAL_DEPOSIT,
    });
  }
}

/** Moves `value` from `from` to `dest` after `validateTransfer`; sender dust is recycled (`DustLost`). */
export function applyTransfer(
  store: KeyValueStore,
  ctx: BlockContext,
  from: string,
  dest: string,
  value: bigint,
): void {
  withdrawAllowDeath(store, ctx, from, value);
  deposit(store, ctx, dest, value);
  emitEvent(ctx, "Balances", "Transfer", { from, to: dest, amount: value.toString() });
}

/**
 * `Balances.<method>(dest, value)`, weight 100·10^6: `transfer_allow_death` and, with `keepAlive`,
 * `transfer_keep_alive` (chain.md §5). A transfer to oneself succeeds and changes nothing.
 */
export function defineTransferCall(method: string, keepAlive: boolean) {
  return defineCall({
    module: "Balances",
    method,
    args: { dest: "account", value: "amount" },
    weight: 100_000_000n,
    paysFee: true,
    dispatch({ store, ctx, origin }, { dest, value }) {
      const from = ensureSigned(origin);
      if (dest === from) return;
      validateTransfer(store, from, dest, value, keepAlive);
      applyTransfer(store, ctx, from, dest, value);
    },
  });
}
