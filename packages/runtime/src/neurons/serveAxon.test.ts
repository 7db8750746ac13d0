import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  account,
  atBlock,
  chainWithSubnet,
  dispatch,
  expectFailure,
  OWNER_HOTKEY,
  ROOT,
  signed,
} from "../subnets/_testChain.ts";
import { ServingRateLimit } from "../subnets/hyperparameters.ts";
import { setNetworkParam } from "../system/index.ts";
import { neuronsCalls } from "./neuronsCalls.ts";
import { Axons, NeuronCertificates, Prometheus } from "./neuronsStorage.ts";

const STRANGER = account(7);

const AXON = {
  netuid: 1,
  version: 7,
  ip: 0x01020304n,
  port: 8091,
  ip_type: 4,
  protocol: 4,
  placeholder1: 1,
  placeholder2: 2,
};
const PROMETHEUS = { netuid: 1, version: 7, ip: 0x01020304n, port: 9090, ip_type: 4 };

function chainWithNeuron(allowLoopback = false) {
  const chain = chainWithSubnet({ fastBlocks: true });
  if (allowLoopback) setNetworkParam(chain.store, "AllowLoopbackServing", true);
  atBlock(chain, 2);
  return chain;
}

describe("serve_axon / serve_axon_tls", () => {
  test("success: the record and AxonServed; TLS certificates stored when well-formed", () => {
    const chain = chainWithNeuron();
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_axon", AXON);
    assert.deepEqual(Axons.get(chain.store, 1, OWNER_HOTKEY), {
      block: 2,
      version: 7,
      ip: 0x01020304n,
      port: 8091,
      ipType: 4,
      protocol: 4,
      placeholder1: 1,
      placeholder2: 2,
    });
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [["AxonServed", { netuid: 1, hotkey: OWNER_HOTKEY }]],
    );
    atBlock(chain, 100);
    const cert = new Uint8Array([1, ...new Uint8Array(64).fill(9)]);
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_axon_tls", {
      ...AXON,
      port: 443,
      certificate: cert,
    });
    assert.equal(Axons.get(chain.store, 1, OWNER_HOTKEY)?.port, 443);
    const stored = NeuronCertificates.get(chain.store, 1, OWNER_HOTKEY);
    assert.equal(stored?.algorithm, 1);
    assert.deepEqual(stored?.publicKey, new Uint8Array(64).fill(9));
  });

  test("malformed certificates (empty, key over 64 bytes) are ignored; the axon is still served", () => {
    const chain = chainWithNeuron();
    ServingRateLimit.set(chain.store, 0, 1);
    for (const [name, bytes] of [
      ["empty", new Uint8Array(0)],
      ["65-byte key", new Uint8Array(66).fill(1)],
    ] as const) {
      dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_axon_tls", { ...AXON, certificate: bytes });
      assert.equal(NeuronCertificates.has(chain.store, 1, OWNER_HOTKEY), false, name);
      assert.equal(Axons.get(chain.store, 1, OWNER_HOTKEY)?.block, 2, name);
    }
  });

  test("errors in order: not registered, ip type, ip address, rate limit, port", () => {
    const chain = chainWithNeuron();
    const fail = (origin: string, args: object, error: Parameters<typeof expectFailure>[5]) =>
      expectFailure(chain, neuronsCalls, signed(origin), "serve_axon", { ...AXON, ...args }, error);
    fail(STRANGER, { ip_type: 5, port: 0 }, "HotKeyNotRegisteredInNetwork");
    fail(OWNER_HOTKEY, { netuid: 9 }, "HotKeyNotRegisteredInNetwork");
    fail(OWNER_HOTKEY, { ip_type: 5, ip: 0xffffffffn }, "InvalidIpType");
    fail(OWNER_HOTKEY, { ip: 0xffffffffn, port: 0 }, "InvalidIpAddress");
    fail(OWNER_HOTKEY, { ip: 0x7f000001n }, "InvalidIpAddress");
    fail(OWNER_HOTKEY, { ip_type: 6, ip: 1n }, "InvalidIpAddress");
    fail(OWNER_HOTKEY, { port: 0 }, "InvalidPort");
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_axon", { ...AXON, ip: 0n });
    atBlock(chain, 51); // servingRateLimit 50 since block 2
    fail(OWNER_HOTKEY, { port: 0 }, "ServingRateLimitExceeded");
    expectFailure(chain, neuronsCalls, ROOT, "serve_axon", AXON, "BadOrigin", "System");
    atBlock(chain, 52);
    fail(OWNER_HOTKEY, { port: 0 }, "InvalidPort");
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_axon", AXON);
    assert.equal(Axons.get(chain.store, 1, OWNER_HOTKEY)?.block, 52);
  });

  test("servingRateLimit 0 allows every block; AllowLoopbackServing admits 127.0.0.1 and ::1", () => {
    const chain = chainWithNeuron(true);
    ServingRateLimit.set(chain.store, 0, 1);
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_axon", { ...AXON, ip: 0x7f000001n });
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_axon", { ...AXON, ip_type: 6, ip: 1n });
    assert.equal(Axons.get(chain.store, 1, OWNER_HOTKEY)?.ip, 1n);
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_prometheus", {
      ...PROMETHEUS,
      ip: 0x7f000001n,
    });
    assert.equal(Prometheus.get(chain.store, 1, OWNER_HOTKEY)?.ip, 0x7f000001n);
  });
});

describe("serve_prometheus", () => {
  test("success: the record and PrometheusServed", () => {
    const chain = chainWithNeuron();
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_prometheus", PROMETHEUS);
    assert.deepEqual(Prometheus.get(chain.store, 1, OWNER_HOTKEY), {
      block: 2,
      version: 7,
      ip: 0x01020304n,
      port: 9090,
      ipType: 4,
    });
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.name, e.data]),
      [["PrometheusServed", { netuid: 1, hotkey: OWNER_HOTKEY }]],
    );
  });

  test("errors in order: ip type, ip address (0 refused), not registered, rate limit, port", () => {
    const chain = chainWithNeuron();
    const fail = (origin: string, args: object, error: Parameters<typeof expectFailure>[5]) =>
      expectFailure(
        chain,
        neuronsCalls,
        signed(origin),
        "serve_prometheus",
        { ...PROMETHEUS, ...args },
        error,
      );
    fail(STRANGER, { ip_type: 5 }, "InvalidIpType");
    fail(STRANGER, { ip: 0n }, "InvalidIpAddress");
    fail(STRANGER, { ip_type: 6, ip: (1n << 128n) - 1n }, "InvalidIpAddress");
    fail(STRANGER, { port: 0 }, "HotKeyNotRegisteredInNetwork");
    fail(OWNER_HOTKEY, { port: 0 }, "InvalidPort");
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_prometheus", PROMETHEUS);
    atBlock(chain, 51);
    fail(OWNER_HOTKEY, { port: 0 }, "ServingRateLimitExceeded");
    atBlock(chain, 52);
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_prometheus", { ...PROMETHEUS, port: 9091 });
    assert.equal(Prometheus.get(chain.store, 1, OWNER_HOTKEY)?.port, 9091);
  });

  test("axon and prometheus rate limits are independent", () => {
    const chain = chainWithNeuron();
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_axon", AXON);
    dispatch(chain, neuronsCalls, signed(OWNER_HOTKEY), "serve_prometheus", PROMETHEUS);
  });
});
