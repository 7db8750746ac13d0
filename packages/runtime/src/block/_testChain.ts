/**
 * Test fixture shared by the runtime's block, transaction, balances and sudo tests (not exported from
 * the package): a dev-preset chain in a MemoryStore, the dev keypairs, and helpers that sign extrinsics
 * and apply the next block. The author is a fresh account, so its balance is exactly the fees paid.
 */
import { blake2b256, type Keypair, keypairFromSeed, keypairFromUri, toHex } from "@opentao/primitives";
import { Account, TotalIssuance } from "../balances/balancesStorage.ts";
import { buildGenesis } from "../genesis/buildGenesis.ts";
import type { ChainSpecJson } from "../genesis/chainSpec.ts";
import { devChainSpec } from "../genesis/devChainSpec.ts";
import { type KeyValueStore, MemoryStore } from "../state/keyValueStore.ts";
import { stateRoot } from "../state/stateRoot.ts";
import { BlockNumber } from "../system/systemStorage.ts";
import type { CallRegistry } from "../transactions/callRegistry.ts";
import type { CallJson, SignedExtrinsic, UnsignedPayload } from "../transactions/extrinsic.ts";
import { signExtrinsic } from "../transactions/signExtrinsic.ts";
import { type AppliedBlock, type ApplyBlockOptions, applyBlock } from "./applyBlock.ts";
import type { PipelineHooks } from "./pipeline.ts";

export const alice = keypairFromUri("//Alice");
export const bob = keypairFromUri("//Bob");
export const charlie = keypairFromUri("//Charlie");
export const dave = keypairFromUri("//Dave");
/** Receives every fee; holds nothing at genesis. */
export const author = keypairFromSeed(blake2b256("opentao test author"));

/** A keypair from a label, for accounts that do not exist at genesis. */
export function freshKeypair(label: string): Keypair {
  return keypairFromSeed(blake2b256(`opentao test account ${label}`));
}

export type TestChain = { readonly store: MemoryStore; readonly genesisHash: string };

/** A dev-preset chain (or `spec`) at block 0. */
export function devChain(spec: ChainSpecJson = devChainSpec()): TestChain {
  const store = new MemoryStore();
  const { hash } = buildGenesis(spec, store);
  return { store, genesisHash: hash };
}

/** A call in its JSON form. */
export function call(module: string, method: string, args: CallJson["args"]): CallJson {
  return { module, method, args };
}

export function transferCall(dest: string, value: bigint, method = "transfer_keep_alive"): CallJson {
  return call("Balances", method, { dest, value: value.toString() });
}

/** Signs `call` by `signer` with the signer's current nonce (or `overrides.nonce`). */
export function signed(
  chain: TestChain,
  signer: Keypair,
  callJson: CallJson,
  overrides: Partial<UnsignedPayload> = {},
  store: KeyValueStore = chain.store,
): SignedExtrinsic {
  return signExtrinsic(
    {
      chain: chain.genesisHash,
      spec: 1,
      signer: signer.ss58Address,
      nonce: Account.get(store, signer.ss58Address).nonce,
      tip: "0",
      validUntil: null,
      call: callJson,
      ...overrides,
    },
    signer,
  );
}

export type NextBlockOptions = {
  readonly timestamp?: number;
  readonly signatureResults?: readonly boolean[];
  readonly pipeline?: PipelineHooks;
  readonly calls?: CallRegistry;
};

/** Applies the next block (number = last + 1) with `extrinsics`, authored by `author`. */
export function nextBlock(
  chain: TestChain,
  extrinsics: readonly unknown[],
  options: NextBlockOptions = {},
  store: KeyValueStore = chain.store,
): AppliedBlock {
  const number = BlockNumber.get(store) + 1;
  const applyOptions: ApplyBlockOptions = {
    genesisHash: chain.genesisHash,
    ...(options.signatureResults ? { signatureResults: options.signatureResults } : {}),
    ...(options.pipeline ? { pipeline: options.pipeline } : {}),
    ...(options.calls ? { calls: options.calls } : {}),
  };
  return applyBlock(
    store,
    {
      header: {
        number,
        parentHash: toHex(blake2b256(`parent of ${number}`)),
        timestamp: options.timestamp ?? number * 250,
        author: author.ss58Address,
      },
      extrinsics,
    },
    applyOptions,
  );
}

/** Every entry of a store, in key order. */
export function dump(store: MemoryStore): Map<string, string> {
  return new Map(store.entries());
}

/** Keys whose value differs between two dumps (added, removed or changed), sorted. */
export function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}

export function free(store: KeyValueStore, who: Keypair | string): bigint {
  return Account.get(store, typeof who === "string" ? who : who.ss58Address).free;
}

export function nonce(store: KeyValueStore, who: Keypair | string): number {
  return Account.get(store, typeof who === "string" ? who : who.ss58Address).nonce;
}

/** Σ free over every account: with no subnets, `TotalIssuance` must equal it (chain.md §2.3). */
export function sumOfFree(store: KeyValueStore): bigint {
  return Account.entries(store).reduce((sum, [, account]) => sum + account.free, 0n);
}

export function issuance(store: KeyValueStore): bigint {
  return TotalIssuance.get(store);
}

export function root(store: KeyValueStore): string {
  return toHex(stateRoot(store));
}
