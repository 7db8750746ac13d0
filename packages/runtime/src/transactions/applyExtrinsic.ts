/**
 * Dispatch of one included extrinsic (chain.md §3.3), after checks 1–7 have passed: withdraw the fee
 * (keep-alive), increment the signer's nonce, then dispatch the call in an overlay. Success commits the
 * overlay (`System.ExtrinsicSuccess`); a `DispatchError` discards it and the call's own events
 * (`System.ExtrinsicFailed`), so nothing changes but the fee and the nonce. The fee reaches the block
 * author after the call, as subtensor's transaction-payment pallet deposits it in post-dispatch: a call
 * never sees its own fee in the author's balance.
 */
import { DispatchError, type DispatchErrorName, type DispatchModule } from "@opentao/primitives";
import { deposit, withdrawKeepAlive } from "../balances/accountFunds.ts";
import { Account } from "../balances/balancesStorage.ts";
import { type BlockContext, emitEvent } from "../block/blockContext.ts";
import { type KeyValueStore, Overlay } from "../state/keyValueStore.ts";
import type { CheckedExtrinsic } from "./checkTransaction.ts";

/** What became of an included extrinsic. */
export type ExtrinsicResult = {
  /** Position in the block. */
  readonly index: number;
  readonly hash: string;
  readonly signer: string;
  /** Rao paid to the author, tip included (0 for Pays::No and waived calls). */
  readonly fee: bigint;
  readonly paysFee: boolean;
  /** BASE_WEIGHT + callWeight. */
  readonly weight: bigint;
} & (
  | { readonly success: true }
  | {
      readonly success: false;
      readonly error: { readonly module: DispatchModule; readonly error: DispatchErrorName };
    }
);

/**
 * Applies a checked extrinsic as the `index`-th of the block. Throws only what is not a DispatchError
 * (a bug), which the block turns into a failed block.
 */
export function applyExtrinsic(
  store: KeyValueStore,
  ctx: BlockContext,
  checked: CheckedExtrinsic,
  index: number,
): ExtrinsicResult {
  const { signer, fee, paysFee, call, hash, weight } = checked;
  ctx.phase = { extrinsic: index };
  // Check 7 proved free − fee ≥ ED on this very state, so this cannot fail.
  if (fee > 0n) withdrawKeepAlive(store, ctx, signer, fee);
  const account = Account.get(store, signer);
  Account.set(store, { ...account, nonce: account.nonce + 1 }, signer);

  const firstCallEvent = ctx.events.length;
  const overlay = new Overlay(store);
  let failure: DispatchError | undefined;
  try {
    call.definition.dispatch({ store: overlay, ctx, origin: { kind: "signed", signer } }, call.args);
    overlay.commit();
  } catch (error) {
    if (!(error instanceof DispatchError)) throw error;
    failure = error;
    // The overlay is dropped with its writes; the call's events go with it.
    ctx.events.length = firstCallEvent;
  }
  if (fee > 0n) {
    deposit(store, ctx, ctx.author, fee);
    emitEvent(ctx, "TransactionPayment", "TransactionFeePaid", {
      who: signer,
      actualFee: fee.toString(),
      tip: checked.tip.toString(),
    });
  }
  const base = { index, hash, signer, fee, paysFee, weight };
  if (failure === undefined) {
    emitEvent(ctx, "System", "ExtrinsicSuccess", { index, fee: fee.toString(), paysFee });
    return { ...base, success: true };
  }
  const error = { module: failure.module, error: failure.error };
  emitEvent(ctx, "System", "ExtrinsicFailed", { index, ...error });
  return { ...base, success: false, error };
}
