import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Account, TotalIssuance } from "../balances/balancesStorage.ts";
import { OwnedHotkeys, Owner } from "../neurons/hotkeyOwner.ts";
import { neuronsCalls } from "../neurons/neuronsCalls.ts";
import { BlockAtRegistration, Keys, SubnetworkN, Uids } from "../neurons/neuronsStorage.ts";
import { setNetworkParam } from "../system/index.ts";
import {
  account,
  assertIssuanceInvariant,
  atBlock,
  dispatch,
  expectFailure,
  genesis,
  ROOT,
  signed,
  TAO,
} from "./_testChain.ts";
import { MinAllowedUids, Tempo, WeightsSetRateLimit } from "./hyperparameters.ts";
import { getNetworkLockCost } from "./networkLockCost.ts";
import { subnetsCalls } from "./subnetsCalls.ts";
import {
  LastEpochBlock,
  NetworkLastLockBlock,
  NetworkLastLockCost,
  NetworkRegisteredAt,
  NetworksAdded,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetEmissionEnabled,
  SubnetIdentitiesV3,
  SubnetLocked,
  SubnetMovingPrice,
  SubnetOwner,
  SubnetOwnerHotkey,
  SubnetTAO,
  SubtokenEnabled,
  TokenSymbol,
  TotalNetworks,
} from "./subnetsStorage.ts";

const ALICE = account(1);
const ALICE_HOT = account(2);
const BOB = account(3);
const BOB_HOT = account(4);
const POOR = account(5);

const IDENTITY = {
  subnet_name: "alpha",
  github_repo: "https://github.com/o/a",
  subnet_contact: "a@b.c",
  subnet_url: "https://a",
  discord: "a#1",
  description: "the first subnet",
  logo_url: "https://a/logo.png",
  additional: "",
};

function fastChain() {
  return genesis({
    fastBlocks: true,
    balances: [
      [ALICE, 1_000_000n * TAO],
      [BOB, 1_000_000n * TAO],
      [POOR, 99n * TAO],
    ],
  });
}

describe("register_network", () => {
  test("success: netuid 1 with the owner hotkey as UID 0, lock taken, pool seeded at price 1, events", () => {
    const chain = fastChain();
    const issuance = TotalIssuance.get(chain.store);
    dispatch(chain, subnetsCalls, signed(ALICE), "register_network", { hotkey: ALICE_HOT });
    const s = chain.store;
    const lock = 100n * TAO; // fast-blocks NetworkMinLockCost; the first registration pays the floor
    assert.equal(NetworksAdded.get(s, 1), true);
    assert.equal(TotalNetworks.get(s), 2, "root and netuid 1");
    assert.equal(SubnetOwner.get(s, 1), ALICE);
    assert.equal(SubnetOwnerHotkey.get(s, 1), ALICE_HOT);
    assert.equal(Owner.get(s, ALICE_HOT), ALICE, "hotkey associated on first use");
    assert.deepEqual(OwnedHotkeys.get(s, ALICE), [ALICE_HOT]);
    assert.equal(SubnetworkN.get(s, 1), 1);
    assert.equal(Keys.get(s, 1, 0), ALICE_HOT);
    assert.equal(Uids.get(s, 1, ALICE_HOT), 0);
    assert.equal(BlockAtRegistration.get(s, 1, 0), 1);
    assert.equal(NetworkRegisteredAt.get(s, 1), 1);
    assert.equal(TokenSymbol.get(s, 1), "α");
    assert.equal(SubnetLocked.get(s, 1), lock);
    assert.equal(SubnetTAO.get(s, 1), lock);
    assert.equal(SubnetAlphaIn.get(s, 1), lock, "no other subnet: p_med = 1.0");
    assert.equal(SubnetAlphaOut.get(s, 1), 0n);
    assert.equal(SubtokenEnabled.get(s, 1), false, "not started");
    assert.equal(SubnetEmissionEnabled.get(s, 1), true, "NewSubnetEmissionEnabled");
    assert.equal(Account.get(s, ALICE).free, 1_000_000n * TAO - lock);
    assert.equal(NetworkLastLockCost.get(s), lock);
    assert.equal(NetworkLastLockBlock.get(s), 1);
    assert.equal(TotalIssuance.get(s), issuance, "the lock moves from free to SubnetTAO");
    assertIssuanceInvariant(s, "after register_network");
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.module, e.name, e.data]),
      [["SubtensorModule", "NetworkAdded", { netuid: 1 }]],
    );
  });

  test("fast-blocks and standard hyperparameter defaults, tempo from DefaultTempo, staggered LastEpochBlock", () => {
    const fast = fastChain();
    dispatch(fast, subnetsCalls, signed(ALICE), "register_network", { hotkey: ALICE_HOT });
    assert.equal(Tempo.get(fast.store, 1), 10);
    assert.equal(MinAllowedUids.get(fast.store, 1), 1);
    assert.equal(WeightsSetRateLimit.get(fast.store, 1), 0);
    assert.equal(LastEpochBlock.get(fast.store, 1), 0, "max(0, 1 − 1 mod 10)");
    atBlock(fast, 25);
    dispatch(fast, subnetsCalls, signed(BOB), "register_network", { hotkey: BOB_HOT });
    assert.equal(LastEpochBlock.get(fast.store, 2), 23, "25 − (2 mod 10)");

    const standard = genesis({ balances: [[ALICE, 1_000_000n * TAO]] });
    dispatch(standard, subnetsCalls, signed(ALICE), "register_network", { hotkey: ALICE_HOT });
    assert.equal(Tempo.get(standard.store, 1), 360);
    assert.equal(MinAllowedUids.get(standard.store, 1), 64);
    assert.equal(WeightsSetRateLimit.get(standard.store, 1), 100);
    assert.equal(SubnetLocked.get(standard.store, 1), 1_000n * TAO, "standard NetworkMinLockCost");
  });

  test("with identity: stored, SubnetIdentitySet before NetworkAdded; null identity stores none", () => {
    const chain = fastChain();
    dispatch(chain, subnetsCalls, signed(ALICE), "register_network_with_identity", {
      hotkey: ALICE_HOT,
      identity: IDENTITY,
    });
    assert.equal(SubnetIdentitiesV3.get(chain.store, 1)?.subnetName, "alpha");
    assert.equal(SubnetIdentitiesV3.get(chain.store, 1)?.logoUrl, "https://a/logo.png");
    assert.deepEqual(
      chain.ctx.events.map((e) => e.name),
      ["SubnetIdentitySet", "NetworkAdded"],
    );
    dispatch(chain, subnetsCalls, signed(BOB), "register_network_with_identity", {
      hotkey: BOB_HOT,
      identity: null,
    });
    assert.equal(SubnetIdentitiesV3.get(chain.store, 2), null);
  });

  test("lock cost doubles with each registration and decays linearly back to the floor", () => {
    const chain = fastChain();
    // Fast blocks: floor 100 TAO, interval I = 1,000 blocks at full block emission.
    assert.equal(getNetworkLockCost(chain.store, 1), 100n * TAO, "genesis: m = 1");
    dispatch(chain, subnetsCalls, signed(ALICE), "register_network", { hotkey: ALICE_HOT });
    assert.equal(getNetworkLockCost(chain.store, 1), 200n * TAO, "doubled in the same block");
    dispatch(chain, subnetsCalls, signed(BOB), "register_network", { hotkey: BOB_HOT });
    assert.equal(SubnetLocked.get(chain.store, 2), 200n * TAO);
    assert.equal(getNetworkLockCost(chain.store, 1), 400n * TAO);
    // decay = floor(200 TAO / 1000) · (now − 1) = 0.2 TAO per block
    assert.equal(getNetworkLockCost(chain.store, 101), 380n * TAO, "after 100 blocks");
    assert.equal(getNetworkLockCost(chain.store, 1001), 200n * TAO, "after 1,000 blocks: back to L");
    assert.equal(getNetworkLockCost(chain.store, 1501), 100n * TAO, "clamped at the floor");
    atBlock(chain, 101);
    dispatch(chain, subnetsCalls, signed(ALICE), "register_network", { hotkey: account(6) });
    assert.equal(SubnetLocked.get(chain.store, 3), 380n * TAO);
    assert.equal(NetworkLastLockCost.get(chain.store), 380n * TAO);
    assert.equal(getNetworkLockCost(chain.store, 101), 760n * TAO);
    assert.equal(TokenSymbol.get(chain.store, 3), "γ");
    assertIssuanceInvariant(chain.store, "three registrations");
  });

  test("pool seed uses the median price of the other subnets (odd: middle, even: floor of the mean)", () => {
    const chain = fastChain();
    dispatch(chain, subnetsCalls, signed(ALICE), "register_network", { hotkey: ALICE_HOT });
    dispatch(chain, subnetsCalls, signed(ALICE), "register_network", { hotkey: account(6) });
    // prices 1.0 and 3.0 → even count: 2.0
    SubnetTAO.set(chain.store, 300n * TAO, 2);
    SubnetAlphaIn.set(chain.store, 100n * TAO, 2);
    dispatch(chain, subnetsCalls, signed(BOB), "register_network", { hotkey: BOB_HOT });
    const lock3 = SubnetLocked.get(chain.store, 3);
    assert.equal(SubnetAlphaIn.get(chain.store, 3), lock3 / 2n, "seeded at 2.0");
    // prices 1.0, 3.0, 2.0 → odd count: the middle value, 2.0
    dispatch(chain, subnetsCalls, signed(BOB), "register_network", { hotkey: account(7) });
    const lock4 = SubnetLocked.get(chain.store, 4);
    assert.equal(SubnetAlphaIn.get(chain.store, 4), lock4 / 2n, "seeded at 2.0");
    // subnets with price 0 do not count: 3.0 and 2.0 remain → 2.5
    SubnetAlphaIn.set(chain.store, 0n, 1);
    SubnetAlphaIn.set(chain.store, 0n, 4);
    dispatch(chain, subnetsCalls, signed(BOB), "register_network", { hotkey: account(8) });
    const lock5 = SubnetLocked.get(chain.store, 5);
    assert.equal(SubnetAlphaIn.get(chain.store, 5), (lock5 * 10n ** 18n) / 2_500_000_000_000_000_000n);
  });

  test("at the subnet limit, the prune target is dissolved and its netuid reused", () => {
    const chain = fastChain();
    setNetworkParam(chain.store, "SubnetLimit", 2);
    dispatch(chain, subnetsCalls, signed(ALICE), "register_network", { hotkey: ALICE_HOT });
    dispatch(chain, subnetsCalls, signed(BOB), "register_network", { hotkey: BOB_HOT });
    SubnetMovingPrice.set(chain.store, 5n, 1);
    SubnetMovingPrice.set(chain.store, 3n, 2);
    atBlock(chain, 500);
    expectFailure(
      chain,
      subnetsCalls,
      signed(ALICE),
      "register_network",
      { hotkey: account(6) },
      "SubnetLimitReached",
    );
    atBlock(chain, 1001); // NetworkImmunityPeriod 1,000 (fast) since block 1
    const issuance = TotalIssuance.get(chain.store);
    const pot = SubnetTAO.get(chain.store, 2);
    dispatch(chain, subnetsCalls, signed(ALICE), "register_network", { hotkey: account(6) });
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [
        ["NetworkRemoved", { netuid: 2 }],
        ["NetworkAdded", { netuid: 2 }],
      ],
    );
    assert.equal(SubnetOwner.get(chain.store, 2), ALICE);
    assert.equal(Keys.get(chain.store, 2, 0), account(6));
    assert.equal(Uids.has(chain.store, 2, BOB_HOT), false, "the pruned owner hotkey lost its UID");
    assert.equal(Owner.get(chain.store, BOB_HOT), BOB, "associations are permanent");
    assert.equal(SubnetMovingPrice.get(chain.store, 2), 0n, "fresh state");
    assert.equal(TotalNetworks.get(chain.store), 3);
    // No stakes (interim hooks): the whole pot is the protocol's and is recycled.
    assert.equal(TotalIssuance.get(chain.store), issuance - pot);
    assertIssuanceInvariant(chain.store, "after prune");
  });

  test("errors in order, each leaving the state unchanged", () => {
    const chain = fastChain();
    setNetworkParam(chain.store, "NetworkRateLimit", 100);
    setNetworkParam(chain.store, "SubnetLimit", 1);
    dispatch(chain, subnetsCalls, signed(ALICE), "register_network", { hotkey: ALICE_HOT });
    atBlock(chain, 50);
    // 1 before 2: Bob uses Alice's hotkey inside the rate limit.
    expectFailure(
      chain,
      subnetsCalls,
      signed(BOB),
      "register_network",
      { hotkey: ALICE_HOT },
      "NonAssociatedColdKey",
    );
    // 2 before 3: inside the rate limit and at the subnet limit.
    expectFailure(
      chain,
      subnetsCalls,
      signed(BOB),
      "register_network",
      { hotkey: BOB_HOT },
      "NetworkTxRateLimitExceeded",
    );
    atBlock(chain, 101);
    // 3 before 4: at the limit with every subnet immune, and poor.
    expectFailure(
      chain,
      subnetsCalls,
      signed(POOR),
      "register_network",
      { hotkey: account(9) },
      "SubnetLimitReached",
    );
    setNetworkParam(chain.store, "SubnetLimit", 10);
    // 4 before 5: cannot afford, with an invalid identity.
    expectFailure(
      chain,
      subnetsCalls,
      signed(POOR),
      "register_network_with_identity",
      { hotkey: account(9), identity: { ...IDENTITY, subnet_name: "x".repeat(257) } },
      "CannotAffordLockCost",
    );
    // 5: the name is 129 two-byte characters = 258 bytes > 256.
    const error = expectFailure(
      chain,
      subnetsCalls,
      signed(BOB),
      "register_network_with_identity",
      { hotkey: BOB_HOT, identity: { ...IDENTITY, subnet_name: "é".repeat(129) } },
      "InvalidIdentity",
    );
    assert.deepEqual(error.fields, { field: "subnetName", bytes: 258, limit: 256 });
    // A root origin is not a coldkey.
    expectFailure(chain, subnetsCalls, ROOT, "register_network", { hotkey: BOB_HOT }, "BadOrigin", "System");
    // The same call succeeds once valid.
    dispatch(chain, subnetsCalls, signed(BOB), "register_network", { hotkey: BOB_HOT });
    assert.equal(SubnetOwner.get(chain.store, 2), BOB);
  });

  test("a hotkey the caller already owns (from a UID elsewhere) may own a new subnet", () => {
    const chain = fastChain();
    dispatch(chain, subnetsCalls, signed(ALICE), "register_network", { hotkey: ALICE_HOT });
    dispatch(chain, neuronsCalls, signed(BOB), "burned_register", { netuid: 1, hotkey: BOB_HOT });
    dispatch(chain, subnetsCalls, signed(BOB), "register_network", { hotkey: BOB_HOT });
    assert.equal(SubnetOwnerHotkey.get(chain.store, 2), BOB_HOT);
    assert.deepEqual(OwnedHotkeys.get(chain.store, BOB), [BOB_HOT], "associated once");
  });
});
