/**
 * chain.md §12.9 `set_root_claim_type(new_root_claim_type: "Swap" | "Keep")` (C); subtensor
 * `macros/dispatches.rs::set_root_claim_type`. Sets how the caller's later `claim_root` calls take root
 * dividends. **(v1)** No `KeepSubnets` variant.
 *
 * Event: `RootClaimTypeSet {coldkey, type}`.
 * Raises: nothing beyond the origin check.
 */
import { emitEvent } from "../block/blockContext.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { RootClaimType, type RootClaimTypeValue } from "./stakingStorage.ts";

/** `set_root_claim_type`: store `RootClaimType[caller]`, emit `RootClaimTypeSet`. */
export function setRootClaimType(context: DispatchContext, claimType: RootClaimTypeValue): void {
  const { store, ctx } = context;
  const coldkey = ensureSigned(context.origin);
  RootClaimType.set(store, claimType, coldkey);
  emitEvent(ctx, "SubtensorModule", "RootClaimTypeSet", { coldkey, type: claimType });
}
