/**
 * The per-subnet coinbase state of chain.md §10 that no other module owns: the four pending emission
 * buckets drained by the epoch (§10.4, §7), the per-block emission records shown by `DynamicInfo`
 * (§10.4 step 2, §19), `RootProp` (§10.3, pipeline step 6) and the per-epoch dividend records of §10.5
 * (subtensor pallets/subtensor/src/lib.rs items of the same names). Amounts are alpha-rao unless noted.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { bigintCodec, StorageMap } from "../state/storage.ts";

function perSubnet(name: string): StorageMap<[number], bigint> {
  return new StorageMap<[number], bigint>(`SubtensorModule.${name}`, bigintCodec, 0n);
}

// --- pending buckets (§10.4), drained when the subnet's epoch runs (§7 step 3) ------------------

/** `PendingServerEmission[n]`: miners' half of the participant alpha since the last epoch. */
export const PendingServerEmission = perSubnet("PendingServerEmission");
/** `PendingValidatorEmission[n]`: validators' part of the participant alpha since the last epoch. */
export const PendingValidatorEmission = perSubnet("PendingValidatorEmission");
/** `PendingRootAlphaDivs[n]`: root stakers' part, accumulated only while the root-sell flag is on. */
export const PendingRootAlphaDivs = perSubnet("PendingRootAlphaDivs");
/** `PendingOwnerCut[n]`: the owner cut since the last epoch. */
export const PendingOwnerCut = perSubnet("PendingOwnerCut");

// --- per-block records (§10.4), written for emitting subnets ------------------------------------

/** `SubnetTaoEmission[n]`: this block's TAO share `taoEmission_n`, rao. */
export const SubnetTaoEmission = perSubnet("SubnetTaoEmission");
/** `SubnetTaoInEmission[n]`: TAO injected into the pool reserve this block, rao. */
export const SubnetTaoInEmission = perSubnet("SubnetTaoInEmission");
/** `SubnetAlphaInEmission[n]`: alpha injected into the pool reserve this block. */
export const SubnetAlphaInEmission = perSubnet("SubnetAlphaInEmission");
/** `SubnetAlphaOutEmission[n]`: participant alpha issued this block. */
export const SubnetAlphaOutEmission = perSubnet("SubnetAlphaOutEmission");
/** `SubnetExcessTao[n]`: TAO this block's chain buy actually used, rao (0 if none or it failed). */
export const SubnetExcessTao = perSubnet("SubnetExcessTao");
/** `RootProp[n]`: `rootProportion(n)` after this block's coinbase, F18 (informational, §10.3). */
export const RootProp = perSubnet("RootProp");

// --- per-epoch dividend records (§10.5 step 5), cleared at each epoch of the subnet -------------

/** `AlphaDividendsPerSubnet[n][h]`: the alpha dividend `h`'s stakers received at the last epoch. */
export const AlphaDividendsPerSubnet = new StorageMap<[number, string], bigint>(
  "SubtensorModule.AlphaDividendsPerSubnet",
  bigintCodec,
  0n,
);
/** `RootAlphaDividendsPerSubnet[n][h]`: the root dividend (after take) `h` received at the last epoch. */
export const RootAlphaDividendsPerSubnet = new StorageMap<[number, string], bigint>(
  "SubtensorModule.RootAlphaDividendsPerSubnet",
  bigintCodec,
  0n,
);

/** Every per-netuid value item of this file (dissolution, chain.md §6.6 step 3). */
export const COINBASE_SUBNET_ITEMS: readonly StorageMap<[number], bigint>[] = [
  PendingServerEmission,
  PendingValidatorEmission,
  PendingRootAlphaDivs,
  PendingOwnerCut,
  SubnetTaoEmission,
  SubnetTaoInEmission,
  SubnetAlphaInEmission,
  SubnetAlphaOutEmission,
  SubnetExcessTao,
  RootProp,
];

/** Removes every entry of the two per-(netuid, hotkey) dividend maps for `netuid`. */
export function clearDividendRecords(store: KeyValueStore, netuid: number): void {
  for (const map of [AlphaDividendsPerSubnet, RootAlphaDividendsPerSubnet]) {
    for (const [parts] of map.entries(store, netuid)) store.delete(map.key(parts));
  }
}

/**
 * Dissolution's removal of this file's state for `netuid` (the coinbase part of subnets/'s
 * `SubnetDissolveHooks.removeSubnetState`): the buckets, the records and the dividend maps.
 */
export function removeCoinbaseSubnetState(store: KeyValueStore, netuid: number): void {
  for (const item of COINBASE_SUBNET_ITEMS) item.remove(store, netuid);
  clearDividendRecords(store, netuid);
}
