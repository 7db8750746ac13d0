import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Account, TotalIssuance } from "../balances/balancesStorage.ts";
import { Owner } from "../neurons/hotkeyOwner.ts";
import { neuronsCalls } from "../neurons/neuronsCalls.ts";
import { Weights } from "../neurons/neuronsStorage.ts";
import {
  account,
  assertIssuanceInvariant,
  atBlock,
  chainWithSubnet,
  dispatch,
  expectFailure,
  OWNER,
  OWNER_HOTKEY,
  ROOT,
  signed,
  TAO,
} from "./_testChain.ts";
import type { SubnetDissolveHooks } from "./dissolveHooks.ts";
import { createSubnetsCalls } from "./subnetsCalls.ts";
import {
  NetworksAdded,
  SubnetAlphaIn,
  SubnetProtocolAlpha,
  SubnetTAO,
  TotalNetworks,
} from "./subnetsStorage.ts";

const STAKER = account(3);
const STAKER_HOT = account(4);
const DUST = account(5);

function setup() {
  const removed: number[] = [];
  const hooks: SubnetDissolveHooks = {
    stakesOnSubnet: (_store, netuid) =>
      netuid === 1
        ? [
            { hotkey: STAKER_HOT, coldkey: STAKER, alpha: 600n * TAO },
            { hotkey: OWNER_HOTKEY, coldkey: OWNER, alpha: 200n * TAO },
            { hotkey: OWNER_HOTKEY, coldkey: DUST, alpha: 1n },
          ]
        : [],
    removeSubnetState: (_store, netuid) => {
      removed.push(netuid);
    },
  };
  const calls = createSubnetsCalls(hooks);
  const chain = chainWithSubnet({
    fastBlocks: true,
    balances: [[STAKER, 10_000n * TAO]],
    calls,
  });
  dispatch(chain, calls, signed(OWNER), "register_network", { hotkey: account(9) });
  dispatch(chain, neuronsCalls, signed(STAKER), "burned_register", { netuid: 1, hotkey: STAKER_HOT });
  dispatch(chain, neuronsCalls, signed(STAKER_HOT), "serve_axon", {
    netuid: 1,
    version: 1,
    ip: 0x01020304n,
    port: 8091,
    ip_type: 4,
    protocol: 4,
    placeholder1: 0,
    placeholder2: 0,
  });
  Weights.set(chain.store, [[0, 65_535]], 1, 1);
  return { chain, calls, removed };
}

describe("root_dissolve_network", () => {
  test("refunds the pot by stake, recycles the protocol share, removes every netuid-1 item", () => {
    const { chain, calls, removed } = setup();
    // A pool of exactly 1,000 TAO with 200 TAO of protocol weight: W = 600 + 200 + 200 TAO + 1 rao.
    const s = chain.store;
    TotalIssuance.set(s, TotalIssuance.get(s) - SubnetTAO.get(s, 1) + 1_000n * TAO);
    SubnetTAO.set(s, 1_000n * TAO, 1);
    SubnetAlphaIn.set(s, 150n * TAO, 1);
    SubnetProtocolAlpha.set(s, 50n * TAO, 1);
    const staker = Account.get(s, STAKER).free;
    const owner = Account.get(s, OWNER).free;
    const issuance = TotalIssuance.get(s);
    atBlock(chain, 2);
    dispatch(chain, calls, ROOT, "root_dissolve_network", { netuid: 1 });

    // Floors 599,999,999,999 / 199,999,999,999 / 0 / 199,999,999,999 leave 3 rao, which go to the
    // largest remainders: the 1-rao stake (≈1.0), then owner and protocol (≈0.8 each, owner first).
    assert.equal(Account.get(s, STAKER).free - staker, 599_999_999_999n);
    assert.equal(Account.get(s, OWNER).free - owner, 200_000_000_000n);
    assert.equal(Account.get(s, DUST).free, 0n, "a 1-rao refund is below the existential deposit: recycled");
    assert.equal(issuance - TotalIssuance.get(s), 200_000_000_001n, "protocol share and dust recycled");
    assertIssuanceInvariant(s, "after dissolve");

    assert.equal(NetworksAdded.get(s, 1), false);
    assert.equal(TotalNetworks.get(s), 2, "root and netuid 2");
    assert.deepEqual(removed, [1], "other modules' state removed through the hook");
    const left = s.keysWithPrefix("").filter((key) => /^[A-Za-z]+\.[A-Za-z0-9]+\/0000000001(\/|$)/.test(key));
    assert.deepEqual(left, [], "no per-netuid item of subnet 1 remains");
    assert.equal(Owner.get(s, STAKER_HOT), STAKER, "associations stay");
    assert.equal(NetworksAdded.get(s, 2), true, "other subnets untouched");
    assert.deepEqual(
      chain.ctx.events.filter((e) => e.module === "SubtensorModule").map((e) => [e.name, e.data]),
      [["NetworkRemoved", { netuid: 1 }]],
    );
  });

  test("errors in order: BadOrigin, SubnetNotExists, CannotDissolveRoot", () => {
    const { chain, calls } = setup();
    expectFailure(chain, calls, signed(OWNER), "root_dissolve_network", { netuid: 1 }, "BadOrigin", "System");
    expectFailure(chain, calls, ROOT, "root_dissolve_network", { netuid: 7 }, "SubnetNotExists");
    expectFailure(chain, calls, ROOT, "root_dissolve_network", { netuid: 0 }, "CannotDissolveRoot");
  });
});
