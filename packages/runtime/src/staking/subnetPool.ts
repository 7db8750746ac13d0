/**
 * chain.md §9 pool reads for staking: a subnet's pool as swap/ takes it (root is 1:1 with no fee) and its
 * spot price, from `SubnetTAO`, `SubnetAlphaIn` and `FeeRate`.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { FeeRate } from "../subnets/hyperparameters.ts";
import { ROOT_NETUID, SubnetAlphaIn, SubnetTAO } from "../subnets/subnetsStorage.ts";
import { type Pool, ROOT_SPOT_PRICE, spotPrice } from "../swap/index.ts";

/** The pool of `netuid` for swap/'s limit functions: `{isRoot: true}` on root. */
export function subnetPool(store: KeyValueStore, netuid: number): Pool {
  if (netuid === ROOT_NETUID) return { isRoot: true };
  return {
    tau: SubnetTAO.get(store, netuid),
    alpha: SubnetAlphaIn.get(store, netuid),
    feeRate: BigInt(FeeRate.get(store, netuid)),
  };
}

/** `price(n)` (F18 TAO per alpha): `10^18` on root, else `floor(τ·10^18/α)` (0 for an empty reserve). */
export function subnetPrice(store: KeyValueStore, netuid: number): bigint {
  if (netuid === ROOT_NETUID) return ROOT_SPOT_PRICE;
  return spotPrice(SubnetTAO.get(store, netuid), SubnetAlphaIn.get(store, netuid));
}
