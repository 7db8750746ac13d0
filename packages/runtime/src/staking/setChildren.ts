/**
 * chain.md §12.8 `set_children(hotkey, netuid, children: [[proportion U64P, child]])` (C); subtensor
 * `staking/set_children.rs::do_schedule_children`. The list is scheduled in `PendingChildKeys` for
 * `PendingChildKeyCooldown` blocks and applied by pipeline step 7 (`applyPendingChildkeys`); on a subnet
 * whose subtoken is not enabled yet it is applied at once.
 *
 * Events: `SetChildrenScheduled {hotkey, netuid, cooldownBlock, children}`, or `SetChildren {hotkey,
 * netuid, children}` when applied at once.
 * Raises, in order: `TxRateLimitExceeded` (`SetChildrenRateLimit` per (hotkey, netuid)),
 * `RegistrationNotPermittedOnRootSubnet`, `SubnetNotExists`, `NonAssociatedColdKey`, `DuplicateChild`,
 * `TooManyChildren`, `InvalidChild`, `ProportionOverflow`, `ChildParentInconsistency`,
 * `NotEnoughStakeToSetChildkeys`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { ROOT_NETUID, SubnetOwnerHotkey, SubtokenEnabled } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { ensureSubnetExists } from "./_checks.ts";
import { applyChildren, childrenInconsistency, childrenJson } from "./_childkeys.ts";
import { ensureOwnsHotkey } from "./_delegateTake.ts";
import { getTotalStakeForHotkey } from "./getTotalStakeForHotkey.ts";
import { type KeyProportion, LastSetChildrenBlock, PendingChildKeys } from "./stakingStorage.ts";

export type SetChildrenParameters = {
  readonly hotkey: string;
  readonly netuid: number;
  /** `(proportion U64P, child)` pairs; empty revokes every child. */
  readonly children: readonly KeyProportion[];
};

/** §12.8 `set_children` checks 1–7 for `coldkey` at block `now`, in order. Writes nothing. */
export function validateSetChildren(
  store: KeyValueStore,
  now: number,
  coldkey: string,
  parameters: SetChildrenParameters,
): void {
  const { hotkey, netuid, children } = parameters;
  // 1. chain.md §1: a rate limit passes when `last == 0 || now − last ≥ limit`.
  const last = LastSetChildrenBlock.get(store, hotkey, netuid);
  const limit = getNetworkParam(store, "SetChildrenRateLimit");
  if (last !== 0 && now - last < limit) {
    throw dispatchError("SubtensorModule", "TxRateLimitExceeded", { hotkey, netuid, last, now, limit });
  }
  // 2–4.
  if (netuid === ROOT_NETUID) {
    throw dispatchError("SubtensorModule", "RegistrationNotPermittedOnRootSubnet", { netuid });
  }
  ensureSubnetExists(store, netuid);
  ensureOwnsHotkey(store, coldkey, hotkey);
  // 5.
  const seen: string[] = [];
  for (const [, child] of children) {
    if (seen.includes(child))
      throw dispatchError("SubtensorModule", "DuplicateChild", { hotkey, netuid, child });
    seen.push(child);
  }
  // 6.
  const inconsistency = childrenInconsistency(store, hotkey, netuid, children);
  if (inconsistency !== null)
    throw dispatchError("SubtensorModule", inconsistency.error, inconsistency.fields);
  // 7. Revoking is always allowed, and the subnet owner's hotkey is exempt from the threshold.
  if (children.length > 0 && SubnetOwnerHotkey.get(store, netuid) !== hotkey) {
    const stake = getTotalStakeForHotkey(store, hotkey);
    const threshold = getNetworkParam(store, "StakeThreshold");
    if (stake < threshold) {
      throw dispatchError("SubtensorModule", "NotEnoughStakeToSetChildkeys", {
        hotkey,
        netuid,
        stake,
        threshold,
      });
    }
  }
}

/**
 * `set_children`: validate, record the rate-limit block, then schedule the list (replacing any earlier
 * pending list of the hotkey on the subnet) or, before `start_call`, apply it at once.
 */
export function setChildren(context: DispatchContext, parameters: SetChildrenParameters): void {
  const { store, ctx } = context;
  const coldkey = ensureSigned(context.origin);
  validateSetChildren(store, ctx.now, coldkey, parameters);
  const { hotkey, netuid, children } = parameters;
  LastSetChildrenBlock.set(store, ctx.now, hotkey, netuid);
  if (!SubtokenEnabled.get(store, netuid)) {
    // No epoch runs before start_call, so there is nothing for a cooldown to protect.
    applyChildren(store, hotkey, netuid, children);
    emitEvent(ctx, "SubtensorModule", "SetChildren", { hotkey, netuid, children: childrenJson(children) });
    return;
  }
  const cooldownBlock = ctx.now + getNetworkParam(store, "PendingChildKeyCooldown");
  PendingChildKeys.set(store, { children, cooldownBlock }, netuid, hotkey);
  emitEvent(ctx, "SubtensorModule", "SetChildrenScheduled", {
    hotkey,
    netuid,
    cooldownBlock,
    children: childrenJson(children),
  });
}
