/**
 * chain.md §11.4 prune candidate (subtensor `subnets/registration.rs::get_neuron_to_prune`,
 * `get_immune_owner_hotkeys`): the uid a registration on a full subnet replaces, or null when none may be.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { ImmuneOwnerUidsLimit, ImmunityPeriod, MinNonImmuneUids } from "../subnets/hyperparameters.ts";
import { SubnetOwner, SubnetOwnerHotkey } from "../subnets/subnetsStorage.ts";
import { Owner } from "./hotkeyOwner.ts";
import { BlockAtRegistration, Emission, Keys, SubnetworkN, uidOfHotkey } from "./neuronsStorage.ts";

/** chain.md §11.1: a uid is immune iff `now − BlockAtRegistration < immunityPeriod`. */
export function isNeuronImmune(store: KeyValueStore, netuid: number, uid: number, now: number): boolean {
  return now - BlockAtRegistration.get(store, netuid, uid) < ImmunityPeriod.get(store, netuid);
}

/**
 * §11.4 step 1, the immortal uids: the owner hotkey (if registered) first, then the owner coldkey's other
 * registered hotkeys by earliest `BlockAtRegistration` (then uid), truncated to `immuneOwnerUidsLimit`.
 */
export function immuneOwnerUids(store: KeyValueStore, netuid: number): number[] {
  const ownerColdkey = SubnetOwner.get(store, netuid);
  const ownerHotkey = SubnetOwnerHotkey.get(store, netuid);
  const ownerUid = ownerHotkey === "" ? null : uidOfHotkey(store, netuid, ownerHotkey);
  const others: { uid: number; registeredAt: number }[] = [];
  const n = SubnetworkN.get(store, netuid);
  for (let uid = 0; uid < n; uid++) {
    if (uid === ownerUid) continue;
    const hotkey = Keys.get(store, netuid, uid);
    if (ownerColdkey !== "" && Owner.get(store, hotkey) === ownerColdkey) {
      others.push({ uid, registeredAt: BlockAtRegistration.get(store, netuid, uid) });
    }
  }
  others.sort((a, b) => a.registeredAt - b.registeredAt || a.uid - b.uid);
  const ordered = ownerUid === null ? others.map((o) => o.uid) : [ownerUid, ...others.map((o) => o.uid)];
  return ordered.slice(0, ImmuneOwnerUidsLimit.get(store, netuid));
}

type Candidate = { readonly uid: number; readonly emission: bigint; readonly registeredAt: number };

/** Lowest emission, then earliest registration, then lowest uid. */
function better(a: Candidate, b: Candidate | null): boolean {
  if (b === null) return true;
  if (a.emission !== b.emission) return a.emission < b.emission;
  if (a.registeredAt !== b.registeredAt) return a.registeredAt < b.registeredAt;
  return a.uid < b.uid;
}

/**
 * The uid a registration on full subnet `netuid` replaces at block `now`, or null (chain.md §11.4):
 * among uids outside the immortal set, the best non-immune candidate if more than `minNonImmuneUids`
 * uids are non-immune, else the best immune candidate, else none.
 */
export function getNeuronToPrune(store: KeyValueStore, netuid: number, now: number): number | null {
  const immortal = new Set(immuneOwnerUids(store, netuid));
  let bestNonImmune: Candidate | null = null;
  let bestImmune: Candidate | null = null;
  let nonImmuneCount = 0;
  const n = SubnetworkN.get(store, netuid);
  for (let uid = 0; uid < n; uid++) {
    if (immortal.has(uid)) continue;
    const candidate = {
      uid,
      emission: Emission.get(store, netuid, uid),
      registeredAt: BlockAtRegistration.get(store, netuid, uid),
    };
    if (isNeuronImmune(store, netuid, uid, now)) {
      if (better(candidate, bestImmune)) bestImmune = candidate;
    } else {
      nonImmuneCount++;
      if (better(candidate, bestNonImmune)) bestNonImmune = candidate;
    }
  }
  if (bestNonImmune !== null && nonImmuneCount > MinNonImmuneUids.get(store, netuid))
    return bestNonImmune.uid;
  return bestImmune?.uid ?? null;
}
