/**
 * chain.md §4.2 step 7 and §12.8 (subtensor `staking/set_children.rs::do_set_pending_children`, called
 * from `coinbase/run_coinbase.rs` after an epoch): on every subnet whose epoch ran in this block
 * (`LastEpochBlock[n] == now`), each pending list with `cooldownBlock < now` replaces the hotkey's
 * children. Each list is re-checked against §12.8 check 6 first, because relations applied earlier may
 * have made it inconsistent; such a list is dropped without an event.
 *
 * Event (initialization phase): `SetChildren {hotkey, netuid, children}` per applied list.
 */
import type { BlockContext } from "../block/blockContext.ts";
import { emitEvent } from "../block/blockContext.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { existingNetuids, LastEpochBlock } from "../subnets/subnetsStorage.ts";
import { applyChildren, childrenInconsistency, childrenJson } from "./_childkeys.ts";
import { PendingChildKeys } from "./stakingStorage.ts";

/**
 * Pipeline step 7 (`PipelineHooks.applyPendingChildkeys`). Subnets ascending, hotkeys in key order, so
 * that the re-check of a later list sees the lists applied before it in a fixed order.
 */
export function applyPendingChildkeys(store: KeyValueStore, ctx: BlockContext): void {
  for (const netuid of existingNetuids(store)) {
    if (LastEpochBlock.get(store, netuid) !== ctx.now) continue;
    for (const [parts, pending] of PendingChildKeys.entries(store, netuid)) {
      // Strictly after the cooldown block (subtensor: `cool_down_block < current_block`).
      if (pending.cooldownBlock >= ctx.now) continue;
      const hotkey = parts[1]!;
      PendingChildKeys.remove(store, netuid, hotkey);
      if (childrenInconsistency(store, hotkey, netuid, pending.children) !== null) continue;
      applyChildren(store, hotkey, netuid, pending.children);
      emitEvent(ctx, "SubtensorModule", "SetChildren", {
        hotkey,
        netuid,
        children: childrenJson(pending.children),
      });
    }
  }
}
