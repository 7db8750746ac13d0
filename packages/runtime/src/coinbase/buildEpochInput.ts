/**
 * chain.md §10.5 step 1 / yuma.md §3: the `EpochInput` of one subnet's epoch (mechanism 0) read from
 * state at block `now`, after the drain has advanced the schedule (§7). subtensor
 * `epoch/run_epoch.rs::epoch_mechanism`'s reads. Pure reads; every per-uid vector is in uid order
 * `0..SubnetworkN−1`.
 */
import type { EpochInput } from "../epoch/epochTypes.ts";
import {
  BlockAtRegistration,
  Bonds,
  Keys,
  LastUpdate,
  SubnetworkN,
  uidOfHotkey,
  ValidatorPermit,
  Weights,
} from "../neurons/neuronsStorage.ts";
import { inheritedPair } from "../staking/stakeWeight.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import {
  ActivityCutoffFactorMilli,
  AlphaSigmoidSteepness,
  AlphaValues,
  BondsMovingAverage,
  BondsPenalty,
  CommitRevealWeightsEnabled,
  Kappa,
  LiquidAlphaOn,
  MaxAllowedValidators,
  Tempo,
  Yuma3On,
} from "../subnets/hyperparameters.ts";
import { LastMechanismStepBlock, SubnetOwnerHotkey } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { commitBlocksOfHotkeys } from "../weights/commitBlockForEpoch.ts";

/**
 * The epoch's activity cutoff (chain.md §7, yuma.md §3): `max(1, floor(factor·tempo/1000))` blocks.
 *
 * @example activityCutoffBlocks(13_889, 360) // 5000n
 */
export function activityCutoffBlocks(factorMilli: number, tempo: number): bigint {
  const cutoff = (BigInt(factorMilli) * BigInt(tempo)) / 1000n;
  return cutoff > 1n ? cutoff : 1n;
}

/**
 * yuma.md §3's input for subnet `netuid` at block `now` with `raoEmission = S + V + R` (chain.md §10.5):
 * hyperparameters, `TaoWeight` and `StakeThreshold`, the owner uid (the uid of `SubnetOwnerHotkey` when
 * registered), per-uid inherited alpha and root stake (§12.7), `LastUpdate`, `BlockAtRegistration` (0 for
 * a uid without a hotkey), the stored (previous) permits, commit blocks (yuma.md §3.1), weights and bonds.
 */
export function buildEpochInput(
  store: KeyValueStore,
  netuid: number,
  now: number,
  raoEmission: bigint,
): EpochInput {
  const n = SubnetworkN.get(store, netuid);
  const tempo = Tempo.get(store, netuid);
  const [alphaLow, alphaHigh] = AlphaValues.get(store, netuid);
  const ownerHotkey = SubnetOwnerHotkey.get(store, netuid);
  const alphaStake: bigint[] = [];
  const taoStake: bigint[] = [];
  const lastUpdate: bigint[] = [];
  const blockAtRegistration: bigint[] = [];
  const validatorPermit: boolean[] = [];
  const weights: EpochInput["weights"][number][] = [];
  const bonds: EpochInput["bonds"][number][] = [];
  const hotkeys: string[] = [];
  for (let uid = 0; uid < n; uid += 1) {
    const hotkey = Keys.get(store, netuid, uid);
    hotkeys.push(hotkey);
    const registered = hotkey !== "";
    const [alpha, tao] = registered ? inheritedPair(store, hotkey, netuid) : [0n, 0n];
    alphaStake.push(alpha);
    taoStake.push(tao);
    lastUpdate.push(BigInt(LastUpdate.get(store, netuid, uid)));
    blockAtRegistration.push(registered ? BigInt(BlockAtRegistration.get(store, netuid, uid)) : 0n);
    validatorPermit.push(ValidatorPermit.get(store, netuid, uid));
    weights.push(Weights.get(store, netuid, uid));
    bonds.push(Bonds.get(store, netuid, uid));
  }
  return {
    n,
    currentBlock: BigInt(now),
    tempo,
    activityCutoffBlocks: activityCutoffBlocks(ActivityCutoffFactorMilli.get(store, netuid), tempo),
    lastMechanismStepBlock: BigInt(LastMechanismStepBlock.get(store, netuid)),
    kappa: Kappa.get(store, netuid),
    bondsPenalty: BondsPenalty.get(store, netuid),
    bondsMovingAverage: BondsMovingAverage.get(store, netuid),
    yuma3: Yuma3On.get(store, netuid),
    liquidAlpha: LiquidAlphaOn.get(store, netuid),
    alphaLow,
    alphaHigh,
    alphaSigmoidSteepness: AlphaSigmoidSteepness.get(store, netuid),
    maxAllowedValidators: MaxAllowedValidators.get(store, netuid),
    stakeThreshold: getNetworkParam(store, "StakeThreshold"),
    ownerUid: ownerHotkey === "" ? null : uidOfHotkey(store, netuid, ownerHotkey),
    taoWeightU64: getNetworkParam(store, "TaoWeight"),
    commitRevealEnabled: CommitRevealWeightsEnabled.get(store, netuid),
    raoEmission,
    alphaStake,
    taoStake,
    lastUpdate,
    blockAtRegistration,
    validatorPermit,
    commitBlock: commitBlocksOfHotkeys(store, netuid, hotkeys, now),
    weights,
    bonds,
  };
}
