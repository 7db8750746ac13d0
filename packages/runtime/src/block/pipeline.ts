/**
 * The per-block pipeline of chain.md §4.2, steps 0–7 (step 8, the extrinsics, is the block's). Each step
 * that belongs to another module is a typed hook in `PIPELINE_HOOKS`, so tests can run the pipeline with
 * steps of their own, and the order below stays the one place that says what runs when.
 */
import { currentBlockEmission } from "../coinbase/currentBlockEmission.ts";
import { runCoinbase } from "../coinbase/runCoinbase.ts";
import { updateMovingPrices } from "../coinbase/updateMovingPrices.ts";
import { updateRootProportions } from "../coinbase/updateRootProportions.ts";
import { decayBurns } from "../neurons/decayBurns.ts";
import { applyPendingChildkeys } from "../staking/applyPendingChildkeys.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { BlockNumber } from "../system/systemStorage.ts";
import type { BlockContext } from "./blockContext.ts";

/** A pipeline step: reads and writes the block's state; events land in the initialization phase. */
export type BlockStep = (store: KeyValueStore, ctx: BlockContext) => void;

/** The steps of chain.md §4.2 owned by other modules, one hook each. */
export type PipelineHooks = {
  /** Step 1, §11.2: decay `Burn[n]` of every subnet by its half-life factor, then clamp (registration/). */
  readonly decayBurns: BlockStep;
  /** Step 2, §2.2: `E = blockEmission(TotalIssuance)`; reads only, mints nothing (coinbase/). */
  readonly blockEmission: (store: KeyValueStore) => bigint;
  /** Step 4, §10: the coinbase with this block's `E`, including due epochs (coinbase/). */
  readonly runCoinbase: (store: KeyValueStore, ctx: BlockContext, emission: bigint) => void;
  /** Step 5, §10.6: `SubnetMovingPrice` EMA of emitting subnets (coinbase/). */
  readonly updateMovingPrices: BlockStep;
  /** Step 6, §10.3: `RootProp[n]` of emitting subnets, informational (coinbase/). */
  readonly updateRootProportions: BlockStep;
  /** Step 7, §12.8: due pending childkeys on subnets with `LastEpochBlock == now` (staking/). */
  readonly applyPendingChildkeys: BlockStep;
};

/** The runtime's hooks: each step's owning module. */
export const PIPELINE_HOOKS: PipelineHooks = {
  decayBurns,
  blockEmission: currentBlockEmission,
  runCoinbase,
  updateMovingPrices,
  updateRootProportions,
  applyPendingChildkeys,
};

/**
 * Runs steps 0–7 of chain.md §4.2 for the block of `ctx` (never block 0: genesis runs no steps).
 *
 * Why this order (subtensor `coinbase/block_step.rs`):
 * - 1 before 4 and 8: burn prices decay once per block before anyone registers at them.
 * - 2 before 4: `E` depends on issuance before this block mints anything, so minting cannot feed back.
 * - 4 before 5 and 6: the coinbase splits TAO by the moving prices of the previous block; the EMA moves
 *   only after it has been used, and RootProp reports the proportions this block's coinbase produced.
 * - 7 after 4: pending childkeys apply on subnets whose epoch ran in this block's coinbase
 *   (`LastEpochBlock == now`), so an epoch never sees a half-applied childkey change.
 * - extrinsics (8) last: calls see this block's emission, prices and childkeys.
 */
export function runBlockPipeline(store: KeyValueStore, ctx: BlockContext, hooks: PipelineHooks): void {
  BlockNumber.set(store, ctx.now); //                         0. now, timestamp, author: ctx; no events yet
  hooks.decayBurns(store, ctx); //                            1. burn decay
  const emission = hooks.blockEmission(store); //             2. E = blockEmission(TotalIssuance)
  //                                                          3. (reserved: timelocked reveals, CRv3, §13.4)
  hooks.runCoinbase(store, ctx, emission); //                 4. coinbase, due epochs
  hooks.updateMovingPrices(store, ctx); //                    5. price EMA
  hooks.updateRootProportions(store, ctx); //                 6. RootProp
  hooks.applyPendingChildkeys(store, ctx); //                 7. due pending childkeys
}
