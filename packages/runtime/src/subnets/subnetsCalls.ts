/**
 * The SubtensorModule calls of chain.md §6 (subnets) with their §3.4 weights, for the call registry.
 * Dissolution needs the stake positions and other modules' per-subnet state (`SubnetDissolveHooks`), so
 * the calls are built by `createSubnetsCalls(hooks)`; `subnetsCalls` uses the interim hooks until staking
 * lands.
 */
import type { CallDefinition } from "../transactions/callDefinition.ts";
import { defineCall } from "../transactions/callDefinition.ts";
import { interimDissolveHooks, type SubnetDissolveHooks } from "./dissolveHooks.ts";
import { rootDissolveNetwork } from "./dissolveNetwork.ts";
import { registerNetwork } from "./registerNetwork.ts";
import { setSnOwnerHotkey } from "./setSnOwnerHotkey.ts";
import { setSubnetIdentity } from "./setSubnetIdentity.ts";
import { startCall } from "./startCall.ts";
import type { SubnetIdentity } from "./subnetIdentity.ts";

const WEIGHT_100 = 100_000_000n;
const WEIGHT_1000 = 1_000_000_000n;

/** The §6.7 identity fields as call arguments (snake_case, as subtensor's `SubnetIdentityOfV3`). */
const IDENTITY_FIELDS = {
  subnet_name: "string",
  github_repo: "string",
  subnet_contact: "string",
  subnet_url: "string",
  discord: "string",
  description: "string",
  logo_url: "string",
  additional: "string",
} as const;

type IdentityArgs = { [K in keyof typeof IDENTITY_FIELDS]: string };

function identityFromArgs(args: IdentityArgs): SubnetIdentity {
  return {
    subnetName: args.subnet_name,
    githubRepo: args.github_repo,
    subnetContact: args.subnet_contact,
    subnetUrl: args.subnet_url,
    discord: args.discord,
    description: args.description,
    logoUrl: args.logo_url,
    additional: args.additional,
  };
}

/** The subnets calls, with dissolution wired to `hooks`. */
export function createSubnetsCalls(hooks: SubnetDissolveHooks): readonly CallDefinition[] {
  return [
    defineCall({
      module: "SubtensorModule",
      method: "register_network",
      args: { hotkey: "account" },
      weight: WEIGHT_1000,
      paysFee: true,
      dispatch: (context, { hotkey }) => {
        registerNetwork(context, hotkey, null, hooks);
      },
    }),
    defineCall({
      module: "SubtensorModule",
      method: "register_network_with_identity",
      args: { hotkey: "account", identity: { option: { struct: IDENTITY_FIELDS } } },
      weight: WEIGHT_1000,
      paysFee: true,
      dispatch: (context, { hotkey, identity }) => {
        registerNetwork(context, hotkey, identity === null ? null : identityFromArgs(identity), hooks);
      },
    }),
    defineCall({
      module: "SubtensorModule",
      method: "start_call",
      args: { netuid: "u16" },
      weight: WEIGHT_100,
      paysFee: true,
      dispatch: (context, { netuid }) => startCall(context, netuid),
    }),
    defineCall({
      module: "SubtensorModule",
      method: "set_subnet_identity",
      args: { netuid: "u16", ...IDENTITY_FIELDS },
      weight: WEIGHT_100,
      paysFee: true,
      dispatch: (context, { netuid, ...identity }) =>
        setSubnetIdentity(context, netuid, identityFromArgs(identity)),
    }),
    defineCall({
      module: "SubtensorModule",
      method: "set_sn_owner_hotkey",
      args: { netuid: "u16", hotkey: "account" },
      weight: WEIGHT_100,
      paysFee: true,
      dispatch: (context, { netuid, hotkey }) => setSnOwnerHotkey(context, netuid, hotkey),
    }),
    defineCall({
      module: "SubtensorModule",
      method: "root_dissolve_network",
      args: { netuid: "u16" },
      // Not in §3.4's table (root calls pay no fee); weighted like register_network, whose prune path
      // does the same work.
      weight: WEIGHT_1000,
      paysFee: true,
      dispatch: (context, { netuid }) => rootDissolveNetwork(context, netuid, hooks),
    }),
  ] as readonly CallDefinition[];
}

/** The subnets calls with the interim dissolution hooks (no stake refunds yet). */
export const subnetsCalls: readonly CallDefinition[] = createSubnetsCalls(interimDissolveHooks);
