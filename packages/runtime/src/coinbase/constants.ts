/** The emission constants of chain.md §2.1, §2.2 and §8.2 that coinbase/ uses. */

/** Supply cap `S`: 21,000,000 TAO in rao, also each subnet's alpha cap (chain.md §2.1). */
export const SUPPLY_CAP = 21_000_000_000_000_000n;

/** Base block emission: 1 TAO (10^9 rao) per block before any halving (chain.md §2.1, §2.2). */
export const BASE_BLOCK_EMISSION = 1_000_000_000n;

/** U64P one: a U64P value `v` means `v / (2^64 − 1)` (chain.md §1). */
export const U64P_ONE = 18_446_744_073_709_551_615n;

/**
 * Default `TaoWeight` (chain.md §8.2, Appendix A): 0.18 as U64P, `floor(18·(2^64 − 1)/100)` =
 * 3,320,413,933,267,719,290. **(v1)** subtensor's code default is ≈ 0.0527.
 */
export const DEFAULT_TAO_WEIGHT = (18n * U64P_ONE) / 100n;
