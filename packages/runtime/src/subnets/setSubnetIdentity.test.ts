import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { account, chainWithSubnet, dispatch, expectFailure, OWNER, signed } from "./_testChain.ts";
import { SUBNET_IDENTITY_LIMITS } from "./subnetIdentity.ts";
import { subnetsCalls } from "./subnetsCalls.ts";
import { SubnetIdentitiesV3 } from "./subnetsStorage.ts";

const OTHER = account(3);

const FIELDS = {
  subnet_name: "name",
  github_repo: "repo",
  subnet_contact: "contact",
  subnet_url: "url",
  discord: "discord",
  description: "description",
  logo_url: "logo",
  additional: "more",
};

const ARG_OF = {
  subnetName: "subnet_name",
  githubRepo: "github_repo",
  subnetContact: "subnet_contact",
  subnetUrl: "subnet_url",
  discord: "discord",
  description: "description",
  logoUrl: "logo_url",
  additional: "additional",
} as const;

describe("set_subnet_identity", () => {
  test("success: stored and SubnetIdentitySet; limits are inclusive", () => {
    const chain = chainWithSubnet({ fastBlocks: true });
    const atLimits = Object.fromEntries(
      SUBNET_IDENTITY_LIMITS.map(([field, limit]) => [ARG_OF[field], "x".repeat(limit)]),
    );
    dispatch(chain, subnetsCalls, signed(OWNER), "set_subnet_identity", { netuid: 1, ...atLimits });
    assert.equal(SubnetIdentitiesV3.get(chain.store, 1)?.discord.length, 256);
    dispatch(chain, subnetsCalls, signed(OWNER), "set_subnet_identity", { netuid: 1, ...FIELDS });
    assert.deepEqual(SubnetIdentitiesV3.get(chain.store, 1), {
      subnetName: "name",
      githubRepo: "repo",
      subnetContact: "contact",
      subnetUrl: "url",
      discord: "discord",
      description: "description",
      logoUrl: "logo",
      additional: "more",
    });
    assert.deepEqual(
      chain.ctx.events.slice(-1).map((e) => [e.name, e.data]),
      [["SubnetIdentitySet", { netuid: 1 }]],
    );
  });

  test("errors: NotSubnetOwner (also on a missing subnet) before InvalidIdentity; every field's limit", () => {
    const chain = chainWithSubnet({ fastBlocks: true });
    const tooLong = { ...FIELDS, subnet_name: "x".repeat(257) };
    expectFailure(
      chain,
      subnetsCalls,
      signed(OTHER),
      "set_subnet_identity",
      { netuid: 1, ...tooLong },
      "NotSubnetOwner",
    );
    expectFailure(
      chain,
      subnetsCalls,
      signed(OWNER),
      "set_subnet_identity",
      { netuid: 7, ...FIELDS },
      "NotSubnetOwner",
    );
    for (const [field, limit] of SUBNET_IDENTITY_LIMITS) {
      const error = expectFailure(
        chain,
        subnetsCalls,
        signed(OWNER),
        "set_subnet_identity",
        { netuid: 1, ...FIELDS, [ARG_OF[field]]: "x".repeat(limit + 1) },
        "InvalidIdentity",
      );
      assert.deepEqual(error.fields, { netuid: 1, field, bytes: limit + 1, limit }, `field ${field}`);
    }
  });
});
