import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Account, TotalIssuance } from "../balances/balancesStorage.ts";
import {
  AUTHOR,
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
} from "../subnets/_testChain.ts";
import { Burn, MaxAllowedUids, NetworkRegistrationAllowed } from "../subnets/hyperparameters.ts";
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO, SubnetVolume } from "../subnets/subnetsStorage.ts";
import { Owner } from "./hotkeyOwner.ts";
import { neuronsCalls } from "./neuronsCalls.ts";
import { BlockAtRegistration, Keys, SubnetworkN, Uids } from "./neuronsStorage.ts";

const MINER = account(3);
const MINER_HOT = account(4);
const POOR = account(5);
const OTHER_HOT = account(6);

/** Subnet 1 registered by OWNER at block 1; MINER and POOR funded; now block 2. */
function registeredChain() {
  const chain = chainWithSubnet({
    fastBlocks: true,
    balances: [
      [MINER, 10_000n * TAO],
      [POOR, TAO / 2n],
    ],
  });
  atBlock(chain, 2);
  return chain;
}

describe("burned_register", () => {
  test("success: UID 1, burn bought and destroyed in the pool, fee to the author, burn × 1.26, event", () => {
    const chain = registeredChain();
    const s = chain.store;
    const tau = SubnetTAO.get(s, 1);
    const alpha = SubnetAlphaIn.get(s, 1);
    const issuance = TotalIssuance.get(s);
    dispatch(chain, neuronsCalls, signed(MINER), "burned_register", { netuid: 1, hotkey: MINER_HOT });

    const burn = TAO;
    const fee = (burn * 33n) / 65_535n; // 503,547 rao at the default fee rate
    const net = burn - fee;
    const out = (alpha * net) / (tau + net);
    assert.equal(SubnetworkN.get(s, 1), 2);
    assert.equal(Keys.get(s, 1, 1), MINER_HOT);
    assert.equal(Uids.get(s, 1, MINER_HOT), 1);
    assert.equal(BlockAtRegistration.get(s, 1, 1), 2);
    assert.equal(Owner.get(s, MINER_HOT), MINER);
    assert.equal(Account.get(s, MINER).free, 10_000n * TAO - burn);
    assert.equal(Account.get(s, AUTHOR).free, fee, "swap fee to the block author");
    assert.equal(SubnetTAO.get(s, 1), tau + net, "the TAO stays in the pool");
    assert.equal(SubnetAlphaIn.get(s, 1), alpha - out);
    assert.equal(SubnetAlphaOut.get(s, 1), 0n, "the bought alpha is destroyed");
    assert.equal(SubnetVolume.get(s, 1), burn);
    assert.equal(Burn.get(s, 1), 1_260_000_000n);
    assert.equal(TotalIssuance.get(s), issuance);
    assertIssuanceInvariant(s, "after burned_register");
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [["NeuronRegistered", { netuid: 1, uid: 1, hotkey: MINER_HOT }]],
    );
  });

  test("register_limit: passes at limit = Burn, fails one rao below", () => {
    const chain = registeredChain();
    expectFailure(
      chain,
      neuronsCalls,
      signed(MINER),
      "register_limit",
      { netuid: 1, hotkey: MINER_HOT, limit_price: TAO - 1n },
      "RegistrationPriceLimitExceeded",
    );
    dispatch(chain, neuronsCalls, signed(MINER), "register_limit", {
      netuid: 1,
      hotkey: MINER_HOT,
      limit_price: TAO,
    });
    assert.equal(Uids.get(chain.store, 1, MINER_HOT), 1);
  });

  test("errors in order, each leaving the state unchanged", () => {
    const chain = registeredChain();
    const call = (
      origin: string,
      args: Record<string, unknown>,
      error: Parameters<typeof expectFailure>[5],
      method = "burned_register",
    ) => expectFailure(chain, neuronsCalls, signed(origin), method, args, error);
    call(MINER, { netuid: 0, hotkey: MINER_HOT }, "RegistrationNotPermittedOnRootSubnet");
    call(MINER, { netuid: 9, hotkey: MINER_HOT }, "SubnetNotExists");
    NetworkRegistrationAllowed.set(chain.store, false, 1);
    call(
      MINER,
      { netuid: 1, hotkey: MINER_HOT, limit_price: 1n },
      "RegistrationPriceLimitExceeded",
      "register_limit",
    );
    call(MINER, { netuid: 1, hotkey: OWNER_HOTKEY }, "SubNetRegistrationDisabled");
    NetworkRegistrationAllowed.set(chain.store, true, 1);
    call(POOR, { netuid: 1, hotkey: OWNER_HOTKEY }, "HotKeyAlreadyRegisteredInSubNet");
    const error = call(POOR, { netuid: 1, hotkey: OTHER_HOT }, "NotEnoughBalanceToStake");
    assert.deepEqual(error.fields, { needed: TAO, free: TAO / 2n });
    dispatch(chain, neuronsCalls, signed(OWNER), "try_associate_hotkey", { hotkey: OTHER_HOT });
    call(MINER, { netuid: 1, hotkey: OTHER_HOT }, "NonAssociatedColdKey");
    MaxAllowedUids.set(chain.store, 0, 1);
    call(MINER, { netuid: 1, hotkey: MINER_HOT }, "NoNeuronIdAvailable");
    MaxAllowedUids.set(chain.store, 1, 1);
    call(MINER, { netuid: 1, hotkey: MINER_HOT }, "NoNeuronIdAvailable");
    MaxAllowedUids.set(chain.store, 256, 1);
    expectFailure(
      chain,
      neuronsCalls,
      ROOT,
      "burned_register",
      { netuid: 1, hotkey: MINER_HOT },
      "BadOrigin",
      "System",
    );
    // The pool refuses a buy whose alpha reserve is below MinimumReserve (chain.md §9 step 3).
    SubnetAlphaIn.set(chain.store, 999_999n, 1);
    call(MINER, { netuid: 1, hotkey: MINER_HOT }, "ReservesTooLow");
  });

  test("the owner's coldkey may register more of its own hotkeys", () => {
    const chain = registeredChain();
    dispatch(chain, neuronsCalls, signed(OWNER), "burned_register", { netuid: 1, hotkey: OTHER_HOT });
    assert.equal(Uids.get(chain.store, 1, OTHER_HOT), 1);
  });
});
