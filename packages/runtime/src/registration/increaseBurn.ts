/**
 * chain.md §11.2 registration price increase after `burned_register` / `register_limit`, subtensor
 * coinbase/block_step.rs (`bump_registration_price_after_registration`).
 */

import { F18_ONE } from "../swap/index.ts";
import { assertNonNegativeFields } from "./_assert.ts";
import { clampBurn } from "./clampBurn.ts";

/** Arguments of `increaseBurn`: one subnet's registration price state. */
export type IncreaseBurnParameters = {
  /** Current `Burn[n]`, rao. */
  readonly burn: bigint;
  /** `burnIncreaseMult` hyperparameter, F18 (default 1.26 = 1,260,000,000,000,000,000). */
  readonly burnIncreaseMult: bigint;
  /** `minBurn` hyperparameter, rao. */
  readonly minBurn: bigint;
  /** `maxBurn` hyperparameter, rao. */
  readonly maxBurn: bigint;
};

/**
 * The new `Burn[n]` after a registration (chain.md §11.2):
 * `clamp(floor(Burn·burnIncreaseMult/10^18), minBurn, maxBurn)`.
 *
 * @example
 * increaseBurn({ burn: 10n ** 9n, burnIncreaseMult: 1_260_000_000_000_000_000n, minBurn: 500_000n,
 *   maxBurn: 10n ** 11n }) // 1_260_000_000n
 */
export function increaseBurn(parameters: IncreaseBurnParameters): bigint {
  assertNonNegativeFields("increaseBurn", parameters);
  const { burn, burnIncreaseMult, minBurn, maxBurn } = parameters;
  // As written in §11.2. subtensor also raises the multiplier to at least 1.0 (`.max(1)`); the §8.1
  // setter keeps it in 1.0..3.0, so the two agree on every reachable state.
  return clampBurn((burn * burnIncreaseMult) / F18_ONE, minBurn, maxBurn);
}
