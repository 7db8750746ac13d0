/**
 * The chain's error family (chain.md §3.2, §20): a `DispatchError` is a call that was included but failed
 * with a named error; an `InvalidTransactionError` is an extrinsic that was never included. The names are
 * chain.md §20's, spelled exactly as there (`NeedWaitingMoreBlocksToStarCall` included), so the name is the
 * code: runtime, node, SDK and CLI all catch the same class with the same name.
 */
import { TaoError } from "./taoError.ts";

/** Every dispatch error name of chain.md §20, in its order. */
export const DISPATCH_ERROR_NAMES = [
  // origin
  "BadOrigin",
  "NotSubnetOwner",
  "RequireSudo",
  "NoSudoKey",
  // balances
  "InsufficientBalance",
  "ExistentialDeposit",
  "Expendability",
  // subnets
  "SubnetNotExists",
  "CannotDissolveRoot",
  "NetworkTxRateLimitExceeded",
  "SubnetLimitReached",
  "CannotAffordLockCost",
  "InvalidIdentity",
  "FirstEmissionBlockNumberAlreadySet",
  "NeedWaitingMoreBlocksToStarCall",
  "SubtokenDisabled",
  // scheduler / admin
  "TempoOutOfBounds",
  "DynamicTempoBlockedByCommitReveal",
  "EpochTriggerAlreadyPending",
  "AutoEpochAlreadyImminent",
  "ActivityCutoffFactorMilliOutOfBounds",
  "AdminActionProhibitedDuringWeightsWindow",
  "TxRateLimitExceeded",
  "ValueNotInBounds",
  "InvalidValue",
  "MaxAllowedUidsLessThanMinAllowedUids",
  "MaxAllowedUIdsLessThanCurrentUIds",
  "MaxAllowedUidsGreaterThanDefaultMaxAllowedUids",
  "MinAllowedUidsGreaterThanMaxAllowedUids",
  "MaxValidatorsLargerThanMaxUIds",
  "BondsMovingAverageMaxReached",
  "LiquidAlphaDisabled",
  "AlphaHighTooLow",
  "AlphaLowOutOfRange",
  "NegativeSigmoidSteepness",
  "RevealPeriodTooSmall",
  "RevealPeriodTooLarge",
  "FeeRateTooHigh",
  // registration / serving
  "RegistrationNotPermittedOnRootSubnet",
  "RegistrationPriceLimitExceeded",
  "SubNetRegistrationDisabled",
  "HotKeyAlreadyRegisteredInSubNet",
  "NotEnoughBalanceToStake",
  "NonAssociatedColdKey",
  "NoNeuronIdAvailable",
  "HotKeyNotRegisteredInNetwork",
  "InvalidIpType",
  "InvalidIpAddress",
  "InvalidPort",
  "ServingRateLimitExceeded",
  // swaps / staking
  "SwapInputTooLarge",
  "ReservesTooLow",
  "PriceLimitExceeded",
  "InsufficientLiquidity",
  "AmountTooLow",
  "SlippageTooHigh",
  "HotKeyAccountNotExists",
  "NotEnoughStakeToWithdraw",
  "SameNetuid",
  "TransferDisallowed",
  "DelegateTakeTooLow",
  "DelegateTakeTooHigh",
  "DelegateTxRateLimitExceeded",
  "TooManyChildren",
  "InvalidChild",
  "DuplicateChild",
  "ProportionOverflow",
  "ChildParentInconsistency",
  "NotEnoughStakeToSetChildkeys",
  "InvalidChildkeyTake",
  "TxChildkeyTakeRateLimitExceeded",
  "InvalidSubnetNumber",
  // weights
  "CommitRevealEnabled",
  "CommitRevealDisabled",
  "CanNotSetRootNetworkWeights",
  "WeightVecNotEqualSize",
  "UidsLengthExceedUidsInSubNet",
  "HotKeyNotRegisteredInSubNet",
  "NotEnoughStakeToSetWeights",
  "IncorrectWeightVersionKey",
  "SettingWeightsTooFast",
  "NeuronNoValidatorPermit",
  "DuplicateUids",
  "UidVecContainInvalidOne",
  "WeightVecLengthIsLow",
  "MaxWeightExceeded",
  "InputLengthsUnequal",
  "CommittingWeightsTooFast",
  "TooManyUnrevealedCommits",
  "NoWeightsCommitFound",
  "RevealTooEarly",
  "ExpiredWeightCommit",
  "InvalidRevealCommitHashNotMatch",
  // commitments
  "AccountNotAllowedCommit",
  "TooManyFieldsInCommitmentInfo",
  "SpaceLimitExceeded",
] as const;

export type DispatchErrorName = (typeof DISPATCH_ERROR_NAMES)[number];

/** The pallet a dispatch error is reported from (chain.md §20). */
export type DispatchModule =
  | "Balances"
  | "SubtensorModule"
  | "AdminUtils"
  | "Swap"
  | "Commitments"
  | "Sudo"
  | "System";

/** Numbers and names attached to a failure (netuid, needed, available, …), logged as data. */
export type ErrorFields = Readonly<Record<string, string | number | boolean | bigint | null>>;

/** An included call that failed with a chain.md §20 error; the block keeps it, its fee is charged. */
export class DispatchError extends TaoError {
  override name = "DispatchError";
  readonly module: DispatchModule;
  readonly error: DispatchErrorName;
  readonly fields: ErrorFields;

  constructor(module: DispatchModule, error: DispatchErrorName, hint: string, fields: ErrorFields = {}) {
    const detail = Object.entries(fields)
      .map(([key, value]) => `${key}=${value}`)
      .join(", ");
    super(`${module}.${error}${detail ? ` (${detail})` : ""}`, { hints: [hint], spec: "chain.md §20" });
    this.module = module;
    this.error = error;
    this.fields = fields;
  }
}

/** Why an extrinsic is invalid and never included (chain.md §3.2). */
export type InvalidTransactionReason =
  | "BadCall"
  | "BadChain"
  | "BadSpec"
  | "BadSignature"
  | "Expired"
  | "Stale"
  | "Future"
  | "ExhaustsResources"
  | "Payment"
  | "Custom";

/** An extrinsic that fails a validity check: it pays nothing and does not bump the nonce. */
export class InvalidTransactionError extends TaoError {
  override name = "InvalidTransactionError";
  readonly reason: InvalidTransactionReason;
  /** For `Custom`: the dispatch error the call would fail with. */
  readonly custom: DispatchErrorName | undefined;

  constructor(reason: InvalidTransactionReason, detail: string, custom?: DispatchErrorName) {
    super(`Invalid transaction: ${reason}${custom ? `(${custom})` : ""}: ${detail}`, {
      spec: "chain.md §3.2",
    });
    this.reason = reason;
    this.custom = custom;
  }
}
