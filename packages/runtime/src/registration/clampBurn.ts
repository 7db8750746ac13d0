/**
 * chain.md §11.2 `clamp(Burn, minBurn, maxBurn)`, subtensor coinbase/block_step.rs (the bounds check of
 * `update_registration_prices_for_networks` and `bump_registration_price_after_registration`).
 */

/**
 * Clamps a registration price to `[minBurn, maxBurn]` (chain.md §11.2). The floor is applied first and
 * the ceiling second, as subtensor does, so should `minBurn > maxBurn` ever hold, `maxBurn` wins (the
 * §8.1 setters keep `minBurn < maxBurn`).
 *
 * @example clampBurn(100n, 500_000n, 100_000_000_000n) // 500_000n
 */
export function clampBurn(burn: bigint, minBurn: bigint, maxBurn: bigint): bigint {
  let clamped = burn;
  if (clamped < minBurn) clamped = minBurn;
  if (clamped > maxBurn) clamped = maxBurn;
  return clamped;
}
