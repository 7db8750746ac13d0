import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { DispatchErrorName } from "@opentao/primitives";
import { blake2b256, DispatchError, InvalidTransactionError, toHex } from "@opentao/primitives";
import { freshKeypair } from "../block/_testChain.ts";
import { appendNeuron } from "../neurons/appendNeuron.ts";
import { associateHotkey } from "../neurons/hotkeyOwner.ts";
import { Overlay } from "../state/keyValueStore.ts";
import { stateRoot } from "../state/stateRoot.ts";
import { atBlock, OWNER, signed, type TestChain } from "../subnets/_testChain.ts";
import { SubnetEpochIndex } from "../subnets/subnetsStorage.ts";
import { setNetworkParam } from "../system/networkParams.ts";
import { applyExtrinsic } from "../transactions/applyExtrinsic.ts";
import { checkTransaction } from "../transactions/checkTransaction.ts";
import { BASE_WEIGHT } from "../transactions/fees.ts";
import { signExtrinsic } from "../transactions/signExtrinsic.ts";
import { HOTKEYS, NETUID, STRANGER, subnetChain } from "../weights/_testSubnet.ts";
import { commitmentInfoFromJson } from "./commitmentInfoFromJson.ts";
import { SET_COMMITMENT_WEIGHT } from "./commitmentsCalls.ts";
import {
  type CommitmentInfo,
  CommitmentOf,
  LastCommitment,
  removeSubnetCommitments,
  UsedSpaceOf,
} from "./commitmentsStorage.ts";
import { commitmentSpaceNeeded, setCommitment } from "./setCommitment.ts";

const V1 = HOTKEYS[0];
const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);
const info = (...fields: CommitmentInfo["fields"]): CommitmentInfo => ({ fields });

function run(chain: TestChain, who: string, netuid: number, i: CommitmentInfo): void {
  const overlay = new Overlay(chain.store);
  setCommitment({ store: overlay, ctx: chain.ctx, origin: signed(who) }, netuid, i);
  overlay.commit();
}

function expectError(
  chain: TestChain,
  who: string,
  netuid: number,
  i: CommitmentInfo,
  error: DispatchErrorName,
): void {
  const before = toHex(stateRoot(chain.store));
  const events = chain.ctx.events.length;
  const overlay = new Overlay(chain.store);
  assert.throws(
    () => setCommitment({ store: overlay, ctx: chain.ctx, origin: signed(who) }, netuid, i),
    (e: unknown) => e instanceof DispatchError && e.module === "Commitments" && e.error === error,
    `set_commitment → ${error}`,
  );
  assert.deepEqual(overlay.changes(), [], `${error}: nothing written`);
  assert.equal(toHex(stateRoot(chain.store)), before, `${error}: state root unchanged`);
  assert.equal(chain.ctx.events.length, events, `${error}: no events`);
}

describe("chain.md §14 Commitments.set_commitment", () => {
  test("stores {info, block}, LastCommitment, usage; emits Commitment", () => {
    const chain = subnetChain();
    const i = info({ tag: "Sha256", bytes: bytes(32) }, { tag: "Raw", bytes: bytes(10) }, { tag: "None" });
    run(chain, V1, NETUID, i);
    assert.deepEqual(CommitmentOf.get(chain.store, NETUID, V1), { info: i, block: 2 });
    assert.equal(LastCommitment.get(chain.store, NETUID, V1), 2);
    assert.deepEqual(
      UsedSpaceOf.get(chain.store, NETUID, V1),
      { lastEpoch: 0, usedSpace: 100 },
      "need = max(100, 42)",
    );
    assert.deepEqual(chain.ctx.events.at(-1), {
      phase: chain.ctx.phase,
      module: "Commitments",
      name: "Commitment",
      data: { netuid: NETUID, who: V1 },
    });
  });

  test("need = max(100, Σ lengths): None 0, hashes 32, raw its length", () => {
    assert.equal(commitmentSpaceNeeded(info()), 100, "empty");
    assert.equal(
      commitmentSpaceNeeded(
        info({ tag: "BigRaw", bytes: bytes(512) }, { tag: "Keccak256", bytes: bytes(32) }),
      ),
      544,
    );
  });

  test("AccountNotAllowedCommit before TooManyFieldsInCommitmentInfo", () => {
    const chain = subnetChain();
    const four = info({ tag: "None" }, { tag: "None" }, { tag: "None" }, { tag: "None" });
    expectError(chain, STRANGER, NETUID, four, "AccountNotAllowedCommit");
    expectError(chain, V1, 9, info(), "AccountNotAllowedCommit");
    expectError(chain, V1, NETUID, four, "TooManyFieldsInCommitmentInfo");
  });

  test("SpaceLimitExceeded at 3,100 per epoch; usage resets when SubnetEpochIndex changes", () => {
    const chain = subnetChain();
    const big = info(
      { tag: "BigRaw", bytes: bytes(512) },
      { tag: "BigRaw", bytes: bytes(512) },
      { tag: "BigRaw", bytes: bytes(512) },
    );
    run(chain, V1, NETUID, big); // 1536
    run(chain, V1, NETUID, big); // 3072
    expectError(chain, V1, NETUID, info(), "SpaceLimitExceeded"); // 3072 + 100 > 3100
    setNetworkParam(chain.store, "CommitmentsMaxSpace", 3_172);
    run(chain, V1, NETUID, info()); // exactly at the limit
    setNetworkParam(chain.store, "CommitmentsMaxSpace", 3_100);
    SubnetEpochIndex.set(chain.store, 1, NETUID);
    atBlock(chain, 3);
    run(chain, V1, NETUID, big);
    assert.deepEqual(UsedSpaceOf.get(chain.store, NETUID, V1), { lastEpoch: 1, usedSpace: 1536 });
    assert.equal(CommitmentOf.get(chain.store, NETUID, V1)?.block, 3, "overwritten");
  });

  test("removeSubnetCommitments clears the subnet's items only", () => {
    const chain = subnetChain();
    run(chain, V1, NETUID, info());
    removeSubnetCommitments(chain.store, NETUID);
    assert.equal(CommitmentOf.has(chain.store, NETUID, V1), false);
    assert.equal(LastCommitment.has(chain.store, NETUID, V1), false);
    assert.equal(UsedSpaceOf.has(chain.store, NETUID, V1), false);
  });
});

describe("chain.md §14 info wire form", () => {
  test("decodes every Data variant", () => {
    const h = `0x${"ab".repeat(32)}`;
    const decoded = commitmentInfoFromJson({
      fields: [
        "None",
        { Raw: "0x0102" },
        { BigRaw: "0x" },
        { BlakeTwo256: h },
        { Sha256: h },
        { Keccak256: h },
        { ShaThree256: h },
      ],
    });
    assert.deepEqual(
      decoded.fields.map((f) => f.tag),
      ["None", "Raw", "BigRaw", "BlakeTwo256", "Sha256", "Keccak256", "ShaThree256"],
    );
  });
  const bad: [string, unknown][] = [
    ["Raw over 128 bytes", { fields: [{ Raw: `0x${"00".repeat(129)}` }] }],
    ["BigRaw over 512 bytes", { fields: [{ BigRaw: `0x${"00".repeat(513)}` }] }],
    ["hash of 31 bytes", { fields: [{ Sha256: `0x${"00".repeat(31)}` }] }],
    ["unknown tag", { fields: [{ Md5: "0x00" }] }],
    ["two tags", { fields: [{ Raw: "0x", BigRaw: "0x" }] }],
    ["missing fields", {}],
    ["extra key", { fields: [], more: 1 }],
    ["uppercase hex", { fields: [{ Raw: "0xAB" }] }],
  ];
  for (const [label, value] of bad) {
    test(`BadCall: ${label}`, () => {
      assert.throws(
        () => commitmentInfoFromJson(value),
        (e: unknown) => e instanceof InvalidTransactionError && e.reason === "BadCall",
        label,
      );
    });
  }
});

describe("chain.md §14 set_commitment as an extrinsic (runtime calls)", () => {
  const GENESIS_HASH = toHex(blake2b256("commitments extrinsic test chain"));
  const hotkey = freshKeypair("commitment hotkey");
  const h = `0x${"cd".repeat(32)}`;

  /** subnetChain plus a hotkey with a private key, registered on NETUID. */
  function chainWithSigner(): TestChain {
    const chain = subnetChain();
    associateHotkey(chain.store, OWNER, hotkey.ss58Address);
    appendNeuron(chain.store, NETUID, hotkey.ss58Address, chain.ctx.now);
    return chain;
  }

  function extrinsic(netuid: number, infoJson: unknown) {
    return signExtrinsic(
      {
        chain: GENESIS_HASH,
        spec: 1,
        signer: hotkey.ss58Address,
        nonce: 0,
        tip: "0",
        validUntil: null,
        call: { module: "Commitments", method: "set_commitment", args: { netuid, info: infoJson as never } },
      },
      hotkey,
    );
  }

  test("decodes info, is Pays::No at 100·10^6, and stores the commitment", () => {
    const chain = chainWithSigner();
    const infoJson = { fields: [{ Sha256: h }, { Raw: "0x6869" }, "None"] };
    const checked = checkTransaction(chain.store, extrinsic(NETUID, infoJson), {
      genesisHash: GENESIS_HASH,
      now: chain.ctx.now,
    });
    assert.equal(checked.paysFee, false);
    assert.equal(checked.fee, 0n);
    assert.equal(checked.weight, BASE_WEIGHT + SET_COMMITMENT_WEIGHT);
    assert.deepEqual(checked.call.args, { netuid: NETUID, info: commitmentInfoFromJson(infoJson) });
    const result = applyExtrinsic(chain.store, chain.ctx, checked, 0);
    assert.equal(result.success, true);
    assert.deepEqual(CommitmentOf.get(chain.store, NETUID, hotkey.ss58Address), {
      info: {
        fields: [
          { tag: "Sha256", bytes: new Uint8Array(32).fill(0xcd) },
          { tag: "Raw", bytes: new Uint8Array([0x68, 0x69]) },
          { tag: "None" },
        ],
      },
      block: chain.ctx.now,
    });
    assert.ok(
      chain.ctx.events.some(
        (e) => e.name === "Commitment" && e.data.who === hotkey.ss58Address && e.data.netuid === NETUID,
      ),
    );
  });

  test("a dispatch error fails the extrinsic (AccountNotAllowedCommit on another subnet)", () => {
    const chain = chainWithSigner();
    const checked = checkTransaction(chain.store, extrinsic(9, { fields: [] }), {
      genesisHash: GENESIS_HASH,
      now: chain.ctx.now,
    });
    const result = applyExtrinsic(chain.store, chain.ctx, checked, 0);
    assert.equal(result.success, false);
    assert.deepEqual(!result.success && result.error, {
      module: "Commitments",
      error: "AccountNotAllowedCommit",
    });
  });

  const bad: [string, unknown, RegExp][] = [
    ["unknown Data tag", { fields: [{ Md5: h }] }, /call\.args\.info\.fields\[0\]: expected a Data tag/],
    [
      "hash payload of 31 bytes",
      { fields: [{ Sha256: `0x${"00".repeat(31)}` }] },
      /Sha256: expected 32 bytes/,
    ],
    ["payload not hex", { fields: [{ Raw: 1 }] }, /call\.args\.info\.fields\[0\]\.Raw/],
    ["info without fields", {}, /call\.args\.info: expected exactly the key "fields"/],
  ];
  for (const [label, infoJson, detail] of bad) {
    test(`BadCall: ${label}`, () => {
      const chain = chainWithSigner();
      assert.throws(
        () =>
          checkTransaction(chain.store, extrinsic(NETUID, infoJson), { genesisHash: GENESIS_HASH, now: 2 }),
        (e: unknown) =>
          e instanceof InvalidTransactionError && e.reason === "BadCall" && detail.test(e.message),
        label,
      );
    });
  }
});
