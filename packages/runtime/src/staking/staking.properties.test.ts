/**
 * Property tests over random sequences of staking calls (seeded mulberry32): after every call, per subnet
 * Σ position values ≤ SubnetAlphaOut with the gap bounded by §12.1's rounding dust (under one alpha-rao per
 * position), Σ TotalHotkeyAlpha == SubnetAlphaOut, TAO conservation (Σ free + Σ SubnetTAO == TotalIssuance
 * == initial − recycled), and `k = τ·α` of every dynamic pool never falls.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DispatchError } from "@opentao/primitives";
import { mulberry32 } from "../../../../test/mulberry32.ts";
import { Account, TotalIssuance } from "../balances/balancesStorage.ts";
import { Overlay } from "../state/keyValueStore.ts";
import { signed, TAO } from "../subnets/_testChain.ts";
import { existingNetuids, SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from "../subnets/subnetsStorage.ts";
import { ALICE, BOB, fixture, OWNER, OWNER_HOT, OWNER3, OWNER3_HOT } from "./_fixtures.ts";
import type { Chain } from "./_testChain.ts";
import { positionsOnSubnet } from "./stakePosition.ts";
import { stakingCalls } from "./stakingCalls.ts";
import { TotalHotkeyAlpha } from "./stakingStorage.ts";

const COLDKEYS = [ALICE, BOB, OWNER, OWNER3];
const HOTKEYS = [OWNER_HOT, OWNER3_HOT];
const NETUIDS = [0, 1, 3];

function totalFree(chain: Chain): bigint {
  let sum = 0n;
  for (const [, info] of Account.entries(chain.store)) sum += info.free;
  return sum;
}

function checkInvariants(chain: Chain, initial: bigint, kBefore: Map<number, bigint>, label: string): void {
  const { store } = chain;
  let pools = 0n;
  for (const netuid of existingNetuids(store)) pools += SubnetTAO.get(store, netuid);
  for (const netuid of NETUIDS) {
    const positions = positionsOnSubnet(store, netuid);
    const held = positions.reduce((sum, p) => sum + p.alpha, 0n);
    let hotkeyTotals = 0n;
    for (const [parts, value] of TotalHotkeyAlpha.entries(store))
      if (Number(parts[1]) === netuid) hotkeyTotals += value;
    const out = SubnetAlphaOut.get(store, netuid);
    assert.equal(hotkeyTotals, out, `${label}: netuid ${netuid} Σ TotalHotkeyAlpha == SubnetAlphaOut`);
    assert.ok(held <= out, `${label}: netuid ${netuid} Σ held ${held} ≤ SubnetAlphaOut ${out}`);
    assert.ok(
      out - held <= BigInt(positions.length),
      `${label}: netuid ${netuid} dust ${out - held} ≤ ${positions.length} positions`,
    );
    if (netuid !== 0) {
      const k = SubnetTAO.get(store, netuid) * SubnetAlphaIn.get(store, netuid);
      assert.ok(k >= kBefore.get(netuid)!, `${label}: netuid ${netuid} k fell`);
      kBefore.set(netuid, k);
    }
  }
  const issuance = TotalIssuance.get(store);
  assert.equal(totalFree(chain) + pools, issuance, `${label}: Σ free + Σ SubnetTAO == TotalIssuance`);
  let recycled = 0n;
  for (const event of chain.ctx.events)
    if (event.name === "DustLost") recycled += BigInt(event.data.amount as string);
  assert.equal(issuance + recycled, initial, `${label}: TotalIssuance + recycled == initial`);
}

function randomCall(next: () => number): { method: string; signer: string; args: Record<string, unknown> } {
  const pick = <T>(list: readonly T[]): T => list[next() % list.length]!;
  // Amounts from 1 rao to ~50 TAO on a log scale, so that both dust and large trades occur.
  const amount = (): bigint =>
    BigInt(next() % 1_000_000) * 10n ** BigInt(next() % 5) * 50n + BigInt(next() % 3);
  const signer = pick(COLDKEYS);
  const kind = next() % 6;
  if (kind <= 1)
    return {
      method: "add_stake",
      signer,
      args: { hotkey: pick(HOTKEYS), netuid: pick(NETUIDS), amount_staked: amount() },
    };
  if (kind === 2)
    return {
      method: "remove_stake",
      signer,
      args: { hotkey: pick(HOTKEYS), netuid: pick(NETUIDS), amount_unstaked: amount() },
    };
  if (kind === 3) {
    const args = {
      origin_hotkey: pick(HOTKEYS),
      destination_hotkey: pick(HOTKEYS),
      origin_netuid: pick(NETUIDS),
      destination_netuid: pick(NETUIDS),
      alpha_amount: amount(),
    };
    return { method: "move_stake", signer, args };
  }
  if (kind === 4) {
    const args = {
      destination_coldkey: pick(COLDKEYS),
      hotkey: pick(HOTKEYS),
      origin_netuid: pick(NETUIDS),
      destination_netuid: pick(NETUIDS),
      alpha_amount: amount(),
    };
    return { method: "transfer_stake", signer, args };
  }
  return {
    method: next() % 2 === 0 ? "unstake_all" : "unstake_all_alpha",
    signer,
    args: { hotkey: pick(HOTKEYS) },
  };
}

describe("staking properties (chain.md §12.1, §2.3, §9)", () => {
  for (const seed of [1, 2, 3, 42, 1234]) {
    it(`seed ${seed}: 300 random calls keep the pool and TAO invariants`, () => {
      const chain = fixture();
      const initial = TotalIssuance.get(chain.store);
      const next = mulberry32(seed);
      const kBefore = new Map<number, bigint>();
      for (const netuid of NETUIDS)
        kBefore.set(netuid, SubnetTAO.get(chain.store, netuid) * SubnetAlphaIn.get(chain.store, netuid));
      let succeeded = 0;
      for (let i = 0; i < 300; i++) {
        const { method, signer, args } = randomCall(next);
        const call = stakingCalls.find((c) => c.method === method)!;
        const overlay = new Overlay(chain.store);
        const events = chain.ctx.events.length;
        try {
          call.dispatch({ store: overlay, ctx: chain.ctx, origin: signed(signer) }, args as never);
          overlay.commit();
          succeeded++;
        } catch (error) {
          assert.ok(error instanceof DispatchError, `seed ${seed} call ${i} ${method}: ${String(error)}`);
          chain.ctx.events.length = events;
        }
        checkInvariants(chain, initial, kBefore, `seed ${seed} call ${i} ${method}`);
      }
      assert.ok(succeeded > 50, `seed ${seed}: enough calls succeeded (${succeeded})`);
    });
  }
  // Unused-stake sanity: every rao of TAO in the fixture is accounted for before any call.
  it("fixture: issuance equals balances plus pools", () => {
    const chain = fixture();
    assert.equal(TotalIssuance.get(chain.store), totalFree(chain) + 3n * 1_000n * TAO, "fixture issuance");
  });
});
