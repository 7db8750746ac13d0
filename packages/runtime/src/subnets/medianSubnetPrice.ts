/**
 * chain.md §6.2 effect 2, `p_med`: the median spot price (F18) over existing non-root subnets with a
 * positive price — odd count: the middle value; even: the floor of the mean of the two middle values;
 * none: 10^18. A new subnet's pool is seeded at this price (subtensor `subnets/subnet.rs`, pool seeding of
 * `do_register_network`).
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { F18_ONE, spotPrice } from "../swap/index.ts";
import { existingNetuids, ROOT_NETUID, SubnetAlphaIn, SubnetTAO } from "./subnetsStorage.ts";

/** The F18 median spot price of the non-root subnets, 10^18 when none has a positive price. */
export function medianSubnetPrice(store: KeyValueStore): bigint {
  const prices: bigint[] = [];
  for (const netuid of existingNetuids(store)) {
    if (netuid === ROOT_NETUID) continue;
    const price = spotPrice(SubnetTAO.get(store, netuid), SubnetAlphaIn.get(store, netuid));
    if (price > 0n) prices.push(price);
  }
  if (prices.length === 0) return F18_ONE;
  prices.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const middle = prices.length >> 1;
  if (prices.length % 2 === 1) return prices[middle]!;
  return (prices[middle - 1]! + prices[middle]!) / 2n;
}
