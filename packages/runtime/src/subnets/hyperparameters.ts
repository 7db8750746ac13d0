/**
 * chain.md §8.1 per-subnet hyperparameters: one storage item per parameter, keyed by netuid, and the
 * defaults a new subnet starts with — "standard / fast-blocks" where they differ (tempo, minAllowedUids,
 * weightsSetRateLimit). subtensor: the storage items and `Default*` values of pallets/subtensor/src/lib.rs,
 * written by `subnets/subnet.rs::init_new_network`.
 *
 * `emissionEnabled` and `subtokenEnabled` are subnet state (§6.1) and live in subnetsStorage.ts;
 * `maxWeightsLimit` is the constant `MAX_WEIGHTS_LIMIT`.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import {
  bigintCodec,
  booleanCodec,
  type Codec,
  jsonCodec,
  numberCodec,
  StorageMap,
} from "../state/storage.ts";
import type { ArgType } from "../transactions/callDefinition.ts";

const TAO = 1_000_000_000n;

/** `maxWeightsLimit`: a constant in v1, 65,535 = no limit (chain.md §8.1). */
export const MAX_WEIGHTS_LIMIT = 65_535;

/** The cap on `maxAllowedUids` on every v1 chain (chain.md §8.1). */
export const DEFAULT_MAX_ALLOWED_UIDS = 256;

export type RecycleOrBurn = "Burn" | "Recycle";

const pairCodec: Codec<readonly [number, number]> = jsonCodec(
  (pair) => [pair[0], pair[1]],
  (json: [number, number]) => [json[0], json[1]] as const,
);
const recycleOrBurnCodec: Codec<RecycleOrBurn> = {
  encode: (v) => v,
  decode: (s) => (s === "Recycle" ? "Recycle" : "Burn"),
};

function item<V>(name: string, codec: Codec<V>, fallback: V): StorageMap<[number], V> {
  return new StorageMap<[number], V>(name, codec, fallback);
}

// Each item's fallback is its standard default, which is what an absent entry reads as.
/** `tempo`: blocks per epoch (§7); a new subnet takes DefaultTempo. */
export const Tempo = item("SubtensorModule.Tempo", numberCodec, 360);
/** `activityCutoffFactorMilli`: activity cutoff = max(1, floor(factor·Tempo/1000)) (§7). */
export const ActivityCutoffFactorMilli = item(
  "SubtensorModule.ActivityCutoffFactorMilli",
  numberCodec,
  13_889,
);
/** `immunityPeriod`: blocks a new UID cannot be the non-immune prune choice (§11.1). */
export const ImmunityPeriod = item("SubtensorModule.ImmunityPeriod", numberCodec, 5_000);
/** `minAllowedWeights`. */
export const MinAllowedWeights = item("SubtensorModule.MinAllowedWeights", numberCodec, 1);
/** `maxAllowedUids`: at most 256 in v1. */
export const MaxAllowedUids = item("SubtensorModule.MaxAllowedUids", numberCodec, DEFAULT_MAX_ALLOWED_UIDS);
/** `minAllowedUids` (root-set). */
export const MinAllowedUids = item("SubtensorModule.MinAllowedUids", numberCodec, 64);
/** `maxAllowedValidators`: validator permits per epoch (§11.5). */
export const MaxAllowedValidators = item("SubtensorModule.MaxAllowedValidators", numberCodec, 64);
/** `kappa`, u16 (yuma.md consensus majority). */
export const Kappa = item("SubtensorModule.Kappa", numberCodec, 32_767);
/** `rho` (informational). */
export const Rho = item("SubtensorModule.Rho", numberCodec, 10);
/** u64 fraction (/10^6 in practice), a decimal string on the wire. */
export const BondsMovingAverage = item("SubtensorModule.BondsMovingAverage", bigintCodec, 900_000n);
/** `bondsPenalty`, u16. */
export const BondsPenalty = item("SubtensorModule.BondsPenalty", numberCodec, 65_535);
/** `liquidAlphaEnabled`. */
export const LiquidAlphaOn = item("SubtensorModule.LiquidAlphaOn", booleanCodec, false);
/** (alpha low, alpha high), u16 each. */
export const AlphaValues = item("SubtensorModule.AlphaValues", pairCodec, [45_875, 58_982] as const);
/** i16. */
export const AlphaSigmoidSteepness = item("SubtensorModule.AlphaSigmoidSteepness", numberCodec, 1_000);
/** `yuma3Enabled`. */
export const Yuma3On = item("SubtensorModule.Yuma3On", booleanCodec, true);
/** `weightsVersionKey`. */
export const WeightsVersionKey = item("SubtensorModule.WeightsVersionKey", numberCodec, 0);
/** `weightsSetRateLimit`, blocks (§13). */
export const WeightsSetRateLimit = item("SubtensorModule.WeightsSetRateLimit", numberCodec, 100);
/** `commitRevealWeightsEnabled` (false in v1). */
export const CommitRevealWeightsEnabled = item(
  "SubtensorModule.CommitRevealWeightsEnabled",
  booleanCodec,
  false,
);
/** `revealPeriodEpochs` (§13.3). */
export const RevealPeriodEpochs = item("SubtensorModule.RevealPeriodEpochs", numberCodec, 1);
/** `servingRateLimit`, blocks between axon or prometheus updates (§11.6). */
export const ServingRateLimit = item("SubtensorModule.ServingRateLimit", numberCodec, 50);
/** The current registration price, rao (§11.2): 1 TAO at creation, then dynamic. */
export const Burn = item("SubtensorModule.Burn", bigintCodec, TAO);
/** `minBurn`, rao. */
export const MinBurn = item("SubtensorModule.MinBurn", bigintCodec, 500_000n);
/** `maxBurn`, rao. */
export const MaxBurn = item("SubtensorModule.MaxBurn", bigintCodec, 100n * TAO);
/** `burnHalfLife`, blocks (0 = no decay). */
export const BurnHalfLife = item("SubtensorModule.BurnHalfLife", numberCodec, 360);
/** F18 multiplier applied to Burn after each registration (1.26). */
export const BurnIncreaseMult = item(
  "SubtensorModule.BurnIncreaseMult",
  bigintCodec,
  1_260_000_000_000_000_000n,
);
/** `registrationAllowed`: false refuses registrations and stops emission. */
export const NetworkRegistrationAllowed = item(
  "SubtensorModule.NetworkRegistrationAllowed",
  booleanCodec,
  true,
);
/** `transfersEnabled`: gates `transfer_stake`. */
export const TransferToggle = item("SubtensorModule.TransferToggle", booleanCodec, true);
/** `recycleOrBurn`: what happens to owner-key incentives (§10.5). */
export const RecycleOrBurnItem = item<RecycleOrBurn>(
  "SubtensorModule.RecycleOrBurn",
  recycleOrBurnCodec,
  "Burn",
);
/** `immuneOwnerUidsLimit`: size of the owner's immortal set (§11.4). */
export const ImmuneOwnerUidsLimit = item("SubtensorModule.ImmuneOwnerUidsLimit", numberCodec, 1);
/** `minNonImmuneUids`: non-immune UIDs kept before an immune one is replaced (§11.4). */
export const MinNonImmuneUids = item("SubtensorModule.MinNonImmuneUids", numberCodec, 10);
/** U16P. */
export const MinChildkeyTakePerSubnet = item("SubtensorModule.MinChildkeyTakePerSubnet", numberCodec, 0);
/** `ownerCutEnabled` (§10.4). */
export const OwnerCutEnabled = item("SubtensorModule.OwnerCutEnabled", booleanCodec, true);
/** `emaPriceHalvingBlocks` (§10.6). */
export const EmaPriceHalvingBlocks = item("SubtensorModule.EmaPriceHalvingBlocks", numberCodec, 201_600);
/** Alpha-rao. */
export const RootClaimableThreshold = item("SubtensorModule.RootClaimableThreshold", bigintCodec, 500_000n);
/** U16P swap fee rate of the subnet's pool (`Swap.set_fee_rate`). */
export const FeeRate = item("Swap.FeeRate", numberCodec, 33);

type Spec<V> = {
  readonly item: StorageMap<[number], V>;
  readonly standard: V;
  readonly fast: V;
  /** The §3.1 wire type of the value (genesis `hyperparams`, setters, RPC). */
  readonly type: ArgType;
};

function same<V>(storage: StorageMap<[number], V>, type: ArgType): Spec<V> {
  return { item: storage, standard: storage.fallback, fast: storage.fallback, type };
}

/** Every stored §8.1 hyperparameter by its JSON name, with its standard and fast-blocks default. */
export const HYPERPARAMETERS = {
  tempo: { item: Tempo, standard: 360, fast: 10, type: "u16" },
  activityCutoffFactorMilli: same(ActivityCutoffFactorMilli, "u32"),
  immunityPeriod: same(ImmunityPeriod, "u16"),
  minAllowedWeights: same(MinAllowedWeights, "u16"),
  maxAllowedUids: same(MaxAllowedUids, "u16"),
  minAllowedUids: { item: MinAllowedUids, standard: 64, fast: 1, type: "u16" },
  maxAllowedValidators: same(MaxAllowedValidators, "u16"),
  kappa: same(Kappa, "u16"),
  rho: same(Rho, "u16"),
  bondsMovingAverage: same(BondsMovingAverage, "amount"),
  bondsPenalty: same(BondsPenalty, "u16"),
  liquidAlphaEnabled: same(LiquidAlphaOn, "bool"),
  alphaValues: same(AlphaValues, { tuple: ["u16", "u16"] }),
  alphaSigmoidSteepness: same(AlphaSigmoidSteepness, "i16"),
  yuma3Enabled: same(Yuma3On, "bool"),
  weightsVersionKey: same(WeightsVersionKey, "u64number"),
  weightsSetRateLimit: { item: WeightsSetRateLimit, standard: 100, fast: 0, type: "u64number" },
  commitRevealWeightsEnabled: same(CommitRevealWeightsEnabled, "bool"),
  revealPeriodEpochs: same(RevealPeriodEpochs, "u64number"),
  servingRateLimit: same(ServingRateLimit, "u64number"),
  burn: same(Burn, "amount"),
  minBurn: same(MinBurn, "amount"),
  maxBurn: same(MaxBurn, "amount"),
  burnHalfLife: same(BurnHalfLife, "u16"),
  burnIncreaseMult: same(BurnIncreaseMult, "amount"),
  registrationAllowed: same(NetworkRegistrationAllowed, "bool"),
  transfersEnabled: same(TransferToggle, "bool"),
  recycleOrBurn: same(RecycleOrBurnItem, { enum: ["Burn", "Recycle"] }),
  immuneOwnerUidsLimit: same(ImmuneOwnerUidsLimit, "u16"),
  minNonImmuneUids: same(MinNonImmuneUids, "u16"),
  minChildkeyTake: same(MinChildkeyTakePerSubnet, "u16"),
  ownerCutEnabled: same(OwnerCutEnabled, "bool"),
  emaPriceHalvingBlocks: same(EmaPriceHalvingBlocks, "u64number"),
  rootClaimableThreshold: same(RootClaimableThreshold, "amount"),
  feeRate: same(FeeRate, "u16"),
} as const satisfies Record<string, Spec<never> | Spec<unknown>>;

export type HyperparameterName = keyof typeof HYPERPARAMETERS;
export type Hyperparameters = {
  -readonly [K in HyperparameterName]: (typeof HYPERPARAMETERS)[K]["item"] extends StorageMap<
    [number],
    infer V
  >
    ? V
    : never;
};

const NAMES = Object.keys(HYPERPARAMETERS) as HyperparameterName[];

/** The defaults of a new subnet (chain.md §8.1), standard or fast-blocks. */
export function hyperparameterDefaults(fastBlocks: boolean): Hyperparameters {
  const out: Record<string, unknown> = {};
  for (const name of NAMES) {
    const spec = HYPERPARAMETERS[name] as Spec<unknown>;
    out[name] = fastBlocks ? spec.fast : spec.standard;
  }
  return out as Hyperparameters;
}

/** Writes every hyperparameter of `netuid` (subtensor `init_new_network`); later writes may override. */
export function writeHyperparameters(store: KeyValueStore, netuid: number, values: Hyperparameters): void {
  for (const name of NAMES) {
    (HYPERPARAMETERS[name].item as StorageMap<[number], unknown>).set(store, values[name], netuid);
  }
}

/** Reads every hyperparameter of `netuid` by its JSON name. */
export function readHyperparameters(store: KeyValueStore, netuid: number): Hyperparameters {
  const out: Record<string, unknown> = {};
  for (const name of NAMES) out[name] = HYPERPARAMETERS[name].item.get(store, netuid);
  return out as Hyperparameters;
}

/** Deletes every hyperparameter of `netuid` (dissolution, chain.md §6.6 step 3). */
export function removeHyperparameters(store: KeyValueStore, netuid: number): void {
  for (const name of NAMES) HYPERPARAMETERS[name].item.remove(store, netuid);
}
