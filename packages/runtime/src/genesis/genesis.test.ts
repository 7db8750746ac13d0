import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { blake2b256, canonicalJson, keypairFromUri, toHex } from "@opentao/primitives";
import { Account, TotalIssuance } from "../balances/balancesStorage.ts";
import { blockHash, extrinsicsRoot, GENESIS_AUTHOR, ZERO_HASH } from "../block/header.ts";
import { MemoryStore } from "../state/keyValueStore.ts";
import { stateRoot } from "../state/stateRoot.ts";
import { NetworksAdded, SubnetTAO } from "../subnets/subnetsStorage.ts";
import { SudoKey } from "../sudo/sudoStorage.ts";
import { getNetworkParam } from "../system/networkParams.ts";
import { Authorities, BlockNumber, ChainName, FastBlocks } from "../system/systemStorage.ts";
import { buildGenesis } from "./buildGenesis.ts";
import { ChainSpecError, type ChainSpecJson, parseChainSpec } from "./chainSpec.ts";
import { DEV_ACCOUNTS, devChainSpec } from "./devChainSpec.ts";
import { GENESIS_HOOKS, type GenesisHooks } from "./genesisHooks.ts";

const MILLION_TAO = 1_000_000n * 1_000_000_000n;

describe("dev preset (chain.md §17)", () => {
  test("the dev accounts are //Alice … //Ferdie of the Substrate dev phrase", () => {
    for (const [name, address] of Object.entries(DEV_ACCOUNTS)) {
      const uri = `//${name[0]!.toUpperCase()}${name.slice(1)}`;
      assert.equal(keypairFromUri(uri).ss58Address, address, uri);
    }
    assert.equal(
      toHex(keypairFromUri("//Alice").publicKey),
      "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
    );
  });

  test("genesis state: 6 × 1,000,000 TAO, sudo //Alice, authority //Alice, fast defaults, loopback", () => {
    const store = new MemoryStore();
    const genesis = buildGenesis(devChainSpec(), store);
    for (const address of Object.values(DEV_ACCOUNTS)) {
      assert.deepEqual(Account.get(store, address), { free: MILLION_TAO, nonce: 0 }, address);
    }
    assert.equal(TotalIssuance.get(store), 6n * MILLION_TAO);
    assert.equal(SudoKey.get(store), DEV_ACCOUNTS.alice);
    assert.deepEqual(Authorities.get(store), [{ account: DEV_ACCOUNTS.alice, weight: 1n }]);
    assert.equal(ChainName.get(store), "opentao-dev");
    assert.equal(FastBlocks.get(store), true);
    assert.equal(BlockNumber.get(store), 0);
    assert.equal(getNetworkParam(store, "DefaultTempo"), 10, "fast DefaultTempo");
    assert.equal(getNetworkParam(store, "NetworkMinLockCost"), 100n * 1_000_000_000n, "fast lock cost");
    assert.equal(getNetworkParam(store, "TaoWeight"), 3_320_413_933_267_719_290n);
    assert.equal(getNetworkParam(store, "AllowLoopbackServing"), true);
    assert.equal(genesis.spec.authorities[0]!.weight, 1n);
  });

  test("block 0: parent 0x00…, no extrinsics, the state root, timestamp 0; its hash is the genesis hash", () => {
    const store = new MemoryStore();
    const { header, hash } = buildGenesis(devChainSpec(), store);
    assert.deepEqual(header, {
      number: 0,
      parentHash: ZERO_HASH,
      stateRoot: toHex(stateRoot(store)),
      extrinsicsRoot: toHex(blake2b256(new Uint8Array(0))),
      timestamp: 0,
      author: GENESIS_AUTHOR,
    });
    assert.equal(header.extrinsicsRoot, extrinsicsRoot([]));
    assert.equal(hash, toHex(blake2b256(canonicalJson(header))), "blake2b-256(utf8(JCS(Header)))");
    assert.equal(hash, blockHash(header));
  });

  test("the genesis hash depends on the spec alone, and on every part of it", () => {
    const one = buildGenesis(devChainSpec()).hash;
    assert.equal(buildGenesis(devChainSpec()).hash, one, "same spec, same hash");
    const variants: [string, ChainSpecJson][] = [
      ["chainName", { ...devChainSpec(), chainName: "opentao-other" }],
      [
        "authority weight",
        { ...devChainSpec(), authorities: [{ account: DEV_ACCOUNTS.alice, weight: "2" }] },
      ],
      ["fastBlocks", { ...devChainSpec(), fastBlocks: false }],
      ["a param", { ...devChainSpec(), params: { SubnetLimit: 64 } }],
    ];
    for (const [name, spec] of variants) assert.notEqual(buildGenesis(spec).hash, one, name);
  });
});

describe("chain spec parsing (chain.md §17, §8.2)", () => {
  test("standard defaults without fastBlocks; overrides apply; loopback off by default", () => {
    const spec = parseChainSpec({
      ...devChainSpec(),
      fastBlocks: false,
      allowLoopbackServing: undefined,
      params: { NetworkRateLimit: 5, TaoWeight: "1", NewSubnetEmissionEnabled: false },
    });
    assert.equal(spec.params.DefaultTempo, 360);
    assert.equal(spec.params.MaxEpochsPerBlock, 2);
    assert.equal(spec.params.NetworkMinLockCost, 1_000n * 1_000_000_000n);
    assert.equal(spec.params.NetworkRateLimit, 5, "override");
    assert.equal(spec.params.TaoWeight, 1n, "override decoded as bigint");
    assert.equal(spec.params.NewSubnetEmissionEnabled, false);
    assert.equal(spec.params.AllowLoopbackServing, false);
  });

  const base = devChainSpec();
  const invalid: [string, unknown, RegExp][] = [
    ["not an object", [], /spec: expected an object/],
    ["unknown top-level field", { ...base, extra: 1 }, /unknown field "extra"/],
    ["missing authorities", { ...base, authorities: undefined }, /authorities/],
    ["other spec version", { ...base, specVersion: 2 }, /specVersion: this runtime is spec 1/],
    ["empty chain name", { ...base, chainName: "" }, /chainName/],
    [
      "sudo with another prefix",
      { ...base, sudo: "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5" },
      /sudo: .*not 42/,
    ],
    ["no authorities", { ...base, authorities: [] }, /at least one authority/],
    [
      "authority weight 0",
      { ...base, authorities: [{ account: DEV_ACCOUNTS.alice, weight: "0" }] },
      /weight/,
    ],
    [
      "authority weight as a number",
      { ...base, authorities: [{ account: DEV_ACCOUNTS.alice, weight: 1 }] },
      /authorities\[0\]\.weight/,
    ],
    [
      "duplicate authority",
      {
        ...base,
        authorities: [
          { account: DEV_ACCOUNTS.alice, weight: "1" },
          { account: DEV_ACCOUNTS.alice, weight: "1" },
        ],
      },
      /listed twice/,
    ],
    [
      "balance below ED",
      { ...base, balances: [[DEV_ACCOUNTS.bob, "499"]] },
      /balances\[0\]\[1\]: 499 rao is below/,
    ],
    ["balance as a number", { ...base, balances: [[DEV_ACCOUNTS.bob, 1000]] }, /balances\[0\]\[1\]/],
    [
      "duplicate balance",
      {
        ...base,
        balances: [
          [DEV_ACCOUNTS.bob, "1000"],
          [DEV_ACCOUNTS.bob, "1000"],
        ],
      },
      /listed twice/,
    ],
    ["unknown param", { ...base, params: { Tempo: 5 } }, /params\.Tempo: not a chain\.md §8\.2 parameter/],
    ["param of the wrong type", { ...base, params: { TaoWeight: 5 } }, /params\.TaoWeight/],
    ["u16 param out of range", { ...base, params: { SubnetLimit: 70_000 } }, /params\.SubnetLimit/],
    [
      "genesis-only param in params",
      { ...base, params: { AllowLoopbackServing: true } },
      /top-level allowLoopbackServing/,
    ],
    [
      "subnet without lock",
      { ...base, subnets: [{ owner: DEV_ACCOUNTS.bob, ownerHotkey: DEV_ACCOUNTS.bob }] },
      /subnets\[0\]: missing field "lock"/,
    ],
    [
      "stake with a netuid string",
      { ...base, stakes: [{ coldkey: DEV_ACCOUNTS.bob, hotkey: DEV_ACCOUNTS.bob, netuid: "1", tao: "1" }] },
      /stakes\[0\]\.netuid/,
    ],
  ];
  for (const [name, spec, message] of invalid) {
    test(`ChainSpecError: ${name}`, () => {
      assert.throws(
        () => parseChainSpec(spec),
        (error: unknown) => error instanceof ChainSpecError && message.test(error.message),
        name,
      );
    });
  }

  test("genesis subnets and stakes parse with netuids from 1", () => {
    const spec = parseChainSpec({
      ...base,
      subnets: [
        {
          owner: DEV_ACCOUNTS.bob,
          ownerHotkey: DEV_ACCOUNTS.charlie,
          lock: "1000",
          startCall: true,
          hyperparams: { tempo: 5 },
        },
        { owner: DEV_ACCOUNTS.dave, ownerHotkey: DEV_ACCOUNTS.eve, lock: "2000" },
      ],
      stakes: [{ coldkey: DEV_ACCOUNTS.bob, hotkey: DEV_ACCOUNTS.charlie, netuid: 1, tao: "5" }],
    });
    assert.deepEqual(
      spec.subnets.map((s) => [s.netuid, s.lock, s.startCall, s.hyperparams]),
      [
        [1, 1000n, true, { tempo: 5 }],
        [2, 2000n, false, {}],
      ],
    );
    assert.deepEqual(spec.stakes, [
      { coldkey: DEV_ACCOUNTS.bob, hotkey: DEV_ACCOUNTS.charlie, netuid: 1, tao: 5n },
    ]);
  });
});

describe("genesis hooks", () => {
  const withSubnet: ChainSpecJson = {
    ...devChainSpec(),
    subnets: [{ owner: DEV_ACCOUNTS.bob, ownerHotkey: DEV_ACCOUNTS.charlie, lock: "1000" }],
  };

  test("genesis subnets are created with their lock minted into the pool and into issuance", () => {
    const store = new MemoryStore();
    buildGenesis(withSubnet, store);
    assert.equal(NetworksAdded.get(store, 1), true);
    assert.equal(SubnetTAO.get(store, 1), 1000n);
    const free = Object.values(DEV_ACCOUNTS).reduce(
      (sum, account) => sum + Account.get(store, account).free,
      0n,
    );
    assert.equal(TotalIssuance.get(store), free + 1000n, "TotalIssuance == Σ free + Σ SubnetTAO");
  });

  test("genesis stakes are applied at zero fee with their TAO minted", () => {
    const store = new MemoryStore();
    const lock = 100_000_000_000n;
    const stake = { coldkey: DEV_ACCOUNTS.bob, hotkey: DEV_ACCOUNTS.charlie, netuid: 1, tao: "1000000000" };
    const subnets = [{ ...withSubnet.subnets![0]!, lock: lock.toString() }];
    buildGenesis({ ...withSubnet, subnets, stakes: [stake] }, store);
    assert.equal(SubnetTAO.get(store, 1), lock + 1_000_000_000n);
    const free = Object.values(DEV_ACCOUNTS).reduce(
      (sum, account) => sum + Account.get(store, account).free,
      0n,
    );
    assert.equal(
      TotalIssuance.get(store),
      free + SubnetTAO.get(store, 1),
      "TotalIssuance == Σ free + Σ SubnetTAO",
    );
  });

  test("hooks run after accounts, params and sudo, in order, with the parsed spec; their writes reach the state", () => {
    const order: string[] = [];
    const hooks: GenesisHooks = {
      createRootSubnet: (store) => {
        order.push(`root (sudo ${SudoKey.get(store) !== null}, issuance ${TotalIssuance.get(store)})`);
      },
      createSubnets: (store, _ctx, spec) => {
        order.push(`subnets ${spec.subnets.length}`);
        // A hook mints pool TAO into issuance itself (chain.md §17).
        TotalIssuance.set(store, TotalIssuance.get(store) + spec.subnets[0]!.lock);
      },
      applyStakes: () => {
        order.push("stakes");
      },
    };
    const store = new MemoryStore();
    buildGenesis(withSubnet, store, hooks);
    assert.deepEqual(order, [`root (sudo true, issuance ${6n * MILLION_TAO})`, "subnets 1", "stakes"]);
    assert.equal(TotalIssuance.get(store), 6n * MILLION_TAO + 1000n);
    assert.equal(typeof GENESIS_HOOKS.createRootSubnet, "function");
  });
});
