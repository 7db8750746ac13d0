/**
 * Chain-level records in the state. `BlockNumber` is the number of the last block applied to this state
 * (0 after genesis), so a block can only apply on top of its parent's state. `ChainName`, `FastBlocks` and
 * `Authorities` come from the chain spec (chain.md §17); keeping them in the genesis state makes the
 * genesis hash, and so every signature (§3.1 `chain`), specific to this chain.
 */
import { booleanCodec, jsonCodec, numberCodec, StorageValue, stringCodec } from "../state/storage.ts";

/** Number of the last block applied to this state. */
export const BlockNumber = new StorageValue("System.BlockNumber", numberCodec, 0);

/** The chain spec's `chainName`. */
export const ChainName = new StorageValue("System.ChainName", stringCodec, "");

/**
 * The chain spec's `fastBlocks` (chain.md §17): 250 ms blocks and the "fast" defaults. Rules that pick a
 * standard or fast default after genesis (a new subnet's §8.1 hyperparameters) read it here.
 */
export const FastBlocks = new StorageValue("System.FastBlocks", booleanCodec, false);

/** A BFT authority (chain.md §17): its account and voting weight. */
export type Authority = { readonly account: string; readonly weight: bigint };

/** The chain spec's `authorities` (account and weight; the p2p address is node configuration). */
export const Authorities = new StorageValue<readonly Authority[]>(
  "System.Authorities",
  jsonCodec(
    (list) => list.map(({ account, weight }) => ({ account, weight: weight.toString() })),
    (json: { account: string; weight: string }[]) =>
      json.map(({ account, weight }) => ({ account, weight: BigInt(weight) })),
  ),
  [],
);
