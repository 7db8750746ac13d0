/**
 * chain.md §6.1 per-subnet state and the network-wide registration state of §6.2–§6.3, §6.7, with the
 * scheduler items of §7 a new subnet initialises (subtensor pallets/subtensor/src/lib.rs storage items of
 * the same names). Keys read `SubtensorModule.<Item>/<netuid>`; numeric netuids are zero-padded, so a
 * scan of `NetworksAdded` is in ascending netuid.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import {
  bigintCodec,
  booleanCodec,
  numberCodec,
  StorageMap,
  StorageValue,
  stringCodec,
} from "../state/storage.ts";
import { type SubnetIdentity, subnetIdentityCodec } from "./subnetIdentity.ts";

/** The root subnet: it holds root stake, has no UIDs and never runs an epoch (chain.md §6.1). */
export const ROOT_NETUID = 0;

// --- existence and ownership --------------------------------------------------------------------

/** `NetworksAdded[n]`: the subnet exists. Root (0) is added at genesis and never removed. */
export const NetworksAdded = new StorageMap<[number], boolean>(
  "SubtensorModule.NetworksAdded",
  booleanCodec,
  false,
);
/** `TotalNetworks`: the number of existing subnets, root included. */
export const TotalNetworks = new StorageValue("SubtensorModule.TotalNetworks", numberCodec, 0);
/** `SubnetOwner[n]`: the owner coldkey (root has none). */
export const SubnetOwner = new StorageMap<[number], string>("SubtensorModule.SubnetOwner", stringCodec, "");
/** `SubnetOwnerHotkey[n]`: the owner hotkey; its UID is the owner UID. */
export const SubnetOwnerHotkey = new StorageMap<[number], string>(
  "SubtensorModule.SubnetOwnerHotkey",
  stringCodec,
  "",
);
/** `NetworkRegisteredAt[n]`: creation block. */
export const NetworkRegisteredAt = new StorageMap<[number], number>(
  "SubtensorModule.NetworkRegisteredAt",
  numberCodec,
  0,
);
/** `FirstEmissionBlockNumber[n]`: `start_call` block + 1; absent until started. */
export const FirstEmissionBlockNumber = new StorageMap<[number], number>(
  "SubtensorModule.FirstEmissionBlockNumber",
  numberCodec,
  0,
);
/** `SubtokenEnabled[n]`: staking allowed (set by `start_call`; root from genesis). */
export const SubtokenEnabled = new StorageMap<[number], boolean>(
  "SubtensorModule.SubtokenEnabled",
  booleanCodec,
  false,
);
/** `SubnetLocked[n]`: TAO lock paid at creation, rao (informational). */
export const SubnetLocked = new StorageMap<[number], bigint>("SubtensorModule.SubnetLocked", bigintCodec, 0n);

// --- pool and alpha accounting (§9, §2.3) --------------------------------------------------------

/** `SubnetTAO[n]`: the pool's TAO reserve, rao (root: the root stake). Counted in TotalIssuance. */
export const SubnetTAO = new StorageMap<[number], bigint>("SubtensorModule.SubnetTAO", bigintCodec, 0n);
/** `SubnetAlphaIn[n]`: the pool's alpha reserve, alpha-rao. */
export const SubnetAlphaIn = new StorageMap<[number], bigint>(
  "SubtensorModule.SubnetAlphaIn",
  bigintCodec,
  0n,
);
/** `SubnetAlphaOut[n]`: outstanding alpha (stakes, protocol, buckets, burned), alpha-rao. */
export const SubnetAlphaOut = new StorageMap<[number], bigint>(
  "SubtensorModule.SubnetAlphaOut",
  bigintCodec,
  0n,
);
/** `SubnetProtocolAlpha[n]`: protocol-owned alpha from chain buys (§10.4). */
export const SubnetProtocolAlpha = new StorageMap<[number], bigint>(
  "SubtensorModule.SubnetProtocolAlpha",
  bigintCodec,
  0n,
);
/** `SubnetAlphaBurned[n]`: burned owner incentives (§10.5), still in SubnetAlphaOut. */
export const SubnetAlphaBurned = new StorageMap<[number], bigint>(
  "SubtensorModule.SubnetAlphaBurned",
  bigintCodec,
  0n,
);
/** `SubnetVolume[n]`: cumulative TAO-side swap volume, rao. */
export const SubnetVolume = new StorageMap<[number], bigint>("SubtensorModule.SubnetVolume", bigintCodec, 0n);

// --- emission inputs (§10) -----------------------------------------------------------------------

/** `SubnetMovingPrice[n]`: price EMA, F18 (starts at 0). */
export const SubnetMovingPrice = new StorageMap<[number], bigint>(
  "SubtensorModule.SubnetMovingPrice",
  bigintCodec,
  0n,
);
/** `SubnetEmissionEnabled[n]`: the subnet may receive TAO emission. */
export const SubnetEmissionEnabled = new StorageMap<[number], boolean>(
  "SubtensorModule.SubnetEmissionEnabled",
  booleanCodec,
  false,
);
/** `MinerBurned[n]`: share of incentive withheld from owner keys, F18. */
export const MinerBurned = new StorageMap<[number], bigint>("SubtensorModule.MinerBurned", bigintCodec, 0n);

// --- scheduler (§7) ------------------------------------------------------------------------------

/** `LastEpochBlock[n]`: block of the last epoch (staggered by netuid at creation). */
export const LastEpochBlock = new StorageMap<[number], number>(
  "SubtensorModule.LastEpochBlock",
  numberCodec,
  0,
);
/** `PendingEpochAt[n]`: block a triggered or deferred epoch fires at; 0 = none. */
export const PendingEpochAt = new StorageMap<[number], number>(
  "SubtensorModule.PendingEpochAt",
  numberCodec,
  0,
);
/** `BlocksSinceLastStep[n]`. */
export const BlocksSinceLastStep = new StorageMap<[number], number>(
  "SubtensorModule.BlocksSinceLastStep",
  numberCodec,
  0,
);
/** `SubnetEpochIndex[n]`: epochs run so far. */
export const SubnetEpochIndex = new StorageMap<[number], number>(
  "SubtensorModule.SubnetEpochIndex",
  numberCodec,
  0,
);
/** `LastMechanismStepBlock[n]` (subtensor `LastMechansimStepBlock`): the `lms` input of yuma.md. */
export const LastMechanismStepBlock = new StorageMap<[number], number>(
  "SubtensorModule.LastMechanismStepBlock",
  numberCodec,
  0,
);

// --- display (§6.7) ------------------------------------------------------------------------------

/** `TokenSymbol[n]`. */
export const TokenSymbol = new StorageMap<[number], string>("SubtensorModule.TokenSymbol", stringCodec, "");
/** `SubnetIdentitiesV3[n]`. */
export const SubnetIdentitiesV3 = new StorageMap<[number], SubnetIdentity | null>(
  "SubtensorModule.SubnetIdentitiesV3",
  subnetIdentityCodec,
  null,
);

// --- network registration (§6.2, §6.3, §6.7) ---------------------------------------------------

/** `NetworkLastLockCost`: the lock of the last registration (genesis: NetworkMinLockCost), rao. */
export const NetworkLastLockCost = new StorageValue("SubtensorModule.NetworkLastLockCost", bigintCodec, 0n);
/** `NetworkLastLockBlock`: block of the last registration; 0 = none (also the rate-limit anchor). */
export const NetworkLastLockBlock = new StorageValue("SubtensorModule.NetworkLastLockBlock", numberCodec, 0);
/** Block `set_sn_owner_hotkey` last succeeded on the subnet (subtensor `LastRateLimitedBlock`). */
export const SnOwnerHotkeyLastSet = new StorageMap<[number], number>(
  "SubtensorModule.SnOwnerHotkeyLastSet",
  numberCodec,
  0,
);

// --- reads ---------------------------------------------------------------------------------------

/** True when subnet `netuid` exists (root included). */
export function subnetExists(store: KeyValueStore, netuid: number): boolean {
  return NetworksAdded.get(store, netuid);
}

/** Every existing netuid, ascending, root included. */
export function existingNetuids(store: KeyValueStore): number[] {
  return NetworksAdded.entries(store)
    .filter(([, added]) => added)
    .map(([parts]) => Number(parts[0]));
}

/** A per-netuid storage item, as dissolution sees it. */
export type NetuidItem = { readonly name: string; remove(store: KeyValueStore, netuid: number): void };

/** Every per-netuid map of this file, for dissolution (chain.md §6.6 step 3). */
export const SUBNET_MAPS: readonly NetuidItem[] = [
  SubnetOwner,
  SubnetOwnerHotkey,
  NetworkRegisteredAt,
  FirstEmissionBlockNumber,
  SubtokenEnabled,
  SubnetLocked,
  SubnetTAO,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetProtocolAlpha,
  SubnetAlphaBurned,
  SubnetVolume,
  SubnetMovingPrice,
  SubnetEmissionEnabled,
  MinerBurned,
  LastEpochBlock,
  PendingEpochAt,
  BlocksSinceLastStep,
  SubnetEpochIndex,
  LastMechanismStepBlock,
  TokenSymbol,
  SubnetIdentitiesV3,
  SnOwnerHotkeyLastSet,
];
