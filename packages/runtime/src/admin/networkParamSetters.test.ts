import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  atBlock,
  chainWithSubnet,
  dispatch,
  expectFailure,
  genesis,
  OWNER,
  ROOT,
  signed,
} from "../subnets/_testChain.ts";
import { Kappa } from "../subnets/hyperparameters.ts";
import { sudo } from "../sudo/sudo.ts";
import { SudoKey } from "../sudo/sudoStorage.ts";
import {
  getNetworkParam,
  NETWORK_PARAM_NAMES,
  NETWORK_PARAMS,
  networkParamSetterMethod,
} from "../system/networkParams.ts";
import { createCallRegistry } from "../transactions/callRegistry.ts";
import { NETUID } from "./_testAdmin.ts";
import { ADMIN_CALLS } from "./adminCalls.ts";
import { NETWORK_PARAM_SETTER_CALLS } from "./networkParamSetters.ts";

function valueFor(name: (typeof NETWORK_PARAM_NAMES)[number]): number | bigint | boolean {
  const { type, standard } = NETWORK_PARAMS[name];
  if (type === "bool") return !standard;
  if (type === "amount") return 7n;
  return 7;
}

describe("§8.2 global setters (AdminUtils.sudo_set_<name>)", () => {
  test("one root setter per §8.2 parameter except genesis-only AllowLoopbackServing", () => {
    const registry = createCallRegistry([ADMIN_CALLS]);
    for (const name of NETWORK_PARAM_NAMES) {
      const method = networkParamSetterMethod(name);
      if (name === "AllowLoopbackServing") {
        assert.equal(method, undefined, `${name}: no setter`);
        continue;
      }
      assert.ok(
        method !== undefined && registry.find("AdminUtils", method) !== undefined,
        `${name}: registered`,
      );
    }
    assert.equal(NETWORK_PARAM_SETTER_CALLS.length, NETWORK_PARAM_NAMES.length - 1);
  });

  for (const name of NETWORK_PARAM_NAMES) {
    const method = networkParamSetterMethod(name);
    if (method === undefined) continue;
    test(`${method}: root sets ${name}, NetworkParamSet; signed → System.BadOrigin`, () => {
      const chain = genesis();
      const value = valueFor(name);
      expectFailure(chain, ADMIN_CALLS, signed(OWNER), method, { value }, "BadOrigin", "System");
      dispatch(chain, ADMIN_CALLS, ROOT, method, { value });
      assert.equal(getNetworkParam(chain.store, name), value, `${name}: stored`);
      assert.deepEqual(
        chain.ctx.events.map((e) => [e.module, e.name, e.data]),
        [
          [
            "SubtensorModule",
            "NetworkParamSet",
            { name, value: typeof value === "bigint" ? value.toString() : value },
          ],
        ],
        `${name}: event`,
      );
    });
  }
});

describe("through Sudo.sudo (chain.md §16)", () => {
  test("the sudo key dispatches a root setter; a failing inner call is reported in Sudid", () => {
    const chain = chainWithSubnet();
    SudoKey.set(chain.store, OWNER);
    atBlock(chain, 100);
    const registry = createCallRegistry([ADMIN_CALLS]);
    const kappa = registry.find("AdminUtils", "sudo_set_kappa")!;
    dispatch(chain, [sudo], signed(OWNER), "sudo", {
      call: { definition: kappa, args: { netuid: NETUID, value: 1 } },
    });
    assert.equal(Kappa.get(chain.store, NETUID), 1);
    dispatch(chain, [sudo], signed(OWNER), "sudo", {
      call: { definition: kappa, args: { netuid: 9, value: 2 } },
    });
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [
        ["HyperparameterSet", { netuid: NETUID, name: "kappa", value: 1 }],
        ["Sudid", { result: "Ok" }],
        ["Sudid", { result: { Err: { module: "AdminUtils", error: "SubnetNotExists" } } }],
      ],
    );
  });
});
