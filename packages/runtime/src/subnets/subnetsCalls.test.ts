import assert from "node:assert/strict";
import { test } from "node:test";
import { neuronsCalls } from "../neurons/neuronsCalls.ts";
import { createCallRegistry } from "../transactions/callRegistry.ts";
import { decodeCall } from "../transactions/decodeCall.ts";
import { account } from "./_testChain.ts";
import { subnetsCalls } from "./subnetsCalls.ts";

test("calls: module, method, chain.md §3.4 weight and Pays", () => {
  const table = [...subnetsCalls, ...neuronsCalls].map((c) => [
    c.module,
    c.method,
    c.weight / 1_000_000n,
    c.paysFee,
  ]);
  assert.deepEqual(table, [
    ["SubtensorModule", "register_network", 1_000n, true],
    ["SubtensorModule", "register_network_with_identity", 1_000n, true],
    ["SubtensorModule", "start_call", 100n, true],
    ["SubtensorModule", "set_subnet_identity", 100n, true],
    ["SubtensorModule", "set_sn_owner_hotkey", 100n, true],
    ["SubtensorModule", "root_dissolve_network", 1_000n, true],
    ["SubtensorModule", "burned_register", 400n, true],
    ["SubtensorModule", "register_limit", 400n, true],
    ["SubtensorModule", "serve_axon", 100n, false],
    ["SubtensorModule", "serve_axon_tls", 100n, false],
    ["SubtensorModule", "serve_prometheus", 100n, false],
    ["SubtensorModule", "try_associate_hotkey", 100n, true],
  ]);
});

test("every call's arguments decode from their chain.md §3.1 JSON (registry and decoder of transactions/)", () => {
  const registry = createCallRegistry([subnetsCalls, neuronsCalls]);
  const hotkey = account(2);
  const identity = {
    subnet_name: "n",
    github_repo: "g",
    subnet_contact: "c",
    subnet_url: "u",
    discord: "d",
    description: "x",
    logo_url: "l",
    additional: "a",
  };
  const axon = {
    netuid: 1,
    version: 1,
    ip: "16909060",
    port: 8091,
    ip_type: 4,
    protocol: 4,
    placeholder1: 0,
    placeholder2: 0,
  };
  const samples: [string, Record<string, unknown>][] = [
    ["register_network", { hotkey }],
    ["register_network_with_identity", { hotkey, identity }],
    ["register_network_with_identity", { hotkey, identity: null }],
    ["start_call", { netuid: 1 }],
    ["set_subnet_identity", { netuid: 1, ...identity }],
    ["set_sn_owner_hotkey", { netuid: 1, hotkey }],
    ["root_dissolve_network", { netuid: 1 }],
    ["burned_register", { netuid: 1, hotkey }],
    ["register_limit", { netuid: 1, hotkey, limit_price: "1000000000" }],
    ["serve_axon", axon],
    ["serve_axon_tls", { ...axon, certificate: "0x01aa" }],
    [
      "serve_prometheus",
      { netuid: 1, version: 1, ip: "340282366920938463463374607431768211454", port: 9090, ip_type: 6 },
    ],
    ["try_associate_hotkey", { hotkey }],
  ];
  for (const [method, args] of samples) {
    const decoded = decodeCall({ module: "SubtensorModule", method, args }, registry);
    assert.equal(decoded.definition.method, method, method);
  }
  const tls = decodeCall(
    { module: "SubtensorModule", method: "serve_axon_tls", args: { ...axon, certificate: "0x01aa" } },
    registry,
  );
  assert.equal(tls.args.ip, 16_909_060n);
  assert.deepEqual(tls.args.certificate, new Uint8Array([1, 0xaa]));
});
