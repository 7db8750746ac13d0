/**
 * chain.md §10.5 `distributeEmission(n, S, V, R, O)`, subtensor `coinbase/run_coinbase.rs`
 * (`distribute_emission`, `calculate_dividend_and_incentive_distribution`,
 * `distribute_dividends_and_incentives`): run one subnet's epoch on the drained buckets, persist its
 * terms, and pay the alpha out — owner cut, incentives (owner keys' burned or recycled), alpha dividends
 * and root dividends with delegate take — recycling whatever is left unassigned. Compute first, then
 * persist: every amount is decided before the first stake moves.
 */
import { decodeSs58, toHex } from "@opentao/primitives";
import type { BlockContext } from "../block/blockContext.ts";
import { emitEvent } from "../block/blockContext.ts";
import type { EpochOutput } from "../epoch/epochTypes.ts";
import { runEpoch } from "../epoch/runEpoch.ts";
import { Owner } from "../neurons/hotkeyOwner.ts";
import { Keys, SubnetworkN } from "../neurons/neuronsStorage.ts";
import type { DrainedEpoch } from "../scheduler/drainDueEpochs.ts";
import { recordStakingHotkey } from "../staking/stakeInto.ts";
import { increaseStake, increaseStakeOnHotkey, previewMint } from "../staking/stakePosition.ts";
import { mulTaoWeight } from "../staking/stakeWeight.ts";
import { Delegates, RootClaimable, TotalHotkeyAlpha, TotalHotkeyShares } from "../staking/stakingStorage.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { RecycleOrBurnItem } from "../subnets/hyperparameters.ts";
import {
  LastMechanismStepBlock,
  MinerBurned,
  ROOT_NETUID,
  SubnetAlphaBurned,
  SubnetAlphaOut,
  SubnetOwner,
  SubnetOwnerHotkey,
} from "../subnets/subnetsStorage.ts";
import { F18_ONE, U16P_ONE } from "../swap/index.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { buildEpochInput } from "./buildEpochInput.ts";
import {
  AlphaDividendsPerSubnet,
  clearDividendRecords,
  RootAlphaDividendsPerSubnet,
} from "./coinbaseStorage.ts";
import { persistEpochTerms } from "./persistEpochTerms.ts";
import { splitDividendWithParents } from "./splitDividendWithParents.ts";

/** What one epoch paid, for callers and tests; every amount in alpha-rao. */
export type EmissionDistribution = {
  /** The epoch's outputs (null when the subnet has no uid). */
  readonly output: EpochOutput | null;
  /** Incentive per uid in uid order (`server_emission`), withheld ones included. */
  readonly incentives: readonly bigint[];
  /** Incentive withheld from owner keys (burned or recycled). */
  readonly withheld: bigint;
  /** Alpha dividend per hotkey (before take), ascending public-key order. */
  readonly alphaDividends: readonly (readonly [hotkey: string, amount: bigint])[];
  /** Root dividend per hotkey (before take), ascending public-key order. */
  readonly rootDividends: readonly (readonly [hotkey: string, amount: bigint])[];
  /** Alpha recycled by step 6 (`SubnetAlphaOut` went down by this much). */
  readonly recycled: bigint;
};

/** `Delegates[h]`, or `DefaultTake` while unset (chain.md §10.5, last line). */
function delegateTake(store: KeyValueStore, hotkey: string): bigint {
  return BigInt(
    Delegates.has(store, hotkey) ? Delegates.get(store, hotkey) : getNetworkParam(store, "DefaultTake"),
  );
}

/**
 * Stakes `x` to (hotkey, coldkey) on `netuid` as emission; false (nothing written) when there is no
 * coldkey or the pool would mint no shares for it — the caller then leaves `x` unassigned (recycled).
 */
function stakeReward(
  store: KeyValueStore,
  hotkey: string,
  coldkey: string,
  netuid: number,
  x: bigint,
): boolean {
  if (x === 0n) return true;
  if (hotkey === "" || coldkey === "" || previewMint(store, hotkey, netuid, x) === 0n) return false;
  increaseStake(store, hotkey, coldkey, netuid, x);
  recordStakingHotkey(store, coldkey, hotkey);
  return true;
}

/** `floor(amount·part/whole)`, 0 for an empty whole. */
function proRata(amount: bigint, part: bigint, whole: bigint): bigint {
  return whole === 0n ? 0n : (amount * part) / whole;
}

/** Hotkeys in ascending public-key byte order (chain.md §10.5 step 5): SS58 text order is not byte order. */
function byPublicKey(hotkeys: Iterable<string>): string[] {
  return [...hotkeys]
    .map((hotkey) => [toHex(decodeSs58(hotkey)), hotkey] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, hotkey]) => hotkey);
}

/**
 * chain.md §10.5 for the drained subnet `epoch` at block `ctx.now`: steps 1–7 as numbered below. Emits
 * `EpochRun {netuid, block, epochIndex, emission: S+V+R}`.
 */
export function distributeEmission(
  store: KeyValueStore,
  ctx: BlockContext,
  epoch: DrainedEpoch,
): EmissionDistribution {
  const { netuid, epochIndex, server: S, validator: V, rootAlpha: R, ownerCut: O } = epoch;
  const now = ctx.now;
  const raoEmission = S + V + R;
  const n = SubnetworkN.get(store, netuid);

  // --- 1. the epoch (yuma.md), its terms persisted in uid order ----------------------------------
  const output = n === 0 ? null : runEpoch(buildEpochInput(store, netuid, now, raoEmission));
  if (output !== null) persistEpochTerms(store, netuid, output);
  const hotkeys = Array.from({ length: n }, (_, uid) => Keys.get(store, netuid, uid));
  const incentives = output === null ? [] : [...output.serverEmission];
  const totalIncentive = incentives.reduce((sum, x) => sum + x, 0n);

  // --- 2. no incentive: the servers' bucket goes to the validators -------------------------------
  let validatorPot = totalIncentive === 0n ? V + S : V;
  // The epoch pays incentives out of all of S + V + R; per-block floors can leave S a few rao below
  // that half, so the dividend pots are capped at what the buckets still hold (v1: never over-issue).
  const budget = raoEmission > totalIncentive ? raoEmission - totalIncentive : 0n;
  const rootPot = R < budget ? R : budget;
  if (validatorPot > budget - rootPot) validatorPot = budget - rootPot;

  // --- 3. dividends over each hotkey and its parents (§12.8) --------------------------------------
  const dividends = new Map<string, bigint>();
  const credit = (hotkey: string, amount: bigint): void => {
    dividends.set(hotkey, (dividends.get(hotkey) ?? 0n) + amount);
  };
  output?.validatorEmission.forEach((d, uid) => {
    const hotkey = hotkeys[uid]!;
    if (hotkey === "" || d === 0n) return;
    const shares = splitDividendWithParents(store, netuid, hotkey, d);
    credit(hotkey, shares.child);
    for (const [parent, amount] of shares.parents) credit(parent, amount);
  });

  // --- 4. root / alpha split per hotkey, then each pot pro rata ------------------------------------
  const ordered = byPublicKey(dividends.keys());
  const rootDiv = new Map<string, bigint>();
  const alphaDiv = new Map<string, bigint>();
  for (const hotkey of ordered) {
    const d = dividends.get(hotkey)!;
    const a = TotalHotkeyAlpha.get(store, hotkey, netuid);
    const r = mulTaoWeight(store, TotalHotkeyAlpha.get(store, hotkey, ROOT_NETUID));
    const root = a + r === 0n ? 0n : (d * r) / (a + r);
    rootDiv.set(hotkey, root);
    alphaDiv.set(hotkey, d - root);
  }
  const sumRoot = ordered.reduce((sum, h) => sum + rootDiv.get(h)!, 0n);
  const sumAlpha = ordered.reduce((sum, h) => sum + alphaDiv.get(h)!, 0n);
  const alphaDividends = ordered.map((h) => [h, proRata(validatorPot, alphaDiv.get(h)!, sumAlpha)] as const);
  const rootDividends = ordered.map((h) => [h, proRata(rootPot, rootDiv.get(h)!, sumRoot)] as const);

  // --- 5. payouts ----------------------------------------------------------------------------------
  let assigned = 0n;
  // Owner cut.
  if (stakeReward(store, SubnetOwnerHotkey.get(store, netuid), SubnetOwner.get(store, netuid), netuid, O)) {
    assigned += O;
  }
  // Incentives, uid order; the owner's own keys never earn incentive on their subnet.
  const ownerColdkey = SubnetOwner.get(store, netuid);
  const ownerHotkey = SubnetOwnerHotkey.get(store, netuid);
  const recycleOwnerIncentive = RecycleOrBurnItem.get(store, netuid) === "Recycle";
  let withheld = 0n;
  incentives.forEach((x, uid) => {
    const hotkey = hotkeys[uid]!;
    if (x === 0n || hotkey === "") return;
    const owner = Owner.get(store, hotkey);
    if (hotkey === ownerHotkey || (ownerColdkey !== "" && owner === ownerColdkey)) {
      withheld += x;
      if (!recycleOwnerIncentive) {
        SubnetAlphaBurned.set(store, SubnetAlphaBurned.get(store, netuid) + x, netuid);
        assigned += x;
      } // Recycle: left unassigned, so step 6 takes it out of SubnetAlphaOut.
      return;
    }
    if (stakeReward(store, hotkey, owner, netuid, x)) assigned += x;
  });
  MinerBurned.set(store, totalIncentive === 0n ? 0n : (withheld * F18_ONE) / totalIncentive, netuid);
  // Alpha dividends: the take to the hotkey's owner, the rest to all its stakers pro rata.
  clearDividendRecords(store, netuid);
  for (const [hotkey, y] of alphaDividends) {
    if (y === 0n) continue;
    const owner = Owner.get(store, hotkey);
    const take = (y * delegateTake(store, hotkey)) / U16P_ONE;
    AlphaDividendsPerSubnet.set(store, y - take, netuid, hotkey);
    if (TotalHotkeyShares.get(store, hotkey, netuid) === 0n) {
      // Nobody stakes on this hotkey yet: take and rest both open its owner's position.
      if (stakeReward(store, hotkey, owner, netuid, y)) assigned += y;
      continue;
    }
    if (stakeReward(store, hotkey, owner, netuid, take)) assigned += take;
    increaseStakeOnHotkey(store, hotkey, netuid, y - take);
    assigned += y - take;
  }
  // Root dividends: the take staked on `n`, the rest claimable per rao of root stake (§12.9).
  for (const [hotkey, z] of rootDividends) {
    if (z === 0n) continue;
    const owner = Owner.get(store, hotkey);
    const take = (z * delegateTake(store, hotkey)) / U16P_ONE;
    if (stakeReward(store, hotkey, owner, netuid, take)) assigned += take;
    const q = z - take;
    if (q === 0n) continue;
    const rootStake = TotalHotkeyAlpha.get(store, hotkey, ROOT_NETUID);
    if (q > rootStake) {
      if (stakeReward(store, hotkey, owner, netuid, q)) assigned += q;
    } else {
      const rate = RootClaimable.get(store, hotkey, netuid) + (q * F18_ONE) / rootStake;
      RootClaimable.set(store, rate, hotkey, netuid);
      // Held as unclaimed root dividends (§2.3) until claimed; the rate's floor stays in SubnetAlphaOut.
      assigned += q;
    }
    RootAlphaDividendsPerSubnet.set(store, q, netuid, hotkey);
  }

  // --- 6. recycle what nobody received -------------------------------------------------------------
  const recycled = raoEmission + O - assigned;
  if (recycled > 0n) SubnetAlphaOut.set(store, SubnetAlphaOut.get(store, netuid) - recycled, netuid);

  // --- 7. the mechanism step is done -------------------------------------------------------------
  LastMechanismStepBlock.set(store, now, netuid);
  emitEvent(ctx, "SubtensorModule", "EpochRun", {
    netuid,
    block: now,
    epochIndex,
    emission: raoEmission.toString(),
  });
  return { output, incentives, withheld, alphaDividends, rootDividends, recycled };
}
