/**
 * chain.md §8.1 per-subnet hyperparameter setters as one table (subtensor pallets/admin-utils/src/lib.rs,
 * one `sudo_set_*` per parameter there): each row names the call, the parameter it writes, who may call
 * it, its owner rate limit and freeze window, and its bounds check. `validateHyperparameterSetter` runs
 * the §8.1 check order for every row:
 *
 *   origin (`NotSubnetOwner`; `System.BadOrigin` for root-only rows) → owner rate limit per (netuid,
 *   parameter) of `OwnerHyperparamRateLimit · Tempo` (`TxRateLimitExceeded`) → freeze window
 *   (`AdminActionProhibitedDuringWeightsWindow`) → `SubnetNotExists` → bounds.
 *
 * Root bypasses the rate limit and the freeze window and is not recorded. Success writes the value and
 * emits `HyperparameterSet {netuid, name, value}` (v1: one event instead of ~40; module SubtensorModule
 * as chain.md §18 lists it). The tempo setters (§7, they also reset the epoch cycle) and
 * `sudo_set_alpha_values` (two values) have their own files but share these checks.
 */
import type { DispatchErrorName, DispatchModule, ErrorFields } from "@opentao/primitives";
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { SubnetworkN } from "../neurons/neuronsStorage.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import type { StorageMap } from "../state/storage.ts";
import {
  DEFAULT_MAX_ALLOWED_UIDS,
  HYPERPARAMETERS,
  type HyperparameterName,
  MaxAllowedUids,
  MaxBurn,
  MinAllowedUids,
  MinBurn,
} from "../subnets/hyperparameters.ts";
import { ROOT_NETUID, SubnetEmissionEnabled, SubtokenEnabled } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import {
  type ArgType,
  type CallDefinition,
  type DispatchContext,
  defineCall,
} from "../transactions/callDefinition.ts";
import {
  ensureAdminOrigin,
  ensureAdminWindowOpen,
  ensureOwnerRateLimit,
  ensureSubnetExists,
  ownerHyperparamRateLimit,
  type SetterOrigin,
} from "./_checks.ts";
import { encodeValue } from "./_encodeValue.ts";
import { OwnerHyperparamLastSet } from "./adminStorage.ts";

const TAO = 1_000_000_000n;
const F18_ONE = 1_000_000_000_000_000_000n;

/** §3.4: owner AdminUtils setters weigh 100 × 10^6 (root calls through Sudo pay no fee anyway). */
export const ADMIN_SETTER_WEIGHT = 100_000_000n;

// `emissionEnabled` and `subtokenEnabled` are §8.1 rows whose storage is subnet state (§6.1).
const SUBNET_STATE = {
  emissionEnabled: { item: SubnetEmissionEnabled, type: "bool" },
  subtokenEnabled: { item: SubtokenEnabled, type: "bool" },
} as const;

/** A §8.1 parameter a setter writes, by its JSON name. */
export type SettableName = HyperparameterName | keyof typeof SUBNET_STATE;

const SETTABLE = { ...HYPERPARAMETERS, ...SUBNET_STATE } as const;

/** The value type of a settable parameter. */
export type SettableValue<N extends SettableName> =
  (typeof SETTABLE)[N]["item"] extends StorageMap<[number], infer V> ? V : never;

/** The storage item and §3.1 wire type of a settable parameter. */
export function settable(name: SettableName): { item: StorageMap<[number], unknown>; type: ArgType } {
  const spec = SETTABLE[name];
  return { item: spec.item as StorageMap<[number], unknown>, type: spec.type };
}

/** What a bounds check sees besides the value. */
export type BoundsContext = {
  readonly store: KeyValueStore;
  readonly netuid: number;
  /** True for the root origin: owner-only bounds (bondsMovingAverage, sigmoid steepness) do not apply. */
  readonly isRoot: boolean;
};

/** A failed bounds check: the error and the numbers that explain it. */
export type BoundsViolation = { readonly error: DispatchErrorName; readonly fields?: ErrorFields };

/** Rate limit of an owner change, in tempos: the §8.2 OwnerHyperparamRateLimit, a fixed count, or none. */
export type RateLimitTempos = "OwnerHyperparamRateLimit" | number | null;

/** The checks every setter shares (§8.1), without the value. */
export type SetterChecks = {
  readonly module: DispatchModule;
  /** The JSON name: event `name`, and the rate-limit key. */
  readonly name: string;
  readonly who: SetterOrigin;
  readonly rateLimitTempos: RateLimitTempos;
  /** Owner changes are refused inside the freeze window. */
  readonly freeze: boolean;
};

/** One row of the §8.1 table. */
export type HyperparameterSetter = SetterChecks & {
  /** snake_case method. */
  readonly method: string;
  readonly name: SettableName;
  /** The value argument's name (`value` unless chain.md names it, as `factor_milli`). */
  readonly arg: string;
  /** null when the value is in bounds. */
  readonly bounds: (value: never, context: BoundsContext) => BoundsViolation | null;
};

type RowInput<N extends SettableName> = {
  readonly method: string;
  readonly name: N;
  readonly who: SetterOrigin;
  readonly module?: DispatchModule;
  readonly arg?: string;
  readonly rateLimitTempos?: RateLimitTempos;
  readonly freeze?: boolean;
  readonly bounds?: (value: SettableValue<N>, context: BoundsContext) => BoundsViolation | null;
};

function row<N extends SettableName>(input: RowInput<N>): HyperparameterSetter {
  return {
    module: input.module ?? "AdminUtils",
    arg: input.arg ?? "value",
    // `null` (no rate limit) is a value here, not "use the default".
    rateLimitTempos: input.rateLimitTempos === undefined ? "OwnerHyperparamRateLimit" : input.rateLimitTempos,
    freeze: input.freeze ?? true,
    bounds: (input.bounds ?? (() => null)) as HyperparameterSetter["bounds"],
    method: input.method,
    name: input.name,
    who: input.who,
  };
}

function violation(error: DispatchErrorName, fields: ErrorFields = {}): BoundsViolation {
  return { error, fields };
}

/** `lo ≤ value ≤ hi`, else `error` with the range attached. */
function within(error: DispatchErrorName, lo: number | bigint, hi: number | bigint) {
  return (value: number | bigint): BoundsViolation | null =>
    value < lo || value > hi ? violation(error, { min: lo, max: hi }) : null;
}

/** chain.md §8.1, in its row order (tempo and alphaValues: see setTempo.ts, setAlphaValues.ts). */
export const HYPERPARAMETER_SETTERS: readonly HyperparameterSetter[] = [
  row({
    method: "set_activity_cutoff_factor",
    module: "SubtensorModule",
    name: "activityCutoffFactorMilli",
    who: "Owner",
    arg: "factor_milli",
    bounds: within("ActivityCutoffFactorMilliOutOfBounds", 1_000, 50_000),
  }),
  row({ method: "sudo_set_immunity_period", name: "immunityPeriod", who: "Owner" }),
  row({ method: "sudo_set_min_allowed_weights", name: "minAllowedWeights", who: "Owner" }),
  row({
    method: "sudo_set_max_allowed_uids",
    name: "maxAllowedUids",
    who: "Owner",
    bounds: (value, { store, netuid }) => {
      const min = MinAllowedUids.get(store, netuid);
      if (value < min) return violation("MaxAllowedUidsLessThanMinAllowedUids", { minAllowedUids: min });
      const n = SubnetworkN.get(store, netuid);
      if (value < n) return violation("MaxAllowedUIdsLessThanCurrentUIds", { subnetworkN: n });
      if (value > DEFAULT_MAX_ALLOWED_UIDS) {
        return violation("MaxAllowedUidsGreaterThanDefaultMaxAllowedUids", { max: DEFAULT_MAX_ALLOWED_UIDS });
      }
      return null;
    },
  }),
  row({
    method: "sudo_set_min_allowed_uids",
    name: "minAllowedUids",
    who: "Root",
    bounds: (value, { store, netuid }) => {
      const max = MaxAllowedUids.get(store, netuid);
      return value > max
        ? violation("MinAllowedUidsGreaterThanMaxAllowedUids", { maxAllowedUids: max })
        : null;
    },
  }),
  row({
    method: "sudo_set_max_allowed_validators",
    name: "maxAllowedValidators",
    who: "Root",
    bounds: (value, { store, netuid }) => {
      const max = MaxAllowedUids.get(store, netuid);
      return value > max ? violation("MaxValidatorsLargerThanMaxUIds", { maxAllowedUids: max }) : null;
    },
  }),
  row({ method: "sudo_set_kappa", name: "kappa", who: "Root" }),
  row({ method: "sudo_set_rho", name: "rho", who: "Owner" }),
  row({
    method: "sudo_set_bonds_moving_average",
    name: "bondsMovingAverage",
    who: "Owner",
    // The cap binds the owner only; root may set any u64 fraction (subtensor admin-utils).
    bounds: (value, { isRoot }) =>
      !isRoot && value > 975_000n ? violation("BondsMovingAverageMaxReached", { max: 975_000n }) : null,
  }),
  row({ method: "sudo_set_bonds_penalty", name: "bondsPenalty", who: "Owner" }),
  row({ method: "sudo_set_liquid_alpha_enabled", name: "liquidAlphaEnabled", who: "Owner" }),
  row({
    method: "sudo_set_alpha_sigmoid_steepness",
    name: "alphaSigmoidSteepness",
    who: "Owner",
    // Negative steepness inverts the liquid-alpha sigmoid; only root may do that (subtensor admin-utils).
    bounds: (value, { isRoot }) => (!isRoot && value < 0 ? violation("NegativeSigmoidSteepness") : null),
  }),
  row({ method: "sudo_set_yuma3_enabled", name: "yuma3Enabled", who: "Owner" }),
  // subtensor `WeightsVersionKeyRateLimit`: 5 tempos instead of OwnerHyperparamRateLimit.
  row({
    method: "sudo_set_weights_version_key",
    name: "weightsVersionKey",
    who: "Owner",
    rateLimitTempos: 5,
  }),
  row({ method: "sudo_set_weights_set_rate_limit", name: "weightsSetRateLimit", who: "Root" }),
  row({ method: "sudo_set_commit_reveal_weights_enabled", name: "commitRevealWeightsEnabled", who: "Owner" }),
  row({
    method: "sudo_set_commit_reveal_weights_interval",
    name: "revealPeriodEpochs",
    who: "Owner",
    bounds: (value) =>
      value < 1
        ? violation("RevealPeriodTooSmall", { min: 1 })
        : value > 100
          ? violation("RevealPeriodTooLarge", { max: 100 })
          : null,
  }),
  row({ method: "sudo_set_serving_rate_limit", name: "servingRateLimit", who: "Owner" }),
  row({
    method: "sudo_set_min_burn",
    name: "minBurn",
    who: "Owner",
    bounds: (value, { store, netuid }) => {
      const maxBurn = MaxBurn.get(store, netuid);
      return value >= TAO || value >= maxBurn ? violation("ValueNotInBounds", { below: TAO, maxBurn }) : null;
    },
  }),
  row({
    method: "sudo_set_max_burn",
    name: "maxBurn",
    who: "Owner",
    bounds: (value, { store, netuid }) => {
      const minBurn = MinBurn.get(store, netuid);
      return value <= TAO / 10n || value <= minBurn
        ? violation("ValueNotInBounds", { above: TAO / 10n, minBurn })
        : null;
    },
  }),
  row({
    method: "sudo_set_burn_half_life",
    name: "burnHalfLife",
    who: "Owner",
    bounds: (value, { netuid }) =>
      netuid === ROOT_NETUID || value < 1 || value > 36_100
        ? violation("InvalidValue", { min: 1, max: 36_100 })
        : null,
  }),
  row({
    method: "sudo_set_burn_increase_mult",
    name: "burnIncreaseMult",
    who: "Owner",
    bounds: within("InvalidValue", F18_ONE, 3n * F18_ONE),
  }),
  row({ method: "sudo_set_network_registration_allowed", name: "registrationAllowed", who: "Root" }),
  row({ method: "sudo_set_toggle_transfer", name: "transfersEnabled", who: "Owner" }),
  row({ method: "sudo_set_recycle_or_burn", name: "recycleOrBurn", who: "Owner" }),
  row({
    method: "sudo_set_owner_immune_neuron_limit",
    name: "immuneOwnerUidsLimit",
    who: "Owner",
    bounds: within("InvalidValue", 1, 10),
  }),
  row({ method: "sudo_set_min_non_immune_uids", name: "minNonImmuneUids", who: "Root" }),
  row({
    method: "sudo_set_min_childkey_take_per_subnet",
    name: "minChildkeyTake",
    who: "Owner",
    bounds: (value, { store }) =>
      within(
        "InvalidValue",
        getNetworkParam(store, "MinChildkeyTake"),
        getNetworkParam(store, "MaxChildkeyTake"),
      )(value),
  }),
  row({
    method: "sudo_set_owner_cut_enabled",
    name: "ownerCutEnabled",
    who: "Owner",
    rateLimitTempos: null,
    freeze: false,
  }),
  row({ method: "sudo_set_subnet_emission_enabled", name: "emissionEnabled", who: "Root" }),
  row({ method: "sudo_set_subtoken_enabled", name: "subtokenEnabled", who: "Root" }),
  row({ method: "sudo_set_ema_price_halving_period", name: "emaPriceHalvingBlocks", who: "Root" }),
  row({
    method: "sudo_set_root_claim_threshold",
    module: "SubtensorModule",
    name: "rootClaimableThreshold",
    who: "Owner",
    bounds: within("InvalidValue", 0n, 10_000_000n),
  }),
  row({
    method: "set_fee_rate",
    module: "Swap",
    name: "feeRate",
    who: "Root",
    bounds: within("FeeRateTooHigh", 0, 10_000),
  }),
];

/**
 * The §8.1 checks before the bounds, in order: origin → owner rate limit → freeze window →
 * `SubnetNotExists`. Returns the owner coldkey, or null for root. Writes nothing.
 */
export function validateSetterChecks(
  context: DispatchContext,
  checks: SetterChecks,
  netuid: number,
): string | null {
  const { store, ctx } = context;
  const owner = ensureAdminOrigin(store, context.origin, checks.who, netuid, checks.module);
  if (owner !== null) {
    if (checks.rateLimitTempos !== null) {
      const tempos =
        checks.rateLimitTempos === "OwnerHyperparamRateLimit"
          ? ownerHyperparamRateLimit(store)
          : checks.rateLimitTempos;
      ensureOwnerRateLimit(store, netuid, checks.name, tempos, ctx.now, checks.module);
    }
    if (checks.freeze) ensureAdminWindowOpen(store, netuid, ctx.now, checks.module);
  }
  ensureSubnetExists(store, netuid, checks.module);
  return owner;
}

/** Records an owner change for the rate limit (root is not recorded) and emits `HyperparameterSet`. */
export function recordHyperparameterSet(
  context: DispatchContext,
  checks: SetterChecks,
  owner: string | null,
  netuid: number,
  value: ReturnType<typeof encodeValue>,
): void {
  if (owner !== null && checks.rateLimitTempos !== null) {
    OwnerHyperparamLastSet.set(context.store, context.ctx.now, netuid, checks.name);
  }
  emitEvent(context.ctx, "SubtensorModule", "HyperparameterSet", { netuid, name: checks.name, value });
}

/** Every check of a table row, bounds last (§8.1). Returns the owner coldkey, or null for root. */
export function validateHyperparameterSetter(
  context: DispatchContext,
  setter: HyperparameterSetter,
  netuid: number,
  value: unknown,
): string | null {
  const owner = validateSetterChecks(context, setter, netuid);
  const failed = setter.bounds(value as never, { store: context.store, netuid, isRoot: owner === null });
  if (failed !== null) {
    throw dispatchError(setter.module, failed.error, {
      netuid,
      parameter: setter.name,
      value: value as ErrorFields[string],
      ...failed.fields,
    });
  }
  return owner;
}

/** Writes the value, records the owner's change and emits `HyperparameterSet`. */
export function applyHyperparameterSetter(
  context: DispatchContext,
  setter: HyperparameterSetter,
  owner: string | null,
  netuid: number,
  value: unknown,
): void {
  const { item, type } = settable(setter.name);
  item.set(context.store, value, netuid);
  recordHyperparameterSet(context, setter, owner, netuid, encodeValue(type, value));
}

/** A table row's setter: validate, then apply. */
export function setHyperparameter(
  context: DispatchContext,
  setter: HyperparameterSetter,
  netuid: number,
  value: unknown,
): void {
  const owner = validateHyperparameterSetter(context, setter, netuid, value);
  applyHyperparameterSetter(context, setter, owner, netuid, value);
}

/** The call of a table row: `<module>.<method>(netuid, <arg>)`, weight 100 × 10^6. */
export function hyperparameterSetterCall(setter: HyperparameterSetter): CallDefinition {
  const { type } = settable(setter.name);
  return defineCall({
    module: setter.module,
    method: setter.method,
    args: { netuid: "u16", [setter.arg]: type },
    weight: ADMIN_SETTER_WEIGHT,
    paysFee: true,
    dispatch: (context, args) => setHyperparameter(context, setter, args.netuid as number, args[setter.arg]),
  }) as CallDefinition;
}
