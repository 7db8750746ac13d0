/**
 * The plain inputs and outputs of one Yuma Consensus epoch of one subnet mechanism (yuma.md §3, §6.1).
 * Field names are the camelCase forms of the vector and CLI names (`alpha_stake` → `alphaStake`);
 * u16, i16 and small counts are `number`, u64 amounts and block numbers are `bigint`.
 */

/** One sparse matrix row: `[column uid, u16 value]` pairs in storage order (yuma.md §1). */
export type SparseRowU16 = readonly (readonly [number, number])[];

export type EpochInput = {
  readonly n: number;
  readonly currentBlock: bigint;
  readonly tempo: number;
  /** The effective cutoff: max(1, ActivityCutoffFactorMilli · tempo / 1000). */
  readonly activityCutoffBlocks: bigint;
  /** LastMechansimStepBlock: the block of the last coinbase epoch, 0 if none. */
  readonly lastMechanismStepBlock: bigint;
  readonly kappa: number;
  readonly bondsPenalty: number;
  readonly bondsMovingAverage: bigint;
  readonly yuma3: boolean;
  readonly liquidAlpha: boolean;
  readonly alphaLow: number;
  readonly alphaHigh: number;
  /** i16. */
  readonly alphaSigmoidSteepness: number;
  readonly maxAllowedValidators: number;
  readonly stakeThreshold: bigint;
  /** The uid of the subnet owner's hotkey when it is registered, else null. */
  readonly ownerUid: number | null;
  readonly taoWeightU64: bigint;
  readonly commitRevealEnabled: boolean;
  /** This mechanism's emission for the epoch, in rao. */
  readonly raoEmission: bigint;
  readonly alphaStake: readonly bigint[];
  readonly taoStake: readonly bigint[];
  readonly lastUpdate: readonly bigint[];
  readonly blockAtRegistration: readonly bigint[];
  /** The previous epoch's new permits. */
  readonly validatorPermit: readonly boolean[];
  /** The smallest commit block of each uid's unexpired weight commits (yuma.md §3.1); null = none. */
  readonly commitBlock: readonly (bigint | null)[];
  readonly weights: readonly SparseRowU16[];
  readonly bonds: readonly SparseRowU16[];
};

export type EpochOutput = {
  readonly active: readonly boolean[];
  readonly newValidatorPermits: readonly boolean[];
  readonly stakeWeight: readonly number[];
  readonly consensus: readonly number[];
  readonly incentive: readonly number[];
  readonly dividends: readonly number[];
  readonly validatorTrust: readonly number[];
  readonly serverEmission: readonly bigint[];
  readonly validatorEmission: readonly bigint[];
  readonly emission: readonly bigint[];
  readonly rawStake: readonly bigint[];
  /** The Bonds rows persisted after the epoch; `[]` for a uid without a new permit. */
  readonly bondsOut: readonly SparseRowU16[];
};
