/**
 * The named constants of chain.md §2.1 (and §1's fixed-point scales) that the pool arithmetic uses.
 * Values are bigints so that they enter the formulas without conversion.
 */

/** F18 one: an F18 value `v` means `v / 10^18` (chain.md §1). Spot prices are F18 TAO per alpha. */
export const F18_ONE = 1_000_000_000_000_000_000n;

/** U16P one: a U16P value `v` means `v / 65535` (chain.md §1); the swap fee rate is U16P. */
export const U16P_ONE = 65_535n;

/**
 * Scale of a limit price: limits are rao per 1 alpha (10^9 alpha-rao), so a limit `L` is compared with
 * the reserves as `τ·10^9` vs `L·α` (chain.md §9).
 */
export const LIMIT_PRICE_SCALE = 1_000_000_000n;

/** Swap `MinimumReserve`: the output-side reserve a swap needs, in rao or alpha-rao (chain.md §2.1). */
export const MINIMUM_RESERVE = 1_000_000n;

/** Lowest limit price, rao per alpha (chain.md §2.1): the default limit of sells. */
export const MIN_PRICE = 1_000n;

/** Highest limit price, rao per alpha (chain.md §2.1): the default limit of buys. */
export const MAX_PRICE = 1_000_000_000_000_000n;

/** `DefaultMinStake`, rao (chain.md §2.1): the smallest stake an add or a move may create. */
export const DEFAULT_MIN_STAKE = 2_000_000n;

/** A swap's net input may be at most this many times the input-side reserve (chain.md §9 step 2). */
export const MAX_SWAP_INPUT_RESERVE_MULTIPLE = 1_000n;

/** Spot price of root (netuid 0), F18: root swaps 1:1 (chain.md §6.1, §9). */
export const ROOT_SPOT_PRICE = F18_ONE;

/**
 * "No limit" for the limit functions (chain.md §9 `maxAdd`/`maxRemove`/`maxMove`): u64::MAX, as
 * subtensor returns. Every real amount is below it (the supply cap is 2.1·10^16 rao).
 */
export const UNLIMITED = 18_446_744_073_709_551_615n;
