/**
 * chain.md §4.2 pipeline step 1 and §11.2 per-block burn decay over state (subtensor
 * `coinbase/block_step.rs::update_registration_prices_for_networks`): registration/'s pure `decayBurn`
 * applied to `Burn[n]` of every non-root subnet, in ascending netuid.
 */
import type { BlockContext } from "../block/blockContext.ts";
import { decayBurn } from "../registration/index.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { Burn, BurnHalfLife, MaxBurn, MinBurn } from "../subnets/hyperparameters.ts";
import { existingNetuids, ROOT_NETUID } from "../subnets/subnetsStorage.ts";

/** Decays and clamps the registration price of every non-root subnet for block `ctx.now` (a `BlockStep`). */
export function decayBurns(store: KeyValueStore, ctx: Pick<BlockContext, "now">): void {
  const now = ctx.now;
  for (const netuid of existingNetuids(store)) {
    if (netuid === ROOT_NETUID) continue;
    const burn = Burn.get(store, netuid);
    const next = decayBurn({
      burn,
      burnHalfLife: BigInt(BurnHalfLife.get(store, netuid)),
      minBurn: MinBurn.get(store, netuid),
      maxBurn: MaxBurn.get(store, netuid),
      now: BigInt(now),
    });
    // Written only on change, as subtensor, so an idle subnet leaves no state diff.
    if (next !== burn) Burn.set(store, next, netuid);
  }
}
