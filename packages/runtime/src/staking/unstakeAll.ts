/**
 * chain.md §12.2 `unstake_all(hotkey)` and `unstake_all_alpha(hotkey)` (C); subtensor
 * `staking/remove_stake.rs::do_unstake_all`, `do_unstake_all_alpha`. Partial success is the defined
 * semantics (§3.3): a subnet whose position fails `remove_stake` checks 3–7 is skipped, not an error.
 *
 * Events: `StakeRemoved` per subnet unstaked; `StakeAdded` on root for `unstake_all_alpha`.
 * Raises: `HotKeyAccountNotExists`.
 */
import { DispatchError } from "@opentao/primitives";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { existingNetuids, ROOT_NETUID, SubtokenEnabled } from "../subnets/subnetsStorage.ts";
import { MAX_PRICE, MIN_PRICE } from "../swap/index.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { ensureHotkeyExists } from "./_checks.ts";
import { clearPendingChildKeysBelowThreshold, clearSmallNomination } from "./clearSmallNomination.ts";
import { validateRemoveStake } from "./removeStake.ts";
import { stakeInto } from "./stakeInto.ts";
import { getStake } from "./stakePosition.ts";
import { unstakeFrom } from "./unstakeFrom.ts";

/** The subnets (ascending) whose whole position of (hotkey, coldkey) passes the remove checks now. */
function unstakableSubnets(
  store: KeyValueStore,
  coldkey: string,
  hotkey: string,
  includeRoot: boolean,
): number[] {
  const netuids: number[] = [];
  for (const netuid of existingNetuids(store)) {
    if (netuid === ROOT_NETUID && !includeRoot) continue;
    if (!SubtokenEnabled.get(store, netuid)) continue;
    const stake = getStake(store, hotkey, coldkey, netuid);
    try {
      validateRemoveStake(store, coldkey, hotkey, netuid, stake);
      netuids.push(netuid);
    } catch (error) {
      // §3.3: a subnet that fails validation is skipped, not a failure of the call.
      if (!(error instanceof DispatchError)) throw error;
    }
  }
  return netuids;
}

/** `unstake_all(hotkey)` checks: the hotkey exists. Writes nothing. */
export function validateUnstakeAll(store: KeyValueStore, hotkey: string): void {
  ensureHotkeyExists(store, hotkey);
}

function unstakeEach(
  context: DispatchContext,
  coldkey: string,
  hotkey: string,
  includeRoot: boolean,
): bigint {
  const { store, ctx } = context;
  let total = 0n;
  for (const netuid of unstakableSubnets(store, coldkey, hotkey, includeRoot)) {
    const alpha = getStake(store, hotkey, coldkey, netuid);
    // unstake_all_alpha restakes the proceeds on root, so they are not credited in between.
    const credit = includeRoot;
    total += unstakeFrom(store, ctx, { hotkey, coldkey, netuid, alpha, limit: MIN_PRICE, credit });
    clearSmallNomination(store, ctx, hotkey, coldkey, netuid);
  }
  return total;
}

/** `unstake_all(hotkey)`: every enabled subnet, root included, at `MIN_PRICE`. */
export function unstakeAll(context: DispatchContext, hotkey: string): void {
  const coldkey = ensureSigned(context.origin);
  validateUnstakeAll(context.store, hotkey);
  unstakeEach(context, coldkey, hotkey, true);
  clearPendingChildKeysBelowThreshold(context.store, hotkey);
}

/** `unstake_all_alpha(hotkey)`: every enabled non-root subnet, then the TAO received staked to root. */
export function unstakeAllAlpha(context: DispatchContext, hotkey: string): void {
  const coldkey = ensureSigned(context.origin);
  validateUnstakeAll(context.store, hotkey);
  const tao = unstakeEach(context, coldkey, hotkey, false);
  if (tao > 0n)
    stakeInto(context.store, context.ctx, { hotkey, coldkey, netuid: ROOT_NETUID, tao, limit: MAX_PRICE });
  clearPendingChildKeysBelowThreshold(context.store, hotkey);
}
