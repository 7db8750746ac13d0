/**
 * chain.md §12.5 nominator minimum and the §12.2 stake-threshold rule that follow every remove path
 * (subtensor `staking/helpers.rs::clear_small_nomination_if_required`, `staking/remove_stake.rs`).
 */
import { DispatchError } from "@opentao/primitives";
import type { BlockContext } from "../block/blockContext.ts";
import { Owner } from "../neurons/hotkeyOwner.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { ROOT_NETUID, SubnetAlphaOut } from "../subnets/subnetsStorage.ts";
import { F18_ONE, MIN_PRICE } from "../swap/index.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { getTotalStakeForHotkey } from "./getTotalStakeForHotkey.ts";
import { adjustRootClaimed } from "./rootClaimed.ts";
import { decreaseStake, getStake } from "./stakePosition.ts";
import { PendingChildKeys } from "./stakingStorage.ts";
import { subnetPrice } from "./subnetPool.ts";
import { unstakeFrom } from "./unstakeFrom.ts";

/**
 * §12.5: a nominator (coldkey ≠ `Owner[hotkey]`) left with `0 < stake < floor(NominatorMinStake·10^18 /
 * price(n))` alpha is unstaked entirely at `MIN_PRICE`; if that sell is refused, the position is deleted
 * and its alpha recycled (`SubnetAlphaOut` falls). Skipped when `price(n) = 0`.
 */
export function clearSmallNomination(
  store: KeyValueStore,
  ctx: BlockContext,
  hotkey: string,
  coldkey: string,
  netuid: number,
): void {
  if (Owner.get(store, hotkey) === coldkey) return;
  const price = subnetPrice(store, netuid);
  if (price === 0n) return;
  const stake = getStake(store, hotkey, coldkey, netuid);
  const minimum = (getNetworkParam(store, "NominatorMinStake") * F18_ONE) / price;
  if (stake === 0n || stake >= minimum) return;
  try {
    // unstakeFrom simulates the sell before writing, so a refusal leaves nothing to undo.
    unstakeFrom(store, ctx, { hotkey, coldkey, netuid, alpha: stake, limit: MIN_PRICE });
    return;
  } catch (error) {
    // The sell was refused (too small for the pool): the alpha is recycled below instead.
    if (!(error instanceof DispatchError)) throw error;
  }
  decreaseStake(store, hotkey, coldkey, netuid, stake);
  SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, netuid) - stake, netuid);
  if (netuid === ROOT_NETUID) adjustRootClaimed(store, hotkey, coldkey, -stake);
}

/** §12.2: a hotkey whose total stake fell below `StakeThreshold` loses its pending childkey lists. */
export function clearPendingChildKeysBelowThreshold(store: KeyValueStore, hotkey: string): void {
  if (getTotalStakeForHotkey(store, hotkey) >= getNetworkParam(store, "StakeThreshold")) return;
  for (const [parts] of PendingChildKeys.entries(store)) {
    if (parts[1] === hotkey) store.delete(PendingChildKeys.key(parts));
  }
}
