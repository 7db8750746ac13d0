/**
 * The transaction pool's validity check (chain.md §3.2): checks 1–7, then check 8 — a Pays::No call (or
 * one whose fee is waived) must succeed when executed against the current state, in a scratch overlay
 * that is thrown away. Free calls that would fail therefore never enter a block.
 */
import { InvalidTransactionError } from "@opentao/primitives";
import { createBlockContext } from "../block/blockContext.ts";
import { type KeyValueStore, Overlay } from "../state/keyValueStore.ts";
import { applyExtrinsic } from "./applyExtrinsic.ts";
import { type CheckedExtrinsic, type CheckOptions, checkTransaction } from "./checkTransaction.ts";

/** Options of `validateTransaction`: those of the checks, plus the block the call would run in. */
export type ValidateOptions = CheckOptions & {
  /** Timestamp (ms) and author of the block the extrinsic would be included in (check 8 runs the call). */
  readonly timestamp: number;
  readonly author: string;
};

/**
 * Runs checks 1–8 of chain.md §3.2 against `store` (the best block's state); writes nothing. Throws
 * `InvalidTransactionError`; `Future` means "hold in the pool until due", every other reason "reject".
 */
export function validateTransaction(
  store: KeyValueStore,
  extrinsic: unknown,
  options: ValidateOptions,
): CheckedExtrinsic {
  const checked = checkTransaction(store, extrinsic, options);
  // 8. a free call must succeed now
  if (!checked.paysFee) {
    const scratch = createBlockContext(options.now, options.timestamp, options.author);
    const result = applyExtrinsic(new Overlay(store), scratch, checked, 0);
    if (!result.success) {
      throw new InvalidTransactionError(
        "Custom",
        `${checked.call.definition.module}.${checked.call.definition.method} would fail with ${result.error.module}.${result.error.error}`,
        result.error.error,
      );
    }
  }
  return checked;
}
