/**
 * chain.md §10.1–§10.4 and §4.2 steps 2, 4–6: the pure terms with hand-worked numbers, chain.md
 * Appendix A's block-emission rows through the pipeline, and a long run with root stake and the
 * root-sell flag on, checking TotalIssuance == Σ free + Σ SubnetTAO and held alpha ≤ SubnetAlphaOut
 * after every block.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { keypairFromUri } from "@opentao/primitives";
import { TotalIssuance } from "../balances/balancesStorage.ts";
import { freshKeypair } from "../block/_testChain.ts";
import { DEV_ACCOUNTS } from "../genesis/devChainSpec.ts";
import { RootClaimable } from "../staking/stakingStorage.ts";
import { SubnetMovingPrice, SubnetProtocolAlpha, SubnetTAO } from "../subnets/subnetsStorage.ts";
import {
  assertAlphaHeld,
  assertIssuance,
  block,
  COINBASE_HOOKS,
  coinbaseChain,
  startedSubnet,
  subtensor,
  TAO,
} from "./_testChain.ts";
import { activityCutoffBlocks } from "./buildEpochInput.ts";
import { PendingRootAlphaDivs, RootProp, SubnetExcessTao, SubnetTaoEmission } from "./coinbaseStorage.ts";
import { currentBlockEmission } from "./currentBlockEmission.ts";
import { splitParticipantAlpha } from "./splitParticipantAlpha.ts";
import { splitTaoEmission } from "./splitTaoEmission.ts";
import { subnetEmissionTerms } from "./subnetEmissionTerms.ts";

const ONE = 10n ** 18n;
const on = (movingPrice: bigint, minerBurned = 0n) => ({ movingPrice, minerBurned, emissionEnabled: true });

describe("splitTaoEmission (chain.md §10.1)", () => {
  test("shares by moving price, floors not redistributed: E = 10, prices 1 : 3 → [2, 7]", () => {
    assert.deepEqual(splitTaoEmission(10n, [on(1n), on(3n)]), [2n, 7n], "1 : 3");
  });
  test("MinerBurned discounts: price 0.5 with half burned weighs as 0.25", () => {
    assert.deepEqual(
      splitTaoEmission(1_000n, [on(ONE / 2n, ONE / 2n), on(ONE / 4n)]),
      [500n, 500n],
      "equal weights",
    );
  });
  test("all fully burned: fallback to plain moving prices", () => {
    assert.deepEqual(
      splitTaoEmission(900n, [on(ONE, ONE), on(2n * ONE, 2n * ONE)]),
      [300n, 600n],
      "fallback",
    );
  });
  test("a disabled subnet takes nothing; the others share all of E", () => {
    const disabled = { movingPrice: ONE, minerBurned: 0n, emissionEnabled: false };
    assert.deepEqual(splitTaoEmission(100n, [disabled, on(ONE)]), [0n, 100n], "disabled");
  });
  test("every EMA 0 (new subnets): nothing is emitted", () => {
    assert.deepEqual(splitTaoEmission(100n, [on(0n), on(0n)]), [0n, 0n], "EMA 0");
  });
});

describe("subnetEmissionTerms and splitParticipantAlpha (chain.md §10.3, §10.4)", () => {
  test("no root stake: cap 0, the whole TAO share is a chain buy", () => {
    const t = subnetEmissionTerms({
      taoEmission: TAO,
      price: ONE,
      alphaIssuance: 2_000n * TAO,
      rootProportion: 0n,
    });
    assert.deepEqual(t, { alphaIn: 0n, taoIn: 0n, excess: TAO, alphaOut: TAO }, "all excess");
  });
  test("cap binds: rp 0.25, price 2 → alphaIn = 0.25·10^9, taoIn = 0.5·10^9, excess 0.5·10^9", () => {
    const t = subnetEmissionTerms({
      taoEmission: TAO,
      price: 2n * ONE,
      alphaIssuance: 0n,
      rootProportion: ONE / 4n,
    });
    assert.deepEqual(
      t,
      { alphaIn: 250_000_000n, taoIn: 500_000_000n, excess: 500_000_000n, alphaOut: TAO },
      "capped",
    );
  });
  test("cap not reached: alphaIn = floor(tao/p), all TAO injected", () => {
    const t = subnetEmissionTerms({
      taoEmission: 300_000_000n,
      price: 2n * ONE,
      alphaIssuance: 0n,
      rootProportion: ONE,
    });
    assert.deepEqual(
      t,
      { alphaIn: 150_000_000n, taoIn: 300_000_000n, excess: 0n, alphaOut: TAO },
      "uncapped",
    );
  });
  test("alpha emission halves with alpha issuance (10.5M alpha)", () => {
    const t = subnetEmissionTerms({
      taoEmission: 0n,
      price: ONE,
      alphaIssuance: 10_500_000n * TAO,
      rootProportion: 0n,
    });
    assert.equal(t.alphaOut, 500_000_000n, "halved");
  });
  test("10^9 alpha, cut 11,796, rp 0.5: cut 179,995,422; server 410,002,289; root 205,001,144", () => {
    const p = splitParticipantAlpha({
      alphaOut: TAO,
      ownerCutEnabled: true,
      subnetOwnerCut: 11_796n,
      rootProportion: ONE / 2n,
    });
    assert.deepEqual(
      p,
      { ownerCut: 179_995_422n, server: 410_002_289n, rootAlpha: 205_001_144n, validator: 205_001_145n },
      "split",
    );
  });
  test("owner cut disabled: no cut", () => {
    const p = splitParticipantAlpha({
      alphaOut: 11n,
      ownerCutEnabled: false,
      subnetOwnerCut: 11_796n,
      rootProportion: 0n,
    });
    assert.deepEqual(p, { ownerCut: 0n, server: 5n, rootAlpha: 0n, validator: 6n }, "rounding to validators");
  });
  test("activity cutoff = max(1, floor(factor·tempo/1000))", () => {
    assert.equal(activityCutoffBlocks(13_889, 360), 5_000n, "tempo 360");
    assert.equal(activityCutoffBlocks(13_889, 10), 138n, "tempo 10");
    assert.equal(activityCutoffBlocks(13_889, 0), 1n, "tempo 0");
  });
});

/** A chain whose TotalIssuance at genesis is exactly `issuance` (one subnet, lock 1,000 TAO). */
function chainAtIssuance(issuance: bigint) {
  const whale = freshKeypair("whale").ss58Address;
  const rest = issuance - 6n * TAO - 1_000n * TAO;
  return coinbaseChain({ subnets: [startedSubnet("a")], devBalance: TAO, balances: [[whale, rest]] });
}

describe("chain.md Appendix A: block emission through the pipeline (steps 2 and 4)", () => {
  for (const [tao, expected] of [
    [10_499_999n, 1_000_000_000n],
    [10_500_000n, 500_000_000n],
    [15_750_000n, 250_000_000n],
  ] as const) {
    test(`Block emission: TotalIssuance ${tao} TAO → ${expected} rao, minted in full by block 2's chain buy`, () => {
      const chain = chainAtIssuance(tao * TAO);
      assert.equal(TotalIssuance.get(chain.store), tao * TAO, `${tao} TAO: genesis issuance`);
      const seen: bigint[] = [];
      const hooks = {
        ...COINBASE_HOOKS,
        blockEmission: (s: Parameters<typeof currentBlockEmission>[0]) => {
          const e = currentBlockEmission(s);
          seen.push(e);
          return e;
        },
      };
      block(chain, [], hooks); // block 1: every EMA is still 0, so nothing is emitted yet
      assert.equal(TotalIssuance.get(chain.store), tao * TAO, `${tao} TAO: block 1 mints nothing`);
      block(chain, [], hooks);
      assert.deepEqual(seen, [expected, expected], `${tao} TAO: E at blocks 1 and 2`);
      assert.equal(
        SubnetTaoEmission.get(chain.store, 1),
        expected,
        `${tao} TAO: the only subnet takes all of E`,
      );
      assert.equal(
        SubnetExcessTao.get(chain.store, 1),
        expected,
        `${tao} TAO: no root stake, all a chain buy`,
      );
      assert.equal(TotalIssuance.get(chain.store), tao * TAO + expected, `${tao} TAO: block 2 minted E`);
      assertIssuance(chain.store, `${tao} TAO`);
    });
  }
});

describe("long run (chain.md §2.3): issuance identity and held alpha after every block", () => {
  test("two subnets, root stake, root-sell on, registrations and stakes: 150 blocks", () => {
    const validator = freshKeypair("long-run validator");
    const chain = coinbaseChain({
      // EMA weight 1 and no halving period: SubnetMovingPrice = min(price, 1) from block 1, so two
      // subnets sum past 1 TAO and the root-sell flag is on.
      params: { SubnetMovingAlpha: ONE.toString() },
      subnets: [
        startedSubnet("a", { emaPriceHalvingBlocks: 0 }),
        startedSubnet("b", { tempo: 7, emaPriceHalvingBlocks: 0 }),
      ],
      balances: [[validator.ss58Address, TAO]],
    });
    const bob = keypairFromUri("//Bob");
    const stake = (netuid: number, tao: bigint, coldkey = bob) =>
      subtensor(chain, coldkey, "add_stake", {
        hotkey: validator.ss58Address,
        netuid,
        amount_staked: (tao * TAO).toString(),
      });
    const check = (label: string) => {
      assertIssuance(chain.store, label);
      assertAlphaHeld(chain.store, label);
    };
    block(chain, [subtensor(chain, bob, "burned_register", { netuid: 1, hotkey: validator.ss58Address })]);
    check("block 1");
    block(chain, [stake(0, 10_000n)]);
    check("block 2");
    block(chain, [stake(1, 100n)]);
    check("block 3");
    let rootDivsSeen = false;
    for (let b = 4; b <= 150; b += 1) {
      const extrinsics = [];
      if (b % 13 === 0) extrinsics.push(stake(b % 2 === 0 ? 1 : 2, 5n));
      if (b % 29 === 0) {
        const miner = freshKeypair(`long-run miner ${b}`).ss58Address;
        extrinsics.push(
          subtensor(chain, keypairFromUri("//Charlie"), "burned_register", {
            netuid: 1 + (b % 2),
            hotkey: miner,
          }),
        );
      }
      block(chain, extrinsics);
      check(`block ${b}`);
      if (PendingRootAlphaDivs.get(chain.store, 1) > 0n) rootDivsSeen = true;
    }
    assert.ok(
      SubnetMovingPrice.get(chain.store, 1) + SubnetMovingPrice.get(chain.store, 2) > ONE,
      "root-sell flag on",
    );
    assert.ok(rootDivsSeen, "root alpha dividends accumulated while root sells");
    assert.ok(RootProp.get(chain.store, 1) > 0n, "RootProp recorded");
    assert.ok(
      RootClaimable.get(chain.store, validator.ss58Address, 1) > 0n,
      "root dividends claimable on subnet 1",
    );
    assert.ok(SubnetProtocolAlpha.get(chain.store, 1) > 0n, "chain buys own alpha");
    assert.ok(SubnetTAO.get(chain.store, 0) >= 10_000n * TAO, "root stake held");
    assert.ok(DEV_ACCOUNTS.bob === bob.ss58Address, "Bob is the dev account");
  });
});
