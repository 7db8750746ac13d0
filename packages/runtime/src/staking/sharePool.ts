/**
 * chain.md §12.1, the v1 integer form of subtensor `primitives/share-pool`: the pure share arithmetic of
 * one (hotkey, netuid) pool with value `total` and share total `shares`. Rounding always favours the pool,
 * so the dust stays in it and accrues to the remaining holders.
 */

/** Shares minted for a pool that is empty (value or shares 0): `x · 10^9`. */
export const INITIAL_SHARES_PER_UNIT = 1_000_000_000n;

/** `value(c) = floor(total · held / shares)`; 0 for an empty pool. */
export function shareValue(total: bigint, shares: bigint, held: bigint): bigint {
  return shares === 0n ? 0n : (total * held) / shares;
}

/**
 * Shares minted for adding `x`: `x · 10^9` when the pool is empty (`total == 0` or `shares == 0`, and its
 * old shares are then deleted), else `floor(x · shares / total)`. A result of 0 for `x > 0` is refused by
 * the caller (`InsufficientLiquidity`).
 */
export function sharesToMint(total: bigint, shares: bigint, x: bigint): bigint {
  if (total === 0n || shares === 0n) return x * INITIAL_SHARES_PER_UNIT;
  return (x * shares) / total;
}

/** True when adding to the pool starts it afresh (deleting any leftover shares first). */
export function isFreshPool(total: bigint, shares: bigint): boolean {
  return total === 0n || shares === 0n;
}

/**
 * Shares burned for removing `x ≤ value(held)`: all of `held` when `x` is the whole value, else
 * `ceil(x · shares / total)` capped at `held`.
 */
export function sharesToBurn(total: bigint, shares: bigint, held: bigint, x: bigint): bigint {
  if (x === shareValue(total, shares, held)) return held;
  const burn = (x * shares + total - 1n) / total;
  return burn < held ? burn : held;
}
