/**
 * chain.md §15 `set_identity(name, url, github_repo, image, discord, description, additional)` (C),
 * subtensor `utils/identity.rs::do_set_identity`: a coldkey that owns a hotkey registered on some subnet
 * stores its display identity, replacing any earlier one.
 *
 * Event: `ChainIdentitySet {coldkey}`. Raises, in order: `System.BadOrigin` (root),
 * `HotKeyNotRegisteredInNetwork` (no owned hotkey has a UID anywhere), `InvalidIdentity`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { OwnedHotkeys } from "../neurons/hotkeyOwner.ts";
import { isHotkeyRegisteredOnNetwork } from "../neurons/neuronsStorage.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { existingNetuids } from "../subnets/subnetsStorage.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { type ChainIdentity, chainIdentityViolation, IdentitiesV2 } from "./chainIdentity.ts";

/** True when some hotkey of `coldkey` has a UID on some subnet (subtensor `coldkey_owns_registered_hotkey`). */
export function coldkeyOwnsRegisteredHotkey(store: KeyValueStore, coldkey: string): boolean {
  const netuids = existingNetuids(store);
  return OwnedHotkeys.get(store, coldkey).some((hotkey) =>
    netuids.some((netuid) => isHotkeyRegisteredOnNetwork(store, netuid, hotkey)),
  );
}

/** Checks in order. Writes nothing. Returns the signing coldkey. */
export function validateSetIdentity(context: DispatchContext, identity: ChainIdentity): string {
  const coldkey = ensureSigned(context.origin);
  if (!coldkeyOwnsRegisteredHotkey(context.store, coldkey)) {
    throw dispatchError("SubtensorModule", "HotKeyNotRegisteredInNetwork", { coldkey });
  }
  const violation = chainIdentityViolation(identity);
  if (violation !== null)
    throw dispatchError("SubtensorModule", "InvalidIdentity", { coldkey, ...violation });
  return coldkey;
}

/** Stores the identity and emits `ChainIdentitySet`. */
export function applySetIdentity(context: DispatchContext, coldkey: string, identity: ChainIdentity): void {
  IdentitiesV2.set(context.store, identity, coldkey);
  emitEvent(context.ctx, "SubtensorModule", "ChainIdentitySet", { coldkey });
}

/** `set_identity`: validate, then apply. */
export function setIdentity(context: DispatchContext, identity: ChainIdentity): void {
  const coldkey = validateSetIdentity(context, identity);
  applySetIdentity(context, coldkey, identity);
}
