/**
 * chain.md §12.8 pieces shared by `set_children` and pipeline step 7 (subtensor `staking/set_children.rs`
 * `do_set_childkeys`, `set_children_and_parents`): the check-6 consistency rules, the write that replaces
 * a hotkey's children and keeps `ParentKeys` in step, and the §3.1 JSON form of a list. Internal to
 * staking/.
 */
import type { DispatchErrorName, ErrorFields, JsonValue } from "@opentao/primitives";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { U64P_ONE } from "./stakeWeight.ts";
import { ChildKeys, type KeyProportion, ParentKeys } from "./stakingStorage.ts";

/** At most 5 children per (hotkey, netuid) (§12.8 check 6). */
export const MAX_CHILDREN = 5;

/** A failed consistency rule: its §20 name and the numbers it compared. */
export type ChildrenInconsistency = { readonly error: DispatchErrorName; readonly fields: ErrorFields };

/**
 * §12.8 check 6, in order: ≤ 5 children (`TooManyChildren`); no child is `hotkey` (`InvalidChild`);
 * Σ proportions ≤ U (`ProportionOverflow`); no child is currently a parent of `hotkey` on `netuid`
 * (`ChildParentInconsistency`). Null when the list passes. Pure.
 */
export function childrenInconsistency(
  store: KeyValueStore,
  hotkey: string,
  netuid: number,
  children: readonly KeyProportion[],
): ChildrenInconsistency | null {
  if (children.length > MAX_CHILDREN) {
    return {
      error: "TooManyChildren",
      fields: { hotkey, netuid, count: children.length, max: MAX_CHILDREN },
    };
  }
  for (const [, child] of children) {
    if (child === hotkey) return { error: "InvalidChild", fields: { hotkey, netuid, child } };
  }
  let total = 0n;
  for (const [proportion] of children) total += proportion;
  if (total > U64P_ONE) {
    return { error: "ProportionOverflow", fields: { hotkey, netuid, total, max: U64P_ONE } };
  }
  const parents = ParentKeys.get(store, hotkey, netuid);
  for (const [, child] of children) {
    if (parents.some(([, parent]) => parent === child)) {
      return { error: "ChildParentInconsistency", fields: { hotkey, netuid, child } };
    }
  }
  return null;
}

/**
 * Replaces `ChildKeys[hotkey][netuid]` with `children` (an empty list revokes them all) and updates the
 * `ParentKeys` of every removed and added child: `hotkey` leaves the old children's parent lists, then
 * joins each new child's list (appended, as subtensor) with its proportion.
 */
export function applyChildren(
  store: KeyValueStore,
  hotkey: string,
  netuid: number,
  children: readonly KeyProportion[],
): void {
  for (const [, child] of ChildKeys.get(store, hotkey, netuid)) {
    const rest = ParentKeys.get(store, child, netuid).filter(([, parent]) => parent !== hotkey);
    if (rest.length === 0) ParentKeys.remove(store, child, netuid);
    else ParentKeys.set(store, rest, child, netuid);
  }
  for (const [proportion, child] of children) {
    const parents = ParentKeys.get(store, child, netuid);
    ParentKeys.set(store, [...parents, [proportion, hotkey] as const], child, netuid);
  }
  if (children.length === 0) ChildKeys.remove(store, hotkey, netuid);
  else ChildKeys.set(store, children, hotkey, netuid);
}

/** A childkey list in its §3.1 event form: `[[proportion decimal string, child SS58], …]`. */
export function childrenJson(children: readonly KeyProportion[]): JsonValue {
  return children.map(([proportion, child]) => [proportion.toString(), child]);
}
