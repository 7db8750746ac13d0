import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  account,
  atBlock,
  chainWithSubnet,
  dispatch,
  expectFailure,
  OWNER_HOTKEY,
  type SubnetChainOptions,
  signed,
  TAO,
} from "../subnets/_testChain.ts";
import { ImmunityPeriod, MaxAllowedUids, MinNonImmuneUids } from "../subnets/hyperparameters.ts";
import { Owner } from "./hotkeyOwner.ts";
import { neuronsCalls } from "./neuronsCalls.ts";
import {
  Active,
  Axons,
  BlockAtRegistration,
  Bonds,
  Emission,
  Incentive,
  Keys,
  LastUpdate,
  NeuronCertificates,
  Prometheus,
  SubnetworkN,
  Uids,
  ValidatorPermit,
  Weights,
} from "./neuronsStorage.ts";

const MINER = account(3);
const HOT = [account(10), account(11), account(12), account(13), account(14)] as const;

/** Subnet 1 registered by OWNER (fast blocks), MINER funded. */
const SUBNET: SubnetChainOptions = {
  fastBlocks: true,
  balances: [[MINER, 10_000n * TAO]],
};

/** Subnet 1 with maxAllowedUids 4 and immunity 10, filled by uids 1–3 registered at blocks 2, 3, 4. */
function fullSubnet() {
  const chain = chainWithSubnet(SUBNET);
  MaxAllowedUids.set(chain.store, 4, 1);
  ImmunityPeriod.set(chain.store, 10, 1);
  MinNonImmuneUids.set(chain.store, 0, 1);
  for (const [i, block] of [2, 3, 4].entries()) {
    atBlock(chain, block);
    dispatch(chain, neuronsCalls, signed(MINER), "burned_register", { netuid: 1, hotkey: HOT[i] });
  }
  return chain;
}

describe("append then replace", () => {
  test("uids append densely up to maxAllowedUids", () => {
    const chain = fullSubnet();
    assert.equal(SubnetworkN.get(chain.store, 1), 4);
    for (let uid = 1; uid <= 3; uid++) {
      assert.equal(Keys.get(chain.store, 1, uid), HOT[uid - 1], `uid ${uid}`);
      assert.equal(BlockAtRegistration.get(chain.store, 1, uid), uid + 1, `uid ${uid} block`);
      assert.equal(LastUpdate.get(chain.store, 1, uid), uid + 1, `uid ${uid} last update`);
      assert.equal(Active.get(chain.store, 1, uid), true, `uid ${uid} active`);
    }
  });

  test("a full subnet replaces the non-immune candidate even when immune uids earn less", () => {
    const chain = fullSubnet();
    const s = chain.store;
    // block 12: uid 1 (registered at 2) is past immunity 10; uids 2 and 3 are immune
    Emission.set(s, 100n, 1, 1);
    atBlock(chain, 12);
    dispatch(chain, neuronsCalls, signed(MINER), "burned_register", { netuid: 1, hotkey: HOT[3] });
    assert.equal(Keys.get(s, 1, 1), HOT[3], "uid 1 replaced");
    assert.equal(SubnetworkN.get(s, 1), 4, "N unchanged");
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [["NeuronRegistered", { netuid: 1, uid: 1, hotkey: HOT[3] }]],
    );
  });

  test("with minNonImmuneUids ≥ non-immune count, the best immune uid is replaced instead", () => {
    const chain = fullSubnet();
    MinNonImmuneUids.set(chain.store, 1, 1);
    Emission.set(chain.store, 100n, 1, 1);
    atBlock(chain, 12);
    dispatch(chain, neuronsCalls, signed(MINER), "burned_register", { netuid: 1, hotkey: HOT[3] });
    assert.equal(Keys.get(chain.store, 1, 2), HOT[3], "uid 2: immune, emission 0, earliest of the immune");
  });

  test("replacement clears the old hotkey's serving entries and the uid's terms, weights and bonds", () => {
    const chain = fullSubnet();
    const s = chain.store;
    atBlock(chain, 30);
    // every uid past immunity; lowest emission: uid 2 (tie with 3 broken by the earlier registration)
    Emission.set(s, 5n, 1, 1);
    Emission.set(s, 3n, 1, 2);
    Emission.set(s, 3n, 1, 3);
    Incentive.set(s, 9, 1, 2);
    ValidatorPermit.set(s, true, 1, 2);
    dispatch(chain, neuronsCalls, signed(HOT[1]), "serve_axon", {
      netuid: 1,
      version: 1,
      ip: 0x0a000001n,
      port: 1,
      ip_type: 4,
      protocol: 0,
      placeholder1: 0,
      placeholder2: 0,
    });
    dispatch(chain, neuronsCalls, signed(HOT[1]), "serve_prometheus", {
      netuid: 1,
      version: 1,
      ip: 0x0a000001n,
      port: 2,
      ip_type: 4,
    });
    NeuronCertificates.set(s, { algorithm: 1, publicKey: new Uint8Array([7]) }, 1, HOT[1]);
    Weights.set(
      s,
      [
        [0, 10],
        [1, 20],
      ],
      1,
      2,
    );
    Bonds.set(s, [[0, 5]], 1, 2);
    Weights.set(
      s,
      [
        [1, 7],
        [2, 65_535],
        [3, 9],
      ],
      1,
      0,
    );
    Weights.set(s, [[3, 4]], 1, 3);
    atBlock(chain, 31);
    dispatch(chain, neuronsCalls, signed(MINER), "burned_register", { netuid: 1, hotkey: HOT[4] });

    assert.equal(Keys.get(s, 1, 2), HOT[4]);
    assert.equal(Uids.get(s, 1, HOT[4]), 2);
    assert.equal(Uids.has(s, 1, HOT[1]), false);
    assert.equal(Axons.has(s, 1, HOT[1]), false);
    assert.equal(Prometheus.has(s, 1, HOT[1]), false);
    assert.equal(NeuronCertificates.has(s, 1, HOT[1]), false);
    assert.equal(Owner.get(s, HOT[1]), MINER, "the old hotkey keeps its owner (and its stake)");
    assert.equal(Emission.get(s, 1, 2), 0n);
    assert.equal(Incentive.get(s, 1, 2), 0);
    assert.equal(ValidatorPermit.get(s, 1, 2), false);
    assert.equal(Active.get(s, 1, 2), true);
    assert.equal(BlockAtRegistration.get(s, 1, 2), 31);
    assert.equal(LastUpdate.get(s, 1, 2), 31);
    assert.equal(Weights.has(s, 1, 2), false, "own weights row deleted");
    assert.equal(Bonds.has(s, 1, 2), false, "own bonds row deleted");
    assert.deepEqual(
      Weights.get(s, 1, 0),
      [
        [1, 7],
        [2, 0],
        [3, 9],
      ],
      "weights on uid 2 zeroed, entries kept",
    );
    assert.deepEqual(Weights.get(s, 1, 3), [[3, 4]], "rows without uid 2 untouched");
    assert.equal(Emission.get(s, 1, 1), 5n, "other uids untouched");
  });

  test("the owner hotkey is never replaced; the owner's other hotkeys up to immuneOwnerUidsLimit", () => {
    const chain = chainWithSubnet(SUBNET);
    MaxAllowedUids.set(chain.store, 1, 1);
    atBlock(chain, 100_000);
    expectFailure(
      chain,
      neuronsCalls,
      signed(MINER),
      "burned_register",
      { netuid: 1, hotkey: HOT[0] },
      "NoNeuronIdAvailable",
    );
    assert.equal(Keys.get(chain.store, 1, 0), OWNER_HOTKEY);
  });
});
