/**
 * chain.md §10.3 `RootProp[n] = rootProportion(n)` as pipeline step 6 (informational, shown as
 * `DynamicInfo.rootProp`), subtensor `coinbase/root.rs` root-proportion record: for every emitting
 * subnet, the proportion this block's coinbase produced.
 */
import type { BlockContext } from "../block/blockContext.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { RootProp } from "./coinbaseStorage.ts";
import { emittingSubnets } from "./emittingSubnets.ts";
import { rootProportion } from "./rootProportion.ts";

/** Pipeline step 6 (chain.md §4.2, §10.3). `ctx` is unused: the step depends on state only. */
export function updateRootProportions(store: KeyValueStore, _ctx?: Pick<BlockContext, "now">): void {
  for (const netuid of emittingSubnets(store)) RootProp.set(store, rootProportion(store, netuid), netuid);
}
