/**
 * The global parameters of chain.md §8.2, by their exact names, with their standard and fast-blocks
 * defaults (§6.3 for the subnet lock and limit rows). Genesis writes every one of them (§17: defaults
 * for `fastBlocks`, then the spec's `params` overrides); rules read them with `getNetworkParam`. Root
 * setters (`AdminUtils.sudo_set_<snake_name>(value)`, §16) write them with `setNetworkParam` and emit
 * `NetworkParamSet {name, value}`; `networkParamSetterMethod` gives each setter's method name.
 *
 * `type` is the §3.1 wire type of the value (a JSON number for u16/u32/block counts, a decimal string for
 * rao, U64P and F18 amounts), so genesis and setters decode a value the way calls decode arguments.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { bigintCodec, booleanCodec, type Codec, numberCodec, StorageValue } from "../state/storage.ts";
import type { ArgValue } from "../transactions/callDefinition.ts";

type ParamType = "u16" | "u32" | "u64number" | "amount" | "bool";

type ParamDefinition = {
  readonly type: ParamType;
  readonly standard: number | bigint | boolean;
  readonly fast: number | bigint | boolean;
  /** Set only from the chain spec; no root setter (AllowLoopbackServing). */
  readonly genesisOnly?: true;
};

const TAO = 1_000_000_000n;

/** chain.md §8.2, in its order: type and "standard / fast" defaults. */
export const NETWORK_PARAMS = {
  DefaultTempo: { type: "u16", standard: 360, fast: 10 },
  MinTempo: { type: "u16", standard: 360, fast: 10 },
  MaxEpochsPerBlock: { type: "u16", standard: 2, fast: 32 },
  AdminFreezeWindow: { type: "u16", standard: 10, fast: 2 },
  OwnerHyperparamRateLimit: { type: "u16", standard: 2, fast: 2 },
  /** U64P, 0.18. */
  TaoWeight: { type: "amount", standard: 3_320_413_933_267_719_290n, fast: 3_320_413_933_267_719_290n },
  /** U16P, ≈ 18 %. */
  SubnetOwnerCut: { type: "u16", standard: 11_796, fast: 11_796 },
  /** F18, 0.000003. */
  SubnetMovingAlpha: { type: "amount", standard: 3_000_000_000_000n, fast: 3_000_000_000_000n },
  StakeThreshold: { type: "amount", standard: 0n, fast: 0n },
  NominatorMinStake: { type: "amount", standard: 20_000_000n, fast: 20_000_000n },
  DefaultTake: { type: "u16", standard: 11_796, fast: 11_796 },
  MinDelegateTake: { type: "u16", standard: 0, fast: 0 },
  MaxDelegateTake: { type: "u16", standard: 11_796, fast: 11_796 },
  TxDelegateTakeRateLimit: { type: "u64number", standard: 216_000, fast: 5 },
  MinChildkeyTake: { type: "u16", standard: 0, fast: 0 },
  MaxChildkeyTake: { type: "u16", standard: 11_796, fast: 11_796 },
  TxChildkeyTakeRateLimit: { type: "u64number", standard: 216_000, fast: 5 },
  SetChildrenRateLimit: { type: "u64number", standard: 150, fast: 15 },
  PendingChildKeyCooldown: { type: "u64number", standard: 7_200, fast: 15 },
  /** U16P. */
  CKBurn: { type: "u16", standard: 0, fast: 0 },
  NetworkMinLockCost: { type: "amount", standard: 1_000n * TAO, fast: 100n * TAO },
  NetworkLockReductionInterval: { type: "u64number", standard: 57_600, fast: 1_000 },
  NetworkRateLimit: { type: "u64number", standard: 28_800, fast: 0 },
  SubnetLimit: { type: "u16", standard: 128, fast: 128 },
  NetworkImmunityPeriod: { type: "u64number", standard: 864_000, fast: 1_000 },
  StartCallDelay: { type: "u64number", standard: 0, fast: 0 },
  NewSubnetEmissionEnabled: { type: "bool", standard: true, fast: true },
  /** Bytes. */
  CommitmentsMaxSpace: { type: "u32", standard: 3_100, fast: 3_100 },
  /** From the chain spec's top-level `allowLoopbackServing` (§11.6, §17). */
  AllowLoopbackServing: { type: "bool", standard: false, fast: false, genesisOnly: true },
} as const satisfies Record<string, ParamDefinition>;

/** A chain.md §8.2 parameter name. */
export type NetworkParamName = keyof typeof NETWORK_PARAMS;
/** The value type of a parameter: number, bigint or boolean. */
export type NetworkParamValue<N extends NetworkParamName> = ArgValue<(typeof NETWORK_PARAMS)[N]["type"]>;
/** A value for every §8.2 parameter. */
export type NetworkParams = { -readonly [N in NetworkParamName]: NetworkParamValue<N> };

/** Every parameter name, in chain.md §8.2 order. */
export const NETWORK_PARAM_NAMES = Object.keys(NETWORK_PARAMS) as NetworkParamName[];

function codecOf(type: ParamType): Codec<number | bigint | boolean> {
  const codec = type === "amount" ? bigintCodec : type === "bool" ? booleanCodec : numberCodec;
  return codec as Codec<number | bigint | boolean>;
}

// One storage entry per parameter, `Params.<Name>`; the fallback (standard default) is only ever read
// from a state that genesis did not write.
const STORAGE = Object.fromEntries(
  NETWORK_PARAM_NAMES.map((name) => {
    const { type, standard } = NETWORK_PARAMS[name];
    return [name, new StorageValue(`Params.${name}`, codecOf(type), standard)];
  }),
) as Record<NetworkParamName, StorageValue<number | bigint | boolean>>;

/** Reads a §8.2 parameter. */
export function getNetworkParam<N extends NetworkParamName>(
  store: KeyValueStore,
  name: N,
): NetworkParamValue<N> {
  return STORAGE[name].get(store) as NetworkParamValue<N>;
}

/** Writes a §8.2 parameter (genesis, root setters). */
export function setNetworkParam<N extends NetworkParamName>(
  store: KeyValueStore,
  name: N,
  value: NetworkParamValue<N>,
): void {
  STORAGE[name].set(store, value);
}

/** The defaults of every parameter for a fast-blocks (dev) or standard chain. */
export function defaultNetworkParams(fastBlocks: boolean): NetworkParams {
  const params: Record<string, number | bigint | boolean> = {};
  for (const name of NETWORK_PARAM_NAMES) {
    const definition = NETWORK_PARAMS[name];
    params[name] = fastBlocks ? definition.fast : definition.standard;
  }
  return params as NetworkParams;
}

/**
 * The root setter's method name (chain.md §16): `AdminUtils.sudo_set_<snake_name>`, e.g. TaoWeight →
 * `sudo_set_tao_weight`, CKBurn → `sudo_set_ck_burn`; undefined for genesis-only parameters.
 */
export function networkParamSetterMethod(name: NetworkParamName): string | undefined {
  if ("genesisOnly" in NETWORK_PARAMS[name]) return undefined;
  const snake = name
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
  return `sudo_set_${snake}`;
}
