/**
 * chain.md §6.3 subnet lock cost, subtensor coinbase/root.rs (`get_network_lock_cost`). It lives in
 * registration/ because it prices a network registration (`register_network`, §6.2 check 4 and
 * effect 4); it reads no state itself.
 */
import { RAO_PER_TAO } from "@opentao/primitives";
import { blockEmission } from "../coinbase/index.ts";
import { assertNonNegativeFields } from "./_assert.ts";

/** Arguments of `lockCost`: the §6.3 globals and the current block. */
export type LockCostParameters = {
  /** `NetworkLastLockCost` `L`, rao. */
  readonly lastLockCost: bigint;
  /** `NetworkLastLockBlock` `t` (0 at genesis). */
  readonly lastLockBlock: bigint;
  /** The block being built. */
  readonly now: bigint;
  /** `NetworkMinLockCost`, rao. */
  readonly minLockCost: bigint;
  /** `NetworkLockReductionInterval`, blocks. */
  readonly lockReductionInterval: bigint;
  /** `TotalIssuance`, rao (the interval shrinks after each halving). */
  readonly totalIssuance: bigint;
};

/**
 * TAO a new subnet must lock (chain.md §6.3): with `m = (t == 0) ? 1 : 2`,
 * `I = floor(NetworkLockReductionInterval · blockEmission(TotalIssuance) / 10^9)` and
 * `decay = (I == 0) ? 0 : floor(L / I)·(now − t)`, returns `max(NetworkMinLockCost, max(0, m·L − decay))`.
 * Each registration doubles the price, which then falls linearly back to the floor over `I` blocks.
 *
 * @example
 * lockCost({ lastLockCost: 10n ** 12n, lastLockBlock: 1_000n, now: 1_000n, minLockCost: 10n ** 12n,
 *   lockReductionInterval: 57_600n, totalIssuance: 0n }) // 2_000_000_000_000n
 */
export function lockCost(parameters: LockCostParameters): bigint {
  assertNonNegativeFields("lockCost", parameters);
  const { lastLockCost, lastLockBlock, now, minLockCost, lockReductionInterval, totalIssuance } = parameters;
  // Genesis (t == 0) starts at the last cost itself, not double it.
  const multiplier = lastLockBlock === 0n ? 1n : 2n;
  const interval = (lockReductionInterval * blockEmission(totalIssuance)) / RAO_PER_TAO;
  // `now − t` saturates at 0 (subtensor's `saturating_sub`); now ≥ t on any real chain.
  const elapsed = now > lastLockBlock ? now - lastLockBlock : 0n;
  // The per-block step floor(L/I) is floored before it is multiplied, as §6.3 and subtensor do, so
  // the price reaches the floor a little after I blocks rather than exactly at I.
  const decay = interval === 0n ? 0n : (lastLockCost / interval) * elapsed;
  const doubled = multiplier * lastLockCost;
  const decayed = doubled > decay ? doubled - decay : 0n;
  return decayed > minLockCost ? decayed : minLockCost;
}
