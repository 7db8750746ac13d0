/**
 * chain.md §6.7 `set_subnet_identity(netuid, subnet_name, github_repo, subnet_contact, subnet_url, discord,
 * description, logo_url, additional)` (O), subtensor `utils/identity.rs::do_set_subnet_identity`.
 *
 * Event: `SubnetIdentitySet {netuid}`. Raises, in order: `NotSubnetOwner` (a missing subnet has no owner),
 * `InvalidIdentity`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSubnetOwner } from "./_origin.ts";
import { type SubnetIdentity, subnetIdentityViolation } from "./subnetIdentity.ts";
import { SubnetIdentitiesV3 } from "./subnetsStorage.ts";

/** Checks in order. Writes nothing. */
export function validateSetSubnetIdentity(
  context: DispatchContext,
  netuid: number,
  identity: SubnetIdentity,
): void {
  ensureSubnetOwner(context.store, context.origin, netuid);
  const violation = subnetIdentityViolation(identity);
  if (violation !== null) throw dispatchError("SubtensorModule", "InvalidIdentity", { netuid, ...violation });
}

/** Stores the identity and emits `SubnetIdentitySet`. */
export function applySetSubnetIdentity(
  context: DispatchContext,
  netuid: number,
  identity: SubnetIdentity,
): void {
  SubnetIdentitiesV3.set(context.store, identity, netuid);
  emitEvent(context.ctx, "SubtensorModule", "SubnetIdentitySet", { netuid });
}

/** `set_subnet_identity`: validate, then apply. */
export function setSubnetIdentity(context: DispatchContext, netuid: number, identity: SubnetIdentity): void {
  validateSetSubnetIdentity(context, netuid, identity);
  applySetSubnetIdentity(context, netuid, identity);
}
