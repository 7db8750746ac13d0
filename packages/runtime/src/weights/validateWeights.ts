/**
 * chain.md §13.1 checks 1–13 of `set_weights`, in subtensor's order (subtensor
 * `subnets/weights.rs::do_set_mechanism_weights`, guards `check_len_uids_within_allowed`,
 * `check_version_key`, `check_rate_limit`, `check_length`, `max_weight_limited`). Shared by `set_weights`
 * (which first checks 0, commit-reveal off) and the reveals of §13.3 (which run with commit-reveal on,
 * so check 8, the rate limit, is skipped: the commit was rate-limited instead).
 *
 * Raises, in order: `CanNotSetRootNetworkWeights`, `WeightVecNotEqualSize`, `SubnetNotExists`,
 * `UidsLengthExceedUidsInSubNet`, `HotKeyNotRegisteredInSubNet`, `NotEnoughStakeToSetWeights`,
 * `IncorrectWeightVersionKey`, `SettingWeightsTooFast`, `NeuronNoValidatorPermit`, `DuplicateUids`,
 * `UidVecContainInvalidOne`, `WeightVecLengthIsLow`, `MaxWeightExceeded`.
 */
import { dispatchError } from "../errors.ts";
import { LastUpdate, SubnetworkN, uidOfHotkey, ValidatorPermit } from "../neurons/neuronsStorage.ts";
import { stakeWeight } from "../staking/stakeWeight.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import {
  CommitRevealWeightsEnabled,
  MAX_WEIGHTS_LIMIT,
  MinAllowedWeights,
  WeightsSetRateLimit,
  WeightsVersionKey,
} from "../subnets/hyperparameters.ts";
import { ROOT_NETUID, SubnetOwnerHotkey, subnetExists } from "../subnets/subnetsStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";

/** One weight vector as submitted: `dests[i]` gets `weights[i]` (u16 each). */
export type WeightsSubmission = {
  readonly netuid: number;
  readonly hotkey: string;
  readonly dests: readonly number[];
  readonly weights: readonly number[];
  /** u64, below 2^53 (chain.md §3.1). */
  readonly versionKey: number;
};

const U16_MAX = 65_535;

/** chain.md §1 "rate limit passes": `last == 0 || now − last ≥ limit`. */
export function weightsRateLimitPasses(
  store: KeyValueStore,
  netuid: number,
  uid: number,
  now: number,
): boolean {
  const last = LastUpdate.get(store, netuid, uid);
  return last === 0 || now - last >= WeightsSetRateLimit.get(store, netuid);
}

/**
 * Check 13 (subtensor `max_weight_limited`): self-weights and the no-limit value 65,535 pass; otherwise the
 * largest weight's share of the sum must not exceed `limit / 65535`. With v1's fixed `maxWeightsLimit` the
 * check never fails; it is kept so the order of checks stays subtensor's.
 */
export function maxWeightLimited(weights: readonly number[], limit: number, selfWeight: boolean): boolean {
  if (selfWeight || limit === U16_MAX) return true;
  let max = 0n;
  let sum = 0n;
  for (const w of weights) {
    const value = BigInt(w);
    sum += value;
    if (value > max) max = value;
  }
  return max * BigInt(U16_MAX) <= BigInt(limit) * sum;
}

/** True when `dests` lists some uid twice. */
function hasDuplicate(dests: readonly number[]): boolean {
  // Membership only, never iterated: the Set's order cannot reach consensus.
  const seen = new Set<number>();
  for (const dest of dests) {
    if (seen.has(dest)) return true;
    seen.add(dest);
  }
  return false;
}

/**
 * Runs checks 1–13 against the state at block `now` and returns the signer's uid. Check 8 (rate limit) and
 * the `LastUpdate` write of `applyWeights` both apply only while commit-reveal is off. Writes nothing.
 */
export function validateWeights(store: KeyValueStore, submission: WeightsSubmission, now: number): number {
  const { netuid, hotkey, dests, weights, versionKey } = submission;
  // 1. Root weights are not part of v1.
  if (netuid === ROOT_NETUID)
    throw dispatchError("SubtensorModule", "CanNotSetRootNetworkWeights", { netuid });
  // 2. One weight per uid.
  if (dests.length !== weights.length) {
    throw dispatchError("SubtensorModule", "WeightVecNotEqualSize", {
      netuid,
      uids: dests.length,
      weights: weights.length,
    });
  }
  // 3. The subnet exists.
  if (!subnetExists(store, netuid)) throw dispatchError("SubtensorModule", "SubnetNotExists", { netuid });
  // 4. No more weights than uids.
  const n = SubnetworkN.get(store, netuid);
  if (dests.length > n) {
    throw dispatchError("SubtensorModule", "UidsLengthExceedUidsInSubNet", { netuid, uids: dests.length, n });
  }
  // 5. The signer has a uid here.
  const uid = uidOfHotkey(store, netuid, hotkey);
  if (uid === null) throw dispatchError("SubtensorModule", "HotKeyNotRegisteredInSubNet", { netuid, hotkey });
  // 6. The owner uid, or enough stake weight (chain.md §12.7).
  const isOwnerUid = SubnetOwnerHotkey.get(store, netuid) === hotkey;
  if (!isOwnerUid) {
    const threshold = getNetworkParam(store, "StakeThreshold");
    const stake = stakeWeight(store, hotkey, netuid);
    if (stake < threshold) {
      throw dispatchError("SubtensorModule", "NotEnoughStakeToSetWeights", {
        netuid,
        hotkey,
        stakeWeight: stake,
        stakeThreshold: threshold,
      });
    }
  }
  // 7. The validator is at least the subnet's version.
  const networkVersionKey = WeightsVersionKey.get(store, netuid);
  if (networkVersionKey !== 0 && versionKey < networkVersionKey) {
    throw dispatchError("SubtensorModule", "IncorrectWeightVersionKey", {
      netuid,
      versionKey,
      weightsVersionKey: networkVersionKey,
    });
  }
  // 8. Rate limit, only without commit-reveal (a reveal's commit was rate-limited instead).
  if (!CommitRevealWeightsEnabled.get(store, netuid) && !weightsRateLimitPasses(store, netuid, uid, now)) {
    throw dispatchError("SubtensorModule", "SettingWeightsTooFast", {
      netuid,
      uid,
      lastUpdate: LastUpdate.get(store, netuid, uid),
      rateLimit: WeightsSetRateLimit.get(store, netuid),
      now,
    });
  }
  // 9. Weights on others need a validator permit (or the owner uid); a self-weight does not.
  const selfWeight = dests.length === 1 && dests[0] === uid;
  if (!selfWeight && !isOwnerUid && !ValidatorPermit.get(store, netuid, uid)) {
    throw dispatchError("SubtensorModule", "NeuronNoValidatorPermit", { netuid, uid });
  }
  // 10. Each uid once.
  if (hasDuplicate(dests)) throw dispatchError("SubtensorModule", "DuplicateUids", { netuid });
  // 11. Every uid exists.
  const invalid = dests.findIndex((dest) => dest >= n);
  if (invalid !== -1) {
    throw dispatchError("SubtensorModule", "UidVecContainInvalidOne", { netuid, uid: dests[invalid]!, n });
  }
  // 12. Enough weights, unless a self-weight.
  const minAllowed = Math.min(MinAllowedWeights.get(store, netuid), n);
  if (!selfWeight && dests.length < minAllowed) {
    throw dispatchError("SubtensorModule", "WeightVecLengthIsLow", {
      netuid,
      length: dests.length,
      minAllowedWeights: minAllowed,
    });
  }
  // 13. Max-weight limit (a no-op in v1: the limit is fixed at 65,535).
  if (!maxWeightLimited(weights, MAX_WEIGHTS_LIMIT, selfWeight)) {
    throw dispatchError("SubtensorModule", "MaxWeightExceeded", { netuid, limit: MAX_WEIGHTS_LIMIT });
  }
  return uid;
}
