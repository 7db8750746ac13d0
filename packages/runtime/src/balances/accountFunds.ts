/**
 * The balance primitives every module moves TAO with (chain.md §5): they keep `TotalIssuance` equal to
 * Σ free + Σ SubnetTAO by recycling (issuance down) whatever would leave an account below the existential
 * deposit.
 */
import type { BlockContext } from "../block/blockContext.ts";
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { Account, EXISTENTIAL_DEPOSIT, TotalIssuance } from "./balancesStorage.ts";

/** Removes `amount` rao from existence (dust, unspent emission): issuance goes down. */
export function recycle(store: KeyValueStore, amount: bigint): void {
  if (amount > 0n) TotalIssuance.set(store, TotalIssuance.get(store) - amount);
}

function setFree(store: KeyValueStore, ctx: BlockContext, who: string, free: bigint): void {
  const account = Account.get(store, who);
  // Allow-death semantics: a remainder below the existential deposit is dust and is recycled.
  if (free > 0n && free < EXISTENTIAL_DEPOSIT) {
    recycle(store, free);
    emitEvent(ctx, "Balances", "DustLost", { account: who, amount: free.toString() });
    free = 0n;
  }
  Account.set(store, { ...account, free }, who);
}

/**
 * Withdraws a fee or a keep-alive amount: requires `free − amount ≥ ED` (else `failWith`, default
 * `Expendability`). The rao leave the account but not existence: the caller deposits or recycles them.
 */
export function withdrawKeepAlive(
  store: KeyValueStore,
  ctx: BlockContext,
  who: string,
  amount: bigint,
  failWith: "Expendability" | "InsufficientBalance" = "Expendability",
): void {
  const { free } = Account.get(store, who);
  if (free < amount + EXISTENTIAL_DEPOSIT) {
    throw dispatchError("Balances", failWith, { account: who, needed: amount + EXISTENTIAL_DEPOSIT, free });
  }
  setFree(store, ctx, who, free - amount);
}

/**
 * Withdraws TAO to stake, register or lock (subtensor `transfer_tao_to_subnet`): the caller has checked
 * `free ≥ amount`; moves `min(amount, free − ED)` (0 when free ≤ ED) so staking never reaps the coldkey,
 * and returns what it actually moved.
 */
export function withdrawForStake(store: KeyValueStore, who: string, amount: bigint): bigint {
  const account = Account.get(store, who);
  const spendable = account.free > EXISTENTIAL_DEPOSIT ? account.free - EXISTENTIAL_DEPOSIT : 0n;
  const moved = amount < spendable ? amount : spendable;
  Account.set(store, { ...account, free: account.free - moved }, who);
  return moved;
}

/**
 * Credits rao that are already counted in issuance (a transfer, an unstake, a fee). If the result would
 * stay below the existential deposit, the amount is recycled instead (`Balances.DustLost`).
 */
export function deposit(store: KeyValueStore, ctx: BlockContext, who: string, amount: bigint): void {
  if (amount <= 0n) return;
  const account = Account.get(store, who);
  if (account.free + amount < EXISTENTIAL_DEPOSIT) {
    recycle(store, amount);
    emitEvent(ctx, "Balances", "DustLost", { account: who, amount: amount.toString() });
    return;
  }
  Account.set(store, { ...account, free: account.free + amount }, who);
}

/** Debits an allow-death amount: `free ≥ amount` else InsufficientBalance; dust left behind is recycled. */
export function withdrawAllowDeath(
  store: KeyValueStore,
  ctx: BlockContext,
  who: string,
  amount: bigint,
): void {
  const { free } = Account.get(store, who);
  if (free < amount)
    throw dispatchError("Balances", "InsufficientBalance", { account: who, needed: amount, free });
  setFree(store, ctx, who, free - amount);
}

/** Mints new rao into an account (genesis, emission paid out as TAO): issuance goes up. */
export function mint(store: KeyValueStore, ctx: BlockContext, who: string, amount: bigint): void {
  TotalIssuance.set(store, TotalIssuance.get(store) + amount);
  deposit(store, ctx, who, amount);
}
