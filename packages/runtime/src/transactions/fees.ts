/**
 * Fees and limits of chain.md §3.4 and §3.2 check 6:
 * `fee = floor((BASE_WEIGHT + callWeight) / 2,000) + len + tip` (0.0005 rao per weight unit, 1 rao per
 * byte); Pays::No calls are charged 0 and their tip is ignored. Fee and tip go to the block author.
 */

/** Weight every extrinsic costs on top of its call's weight. */
export const BASE_WEIGHT = 100_000_000n;
/** Weight units per rao of fee (0.0005 rao per unit). */
export const WEIGHT_PER_FEE_RAO = 2_000n;
/** Σ (BASE_WEIGHT + callWeight) over a block's extrinsics. */
export const BLOCK_WEIGHT_LIMIT = 2_000_000_000_000n;
/** Σ encoded length over a block's extrinsics: 5 MiB. */
export const BLOCK_LENGTH_LIMIT = 5 * 1024 * 1024;
/** Encoded length of one extrinsic. */
export const MAX_EXTRINSIC_LENGTH = 262_144;

/** What the fee depends on. */
export type FeeInputs = {
  /** The call's chain.md §3.4 weight (without BASE_WEIGHT). */
  readonly callWeight: bigint;
  /** Byte length of JCS(SignedExtrinsic). */
  readonly len: number;
  readonly tip: bigint;
  /** False for Pays::No calls and calls whose fee is waived (Sudo by the sudo key). */
  readonly paysFee: boolean;
};

/**
 * The fee of an extrinsic, tip included (chain.md §3.4).
 *
 * @example computeFee({ callWeight: 100_000_000n, len: 420, tip: 0n, paysFee: true }) // 100_420n
 */
export function computeFee({ callWeight, len, tip, paysFee }: FeeInputs): bigint {
  if (!paysFee) return 0n;
  return (BASE_WEIGHT + callWeight) / WEIGHT_PER_FEE_RAO + BigInt(len) + tip;
}
