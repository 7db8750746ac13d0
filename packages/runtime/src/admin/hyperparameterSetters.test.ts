import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { DispatchErrorName } from "@opentao/primitives";
import {
  atBlock,
  chainWithSubnet,
  dispatch,
  expectFailure,
  OWNER,
  ROOT,
  signed,
  type TestChain,
} from "../subnets/_testChain.ts";
import { MaxBurn, MinAllowedUids, MinBurn, Tempo } from "../subnets/hyperparameters.ts";
import { PendingEpochAt } from "../subnets/subnetsStorage.ts";
import type { Origin } from "../transactions/callDefinition.ts";
import { createCallRegistry } from "../transactions/callRegistry.ts";
import { encodeValue } from "./_encodeValue.ts";
import { afterEpochAt, MISSING_NETUID, NETUID, OTHER } from "./_testAdmin.ts";
import { ADMIN_CALLS } from "./adminCalls.ts";
import {
  HYPERPARAMETER_SETTERS,
  type HyperparameterSetter,
  type SettableName,
  settable,
} from "./hyperparameterSetters.ts";

const TAO = 1_000_000_000n;
const F18 = 10n ** 18n;

/** Every setter of chain.md §8.1, as `Module.method`, in the table's row order. */
const SECTION_8_1_SETTERS = [
  "SubtensorModule.set_tempo",
  "AdminUtils.sudo_set_tempo",
  "SubtensorModule.set_activity_cutoff_factor",
  "AdminUtils.sudo_set_immunity_period",
  "AdminUtils.sudo_set_min_allowed_weights",
  "AdminUtils.sudo_set_max_allowed_uids",
  "AdminUtils.sudo_set_min_allowed_uids",
  "AdminUtils.sudo_set_max_allowed_validators",
  "AdminUtils.sudo_set_kappa",
  "AdminUtils.sudo_set_rho",
  "AdminUtils.sudo_set_bonds_moving_average",
  "AdminUtils.sudo_set_bonds_penalty",
  "AdminUtils.sudo_set_liquid_alpha_enabled",
  "AdminUtils.sudo_set_alpha_values",
  "AdminUtils.sudo_set_alpha_sigmoid_steepness",
  "AdminUtils.sudo_set_yuma3_enabled",
  "AdminUtils.sudo_set_weights_version_key",
  "AdminUtils.sudo_set_weights_set_rate_limit",
  "AdminUtils.sudo_set_commit_reveal_weights_enabled",
  "AdminUtils.sudo_set_commit_reveal_weights_interval",
  "AdminUtils.sudo_set_serving_rate_limit",
  "AdminUtils.sudo_set_min_burn",
  "AdminUtils.sudo_set_max_burn",
  "AdminUtils.sudo_set_burn_half_life",
  "AdminUtils.sudo_set_burn_increase_mult",
  "AdminUtils.sudo_set_network_registration_allowed",
  "AdminUtils.sudo_set_toggle_transfer",
  "AdminUtils.sudo_set_recycle_or_burn",
  "AdminUtils.sudo_set_owner_immune_neuron_limit",
  "AdminUtils.sudo_set_min_non_immune_uids",
  "AdminUtils.sudo_set_min_childkey_take_per_subnet",
  "AdminUtils.sudo_set_owner_cut_enabled",
  "AdminUtils.sudo_set_subnet_emission_enabled",
  "AdminUtils.sudo_set_subtoken_enabled",
  "AdminUtils.sudo_set_ema_price_halving_period",
  "SubtensorModule.sudo_set_root_claim_threshold",
  "Swap.set_fee_rate",
] as const;

/** The §8.1 "Who" column: R rows (root only). Every other row is Owner (owner or root). */
const ROOT_ONLY = new Set([
  "sudo_set_tempo",
  "sudo_set_min_allowed_uids",
  "sudo_set_max_allowed_validators",
  "sudo_set_kappa",
  "sudo_set_weights_set_rate_limit",
  "sudo_set_network_registration_allowed",
  "sudo_set_min_non_immune_uids",
  "sudo_set_subnet_emission_enabled",
  "sudo_set_subtoken_enabled",
  "sudo_set_ema_price_halving_period",
  "set_fee_rate",
]);

/** A valid value, different from the default, for every table row. */
const VALID: Record<SettableName, unknown> = {
  tempo: 400,
  activityCutoffFactorMilli: 20_000,
  immunityPeriod: 4_000,
  minAllowedWeights: 2,
  maxAllowedUids: 128,
  minAllowedUids: 32,
  maxAllowedValidators: 32,
  kappa: 30_000,
  rho: 11,
  bondsMovingAverage: 950_000n,
  bondsPenalty: 100,
  liquidAlphaEnabled: true,
  alphaValues: [2_000, 3_000],
  alphaSigmoidSteepness: 500,
  yuma3Enabled: false,
  weightsVersionKey: 7,
  weightsSetRateLimit: 50,
  commitRevealWeightsEnabled: true,
  revealPeriodEpochs: 3,
  servingRateLimit: 10,
  burn: 2n * TAO,
  minBurn: 1_000_000n,
  maxBurn: 50n * TAO,
  burnHalfLife: 100,
  burnIncreaseMult: 2n * F18,
  registrationAllowed: false,
  transfersEnabled: false,
  recycleOrBurn: "Recycle",
  immuneOwnerUidsLimit: 3,
  minNonImmuneUids: 5,
  minChildkeyTake: 1_000,
  ownerCutEnabled: false,
  emissionEnabled: false,
  subtokenEnabled: true,
  emaPriceHalvingBlocks: 1_000,
  rootClaimableThreshold: 1_000_000n,
  feeRate: 100,
};

/** Out-of-bounds values: [method, value, error, origin ("owner" unless given)]. */
const OUT_OF_BOUNDS: readonly (readonly [string, unknown, DispatchErrorName, ("owner" | "root")?])[] = [
  ["set_activity_cutoff_factor", 999, "ActivityCutoffFactorMilliOutOfBounds"],
  ["set_activity_cutoff_factor", 50_001, "ActivityCutoffFactorMilliOutOfBounds"],
  ["set_activity_cutoff_factor", 50_001, "ActivityCutoffFactorMilliOutOfBounds", "root"],
  ["sudo_set_max_allowed_uids", 63, "MaxAllowedUidsLessThanMinAllowedUids"],
  ["sudo_set_max_allowed_uids", 257, "MaxAllowedUidsGreaterThanDefaultMaxAllowedUids"],
  ["sudo_set_min_allowed_uids", 257, "MinAllowedUidsGreaterThanMaxAllowedUids", "root"],
  ["sudo_set_max_allowed_validators", 257, "MaxValidatorsLargerThanMaxUIds", "root"],
  ["sudo_set_bonds_moving_average", 975_001n, "BondsMovingAverageMaxReached"],
  ["sudo_set_alpha_sigmoid_steepness", -1, "NegativeSigmoidSteepness"],
  ["sudo_set_commit_reveal_weights_interval", 0, "RevealPeriodTooSmall"],
  ["sudo_set_commit_reveal_weights_interval", 101, "RevealPeriodTooLarge"],
  ["sudo_set_min_burn", TAO, "ValueNotInBounds"],
  ["sudo_set_max_burn", TAO / 10n, "ValueNotInBounds"],
  ["sudo_set_burn_half_life", 0, "InvalidValue"],
  ["sudo_set_burn_half_life", 36_101, "InvalidValue"],
  ["sudo_set_burn_increase_mult", F18 - 1n, "InvalidValue"],
  ["sudo_set_burn_increase_mult", 3n * F18 + 1n, "InvalidValue"],
  ["sudo_set_owner_immune_neuron_limit", 0, "InvalidValue"],
  ["sudo_set_owner_immune_neuron_limit", 11, "InvalidValue"],
  ["sudo_set_min_childkey_take_per_subnet", 11_797, "InvalidValue"],
  ["sudo_set_root_claim_threshold", 10_000_001n, "InvalidValue"],
  ["set_fee_rate", 10_001, "FeeRateTooHigh", "root"],
];

/** Bound edges that pass: [method, value, origin]. */
const IN_BOUNDS_EDGES: readonly (readonly [string, unknown, "owner" | "root"])[] = [
  ["set_activity_cutoff_factor", 1_000, "owner"],
  ["set_activity_cutoff_factor", 50_000, "owner"],
  ["sudo_set_max_allowed_uids", 64, "owner"],
  ["sudo_set_max_allowed_uids", 256, "owner"],
  ["sudo_set_min_allowed_uids", 256, "root"],
  ["sudo_set_max_allowed_validators", 256, "root"],
  ["sudo_set_bonds_moving_average", 975_000n, "owner"],
  ["sudo_set_bonds_moving_average", 2_000_000n, "root"],
  ["sudo_set_alpha_sigmoid_steepness", 0, "owner"],
  ["sudo_set_alpha_sigmoid_steepness", -5, "root"],
  ["sudo_set_commit_reveal_weights_interval", 1, "owner"],
  ["sudo_set_commit_reveal_weights_interval", 100, "owner"],
  ["sudo_set_min_burn", TAO - 1n, "owner"],
  ["sudo_set_max_burn", TAO / 10n + 1n, "owner"],
  ["sudo_set_burn_half_life", 1, "owner"],
  ["sudo_set_burn_half_life", 36_100, "owner"],
  ["sudo_set_burn_increase_mult", F18, "owner"],
  ["sudo_set_burn_increase_mult", 3n * F18, "owner"],
  ["sudo_set_owner_immune_neuron_limit", 1, "owner"],
  ["sudo_set_owner_immune_neuron_limit", 10, "owner"],
  ["sudo_set_min_childkey_take_per_subnet", 11_796, "owner"],
  ["sudo_set_root_claim_threshold", 10_000_000n, "owner"],
  ["set_fee_rate", 10_000, "root"],
];

function rowOf(method: string): HyperparameterSetter {
  const setter = HYPERPARAMETER_SETTERS.find((s) => s.method === method);
  if (setter === undefined) throw new Error(`no table row ${method}`);
  return setter;
}

function argsOf(setter: HyperparameterSetter, value: unknown, netuid = NETUID): Record<string, unknown> {
  return { netuid, [setter.arg]: value };
}

function originOf(kind: "owner" | "root"): Origin {
  return kind === "root" ? ROOT : signed(OWNER);
}

/** The error module of an origin failure: BadOrigin is System's (chain.md §20), the rest the call's. */
function fail(
  chain: TestChain,
  setter: HyperparameterSetter,
  origin: Origin,
  value: unknown,
  error: DispatchErrorName,
  netuid = NETUID,
): void {
  const module = error === "BadOrigin" ? "System" : setter.module;
  expectFailure(chain, ADMIN_CALLS, origin, setter.method, argsOf(setter, value, netuid), error, module);
}

const OWNER_ROWS = HYPERPARAMETER_SETTERS.filter((s) => s.who === "Owner");
const ROOT_ROWS = HYPERPARAMETER_SETTERS.filter((s) => s.who === "Root");
const RATE_LIMITED_OWNER_ROWS = OWNER_ROWS.filter((s) => s.rateLimitTempos !== null);

describe("§8.1 table", () => {
  test("every §8.1 setter is registered exactly once, under its module", () => {
    const registry = createCallRegistry([ADMIN_CALLS]);
    for (const name of SECTION_8_1_SETTERS) {
      const [module, method] = name.split(".") as [string, string];
      assert.ok(registry.find(module, method) !== undefined, `${name}: not registered`);
    }
    const tableNames = [
      "SubtensorModule.set_tempo",
      "AdminUtils.sudo_set_tempo",
      "AdminUtils.sudo_set_alpha_values",
      ...HYPERPARAMETER_SETTERS.map((s) => `${s.module}.${s.method}`),
    ];
    assert.deepEqual([...tableNames].sort(), [...SECTION_8_1_SETTERS].sort(), "table rows = §8.1 setters");
  });

  test("Who column: root-only rows are exactly §16's list", () => {
    for (const setter of HYPERPARAMETER_SETTERS) {
      assert.equal(setter.who, ROOT_ONLY.has(setter.method) ? "Root" : "Owner", `${setter.method}: who`);
    }
  });

  test("every setter weighs 100 × 10^6 and pays a fee (§3.4)", () => {
    for (const call of ADMIN_CALLS) {
      assert.equal(call.weight, 100_000_000n, `${call.module}.${call.method}: weight`);
      assert.equal(call.paysFee, true, `${call.module}.${call.method}: paysFee`);
    }
  });
});

describe("§8.1 setters: success", () => {
  for (const setter of HYPERPARAMETER_SETTERS) {
    const who = setter.who === "Owner" ? "owner" : "root";
    test(`${setter.method}: ${who} sets ${setter.name}, HyperparameterSet`, () => {
      const chain = chainWithSubnet();
      atBlock(chain, 100);
      const value = VALID[setter.name];
      dispatch(chain, ADMIN_CALLS, originOf(who), setter.method, argsOf(setter, value));
      const { item, type } = settable(setter.name);
      assert.deepEqual(item.get(chain.store, NETUID), value, `${setter.method}: stored`);
      assert.deepEqual(
        chain.ctx.events.map((e) => [e.module, e.name, e.data]),
        [
          [
            "SubtensorModule",
            "HyperparameterSet",
            { netuid: NETUID, name: setter.name, value: encodeValue(type, value) },
          ],
        ],
        `${setter.method}: event`,
      );
    });
  }

  for (const setter of OWNER_ROWS) {
    test(`${setter.method}: root may set an Owner row, bypassing rate limit and freeze window`, () => {
      const chain = chainWithSubnet();
      atBlock(chain, 355); // inside the freeze window (5 blocks to the epoch < 10)
      dispatch(chain, ADMIN_CALLS, ROOT, setter.method, argsOf(setter, VALID[setter.name]));
      dispatch(chain, ADMIN_CALLS, ROOT, setter.method, argsOf(setter, VALID[setter.name]));
      // Root is not recorded: the owner is not rate-limited by it.
      afterEpochAt(chain, 400);
      dispatch(chain, ADMIN_CALLS, signed(OWNER), setter.method, argsOf(setter, VALID[setter.name]));
    });
  }

  for (const [method, value, who] of IN_BOUNDS_EDGES) {
    test(`${method}(${String(value)}) by ${who}: bound edge passes`, () => {
      const chain = chainWithSubnet();
      atBlock(chain, 100);
      const setter = rowOf(method);
      dispatch(chain, ADMIN_CALLS, originOf(who), method, argsOf(setter, value));
      assert.deepEqual(settable(setter.name).item.get(chain.store, NETUID), value, `${method}: stored`);
    });
  }
});

describe("§8.1 setters: errors in order", () => {
  for (const setter of OWNER_ROWS) {
    test(`${setter.method}: NotSubnetOwner for another signer and on a missing subnet`, () => {
      const chain = chainWithSubnet();
      atBlock(chain, 100);
      fail(chain, setter, signed(OTHER), VALID[setter.name], "NotSubnetOwner");
      fail(chain, setter, signed(OWNER), VALID[setter.name], "NotSubnetOwner", MISSING_NETUID);
    });
  }

  for (const setter of ROOT_ROWS) {
    test(`${setter.method}: root only, System.BadOrigin for the owner`, () => {
      const chain = chainWithSubnet();
      atBlock(chain, 100);
      fail(chain, setter, signed(OWNER), VALID[setter.name], "BadOrigin");
      fail(chain, setter, signed(OTHER), VALID[setter.name], "BadOrigin", MISSING_NETUID);
    });
  }

  for (const setter of RATE_LIMITED_OWNER_ROWS) {
    const tempos =
      setter.rateLimitTempos === "OwnerHyperparamRateLimit" ? 2 : (setter.rateLimitTempos as number);
    test(`${setter.method}: owner rate limit ${tempos}·Tempo per (netuid, ${setter.name})`, () => {
      const chain = chainWithSubnet();
      atBlock(chain, 100);
      dispatch(chain, ADMIN_CALLS, signed(OWNER), setter.method, argsOf(setter, VALID[setter.name]));
      const limit = tempos * 360;
      afterEpochAt(chain, 100 + limit - 1);
      fail(chain, setter, signed(OWNER), VALID[setter.name], "TxRateLimitExceeded");
      // Another parameter is not limited by this one.
      const other =
        setter.name === "immunityPeriod" ? rowOf("sudo_set_rho") : rowOf("sudo_set_immunity_period");
      dispatch(chain, ADMIN_CALLS, signed(OWNER), other.method, argsOf(other, VALID[other.name]));
      afterEpochAt(chain, 100 + limit);
      dispatch(chain, ADMIN_CALLS, signed(OWNER), setter.method, argsOf(setter, VALID[setter.name]));
    });

    test(`${setter.method}: freeze window for the owner (blocks to epoch < AdminFreezeWindow, pending epoch)`, () => {
      const chain = chainWithSubnet();
      atBlock(chain, 350); // exactly AdminFreezeWindow blocks to go: open
      dispatch(chain, ADMIN_CALLS, signed(OWNER), setter.method, argsOf(setter, VALID[setter.name]));
      const again = chainWithSubnet();
      atBlock(again, 351); // 9 blocks to go: frozen
      fail(again, setter, signed(OWNER), VALID[setter.name], "AdminActionProhibitedDuringWeightsWindow");
      atBlock(again, 100);
      PendingEpochAt.set(again.store, 101, NETUID); // a triggered epoch pending
      fail(again, setter, signed(OWNER), VALID[setter.name], "AdminActionProhibitedDuringWeightsWindow");
    });
  }

  test("only sudo_set_owner_cut_enabled skips the rate limit and the freeze window", () => {
    assert.deepEqual(
      OWNER_ROWS.filter((s) => s.rateLimitTempos === null || !s.freeze).map((s) => s.method),
      ["sudo_set_owner_cut_enabled"],
    );
  });

  test("sudo_set_owner_cut_enabled: no rate limit and no freeze window", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 355);
    for (const value of [false, true, false]) {
      dispatch(chain, ADMIN_CALLS, signed(OWNER), "sudo_set_owner_cut_enabled", { netuid: NETUID, value });
    }
  });

  test("Tempo 0 is never frozen", () => {
    const chain = chainWithSubnet();
    Tempo.set(chain.store, 0, NETUID);
    atBlock(chain, 355);
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "sudo_set_rho", { netuid: NETUID, value: 12 });
  });

  for (const setter of HYPERPARAMETER_SETTERS) {
    test(`${setter.method}: SubnetNotExists for root on a missing subnet`, () => {
      const chain = chainWithSubnet();
      atBlock(chain, 100);
      fail(chain, setter, ROOT, VALID[setter.name], "SubnetNotExists", MISSING_NETUID);
    });
  }

  for (const [method, value, error, who] of OUT_OF_BOUNDS) {
    test(`${method}(${String(value)}) by ${who ?? "owner"} → ${error}`, () => {
      const chain = chainWithSubnet();
      atBlock(chain, 100);
      fail(chain, rowOf(method), originOf(who ?? "owner"), value, error);
    });
  }

  test("sudo_set_max_allowed_uids below the current UID count → MaxAllowedUIdsLessThanCurrentUIds", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    MinAllowedUids.set(chain.store, 0, NETUID);
    fail(chain, rowOf("sudo_set_max_allowed_uids"), signed(OWNER), 0, "MaxAllowedUIdsLessThanCurrentUIds");
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "sudo_set_max_allowed_uids", { netuid: NETUID, value: 1 });
  });

  test("min/max burn cross-check each other (ValueNotInBounds)", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    MaxBurn.set(chain.store, TAO / 2n, NETUID);
    fail(chain, rowOf("sudo_set_min_burn"), signed(OWNER), TAO / 2n, "ValueNotInBounds");
    MinBurn.set(chain.store, TAO / 2n, NETUID);
    fail(chain, rowOf("sudo_set_max_burn"), signed(OWNER), TAO / 2n, "ValueNotInBounds");
    dispatch(chain, ADMIN_CALLS, signed(OWNER), "sudo_set_max_burn", {
      netuid: NETUID,
      value: TAO / 2n + 1n,
    });
  });

  test("sudo_set_burn_half_life on the root subnet → InvalidValue", () => {
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    fail(chain, rowOf("sudo_set_burn_half_life"), ROOT, 100, "InvalidValue", 0);
  });

  test("check order: origin → rate limit → freeze window → SubnetNotExists → bounds", () => {
    const setter = rowOf("set_activity_cutoff_factor");
    const bad = 1; // out of bounds
    const chain = chainWithSubnet();
    atBlock(chain, 100);
    dispatch(chain, ADMIN_CALLS, signed(OWNER), setter.method, argsOf(setter, 2_000));
    atBlock(chain, 355); // rate-limited and frozen, with a bad value
    fail(chain, setter, signed(OTHER), bad, "NotSubnetOwner");
    fail(chain, setter, signed(OWNER), bad, "TxRateLimitExceeded");
    afterEpochAt(chain, 1_180); // rate limit passed (1,080 ≥ 720), window open
    atBlock(chain, 1_535); // 5 blocks to the epoch: frozen
    fail(chain, setter, signed(OWNER), bad, "AdminActionProhibitedDuringWeightsWindow");
    fail(chain, setter, ROOT, bad, "SubnetNotExists", MISSING_NETUID);
    fail(chain, setter, ROOT, bad, "ActivityCutoffFactorMilliOutOfBounds");
    afterEpochAt(chain, 1_600);
    fail(chain, setter, signed(OWNER), bad, "ActivityCutoffFactorMilliOutOfBounds");
  });
});
