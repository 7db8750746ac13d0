import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type DispatchErrorName, vecU16MaxUpscaleToU16 } from "@opentao/primitives";
import { LastUpdate, SubnetworkN, ValidatorPermit, Weights } from "../neurons/neuronsStorage.ts";
import { TotalHotkeyAlpha } from "../staking/stakingStorage.ts";
import {
  atBlock,
  dispatch,
  expectFailure,
  OWNER_HOTKEY,
  signed,
  type TestChain,
} from "../subnets/_testChain.ts";
import {
  CommitRevealWeightsEnabled,
  MinAllowedWeights,
  WeightsSetRateLimit,
  WeightsVersionKey,
} from "../subnets/hyperparameters.ts";
import { setNetworkParam } from "../system/networkParams.ts";
import { HOTKEYS, NETUID, STRANGER, subnetChain } from "./_testSubnet.ts";
import { maxWeightLimited } from "./validateWeights.ts";
import { weightsCalls } from "./weightsCalls.ts";

const V1 = HOTKEYS[0]; // uid 1
const args = (dests: number[], weights: number[], extra: Record<string, unknown> = {}) => ({
  netuid: NETUID,
  dests,
  weights,
  version_key: 0,
  ...extra,
});

/** `set_weights` signed by `signer` fails with SubtensorModule `error`, writing nothing. */
function refuseSetWeights(
  chain: TestChain,
  signer: string,
  callArgs: ReturnType<typeof args>,
  error: DispatchErrorName,
) {
  expectFailure(chain, weightsCalls, signed(signer), "set_weights", callArgs, error);
}

describe("chain.md §13.1 set_weights: success", () => {
  test("stores the row max-upscaled in caller order, sets LastUpdate, emits WeightsSet", () => {
    const chain = subnetChain();
    dispatch(chain, weightsCalls, signed(V1), "set_weights", args([2, 0, 1, 3], [1, 2, 3, 0]));
    assert.deepEqual(Weights.get(chain.store, NETUID, 1), [
      [2, 21845],
      [0, 43690],
      [1, 65535],
      [3, 0], // explicit zero kept
    ]);
    assert.equal(LastUpdate.get(chain.store, NETUID, 1), 2, "LastUpdate = now");
    assert.deepEqual(chain.ctx.events.at(-1), {
      phase: { extrinsic: 0 },
      module: "SubtensorModule",
      name: "WeightsSet",
      data: { netuid: NETUID, uid: 1 },
    });
  });

  const examples: [number[], number[]][] = [
    [
      [21844, 10922],
      [65535, 32768],
    ], // chain.md Appendix A max-upscale
    [
      [1, 2, 3],
      [21845, 43690, 65535],
    ],
    [
      [40000, 1],
      [65535, 2],
    ],
    [
      [16383, 32767, 49149, 65535],
      [16383, 32767, 49149, 65535],
    ],
    [
      [0, 0],
      [0, 0],
    ],
  ];
  for (const [input, output] of examples) {
    test(`yuma.md §4.1 upscale [${input}] → [${output}]`, () => {
      const chain = subnetChain();
      const dests = input.map((_, i) => i);
      dispatch(chain, weightsCalls, signed(V1), "set_weights", args(dests, input));
      assert.deepEqual(
        Weights.get(chain.store, NETUID, 1),
        dests.map((d, i) => [d, output[i]]),
        `[${input}]`,
      );
      assert.deepEqual(vecU16MaxUpscaleToU16(input), output, `primitives agree for [${input}]`);
    });
  }

  test("a self-weight needs no permit and may be shorter than minAllowedWeights", () => {
    const chain = subnetChain();
    ValidatorPermit.set(chain.store, false, NETUID, 1);
    MinAllowedWeights.set(chain.store, 3, NETUID);
    dispatch(chain, weightsCalls, signed(V1), "set_weights", args([1], [7]));
    assert.deepEqual(Weights.get(chain.store, NETUID, 1), [[1, 65535]]);
  });

  test("the owner uid needs no permit and no stake", () => {
    const chain = subnetChain();
    ValidatorPermit.set(chain.store, false, NETUID, 0);
    setNetworkParam(chain.store, "StakeThreshold", 1_000n);
    dispatch(chain, weightsCalls, signed(OWNER_HOTKEY), "set_weights", args([1, 2], [1, 1]));
    assert.deepEqual(Weights.get(chain.store, NETUID, 0), [
      [1, 65535],
      [2, 65535],
    ]);
  });

  test("stake at the threshold passes", () => {
    const chain = subnetChain();
    setNetworkParam(chain.store, "StakeThreshold", 1_000n);
    TotalHotkeyAlpha.set(chain.store, 1_000n, V1, NETUID);
    dispatch(chain, weightsCalls, signed(V1), "set_weights", args([0], [1]));
    assert.deepEqual(Weights.get(chain.store, NETUID, 1), [[0, 65535]]);
  });

  test("root stake counts through TaoWeight (chain.md §12.7)", () => {
    const chain = subnetChain();
    setNetworkParam(chain.store, "StakeThreshold", 1_800n);
    // mulW(10,000) at TaoWeight 0.18 = 1,799 (floor): one short.
    TotalHotkeyAlpha.set(chain.store, 10_000n, V1, 0);
    refuseSetWeights(chain, V1, args([0], [1]), "NotEnoughStakeToSetWeights");
    TotalHotkeyAlpha.set(chain.store, 1n, V1, NETUID);
    dispatch(chain, weightsCalls, signed(V1), "set_weights", args([0], [1]));
  });

  test("the rate limit passes exactly at LastUpdate + limit; a version key at the subnet's passes", () => {
    const chain = subnetChain({ rateLimit: 5 });
    WeightsVersionKey.set(chain.store, 7, NETUID);
    // Registration set LastUpdate = 1.
    atBlock(chain, 6);
    dispatch(chain, weightsCalls, signed(V1), "set_weights", args([0], [1], { version_key: 7 }));
    assert.equal(LastUpdate.get(chain.store, NETUID, 1), 6);
  });
});

describe("chain.md §13.1 set_weights: every check, in order", () => {
  // Each case breaks its own check and, where possible, a later one too, so the order is pinned.
  test("0 CommitRevealEnabled (before the root check would apply)", () => {
    const chain = subnetChain({ commitReveal: true });
    refuseSetWeights(chain, V1, args([0], [1, 2]), "CommitRevealEnabled");
  });
  test("1 CanNotSetRootNetworkWeights (before unequal lengths)", () => {
    const chain = subnetChain();
    refuseSetWeights(chain, V1, args([0], [1, 2], { netuid: 0 }), "CanNotSetRootNetworkWeights");
  });
  test("2 WeightVecNotEqualSize (before a missing subnet)", () => {
    const chain = subnetChain();
    refuseSetWeights(chain, V1, args([0], [1, 2], { netuid: 7 }), "WeightVecNotEqualSize");
  });
  test("3 SubnetNotExists", () => {
    const chain = subnetChain();
    refuseSetWeights(chain, V1, args([0], [1], { netuid: 7 }), "SubnetNotExists");
  });
  test("4 UidsLengthExceedUidsInSubNet (before an unregistered signer)", () => {
    const chain = subnetChain();
    const n = SubnetworkN.get(chain.store, NETUID);
    const dests = Array.from({ length: n + 1 }, (_, i) => i);
    refuseSetWeights(chain, STRANGER, args(dests, dests), "UidsLengthExceedUidsInSubNet");
  });
  test("5 HotKeyNotRegisteredInSubNet", () => {
    const chain = subnetChain();
    refuseSetWeights(chain, STRANGER, args([0], [1]), "HotKeyNotRegisteredInSubNet");
  });
  test("6 NotEnoughStakeToSetWeights (before the version key)", () => {
    const chain = subnetChain();
    setNetworkParam(chain.store, "StakeThreshold", 1_000n);
    TotalHotkeyAlpha.set(chain.store, 999n, V1, NETUID);
    WeightsVersionKey.set(chain.store, 5, NETUID);
    refuseSetWeights(chain, V1, args([0], [1]), "NotEnoughStakeToSetWeights");
  });
  test("7 IncorrectWeightVersionKey (before the rate limit)", () => {
    const chain = subnetChain({ rateLimit: 100 });
    WeightsVersionKey.set(chain.store, 5, NETUID);
    refuseSetWeights(chain, V1, args([0], [1], { version_key: 4 }), "IncorrectWeightVersionKey");
  });
  test("8 SettingWeightsTooFast (before the permit)", () => {
    const chain = subnetChain({ rateLimit: 5 });
    ValidatorPermit.set(chain.store, false, NETUID, 1);
    atBlock(chain, 5); // LastUpdate = 1 (registration), 5 − 1 < 5
    refuseSetWeights(chain, V1, args([0], [1]), "SettingWeightsTooFast");
  });
  test("8 SettingWeightsTooFast after a successful set", () => {
    const chain = subnetChain({ rateLimit: 3 });
    atBlock(chain, 10);
    dispatch(chain, weightsCalls, signed(V1), "set_weights", args([0], [1]));
    atBlock(chain, 12);
    refuseSetWeights(chain, V1, args([0], [1]), "SettingWeightsTooFast");
    atBlock(chain, 13);
    dispatch(chain, weightsCalls, signed(V1), "set_weights", args([0], [2]));
  });
  test("9 NeuronNoValidatorPermit (before duplicates)", () => {
    const chain = subnetChain();
    ValidatorPermit.set(chain.store, false, NETUID, 1);
    refuseSetWeights(chain, V1, args([0, 0], [1, 1]), "NeuronNoValidatorPermit");
  });
  test("9 NeuronNoValidatorPermit: a single weight on another uid is not a self-weight", () => {
    const chain = subnetChain();
    ValidatorPermit.set(chain.store, false, NETUID, 1);
    refuseSetWeights(chain, V1, args([2], [1]), "NeuronNoValidatorPermit");
  });
  test("10 DuplicateUids (before an invalid uid)", () => {
    const chain = subnetChain();
    refuseSetWeights(chain, V1, args([0, 0, 9], [1, 1, 1]), "DuplicateUids");
  });
  test("11 UidVecContainInvalidOne (before the length check)", () => {
    const chain = subnetChain();
    MinAllowedWeights.set(chain.store, 3, NETUID);
    refuseSetWeights(chain, V1, args([0, 4], [1, 1]), "UidVecContainInvalidOne");
  });
  test("12 WeightVecLengthIsLow", () => {
    const chain = subnetChain();
    MinAllowedWeights.set(chain.store, 3, NETUID);
    refuseSetWeights(chain, V1, args([0, 2], [1, 1]), "WeightVecLengthIsLow");
  });
  test("12 minAllowedWeights is capped at N", () => {
    const chain = subnetChain({ validators: 1 }); // N = 2
    MinAllowedWeights.set(chain.store, 50, NETUID);
    dispatch(chain, weightsCalls, signed(V1), "set_weights", args([0, 1], [1, 1]));
  });
  test("13 MaxWeightExceeded: a no-op at v1's fixed limit 65,535, live below it", () => {
    assert.equal(maxWeightLimited([65535, 0], 65535, false), true, "no limit");
    assert.equal(maxWeightLimited([1, 1], 32767, false), false, "half each > 32767/65535");
    assert.equal(maxWeightLimited([1, 1], 32768, false), true, "half each ≤ 32768/65535");
    assert.equal(maxWeightLimited([5], 1, true), true, "self-weight");
  });
  test("root origin is System.BadOrigin", () => {
    const chain = subnetChain();
    expectFailure(
      chain,
      weightsCalls,
      { kind: "root" },
      "set_weights",
      args([0], [1]),
      "BadOrigin",
      "System",
    );
  });
  test("commit-reveal off again: set_weights works", () => {
    const chain = subnetChain({ commitReveal: true });
    CommitRevealWeightsEnabled.set(chain.store, false, NETUID);
    WeightsSetRateLimit.set(chain.store, 0, NETUID);
    dispatch(chain, weightsCalls, signed(V1), "set_weights", args([0], [1]));
  });
});
