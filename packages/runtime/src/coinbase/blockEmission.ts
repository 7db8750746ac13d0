/**
 * chain.md §2.2 block emission and halving, subtensor coinbase/block_emission.rs
 * (`get_block_emission_for_issuance`). **(v1)** Exact integer rule: subtensor evaluates a fixed-point
 * log2 and may differ exactly at a halving boundary.
 */
import { assertNonNegativeFields } from "./_assert.ts";
import { BASE_BLOCK_EMISSION, SUPPLY_CAP } from "./constants.ts";

/**
 * Emission of one block for issuance `I` (rao for TAO with `I = TotalIssuance`; alpha-rao for subnet `n`
 * with `I = SubnetAlphaIn[n] + SubnetAlphaOut[n]`), chain.md §2.2: 0 if `I ≥ S`, otherwise
 * `floor(10^9 / 2^k)` with `k = max{k ≥ 0 : 2^k·(S − I) ≤ S}`. It halves when issuance reaches 10.5M,
 * 15.75M, 18.375M, … TAO.
 *
 * @example blockEmission(10_500_000_000_000_000n) // 500_000_000n
 */
export function blockEmission(issuance: bigint): bigint {
  assertNonNegativeFields("blockEmission", { issuance });
  if (issuance >= SUPPLY_CAP) return 0n;
  const remaining = SUPPLY_CAP - issuance;
  // k = 0 always qualifies (remaining ≤ S); raise it while the next power still fits. remaining ≥ 1
  // bounds k by log2(S) ≈ 54, after which the shift below gives 0.
  let k = 0n;
  while (remaining << (k + 1n) <= SUPPLY_CAP) k += 1n;
  return BASE_BLOCK_EMISSION >> k;
}
