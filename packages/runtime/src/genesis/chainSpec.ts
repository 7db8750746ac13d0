/**
 * The chain spec of chain.md §17: its JSON form, and `parseChainSpec`, which checks every field and
 * returns it decoded (bigint amounts, the full §8.2 parameter set with the fast or standard defaults
 * under the spec's overrides). A spec that does not parse throws `ChainSpecError` naming the field.
 */
import { InvalidTransactionError, type JsonValue, TaoError } from "@opentao/primitives";
import { EXISTENTIAL_DEPOSIT } from "../balances/balancesStorage.ts";
import {
  defaultNetworkParams,
  NETWORK_PARAMS,
  type NetworkParamName,
  type NetworkParams,
} from "../system/networkParams.ts";
import { SPEC_VERSION } from "../system/runtimeVersion.ts";
import { createCallRegistry } from "../transactions/callRegistry.ts";
import { decodeArg, isJsonObject } from "../transactions/decodeCall.ts";

/** The JSON form of a chain spec (chain.md §17). */
export type ChainSpecJson = {
  readonly chainName: string;
  readonly specVersion: number;
  /** 250 ms blocks and the fast defaults; false (default): 12,000 ms and the standard ones. */
  readonly fastBlocks?: boolean;
  /** Lets axons serve on loopback addresses (§11.6); default false. */
  readonly allowLoopbackServing?: boolean;
  /** The sudo key; omit on non-dev networks. */
  readonly sudo?: string;
  readonly authorities: readonly {
    readonly account: string;
    readonly weight: string;
    readonly p2p?: string;
  }[];
  /** `[ss58, rao]` pairs. */
  readonly balances: readonly (readonly [string, string])[];
  /** Overrides of §8.2 parameters, by name. */
  readonly params?: { readonly [name: string]: JsonValue };
  readonly subnets?: readonly {
    readonly owner: string;
    readonly ownerHotkey: string;
    readonly lock: string;
    readonly startCall?: boolean;
    readonly hyperparams?: { readonly [name: string]: JsonValue };
  }[];
  readonly stakes?: readonly {
    readonly coldkey: string;
    readonly hotkey: string;
    readonly netuid: number;
    readonly tao: string;
  }[];
};

/** A genesis subnet, netuid assigned in spec order from 1. Hyperparameters are the subnets module's to check. */
export type GenesisSubnet = {
  readonly netuid: number;
  readonly owner: string;
  readonly ownerHotkey: string;
  readonly lock: bigint;
  readonly startCall: boolean;
  readonly hyperparams: { readonly [name: string]: JsonValue };
};

/** A genesis stake: applied with `stakeInto` at zero fee, TAO minted (chain.md §17). */
export type GenesisStake = {
  readonly coldkey: string;
  readonly hotkey: string;
  readonly netuid: number;
  readonly tao: bigint;
};

/** A BFT authority: account, voting weight (u64) and optional libp2p multiaddr (chain.md §17). */
export type GenesisAuthority = {
  readonly account: string;
  readonly weight: bigint;
  readonly p2p: string | null;
};

/** A parsed, checked chain spec. */
export type ChainSpec = {
  readonly chainName: string;
  readonly specVersion: number;
  readonly fastBlocks: boolean;
  readonly allowLoopbackServing: boolean;
  readonly sudo: string | null;
  readonly authorities: readonly GenesisAuthority[];
  readonly balances: readonly { readonly account: string; readonly free: bigint }[];
  /** Every §8.2 parameter: defaults for `fastBlocks`, then the overrides, then `allowLoopbackServing`. */
  readonly params: NetworkParams;
  readonly subnets: readonly GenesisSubnet[];
  readonly stakes: readonly GenesisStake[];
};

/** A chain spec that does not follow chain.md §17. */
export class ChainSpecError extends TaoError {
  override name = "ChainSpecError";
  /** The offending field, e.g. `balances[2][1]`. */
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`Invalid chain spec: ${path}: ${problem}.`, { spec: "chain.md §17" });
    this.path = path;
  }
}

const NO_CALLS = createCallRegistry([]);
const U64_MAX = (1n << 64n) - 1n;
const TOP_LEVEL = [
  "chainName",
  "specVersion",
  "fastBlocks",
  "allowLoopbackServing",
  "sudo",
  "authorities",
  "balances",
  "params",
  "subnets",
  "stakes",
];

/** Decodes a field with the §3.1 decoders of calls, turning their `BadCall` into a `ChainSpecError`. */
function field<T>(type: Parameters<typeof decodeArg>[0], value: unknown, path: string): T {
  try {
    return decodeArg(type, value, path, NO_CALLS) as T;
  } catch (error) {
    if (!(error instanceof InvalidTransactionError)) throw error;
    // The decoders' detail reads "<path>: <problem>", with the path of the innermost field.
    const detail = error.shortMessage.replace(/^Invalid transaction: BadCall: /, "");
    const split = detail.indexOf(": ");
    throw split < 0
      ? new ChainSpecError(path, detail)
      : new ChainSpecError(detail.slice(0, split), detail.slice(split + 2));
  }
}

function object(value: unknown, path: string, keys: readonly string[], required: readonly string[]) {
  if (!isJsonObject(value)) throw new ChainSpecError(path, "expected an object");
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) throw new ChainSpecError(path, `unknown field ${JSON.stringify(key)}`);
  }
  for (const key of required) {
    if (!Object.hasOwn(value, key)) throw new ChainSpecError(path, `missing field "${key}"`);
  }
  return value;
}

function list(value: unknown, path: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ChainSpecError(path, "expected an array");
  return value;
}

function unique(accounts: readonly string[], path: string): void {
  const seen = new Set<string>();
  accounts.forEach((account, i) => {
    if (seen.has(account)) throw new ChainSpecError(`${path}[${i}]`, `${account} is listed twice`);
    seen.add(account);
  });
}

function parseParams(value: unknown, fastBlocks: boolean, allowLoopbackServing: boolean): NetworkParams {
  const params = defaultNetworkParams(fastBlocks);
  if (value !== undefined) {
    if (!isJsonObject(value)) throw new ChainSpecError("params", "expected an object");
    for (const name of Object.keys(value)) {
      if (!Object.hasOwn(NETWORK_PARAMS, name)) {
        throw new ChainSpecError(`params.${name}`, "not a chain.md §8.2 parameter");
      }
      const definition = NETWORK_PARAMS[name as NetworkParamName];
      if ("genesisOnly" in definition) {
        throw new ChainSpecError(`params.${name}`, "set by the top-level allowLoopbackServing field");
      }
      (params as Record<string, unknown>)[name] = field(definition.type, value[name], `params.${name}`);
    }
  }
  params.AllowLoopbackServing = allowLoopbackServing;
  return params;
}

/** Checks a chain spec (JSON) against chain.md §17 and decodes it. */
export function parseChainSpec(json: unknown): ChainSpec {
  const spec = object(json, "spec", TOP_LEVEL, ["chainName", "specVersion", "authorities", "balances"]);
  const chainName = field<string>("string", spec.chainName, "chainName");
  if (chainName.length === 0) throw new ChainSpecError("chainName", "expected a non-empty name");
  const specVersion = field<number>("u32", spec.specVersion, "specVersion");
  if (specVersion !== SPEC_VERSION) {
    throw new ChainSpecError(
      "specVersion",
      `this runtime is spec ${SPEC_VERSION}, the spec asks for ${specVersion}`,
    );
  }
  const fastBlocks = field<boolean>("bool", spec.fastBlocks ?? false, "fastBlocks");
  const allowLoopbackServing = field<boolean>(
    "bool",
    spec.allowLoopbackServing ?? false,
    "allowLoopbackServing",
  );
  const sudo = spec.sudo === undefined ? null : field<string>("account", spec.sudo, "sudo");

  const authorities = list(spec.authorities, "authorities").map((entry, i): GenesisAuthority => {
    const path = `authorities[${i}]`;
    const a = object(entry, path, ["account", "weight", "p2p"], ["account", "weight"]);
    const weight = field<bigint>("amount", a.weight, `${path}.weight`);
    if (weight === 0n || weight > U64_MAX)
      throw new ChainSpecError(`${path}.weight`, "expected a u64 above 0");
    return {
      account: field<string>("account", a.account, `${path}.account`),
      weight,
      p2p: a.p2p === undefined ? null : field<string>("string", a.p2p, `${path}.p2p`),
    };
  });
  if (authorities.length === 0) throw new ChainSpecError("authorities", "expected at least one authority");
  unique(
    authorities.map((a) => a.account),
    "authorities",
  );

  const balances = list(spec.balances, "balances").map((entry, i) => {
    const path = `balances[${i}]`;
    const [account, free] = field<[string, bigint]>({ tuple: ["account", "amount"] }, entry, path);
    if (free < EXISTENTIAL_DEPOSIT) {
      throw new ChainSpecError(
        `${path}[1]`,
        `${free} rao is below the existential deposit of ${EXISTENTIAL_DEPOSIT}`,
      );
    }
    return { account, free };
  });
  unique(
    balances.map((b) => b.account),
    "balances",
  );

  const subnets = list(spec.subnets, "subnets").map((entry, i): GenesisSubnet => {
    const path = `subnets[${i}]`;
    const s = object(
      entry,
      path,
      ["owner", "ownerHotkey", "lock", "startCall", "hyperparams"],
      ["owner", "ownerHotkey", "lock"],
    );
    const hyperparams = s.hyperparams ?? {};
    if (!isJsonObject(hyperparams)) throw new ChainSpecError(`${path}.hyperparams`, "expected an object");
    return {
      netuid: i + 1,
      owner: field<string>("account", s.owner, `${path}.owner`),
      ownerHotkey: field<string>("account", s.ownerHotkey, `${path}.ownerHotkey`),
      lock: field<bigint>("amount", s.lock, `${path}.lock`),
      startCall: field<boolean>("bool", s.startCall ?? false, `${path}.startCall`),
      hyperparams,
    };
  });

  const stakes = list(spec.stakes, "stakes").map((entry, i): GenesisStake => {
    const path = `stakes[${i}]`;
    const s = object(
      entry,
      path,
      ["coldkey", "hotkey", "netuid", "tao"],
      ["coldkey", "hotkey", "netuid", "tao"],
    );
    return {
      coldkey: field<string>("account", s.coldkey, `${path}.coldkey`),
      hotkey: field<string>("account", s.hotkey, `${path}.hotkey`),
      netuid: field<number>("u16", s.netuid, `${path}.netuid`),
      tao: field<bigint>("amount", s.tao, `${path}.tao`),
    };
  });

  return {
    chainName,
    specVersion,
    fastBlocks,
    allowLoopbackServing,
    sudo,
    authorities,
    balances,
    params: parseParams(spec.params, fastBlocks, allowLoopbackServing),
    subnets,
    stakes,
  };
}
