/**
 * Test support for subnets/, neurons/ and the modules that need a subnet (not exported from the package):
 * a store with genesis root and funded accounts, optionally with subnet 1 registered (`chainWithSubnet`),
 * a block context, and helpers that dispatch a call's `dispatch` in an overlay the way `applyExtrinsic`
 * does — committed on success, discarded on failure, with the failure checked to have written nothing.
 */
import assert from "node:assert/strict";
import { DispatchError, type DispatchErrorName, encodeSs58, toHex } from "@opentao/primitives";
import { Account, TotalIssuance } from "../balances/balancesStorage.ts";
import { type BlockContext, createBlockContext } from "../block/blockContext.ts";
import { MemoryStore, Overlay } from "../state/keyValueStore.ts";
import { stateRoot } from "../state/stateRoot.ts";
import { defaultNetworkParams, FastBlocks, NETWORK_PARAM_NAMES, setNetworkParam } from "../system/index.ts";
import type { CallDefinition, Origin } from "../transactions/callDefinition.ts";
import { createRootSubnet } from "./createSubnet.ts";
import { subnetsCalls } from "./subnetsCalls.ts";
import { existingNetuids, SubnetTAO } from "./subnetsStorage.ts";

export const TAO = 1_000_000_000n;

/** A deterministic test account: the SS58 of 32 bytes of `seed`. */
export function account(seed: number): string {
  return encodeSs58(new Uint8Array(32).fill(seed));
}

export const AUTHOR = account(200);

export type TestChain = { readonly store: MemoryStore; ctx: BlockContext };

/** Genesis: `fastBlocks` and its §8.2 defaults, root subnet, and each account funded (issuance counts it). */
export function genesis(
  options: { fastBlocks?: boolean; balances?: readonly (readonly [string, bigint])[] } = {},
): TestChain {
  const store = new MemoryStore();
  const fastBlocks = options.fastBlocks ?? false;
  FastBlocks.set(store, fastBlocks);
  const params = defaultNetworkParams(fastBlocks);
  for (const name of NETWORK_PARAM_NAMES) setNetworkParam(store, name, params[name]);
  createRootSubnet(store);
  for (const [who, free] of options.balances ?? []) fund(store, who, free);
  return { store, ctx: createBlockContext(1, 0, AUTHOR) };
}

/** The owner of subnet 1 in the subnet test chains (`chainWithSubnet` funds it 10,000 TAO). */
export const OWNER = account(1);
/** Subnet 1's owner hotkey, UID 0. */
export const OWNER_HOTKEY = account(2);

/** What `chainWithSubnet` builds besides subnet 1. */
export type SubnetChainOptions = {
  /** Default false: the standard §8.2 defaults. */
  readonly fastBlocks?: boolean;
  /** Further funded accounts. */
  readonly balances?: readonly (readonly [string, bigint])[];
  /** The calls `register_network` is taken from (default `subnetsCalls`), e.g. with test dissolve hooks. */
  readonly calls?: readonly CallDefinition[];
};

/** `genesis`, then subnet 1 registered by OWNER with OWNER_HOTKEY through `register_network`, at block 1. */
export function chainWithSubnet(options: SubnetChainOptions = {}): TestChain {
  const chain = genesis({
    fastBlocks: options.fastBlocks ?? false,
    balances: [[OWNER, 10_000n * TAO], ...(options.balances ?? [])],
  });
  const calls = options.calls ?? subnetsCalls;
  dispatch(chain, calls, signed(OWNER), "register_network", { hotkey: OWNER_HOTKEY });
  return chain;
}

/** Mints `amount` rao into `who`. */
export function fund(store: MemoryStore, who: string, amount: bigint): void {
  const info = Account.get(store, who);
  Account.set(store, { ...info, free: info.free + amount }, who);
  TotalIssuance.set(store, TotalIssuance.get(store) + amount);
}

/** Moves the chain to block `now` with an empty event list. */
export function atBlock(chain: TestChain, now: number): void {
  chain.ctx = createBlockContext(now, now * 12_000, AUTHOR);
}

export const signed = (signer: string): Origin => ({ kind: "signed", signer });
export const ROOT: Origin = { kind: "root" };

function findCall(calls: readonly CallDefinition[], method: string): CallDefinition {
  const call = calls.find((c) => c.method === method);
  if (call === undefined) throw new Error(`no call ${method}`);
  return call;
}

/** Dispatches `method` in an overlay and commits it; the call must succeed. */
export function dispatch(
  chain: TestChain,
  calls: readonly CallDefinition[],
  origin: Origin,
  method: string,
  args: Record<string, unknown>,
): void {
  const overlay = new Overlay(chain.store);
  chain.ctx.phase = { extrinsic: 0 };
  findCall(calls, method).dispatch({ store: overlay, ctx: chain.ctx, origin }, args as never);
  overlay.commit();
}

/**
 * Dispatches `method` expecting DispatchError `error` (from `module`, default SubtensorModule): the
 * overlay must hold no writes, the state root is unchanged, and no event was emitted. Returns the error.
 */
export function expectFailure(
  chain: TestChain,
  calls: readonly CallDefinition[],
  origin: Origin,
  method: string,
  args: Record<string, unknown>,
  error: DispatchErrorName,
  module = "SubtensorModule",
): DispatchError {
  const before = toHex(stateRoot(chain.store));
  const eventCount = chain.ctx.events.length;
  const overlay = new Overlay(chain.store);
  let caught: unknown;
  try {
    findCall(calls, method).dispatch({ store: overlay, ctx: chain.ctx, origin }, args as never);
  } catch (e) {
    caught = e;
  }
  assert.ok(
    caught instanceof DispatchError,
    `${method} → ${error}: expected a DispatchError, got ${String(caught)}`,
  );
  assert.equal(caught.error, error, `${method} → ${error}: wrong error (${caught.message})`);
  assert.equal(caught.module, module, `${method} → ${error}: wrong module`);
  assert.deepEqual(overlay.changes(), [], `${method} → ${error}: a failing call wrote state`);
  assert.equal(toHex(stateRoot(chain.store)), before, `${method} → ${error}: state root changed`);
  assert.equal(chain.ctx.events.length, eventCount, `${method} → ${error}: events were emitted`);
  return caught;
}

/** TotalIssuance = Σ free + Σ SubnetTAO (chain.md §2.3). */
export function assertIssuanceInvariant(store: MemoryStore, label: string): void {
  let free = 0n;
  for (const [, info] of Account.entries(store)) free += info.free;
  let pools = 0n;
  for (const netuid of existingNetuids(store)) pools += SubnetTAO.get(store, netuid);
  // Pools of dissolved subnets are removed, so existing netuids cover every SubnetTAO entry.
  let allPools = 0n;
  for (const [, tao] of SubnetTAO.entries(store)) allPools += tao;
  assert.equal(pools, allPools, `${label}: SubnetTAO left on a removed subnet`);
  assert.equal(TotalIssuance.get(store), free + pools, `${label}: TotalIssuance = Σ free + Σ SubnetTAO`);
}
