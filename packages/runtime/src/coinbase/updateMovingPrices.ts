/**
 * chain.md §10.6 price EMA as pipeline step 5 (after the coinbase used the old EMA), subtensor
 * `staking/stake_utils.rs::update_moving_price`: `SubnetMovingPrice` of every emitting subnet moves
 * towards its spot price (capped at 1 TAO) by the pure `updateMovingPrice`.
 */
import type { BlockContext } from "../block/blockContext.ts";
import { subnetPrice } from "../staking/subnetPool.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { EmaPriceHalvingBlocks } from "../subnets/hyperparameters.ts";
import { FirstEmissionBlockNumber, SubnetMovingPrice } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { emittingSubnets } from "./emittingSubnets.ts";
import { updateMovingPrice } from "./updateMovingPrice.ts";

/** Pipeline step 5 (chain.md §4.2, §10.6) for block `ctx.now`. */
export function updateMovingPrices(store: KeyValueStore, ctx: Pick<BlockContext, "now">): void {
  const subnetMovingAlpha = getNetworkParam(store, "SubnetMovingAlpha");
  for (const netuid of emittingSubnets(store)) {
    const next = updateMovingPrice({
      now: BigInt(ctx.now),
      firstEmissionBlockNumber: BigInt(FirstEmissionBlockNumber.get(store, netuid)),
      emaPriceHalvingBlocks: BigInt(EmaPriceHalvingBlocks.get(store, netuid)),
      subnetMovingAlpha,
      price: subnetPrice(store, netuid),
      movingPrice: SubnetMovingPrice.get(store, netuid),
    });
    SubnetMovingPrice.set(store, next, netuid);
  }
}
