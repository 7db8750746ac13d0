/**
 * Test support for weights/ and commitments/ (not exported from the package): a chain from subnets/'s
 * test genesis with one subnet whose owner hotkey is UID 0, validators appended through neurons/, and the
 * scheduler moved by hand the way the coinbase drain does it (chain.md §7 step 4).
 */
import { appendNeuron } from "../neurons/appendNeuron.ts";
import { associateHotkey } from "../neurons/hotkeyOwner.ts";
import { ValidatorPermit } from "../neurons/neuronsStorage.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import {
  account,
  atBlock,
  genesis,
  OWNER,
  OWNER_HOTKEY,
  TAO,
  type TestChain,
} from "../subnets/_testChain.ts";
import { createSubnet } from "../subnets/createSubnet.ts";
import {
  CommitRevealWeightsEnabled,
  MinAllowedWeights,
  RevealPeriodEpochs,
  Tempo,
  WeightsSetRateLimit,
} from "../subnets/hyperparameters.ts";
import { LastEpochBlock, PendingEpochAt, SubnetEpochIndex } from "../subnets/subnetsStorage.ts";

export const NETUID = 1;
/** Validator hotkeys, registered as uids 1, 2, 3 …. */
export const HOTKEYS = [account(10), account(11), account(12), account(13)] as const;
export const STRANGER = account(99);
export const TEMPO = 10;

export type SubnetOptions = {
  /** Validators after the owner (uids 1..count). Default 3. */
  readonly validators?: number;
  readonly commitReveal?: boolean;
  readonly rateLimit?: number;
};

/**
 * Block 1: subnet NETUID with the owner at uid 0 and validators at uids 1…, all with permits; tempo 10,
 * last epoch at block 1, epoch index 0; rate limit 0 unless given; minAllowedWeights 1. Then block 2.
 */
export function subnetChain(options: SubnetOptions = {}): TestChain {
  const chain = genesis();
  const { store } = chain;
  createSubnet(store, chain.ctx, {
    netuid: NETUID,
    owner: OWNER,
    ownerHotkey: OWNER_HOTKEY,
    lock: TAO,
    alphaIn: TAO,
  });
  for (const hotkey of HOTKEYS.slice(0, options.validators ?? 3)) {
    associateHotkey(store, OWNER, hotkey);
    const uid = appendNeuron(store, NETUID, hotkey, chain.ctx.now);
    ValidatorPermit.set(store, true, NETUID, uid);
  }
  Tempo.set(store, TEMPO, NETUID);
  LastEpochBlock.set(store, 1, NETUID);
  SubnetEpochIndex.set(store, 0, NETUID);
  PendingEpochAt.set(store, 0, NETUID);
  WeightsSetRateLimit.set(store, options.rateLimit ?? 0, NETUID);
  MinAllowedWeights.set(store, 1, NETUID);
  CommitRevealWeightsEnabled.set(store, options.commitReveal ?? false, NETUID);
  RevealPeriodEpochs.set(store, 1, NETUID);
  atBlock(chain, 2);
  return chain;
}

/** What the coinbase drain does when subnet `netuid` runs its epoch at `block` (chain.md §7 step 4). */
export function runEpochAt(store: KeyValueStore, netuid: number, block: number): void {
  LastEpochBlock.set(store, block, netuid);
  PendingEpochAt.set(store, 0, netuid);
  SubnetEpochIndex.set(store, SubnetEpochIndex.get(store, netuid) + 1, netuid);
}

/** Moves to block `block`, running every epoch that falls due on the way (tempo blocks apart). */
export function advanceTo(chain: TestChain, netuid: number, block: number): void {
  for (let b = chain.ctx.now + 1; b <= block; b += 1) {
    if (b - LastEpochBlock.get(chain.store, netuid) >= Tempo.get(chain.store, netuid))
      runEpochAt(chain.store, netuid, b);
  }
  atBlock(chain, block);
}
