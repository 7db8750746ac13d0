import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { associateHotkey } from "../neurons/hotkeyOwner.ts";
import {
  account,
  atBlock,
  chainWithSubnet,
  dispatch,
  expectFailure,
  OWNER,
  ROOT,
  signed,
} from "../subnets/_testChain.ts";
import { CHAIN_IDENTITY_LIMITS, type ChainIdentity, IdentitiesV2 } from "./chainIdentity.ts";
import { IDENTITY_CALLS, setIdentityCall } from "./identityCalls.ts";

const STRANGER = account(3);

const IDENTITY: ChainIdentity = {
  name: "Opentao Labs",
  url: "https://example.org",
  githubRepo: "https://github.com/example/repo",
  image: "https://example.org/logo.png",
  discord: "opentao#0001",
  description: "A validator.",
  additional: "",
};

/** The call arguments (snake_case) of an identity. */
function args(identity: ChainIdentity): Record<string, string> {
  const { githubRepo, ...rest } = identity;
  return { ...rest, github_repo: githubRepo };
}

/** OWNER's hotkey has UID 0 on subnet 1 (register_network appends the owner hotkey). */
function chainWithRegisteredHotkey() {
  const chain = chainWithSubnet();
  atBlock(chain, 2);
  return chain;
}

describe("set_identity (chain.md §15)", () => {
  test("declared as SubtensorModule.set_identity, weight 100 × 10^6, paying a fee", () => {
    assert.equal(setIdentityCall.module, "SubtensorModule");
    assert.equal(setIdentityCall.method, "set_identity");
    assert.equal(setIdentityCall.weight, 100_000_000n);
    assert.equal(setIdentityCall.paysFee, true);
    assert.deepEqual(Object.keys(setIdentityCall.args), [
      "name",
      "url",
      "github_repo",
      "image",
      "discord",
      "description",
      "additional",
    ]);
  });

  test("success: stored under the coldkey, ChainIdentitySet; a second call replaces it", () => {
    const chain = chainWithRegisteredHotkey();
    dispatch(chain, IDENTITY_CALLS, signed(OWNER), "set_identity", args(IDENTITY));
    assert.deepEqual(IdentitiesV2.get(chain.store, OWNER), IDENTITY);
    const renamed = { ...IDENTITY, name: "Renamed" };
    dispatch(chain, IDENTITY_CALLS, signed(OWNER), "set_identity", args(renamed));
    assert.deepEqual(IdentitiesV2.get(chain.store, OWNER), renamed);
    assert.deepEqual(
      chain.ctx.events.map((e) => [e.module, e.name, e.data]),
      [
        ["SubtensorModule", "ChainIdentitySet", { coldkey: OWNER }],
        ["SubtensorModule", "ChainIdentitySet", { coldkey: OWNER }],
      ],
    );
  });

  test("every field at its byte limit passes (multi-byte UTF-8 counted in bytes)", () => {
    const chain = chainWithRegisteredHotkey();
    const full = { ...IDENTITY };
    for (const [field, limit] of CHAIN_IDENTITY_LIMITS) full[field] = "é".repeat(limit / 2);
    dispatch(chain, IDENTITY_CALLS, signed(OWNER), "set_identity", args(full));
    assert.deepEqual(IdentitiesV2.get(chain.store, OWNER), full);
  });

  for (const [field, limit] of CHAIN_IDENTITY_LIMITS) {
    test(`${field} over ${limit} bytes → InvalidIdentity`, () => {
      const chain = chainWithRegisteredHotkey();
      const long = { ...IDENTITY, [field]: `${"é".repeat(limit / 2)}x` };
      const error = expectFailure(
        chain,
        IDENTITY_CALLS,
        signed(OWNER),
        "set_identity",
        args(long),
        "InvalidIdentity",
      );
      assert.equal(error.fields.field, field, `${field}: named in the error`);
      assert.equal(error.fields.bytes, limit + 1, `${field}: byte length`);
    });
  }

  test("a coldkey without a registered hotkey → HotKeyNotRegisteredInNetwork (checked before the limits)", () => {
    const chain = chainWithRegisteredHotkey();
    expectFailure(
      chain,
      IDENTITY_CALLS,
      signed(STRANGER),
      "set_identity",
      args(IDENTITY),
      "HotKeyNotRegisteredInNetwork",
    );
    associateHotkey(chain.store, STRANGER, account(4)); // owns a hotkey, but it has no UID
    expectFailure(
      chain,
      IDENTITY_CALLS,
      signed(STRANGER),
      "set_identity",
      args(IDENTITY),
      "HotKeyNotRegisteredInNetwork",
    );
    const long = { ...IDENTITY, name: "x".repeat(257) };
    expectFailure(
      chain,
      IDENTITY_CALLS,
      signed(STRANGER),
      "set_identity",
      args(long),
      "HotKeyNotRegisteredInNetwork",
    );
  });

  test("root origin → System.BadOrigin", () => {
    const chain = chainWithRegisteredHotkey();
    expectFailure(chain, IDENTITY_CALLS, ROOT, "set_identity", args(IDENTITY), "BadOrigin", "System");
  });
});
