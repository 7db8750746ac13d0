/**
 * The SubtensorModule calls of chain.md §11 (registration, serving) and §12.4 (hotkey association) with
 * their §3.4 weights, for the call registry.
 */
import type { CallDefinition } from "../transactions/callDefinition.ts";
import { defineCall } from "../transactions/callDefinition.ts";
import { burnedRegister, registerLimit } from "./burnedRegister.ts";
import { serveAxon } from "./serveAxon.ts";
import { servePrometheus } from "./servePrometheus.ts";
import { tryAssociateHotkey } from "./tryAssociateHotkey.ts";

const WEIGHT_100 = 100_000_000n;
const WEIGHT_400 = 400_000_000n;

const AXON_ARGS = {
  netuid: "u16",
  version: "u32",
  ip: "amount",
  port: "u16",
  ip_type: "u8",
  protocol: "u8",
  placeholder1: "u8",
  placeholder2: "u8",
} as const;

type AxonArgs = {
  netuid: number;
  version: number;
  ip: bigint;
  port: number;
  ip_type: number;
  protocol: number;
  placeholder1: number;
  placeholder2: number;
};

function axonParameters(args: AxonArgs) {
  return {
    netuid: args.netuid,
    version: args.version,
    ip: args.ip,
    port: args.port,
    ipType: args.ip_type,
    protocol: args.protocol,
    placeholder1: args.placeholder1,
    placeholder2: args.placeholder2,
  };
}

/** burned_register, register_limit, serve_axon, serve_axon_tls, serve_prometheus, try_associate_hotkey. */
export const neuronsCalls: readonly CallDefinition[] = [
  defineCall({
    module: "SubtensorModule",
    method: "burned_register",
    args: { netuid: "u16", hotkey: "account" },
    weight: WEIGHT_400,
    paysFee: true,
    dispatch: (context, { netuid, hotkey }) => {
      burnedRegister(context, netuid, hotkey);
    },
  }),
  defineCall({
    module: "SubtensorModule",
    method: "register_limit",
    args: { netuid: "u16", hotkey: "account", limit_price: "amount" },
    weight: WEIGHT_400,
    paysFee: true,
    dispatch: (context, { netuid, hotkey, limit_price }) => {
      registerLimit(context, netuid, hotkey, limit_price);
    },
  }),
  defineCall({
    module: "SubtensorModule",
    method: "serve_axon",
    args: AXON_ARGS,
    weight: WEIGHT_100,
    paysFee: false,
    dispatch: (context, args) => serveAxon(context, axonParameters(args), null),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "serve_axon_tls",
    args: { ...AXON_ARGS, certificate: "bytes" },
    weight: WEIGHT_100,
    paysFee: false,
    dispatch: (context, { certificate, ...args }) => serveAxon(context, axonParameters(args), certificate),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "serve_prometheus",
    args: { netuid: "u16", version: "u32", ip: "amount", port: "u16", ip_type: "u8" },
    weight: WEIGHT_100,
    paysFee: false,
    dispatch: (context, { netuid, version, ip, port, ip_type }) =>
      servePrometheus(context, { netuid, version, ip, port, ipType: ip_type }),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "try_associate_hotkey",
    args: { hotkey: "account" },
    weight: WEIGHT_100,
    paysFee: true,
    dispatch: (context, { hotkey }) => tryAssociateHotkey(context, hotkey),
  }),
] as readonly CallDefinition[];
