/**
 * chain.md §12.8 dividend split (§10.5 step 3), subtensor
 * `coinbase/run_coinbase.rs::get_parent_child_dividends_distribution`: a child hotkey's epoch dividend
 * shared with its parents in proportion to the weighted stake each contributes to it, less the CK burn
 * and the child's childkey take on parents owned by another coldkey. Pure reads.
 */
import { Owner } from "../neurons/hotkeyOwner.ts";
import { mulTaoWeight, U64P_ONE } from "../staking/stakeWeight.ts";
import { ChildKeys, ChildkeyTake, ParentKeys, TotalHotkeyAlpha } from "../staking/stakingStorage.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { MinChildkeyTakePerSubnet } from "../subnets/hyperparameters.ts";
import { ROOT_NETUID } from "../subnets/subnetsStorage.ts";
import { U16P_ONE } from "../swap/index.ts";
import { getNetworkParam } from "../system/networkParams.ts";

/** Where one dividend goes: the child's part, each parent's part (in `ParentKeys` order), the CK burn. */
export type DividendShares = {
  readonly child: bigint;
  readonly parents: readonly (readonly [hotkey: string, amount: bigint])[];
  /** Recycled (CKBurn); `child + Σ parents + burned == dividend`. */
  readonly burned: bigint;
};

/** The effective childkey take of `hotkey` on `netuid`: `max(stored, MinChildkeyTake, minChildkeyTake[n])`. */
function childkeyTake(store: KeyValueStore, hotkey: string, netuid: number): bigint {
  const floor = Math.max(
    getNetworkParam(store, "MinChildkeyTake"),
    MinChildkeyTakePerSubnet.get(store, netuid),
  );
  return BigInt(Math.max(ChildkeyTake.get(store, hotkey, netuid), floor));
}

/**
 * chain.md §12.8: with `self = floor(own_alpha·(U − Σp_children)/U) + mulW(floor(own_root·(U −
 * Σp_children)/U))` and `c_P = floor(alpha_P·p/U) + mulW(floor(root_P·p/U))`, `T = self + Σ c_P` (if
 * `T == 0` the child keeps `d`); parent `P` gets `e_P = floor(d·c_P/T)` less, when `Owner[P] ≠
 * Owner[h]`, `burn = floor(e_P·CKBurn/65535)` and `take = floor(e_P·childkeyTake(h)/65535)`; the child
 * gets `d − Σ floor(d·c_P/T) + Σ take`.
 */
export function splitDividendWithParents(
  store: KeyValueStore,
  netuid: number,
  hotkey: string,
  dividend: bigint,
): DividendShares {
  const parents = ParentKeys.get(store, hotkey, netuid);
  if (parents.length === 0 || dividend === 0n) return { child: dividend, parents: [], burned: 0n };
  const given = ChildKeys.get(store, hotkey, netuid).reduce((sum, [p]) => sum + p, 0n);
  const kept = given < U64P_ONE ? U64P_ONE - given : 0n;
  const ownAlpha = TotalHotkeyAlpha.get(store, hotkey, netuid);
  const ownRoot = TotalHotkeyAlpha.get(store, hotkey, ROOT_NETUID);
  const self = (ownAlpha * kept) / U64P_ONE + mulTaoWeight(store, (ownRoot * kept) / U64P_ONE);
  const contributions = parents.map(([p, parent]) => {
    const alpha = TotalHotkeyAlpha.get(store, parent, netuid);
    const root = TotalHotkeyAlpha.get(store, parent, ROOT_NETUID);
    return [parent, (alpha * p) / U64P_ONE + mulTaoWeight(store, (root * p) / U64P_ONE)] as const;
  });
  const total = contributions.reduce((sum, [, c]) => sum + c, self);
  if (total === 0n) return { child: dividend, parents: [], burned: 0n };
  const ckBurn = BigInt(getNetworkParam(store, "CKBurn"));
  const take = childkeyTake(store, hotkey, netuid);
  const childOwner = Owner.get(store, hotkey);
  let child = dividend;
  let burned = 0n;
  const out: (readonly [string, bigint])[] = [];
  for (const [parent, contribution] of contributions) {
    const share = (dividend * contribution) / total;
    child -= share;
    let toParent = share;
    // Same owner on both sides: no take and no burn, the coldkey pays itself.
    if (Owner.get(store, parent) !== childOwner) {
      const burn = (share * ckBurn) / U16P_ONE;
      const childTake = (share * take) / U16P_ONE;
      toParent -= burn + childTake;
      burned += burn;
      child += childTake;
    }
    out.push([parent, toParent]);
  }
  return { child, parents: out, burned };
}
