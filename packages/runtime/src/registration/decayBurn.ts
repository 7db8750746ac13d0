/**
 * chain.md §11.2 per-block burn decay (pipeline step 1, §4.2), subtensor coinbase/block_step.rs
 * (`update_registration_prices_for_networks`).
 */
import { assertNonNegativeFields } from "./_assert.ts";
import { clampBurn } from "./clampBurn.ts";
import { decayFactorQ32, mulQ32 } from "./decayFactorQ32.ts";

/** Arguments of `decayBurn`: one non-root subnet's registration price state. */
export type DecayBurnParameters = {
  /** Current `Burn[n]`, rao. */
  readonly burn: bigint;
  /** `burnHalfLife` hyperparameter, blocks (0 = no decay). */
  readonly burnHalfLife: bigint;
  /** `minBurn` hyperparameter, rao. */
  readonly minBurn: bigint;
  /** `maxBurn` hyperparameter, rao. */
  readonly maxBurn: bigint;
  /** The block being built. */
  readonly now: bigint;
};

/**
 * The new `Burn[n]` after one block's decay (chain.md §11.2): if `burnHalfLife > 0` and `now > 1`,
 * `Burn ← mulQ32(Burn, f)` with `f = decayFactorQ32(burnHalfLife)`; then `Burn ← clamp(Burn, minBurn,
 * maxBurn)` in every case. The price halves about every `burnHalfLife` blocks.
 *
 * @example decayBurn({ burn: 10n ** 9n, burnHalfLife: 360n, minBurn: 0n, maxBurn: 10n ** 11n, now: 2n }) // 998_076_443n
 */
export function decayBurn(parameters: DecayBurnParameters): bigint {
  assertNonNegativeFields("decayBurn", parameters);
  const { burn, burnHalfLife, minBurn, maxBurn, now } = parameters;
  // Blocks 0 and 1 do not decay (subtensor's `current_block > 1`); the clamp still applies.
  const decayed = burnHalfLife > 0n && now > 1n ? mulQ32(burn, decayFactorQ32(burnHalfLife)) : burn;
  return clampBurn(decayed, minBurn, maxBurn);
}
