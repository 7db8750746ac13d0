/**
 * Test support for staking/ (not exported): a store with root and dynamic subnets created through
 * subnets/'s `createSubnet`, accounts funded through subnets/'s test helpers (`account`, `fund`, `TAO`),
 * and helpers that dispatch a staking call the way `applyExtrinsic` does (overlay committed on success;
 * on failure nothing written, same state root).
 */
import assert from "node:assert/strict";
import { DispatchError, type DispatchErrorName, toHex } from "@opentao/primitives";
import { Account, TotalIssuance } from "../balances/balancesStorage.ts";
import { type BlockContext, createBlockContext } from "../block/blockContext.ts";
import { MemoryStore, Overlay } from "../state/keyValueStore.ts";
import { stateRoot } from "../state/stateRoot.ts";
import { account, fund, signed } from "../subnets/_testChain.ts";
import { createRootSubnet, createSubnet } from "../subnets/createSubnet.ts";
import { existingNetuids, SubnetTAO, SubtokenEnabled } from "../subnets/subnetsStorage.ts";
import { stakingCalls } from "./stakingCalls.ts";

export const AUTHOR = account(250);

export type Chain = { readonly store: MemoryStore; ctx: BlockContext };

export type SubnetSetup = {
  readonly netuid: number;
  readonly owner: string;
  readonly ownerHotkey: string;
  readonly tau: bigint;
  readonly alpha: bigint;
  /** Default true: `start_call` has run. */
  readonly subtokenEnabled?: boolean;
};

/** Root plus the given subnets (pool TAO minted), and the funded accounts, at block 1. */
export function chainWith(
  subnets: readonly SubnetSetup[],
  balances: readonly (readonly [string, bigint])[] = [],
): Chain {
  const store = new MemoryStore();
  createRootSubnet(store);
  const ctx = createBlockContext(1, 12_000, AUTHOR);
  for (const s of subnets) {
    createSubnet(store, ctx, {
      netuid: s.netuid,
      owner: s.owner,
      ownerHotkey: s.ownerHotkey,
      lock: s.tau,
      alphaIn: s.alpha,
    });
    TotalIssuance.set(store, TotalIssuance.get(store) + s.tau);
    SubtokenEnabled.set(store, s.subtokenEnabled ?? true, s.netuid);
  }
  for (const [who, amount] of balances) fund(store, who, amount);
  ctx.events.length = 0;
  return { store, ctx };
}

function findCall(method: string) {
  const call = stakingCalls.find((c) => c.method === method);
  if (call === undefined) throw new Error(`no staking call ${method}`);
  return call;
}

/** Dispatches `method` in an overlay and commits it; the call must succeed. */
export function dispatch(chain: Chain, signer: string, method: string, args: Record<string, unknown>): void {
  const overlay = new Overlay(chain.store);
  chain.ctx.phase = { extrinsic: 0 };
  findCall(method).dispatch({ store: overlay, ctx: chain.ctx, origin: signed(signer) }, args as never);
  overlay.commit();
}

/**
 * Dispatches `method` expecting SubtensorModule error `error`: nothing written, state root unchanged, no
 * event. Returns the error for its fields.
 */
export function expectFailure(
  chain: Chain,
  signer: string,
  method: string,
  args: Record<string, unknown>,
  error: DispatchErrorName,
): DispatchError {
  const label = `${method} → ${error}`;
  const before = toHex(stateRoot(chain.store));
  const events = chain.ctx.events.length;
  const overlay = new Overlay(chain.store);
  let caught: unknown;
  try {
    findCall(method).dispatch({ store: overlay, ctx: chain.ctx, origin: signed(signer) }, args as never);
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof DispatchError, `${label}: expected a DispatchError, got ${String(caught)}`);
  assert.equal(caught.error, error, `${label}: wrong error (${caught.message})`);
  assert.equal(caught.module, "SubtensorModule", `${label}: wrong module`);
  // Every check runs before the first write: the overlay holds nothing at all.
  assert.deepEqual(overlay.changes(), [], `${label}: a failing call wrote state`);
  assert.equal(toHex(stateRoot(chain.store)), before, `${label}: state root changed`);
  chain.ctx.events.length = events;
  return caught;
}

/** The names of the events emitted so far. */
export function eventNames(chain: Chain): string[] {
  return chain.ctx.events.map((e) => e.name);
}

/** TotalIssuance = Σ free + Σ SubnetTAO (chain.md §2.3). */
export function assertIssuance(chain: Chain, label: string): void {
  let free = 0n;
  for (const [, info] of Account.entries(chain.store)) free += info.free;
  let pools = 0n;
  for (const netuid of existingNetuids(chain.store)) pools += SubnetTAO.get(chain.store, netuid);
  assert.equal(
    TotalIssuance.get(chain.store),
    free + pools,
    `${label}: TotalIssuance = Σ free + Σ SubnetTAO`,
  );
}

export function free(chain: Chain, who: string): bigint {
  return Account.get(chain.store, who).free;
}

/** Moves the chain to block `now` with an empty event list. */
export function atBlock(chain: Chain, now: number): void {
  chain.ctx = createBlockContext(now, now * 12_000, AUTHOR);
}
