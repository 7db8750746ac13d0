/**
 * chain.md §17 genesis stakes (`spec.stakes`): each entry sets `Owner[hotkey] = coldkey` if the hotkey has
 * no owner yet, mints its TAO (`TotalIssuance += tao`, keeping `TotalIssuance = Σ balances + Σ pool TAO`)
 * and stakes it with `stakeInto` at zero fee and no price limit, in spec order. The `GenesisHooks.
 * applyStakes` step (genesis/genesisHooks.ts).
 *
 * Raises `ChainSpecError` at `stakes[i].netuid` for a subnet genesis did not create, and at
 * `stakes[i].tao` for an amount of 0 or one the pool refuses.
 */
import { DispatchError } from "@opentao/primitives";
import { TotalIssuance } from "../balances/balancesStorage.ts";
import type { BlockContext } from "../block/blockContext.ts";
import { type ChainSpec, ChainSpecError } from "../genesis/chainSpec.ts";
import { associateHotkey } from "../neurons/hotkeyOwner.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { subnetExists } from "../subnets/subnetsStorage.ts";
import { MAX_PRICE } from "../swap/index.ts";
import { stakeInto } from "./stakeInto.ts";

/** `GenesisStep` for `spec.stakes` (see the file comment). */
export function applyGenesisStakes(store: KeyValueStore, ctx: BlockContext, spec: ChainSpec): void {
  spec.stakes.forEach(({ coldkey, hotkey, netuid, tao }, i) => {
    const path = `stakes[${i}]`;
    if (!subnetExists(store, netuid)) {
      throw new ChainSpecError(`${path}.netuid`, `subnet ${netuid} does not exist at genesis`);
    }
    if (tao === 0n) throw new ChainSpecError(`${path}.tao`, "expected a positive amount, got 0");
    associateHotkey(store, coldkey, hotkey);
    // The TAO is minted straight into the pool: it enters issuance exactly as SubnetTAO grows.
    TotalIssuance.set(store, TotalIssuance.get(store) + tao);
    try {
      stakeInto(store, ctx, { hotkey, coldkey, netuid, tao, limit: MAX_PRICE, dropFees: true });
    } catch (error) {
      if (error instanceof DispatchError) {
        throw new ChainSpecError(`${path}.tao`, `the pool of subnet ${netuid} refused it (${error.error})`);
      }
      throw error;
    }
  });
}
