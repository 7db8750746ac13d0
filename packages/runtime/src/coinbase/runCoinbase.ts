/**
 * chain.md §10 coinbase (pipeline step 4), subtensor `coinbase/run_coinbase.rs::run_coinbase`: share
 * this block's TAO emission among the emitting subnets, inject it (pool reserves and chain buys), issue
 * each subnet's participant alpha into its pending buckets, then drain the subnets whose epoch is due
 * (§7) and distribute their buckets (§10.5). Reads as the spec's numbered list; every per-subnet term is
 * computed before the first injection.
 */
import { TotalIssuance } from "../balances/balancesStorage.ts";
import type { BlockContext } from "../block/blockContext.ts";
import { drainDueEpochs } from "../scheduler/drainDueEpochs.ts";
import { subnetPrice } from "../staking/subnetPool.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { FeeRate, OwnerCutEnabled } from "../subnets/hyperparameters.ts";
import {
  MinerBurned,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetEmissionEnabled,
  SubnetMovingPrice,
  SubnetProtocolAlpha,
  SubnetTAO,
  SubnetVolume,
} from "../subnets/subnetsStorage.ts";
import { F18_ONE, MAX_PRICE, SwapError, swapBuy } from "../swap/index.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import {
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetAlphaInEmission,
  SubnetAlphaOutEmission,
  SubnetExcessTao,
  SubnetTaoEmission,
  SubnetTaoInEmission,
} from "./coinbaseStorage.ts";
import { distributeEmission } from "./distributeEmission.ts";
import { emittingSubnets } from "./emittingSubnets.ts";
import { rootProportion } from "./rootProportion.ts";
import { splitParticipantAlpha } from "./splitParticipantAlpha.ts";
import { splitTaoEmission } from "./splitTaoEmission.ts";
import { type SubnetEmissionTerms, subnetEmissionTerms } from "./subnetEmissionTerms.ts";

/**
 * §10.4 step 1: the chain buy of `excess` rao on `netuid` (fee-less, limit MAX_PRICE); the alpha bought
 * becomes protocol-owned. Returns the TAO that entered the pool (to be minted): 0 when the buy fails.
 */
function chainBuy(store: KeyValueStore, netuid: number, excess: bigint): bigint {
  if (excess === 0n) return 0n;
  let result: ReturnType<typeof swapBuy>;
  try {
    result = swapBuy({
      tau: SubnetTAO.get(store, netuid),
      alpha: SubnetAlphaIn.get(store, netuid),
      feeRate: BigInt(FeeRate.get(store, netuid)),
      limit: MAX_PRICE,
      amount: excess,
      dropFees: true,
    });
  } catch (error) {
    // A refused buy (reserves too low, input too large, …) mints nothing (§10.4 step 1).
    if (error instanceof SwapError) return 0n;
    throw error;
  }
  SubnetTAO.set(store, result.newTau, netuid);
  SubnetAlphaIn.set(store, result.newAlpha, netuid);
  SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, netuid) + result.out, netuid);
  SubnetProtocolAlpha.set(store, SubnetProtocolAlpha.get(store, netuid) + result.out, netuid);
  SubnetVolume.set(store, SubnetVolume.get(store, netuid) + result.paidIn, netuid);
  // Fee-less: nothing goes to the author, and a refund (partial fill) is simply never minted.
  return result.paidIn;
}

/** Adds `amount` to a per-subnet bucket. */
function addTo(
  store: KeyValueStore,
  item: typeof PendingServerEmission,
  netuid: number,
  amount: bigint,
): void {
  if (amount > 0n) item.set(store, item.get(store, netuid) + amount, netuid);
}

/**
 * chain.md §10 for block `ctx.now` with this block's emission `emission` (pipeline step 2's `E`).
 * Mints the TAO it injects (`TotalIssuance`), issues alpha (`SubnetAlphaOut`), and emits `EpochDeferred`
 * and `EpochRun` events.
 */
export function runCoinbase(store: KeyValueStore, ctx: BlockContext, emission: bigint): void {
  // 1. emitting set (§10.1), ascending netuid
  const emitting = emittingSubnets(store);

  // 2. TAO split by moving price (§10.1)
  const taoEmissions = splitTaoEmission(
    emission,
    emitting.map((netuid) => ({
      movingPrice: SubnetMovingPrice.get(store, netuid),
      minerBurned: MinerBurned.get(store, netuid),
      emissionEnabled: SubnetEmissionEnabled.get(store, netuid),
    })),
  );

  // 3. root-sell flag, before any change in this block (§10.2)
  const rootSell = emitting.reduce((sum, netuid) => sum + SubnetMovingPrice.get(store, netuid), 0n) > F18_ONE;

  // 4. per-subnet terms, all before any injection (§10.3)
  const terms: SubnetEmissionTerms[] = emitting.map((netuid, i) =>
    subnetEmissionTerms({
      taoEmission: taoEmissions[i]!,
      price: subnetPrice(store, netuid),
      alphaIssuance: SubnetAlphaIn.get(store, netuid) + SubnetAlphaOut.get(store, netuid),
      rootProportion: rootProportion(store, netuid),
    }),
  );

  // 5. injection and chain buys; only the TAO that entered a pool is minted (§10.4 steps 1–3)
  let minted = 0n;
  emitting.forEach((netuid, i) => {
    const { alphaIn, taoIn, excess } = terms[i]!;
    const bought = chainBuy(store, netuid, excess);
    SubnetExcessTao.set(store, bought, netuid);
    SubnetAlphaIn.set(store, SubnetAlphaIn.get(store, netuid) + alphaIn, netuid);
    SubnetTAO.set(store, SubnetTAO.get(store, netuid) + taoIn, netuid);
    SubnetAlphaInEmission.set(store, alphaIn, netuid);
    SubnetTaoInEmission.set(store, taoIn, netuid);
    SubnetTaoEmission.set(store, taoEmissions[i]!, netuid);
    minted += bought + taoIn;
  });
  TotalIssuance.set(store, TotalIssuance.get(store) + minted);

  // 6. participant alpha into the pending buckets (§10.4, second list)
  const subnetOwnerCut = BigInt(getNetworkParam(store, "SubnetOwnerCut"));
  emitting.forEach((netuid, i) => {
    const { alphaOut } = terms[i]!;
    SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, netuid) + alphaOut, netuid);
    SubnetAlphaOutEmission.set(store, alphaOut, netuid);
    // rootProportion again: it now includes this block's alphaIn and alphaOut.
    const split = splitParticipantAlpha({
      alphaOut,
      ownerCutEnabled: OwnerCutEnabled.get(store, netuid),
      subnetOwnerCut,
      rootProportion: rootProportion(store, netuid),
    });
    addTo(store, PendingOwnerCut, netuid, split.ownerCut);
    addTo(store, PendingServerEmission, netuid, split.server);
    addTo(store, PendingValidatorEmission, netuid, split.validator);
    if (rootSell) addTo(store, PendingRootAlphaDivs, netuid, split.rootAlpha);
    else if (split.rootAlpha > 0n) {
      // Root stakers only share while root sells; otherwise their part is recycled.
      SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, netuid) - split.rootAlpha, netuid);
    }
  });

  // 7. drain due epochs (§7), then run and distribute each drained subnet in ascending netuid (§10.5)
  for (const epoch of drainDueEpochs(store, ctx)) distributeEmission(store, ctx, epoch);
}
