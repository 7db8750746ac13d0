/**
 * chain.md §10.5 through the real pipeline: one subnet (tempo 10), two validators with stake and permits
 * and three miners weighted 60 % / 30 % / 10 % by both. Per block the subnet issues 10^9 alpha, so each
 * 10-block epoch drains exactly S = V = 4,100,022,890 and O = 1,799,954,220 (no root stake: R = 0):
 *   cut = floor(10^9·11,796/65,535) = 179,995,422;  rem = 820,004,578;  server = validator = 410,002,289.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { keypairFromUri } from "@opentao/primitives";
import { freshKeypair } from "../block/_testChain.ts";
import { Dividends, Emission, Incentive, Uids, ValidatorPermit } from "../neurons/neuronsStorage.ts";
import { TotalHotkeyAlpha } from "../staking/stakingStorage.ts";
import {
  MinerBurned,
  SubnetAlphaBurned,
  SubnetAlphaOut,
  SubnetOwnerHotkey,
} from "../subnets/subnetsStorage.ts";
import {
  assertAlphaHeld,
  assertIssuance,
  block,
  coinbaseChain,
  heldAlpha,
  startedSubnet,
  subtensor,
  TAO,
} from "./_testChain.ts";
import { AlphaDividendsPerSubnet, PendingOwnerCut, PendingServerEmission } from "./coinbaseStorage.ts";

const CUT_PER_BLOCK = 179_995_422n;
const SERVER_PER_EPOCH = 4_100_022_890n;
const NETUID = 1;

const bob = keypairFromUri("//Bob");
const charlie = keypairFromUri("//Charlie");
const dave = keypairFromUri("//Dave");
const validators = [freshKeypair("validator 1"), freshKeypair("validator 2")] as const;
const miners = [freshKeypair("miner A"), freshKeypair("miner B"), freshKeypair("miner C")] as const;
/** Quality order A > B > C; set_weights max-upscales to [65535, 32767, 10922] (Σ 109,224). */
const QUALITY = [60_000, 30_000, 10_000];
const UPSCALED = [65_535n, 32_767n, 10_922n];
const UPSCALED_SUM = 109_224n;

/** Genesis, registrations (blocks 1–3), stakes (block 4), blocks to the first epoch (10), weights (11). */
function scenario(ownerWeight = false) {
  const chain = coinbaseChain({
    subnets: [startedSubnet("yuma")],
    balances: [...validators, ...miners].map((k) => [k.ss58Address, TAO] as const),
  });
  const check = (label: string): void => {
    assertIssuance(chain.store, label);
    assertAlphaHeld(chain.store, label);
  };
  const reg = (coldkey: typeof bob, hotkey: typeof bob) =>
    subtensor(chain, coldkey, "burned_register", { netuid: NETUID, hotkey: hotkey.ss58Address });
  block(chain, [reg(bob, validators[0]), reg(charlie, validators[1]), reg(dave, miners[0])]);
  block(chain, [reg(dave, miners[1])]);
  block(chain, [reg(dave, miners[2])]);
  const stake = (coldkey: typeof bob, hotkey: typeof bob, tao: bigint) =>
    subtensor(chain, coldkey, "add_stake", {
      hotkey: hotkey.ss58Address,
      netuid: NETUID,
      amount_staked: (tao * TAO).toString(),
    });
  block(chain, [stake(bob, validators[0], 1_000n), stake(charlie, validators[1], 500n)]);
  for (let b = 5; b <= 10; b += 1) block(chain);
  check("block 10");
  const uid = (k: typeof bob) => Uids.get(chain.store, NETUID, k.ss58Address);
  const dests = [...miners.map(uid), ...(ownerWeight ? [0] : [])];
  const values = [...QUALITY, ...(ownerWeight ? [60_000] : [])];
  block(
    chain,
    validators.map((v) =>
      subtensor(chain, v, "set_weights", { netuid: NETUID, dests, weights: values, version_key: 0 }),
    ),
  );
  return { chain, check, uid };
}

describe("distributeEmission (chain.md §10.5): multi-tempo Yuma scenario", () => {
  test("miners earn in quality order, both validators earn dividends, the owner cut is exact", () => {
    const { chain, check, uid } = scenario();
    const { store } = chain;
    assert.deepEqual(
      validators.map((v) => ValidatorPermit.get(store, NETUID, uid(v))),
      [true, true],
      "validators hold permits after the first epoch",
    );
    assert.deepEqual(
      miners.map((m) => uid(m)),
      [3, 4, 5],
      "miners are uids 3, 4, 5",
    );
    const minerStake = () => miners.map((m) => TotalHotkeyAlpha.get(store, m.ss58Address, NETUID));
    let epochs = 0;
    for (let b = 12; b <= 60; b += 1) {
      const before = minerStake();
      const applied = block(chain);
      check(`block ${b}`);
      if (!applied.events.some((e) => e.name === "EpochRun")) continue;
      epochs += 1;
      const earned = minerStake().map((s, i) => s - before[i]!);
      const total = earned.reduce((a, x) => a + x, 0n);
      // The epoch pays incentive from all of S + V + R = 2S: its floors leave it at most a few rao short of S.
      assert.ok(
        total <= SERVER_PER_EPOCH && total >= SERVER_PER_EPOCH - 100n,
        `block ${b}: Σ incentive ≈ S (${total})`,
      );
      assert.ok(
        earned[0]! > earned[1]! && earned[1]! > earned[2]! && earned[2]! > 0n,
        `block ${b}: A > B > C > 0`,
      );
      earned.forEach((x, i) => {
        // Two validators with identical rows: consensus = the weights, so incentive ∝ the upscaled weights.
        const deviation = x * UPSCALED_SUM - total * UPSCALED[i]!;
        const bound = (total * UPSCALED_SUM) / 10_000n;
        assert.ok(
          deviation <= bound && -deviation <= bound,
          `block ${b}: miner ${i} share ≈ ${UPSCALED[i]}/109224`,
        );
      });
      const incentive = miners.map((m) => Incentive.get(store, NETUID, uid(m)));
      assert.ok(
        incentive[0]! > incentive[1]! && incentive[1]! > incentive[2]!,
        `block ${b}: Incentive ordered`,
      );
      const dividends = validators.map((v) => Dividends.get(store, NETUID, uid(v)));
      assert.ok(
        dividends.every((d) => d > 0),
        `block ${b}: both validators have Dividends > 0 (${dividends})`,
      );
      const alphaDivs = validators.map((v) => AlphaDividendsPerSubnet.get(store, NETUID, v.ss58Address));
      assert.ok(
        alphaDivs.every((d) => d > 0n),
        `block ${b}: both validators' stakers were paid (${alphaDivs})`,
      );
      assert.ok(
        Emission.get(store, NETUID, uid(miners[0])) > Emission.get(store, NETUID, uid(miners[2])),
        `block ${b}: Emission of A > C`,
      );
    }
    assert.equal(epochs, 5, "epochs at 20, 30, 40, 50, 60");
    const stakes = minerStake();
    assert.ok(
      stakes[0]! > stakes[1]! && stakes[1]! > stakes[2]!,
      "accumulated miner stake ordered A > B > C",
    );
    // The owner hotkey gets nothing but the owner cut: 60 blocks drained by the epoch at block 60.
    const ownerHotkey = SubnetOwnerHotkey.get(store, NETUID);
    assert.equal(
      TotalHotkeyAlpha.get(store, ownerHotkey, NETUID),
      60n * CUT_PER_BLOCK,
      "owner cut: 60 × 179,995,422",
    );
    assert.equal(PendingOwnerCut.get(store, NETUID), 0n, "bucket drained at block 60");
    assert.equal(PendingServerEmission.get(store, NETUID), 0n, "server bucket drained at block 60");
    // Without root stake nothing is claimable and no rounding hides in RootClaimable: held alpha is exact.
    assert.equal(heldAlpha(store, NETUID), SubnetAlphaOut.get(store, NETUID), "held alpha == SubnetAlphaOut");
    assert.equal(MinerBurned.get(store, NETUID), 0n, "no owner-key incentive");
  });

  test("incentive on the owner hotkey is burned (SubnetAlphaBurned) and sets MinerBurned", () => {
    const { chain, check } = scenario(true);
    const { store } = chain;
    for (let b = 12; b <= 20; b += 1) {
      block(chain);
      check(`block ${b}`);
    }
    const burned = SubnetAlphaBurned.get(store, NETUID);
    assert.ok(burned > 0n, `owner uid's incentive burned (${burned})`);
    // Upscaled rows [65535, 32767, 10922, 65535]: the owner's share of incentive is 65,535/174,759.
    const minerBurned = MinerBurned.get(store, NETUID);
    const expected = (65_535n * 10n ** 18n) / 174_759n;
    const diff = minerBurned > expected ? minerBurned - expected : expected - minerBurned;
    assert.ok(diff < 10n ** 15n, `MinerBurned ≈ 0.375 (${minerBurned})`);
    const ownerHotkey = SubnetOwnerHotkey.get(store, NETUID);
    assert.equal(
      TotalHotkeyAlpha.get(store, ownerHotkey, NETUID),
      20n * CUT_PER_BLOCK,
      "owner stake is the cut only",
    );
    assert.equal(
      heldAlpha(store, NETUID),
      SubnetAlphaOut.get(store, NETUID),
      "burned alpha stays in SubnetAlphaOut",
    );
  });
});
