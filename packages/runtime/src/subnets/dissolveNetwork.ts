/**
 * chain.md §6.6 dissolution, by `root_dissolve_network(netuid)` (R) or by pruning inside
 * `register_network` (subtensor `coinbase/root.rs::do_dissolve_network`, `remove_network`,
 * `destroy_alpha_in_out_stakes`).
 *
 * Args: `netuid`. Event: `NetworkRemoved {netuid}`.
 * Raises: `BadOrigin` (not root), `SubnetNotExists`, `CannotDissolveRoot`.
 */
import { deposit, recycle } from "../balances/accountFunds.ts";
import type { BlockContext } from "../block/blockContext.ts";
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { removeSubnetNeurons } from "../neurons/removeSubnetNeurons.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureRoot } from "../transactions/origin.ts";
import type { SubnetDissolveHooks } from "./dissolveHooks.ts";
import { distributeSubnetPot } from "./distributeSubnetPot.ts";
import { removeHyperparameters } from "./hyperparameters.ts";
import {
  NetworksAdded,
  ROOT_NETUID,
  SUBNET_MAPS,
  SubnetAlphaIn,
  SubnetProtocolAlpha,
  SubnetTAO,
  subnetExists,
  TotalNetworks,
} from "./subnetsStorage.ts";

/** `root_dissolve_network` checks, in order. Writes nothing. */
export function validateRootDissolveNetwork(context: DispatchContext, netuid: number): void {
  ensureRoot(context.origin);
  if (!subnetExists(context.store, netuid))
    throw dispatchError("SubtensorModule", "SubnetNotExists", { netuid });
  if (netuid === ROOT_NETUID) throw dispatchError("SubtensorModule", "CannotDissolveRoot", { netuid });
}

/**
 * Dissolves existing non-root subnet `netuid` (§6.6 steps 1–4): refunds the pool's TAO to stakers
 * (the protocol's part is recycled), removes every per-netuid item, and emits `NetworkRemoved`.
 */
export function dissolveNetwork(
  store: KeyValueStore,
  ctx: BlockContext,
  netuid: number,
  hooks: SubnetDissolveHooks,
): void {
  // --- 2. Refund the pot; pending buckets and unclaimed alpha are discarded with the state below.
  const pot = SubnetTAO.get(store, netuid);
  const protocolWeight = SubnetProtocolAlpha.get(store, netuid) + SubnetAlphaIn.get(store, netuid);
  const shares = distributeSubnetPot(pot, hooks.stakesOnSubnet(store, netuid), protocolWeight);
  // The pot leaves SubnetTAO before it is paid out, so TotalIssuance = Σ free + Σ SubnetTAO holds
  // throughout: deposits move it to free balances, recycling removes it from issuance.
  SubnetTAO.remove(store, netuid);
  for (const { coldkey, tao } of shares.stakers) deposit(store, ctx, coldkey, tao);
  recycle(store, shares.protocol);

  // --- 1 and 3. Remove every per-netuid item (other modules' items through the hook).
  removeSubnetNeurons(store, netuid);
  removeHyperparameters(store, netuid);
  for (const item of SUBNET_MAPS) item.remove(store, netuid);
  hooks.removeSubnetState(store, netuid);

  // --- 4. Existence.
  NetworksAdded.remove(store, netuid);
  TotalNetworks.set(store, TotalNetworks.get(store) - 1);
  emitEvent(ctx, "SubtensorModule", "NetworkRemoved", { netuid });
}

/** `root_dissolve_network(netuid)`: validate, then dissolve. */
export function rootDissolveNetwork(
  context: DispatchContext,
  netuid: number,
  hooks: SubnetDissolveHooks,
): void {
  validateRootDissolveNetwork(context, netuid);
  dissolveNetwork(context.store, context.ctx, netuid, hooks);
}
