/**
 * chain.md §12.1 applied to state: the (hotkey, coldkey, netuid) stake position over `TotalHotkeyAlpha`,
 * `TotalHotkeyShares` and `AlphaShares` (subtensor `staking/stake_utils.rs`
 * `increase_stake_for_hotkey_and_coldkey_on_subnet`, `decrease_stake_for_hotkey_and_coldkey_on_subnet`).
 * These move value inside the pools only; `SubnetAlphaOut` is the caller's business.
 */
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { isFreshPool, sharesToBurn, sharesToMint, shareValue } from "./sharePool.ts";
import { AlphaShares, TotalHotkeyAlpha, TotalHotkeyShares } from "./stakingStorage.ts";

/** Hotkey's share pool on `netuid`: its value `TotalHotkeyAlpha` and its share count `TotalHotkeyShares`. */
function hotkeyPool(store: KeyValueStore, hotkey: string, netuid: number): { total: bigint; shares: bigint } {
  return {
    total: TotalHotkeyAlpha.get(store, hotkey, netuid),
    shares: TotalHotkeyShares.get(store, hotkey, netuid),
  };
}

/** The value of (hotkey, coldkey)'s position on `netuid`: alpha-rao (root: rao). */
export function getStake(store: KeyValueStore, hotkey: string, coldkey: string, netuid: number): bigint {
  const { total, shares } = hotkeyPool(store, hotkey, netuid);
  return shareValue(total, shares, AlphaShares.get(store, hotkey, coldkey, netuid));
}

/** The shares adding `x` to hotkey's pool on `netuid` would mint (0 means the add is refused). */
export function previewMint(store: KeyValueStore, hotkey: string, netuid: number, x: bigint): bigint {
  const { total, shares } = hotkeyPool(store, hotkey, netuid);
  return sharesToMint(total, shares, x);
}

function setOrRemove(
  store: KeyValueStore,
  hotkey: string,
  coldkey: string,
  netuid: number,
  shares: bigint,
): void {
  if (shares === 0n) AlphaShares.remove(store, hotkey, coldkey, netuid);
  else AlphaShares.set(store, shares, hotkey, coldkey, netuid);
}

/**
 * Adds `x` to the position (§12.1 "Add"). Throws `InsufficientLiquidity` when `x > 0` would mint no
 * shares; adding 0 does nothing.
 */
export function increaseStake(
  store: KeyValueStore,
  hotkey: string,
  coldkey: string,
  netuid: number,
  x: bigint,
): void {
  if (x === 0n) return;
  const { total, shares } = hotkeyPool(store, hotkey, netuid);
  const minted = sharesToMint(total, shares, x);
  if (minted === 0n) {
    throw dispatchError("SubtensorModule", "InsufficientLiquidity", {
      hotkey,
      netuid,
      amount: x,
      total,
      shares,
    });
  }
  if (isFreshPool(total, shares)) {
    // A pool whose value or share total reached 0 restarts: leftover shares are worthless (or hold the
    // whole residual value with no counterpart) and are deleted before minting afresh.
    for (const [parts] of AlphaShares.entries(store, hotkey)) {
      if (Number(parts[2]) === netuid) store.delete(AlphaShares.key(parts));
    }
    AlphaShares.set(store, minted, hotkey, coldkey, netuid);
    TotalHotkeyShares.set(store, minted, hotkey, netuid);
  } else {
    AlphaShares.set(store, AlphaShares.get(store, hotkey, coldkey, netuid) + minted, hotkey, coldkey, netuid);
    TotalHotkeyShares.set(store, shares + minted, hotkey, netuid);
  }
  TotalHotkeyAlpha.set(store, total + x, hotkey, netuid);
}

/**
 * Removes `x` from the position (§12.1 "Remove"); throws `NotEnoughStakeToWithdraw` when `x` exceeds its
 * value (callers validate first, so this guards the invariant).
 */
export function decreaseStake(
  store: KeyValueStore,
  hotkey: string,
  coldkey: string,
  netuid: number,
  x: bigint,
): void {
  if (x === 0n) return;
  const { total, shares } = hotkeyPool(store, hotkey, netuid);
  const held = AlphaShares.get(store, hotkey, coldkey, netuid);
  const value = shareValue(total, shares, held);
  if (x > value) {
    throw dispatchError("SubtensorModule", "NotEnoughStakeToWithdraw", {
      hotkey,
      netuid,
      needed: x,
      available: value,
    });
  }
  const burned = sharesToBurn(total, shares, held, x);
  setOrRemove(store, hotkey, coldkey, netuid, held - burned);
  const newShares = shares - burned;
  const newTotal = total - x;
  if (newShares === 0n) TotalHotkeyShares.remove(store, hotkey, netuid);
  else TotalHotkeyShares.set(store, newShares, hotkey, netuid);
  if (newTotal === 0n) TotalHotkeyAlpha.remove(store, hotkey, netuid);
  else TotalHotkeyAlpha.set(store, newTotal, hotkey, netuid);
}

/** §12.1 "Reward to all stakers": the pool's value grows by `x`, shares unchanged (emission, coinbase). */
export function increaseStakeOnHotkey(store: KeyValueStore, hotkey: string, netuid: number, x: bigint): void {
  if (x === 0n) return;
  TotalHotkeyAlpha.set(store, TotalHotkeyAlpha.get(store, hotkey, netuid) + x, hotkey, netuid);
}

/** Every (hotkey, coldkey, alpha) position on `netuid` with its value, in key order. */
export function positionsOnSubnet(
  store: KeyValueStore,
  netuid: number,
): { hotkey: string; coldkey: string; alpha: bigint }[] {
  const out: { hotkey: string; coldkey: string; alpha: bigint }[] = [];
  for (const [parts, held] of AlphaShares.entries(store)) {
    if (Number(parts[2]) !== netuid) continue;
    const hotkey = parts[0]!;
    const coldkey = parts[1]!;
    const { total, shares } = hotkeyPool(store, hotkey, netuid);
    out.push({ hotkey, coldkey, alpha: shareValue(total, shares, held) });
  }
  return out;
}
