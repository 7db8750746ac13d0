/**
 * chain.md §6.2 effects 3 and 5–8 — a subnet's initial state once its netuid and lock are known
 * (subtensor `subnets/subnet.rs::do_register_network` after the lock is taken, and `init_new_network`) —
 * and the root subnet of genesis (§6.1, §17). `register_network` and genesis subnets (§17: lock minted,
 * `SubnetAlphaIn = lock`) both create subnets through `createSubnet`.
 */
import type { BlockContext } from "../block/blockContext.ts";
import { emitEvent } from "../block/blockContext.ts";
import { appendNeuron } from "../neurons/appendNeuron.ts";
import { associateHotkey } from "../neurons/hotkeyOwner.ts";
import { SubnetworkN } from "../neurons/neuronsStorage.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { FastBlocks, getNetworkParam } from "../system/index.ts";
import { hyperparameterDefaults, Tempo, writeHyperparameters } from "./hyperparameters.ts";
import type { SubnetIdentity } from "./subnetIdentity.ts";
import {
  LastEpochBlock,
  NetworkLastLockCost,
  NetworkRegisteredAt,
  NetworksAdded,
  ROOT_NETUID,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetEmissionEnabled,
  SubnetIdentitiesV3,
  SubnetLocked,
  SubnetOwner,
  SubnetOwnerHotkey,
  SubnetTAO,
  SubtokenEnabled,
  TokenSymbol,
  TotalNetworks,
} from "./subnetsStorage.ts";
import { tokenSymbol } from "./tokenSymbol.ts";

export type CreateSubnetParameters = {
  /** An unused netuid ≥ 1. */
  readonly netuid: number;
  /** Owner coldkey. */
  readonly owner: string;
  /** Owner hotkey: associated to `owner` if unowned, and registered as UID 0. */
  readonly ownerHotkey: string;
  /** TAO locked, rao: `SubnetLocked` and the pool's TAO reserve. */
  readonly lock: bigint;
  /** The pool's alpha reserve, alpha-rao (`floor(lock·10^18 / p_med)`; genesis: `lock`). */
  readonly alphaIn: bigint;
  readonly identity?: SubnetIdentity | null;
};

/**
 * Creates subnet `netuid` in block `ctx.now`: existence, scheduler and §8.1 defaults, owner hotkey as
 * UID 0, ownership and symbol, pool seed, identity; emits `SubnetIdentitySet` (when given) then
 * `NetworkAdded`. The lock has already been taken (or minted).
 */
export function createSubnet(
  store: KeyValueStore,
  ctx: BlockContext,
  parameters: CreateSubnetParameters,
): void {
  const { netuid, owner, ownerHotkey, lock, alphaIn, identity = null } = parameters;
  const now = ctx.now;

  // --- 3. init_new_network.
  NetworksAdded.set(store, true, netuid);
  TotalNetworks.set(store, TotalNetworks.get(store) + 1);
  SubnetworkN.set(store, 0, netuid);
  writeHyperparameters(store, netuid, hyperparameterDefaults(FastBlocks.get(store)));
  const tempo = getNetworkParam(store, "DefaultTempo");
  Tempo.set(store, tempo, netuid);
  // Stagger: subnets created in one block do not all run their epochs in the same later block.
  const stagger = tempo === 0 ? 0 : netuid % tempo;
  LastEpochBlock.set(store, Math.max(0, now - stagger), netuid);
  SubnetEmissionEnabled.set(store, getNetworkParam(store, "NewSubnetEmissionEnabled"), netuid);
  SubtokenEnabled.set(store, false, netuid);

  // --- 5. Owner hotkey: associated on first use, then UID 0.
  associateHotkey(store, owner, ownerHotkey);
  appendNeuron(store, netuid, ownerHotkey, now);

  // --- 6. Registration record.
  NetworkRegisteredAt.set(store, now, netuid);
  TokenSymbol.set(store, tokenSymbol(netuid), netuid);
  SubnetOwner.set(store, owner, netuid);
  SubnetOwnerHotkey.set(store, ownerHotkey, netuid);
  SubnetLocked.set(store, lock, netuid);

  // --- 7. Pool seed.
  SubnetTAO.set(store, lock, netuid);
  SubnetAlphaIn.set(store, alphaIn, netuid);
  SubnetAlphaOut.set(store, 0n, netuid);

  // --- 8. Identity and events.
  if (identity !== null) {
    SubnetIdentitiesV3.set(store, identity, netuid);
    emitEvent(ctx, "SubtensorModule", "SubnetIdentitySet", { netuid });
  }
  emitEvent(ctx, "SubtensorModule", "NetworkAdded", { netuid });
}

/**
 * Genesis (chain.md §6.1, §17): adds root (netuid 0) with `SubtokenEnabled = true`, symbol "τ", no
 * owner, and starts the lock-cost state at `NetworkLastLockCost = NetworkMinLockCost`. Call it after the
 * genesis globals (fastBlocks, params) are written.
 */
export function createRootSubnet(store: KeyValueStore): void {
  NetworksAdded.set(store, true, ROOT_NETUID);
  TotalNetworks.set(store, TotalNetworks.get(store) + 1);
  SubtokenEnabled.set(store, true, ROOT_NETUID);
  TokenSymbol.set(store, tokenSymbol(ROOT_NETUID), ROOT_NETUID);
  NetworkLastLockCost.set(store, getNetworkParam(store, "NetworkMinLockCost"));
}
