import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { DispatchErrorName } from "@opentao/primitives";
import { DispatchError, InvalidTransactionError, toHex } from "@opentao/primitives";
import { Overlay } from "../state/keyValueStore.ts";
import { stateRoot } from "../state/stateRoot.ts";
import { atBlock, signed, type TestChain } from "../subnets/_testChain.ts";
import { SubnetEpochIndex } from "../subnets/subnetsStorage.ts";
import { setNetworkParam } from "../system/networkParams.ts";
import { HOTKEYS, NETUID, STRANGER, subnetChain } from "../weights/_testSubnet.ts";
import { commitmentInfoFromJson } from "./commitmentInfoFromJson.ts";
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
