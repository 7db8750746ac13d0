/**
 * chain.md §17 genesis subnets and root, the subnets module's `GenesisHooks` entries: root (netuid 0)
 * first, then each `spec.subnets[i]` as netuid `i + 1`, created as by `register_network` at block 0 but
 * with the lock minted (`SubnetTAO = SubnetAlphaIn = lock`, price 1.0); `startCall: true` sets
 * `FirstEmissionBlockNumber = 1` and `SubtokenEnabled`; `hyperparams` override §8.1 values by JSON name.
 * Genesis subnets leave the lock-cost state at `NetworkLastLockCost = NetworkMinLockCost`, block 0 (§6.3).
 */
import { InvalidTransactionError } from "@opentao/primitives";
import { TotalIssuance } from "../balances/balancesStorage.ts";
import type { BlockContext } from "../block/blockContext.ts";
import { type ChainSpec, ChainSpecError, type GenesisSubnet } from "../genesis/chainSpec.ts";
import { canAssociateHotkey } from "../neurons/hotkeyOwner.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import type { StorageMap } from "../state/storage.ts";
import { createCallRegistry } from "../transactions/callRegistry.ts";
import { decodeArg } from "../transactions/decodeCall.ts";
import { createRootSubnet, createSubnet } from "./createSubnet.ts";
import { DEFAULT_MAX_ALLOWED_UIDS, HYPERPARAMETERS, MAX_WEIGHTS_LIMIT } from "./hyperparameters.ts";
import { FirstEmissionBlockNumber, SubnetEmissionEnabled, SubtokenEnabled } from "./subnetsStorage.ts";

const NO_CALLS = createCallRegistry([]);

/** Genesis hook `createRootSubnet`. */
export function createGenesisRootSubnet(store: KeyValueStore): void {
  createRootSubnet(store);
}

function decode(type: Parameters<typeof decodeArg>[0], value: unknown, path: string): unknown {
  try {
    return decodeArg(type, value, path, NO_CALLS);
  } catch (error) {
    if (!(error instanceof InvalidTransactionError)) throw error;
    throw new ChainSpecError(path, error.shortMessage.replace(/^Invalid transaction: BadCall: [^:]*: /, ""));
  }
}

/** Writes one subnet's `hyperparams` overrides, checking names, wire types and the v1 UID cap. */
function applyHyperparams(store: KeyValueStore, subnet: GenesisSubnet, path: string): void {
  const { netuid } = subnet;
  for (const name of Object.keys(subnet.hyperparams).sort()) {
    const at = `${path}.hyperparams.${name}`;
    const value = subnet.hyperparams[name];
    if (name === "emissionEnabled")
      SubnetEmissionEnabled.set(store, decode("bool", value, at) as boolean, netuid);
    else if (name === "subtokenEnabled")
      SubtokenEnabled.set(store, decode("bool", value, at) as boolean, netuid);
    else if (name === "maxWeightsLimit") {
      if (decode("u16", value, at) !== MAX_WEIGHTS_LIMIT) {
        throw new ChainSpecError(at, `a constant in v1: ${MAX_WEIGHTS_LIMIT}`);
      }
    } else if (Object.hasOwn(HYPERPARAMETERS, name)) {
      const spec = HYPERPARAMETERS[name as keyof typeof HYPERPARAMETERS];
      const decoded = decode(spec.type, value, at);
      if (name === "maxAllowedUids" && (decoded as number) > DEFAULT_MAX_ALLOWED_UIDS) {
        throw new ChainSpecError(at, `at most ${DEFAULT_MAX_ALLOWED_UIDS} on a v1 chain`);
      }
      (spec.item as StorageMap<[number], unknown>).set(store, decoded, netuid);
    } else {
      throw new ChainSpecError(at, "not a chain.md §8.1 hyperparameter");
    }
  }
}

/** Genesis hook `createSubnets`: every `spec.subnets` entry, in order (netuid 1, 2, …). */
export function createGenesisSubnets(store: KeyValueStore, ctx: BlockContext, spec: ChainSpec): void {
  spec.subnets.forEach((subnet, i) => {
    const path = `subnets[${i}]`;
    const { netuid, owner, ownerHotkey, lock } = subnet;
    if (!canAssociateHotkey(store, owner, ownerHotkey)) {
      throw new ChainSpecError(`${path}.ownerHotkey`, "already owned by another coldkey");
    }
    // The lock is minted into the pool, not taken from the owner (§17).
    TotalIssuance.set(store, TotalIssuance.get(store) + lock);
    createSubnet(store, ctx, { netuid, owner, ownerHotkey, lock, alphaIn: lock });
    if (subnet.startCall) {
      FirstEmissionBlockNumber.set(store, 1, netuid);
      SubtokenEnabled.set(store, true, netuid);
    }
    applyHyperparams(store, subnet, path);
  });
}
