/**
 * chain.md §11.6 `serve_axon(netuid, version, ip, port, ip_type, protocol, placeholder1, placeholder2)` and
 * `serve_axon_tls(…, certificate)` (H, Pays::No), subtensor `subnets/serving.rs::do_serve_axon`: the
 * hotkey announces where its axon listens.
 *
 * Event: `AxonServed {netuid, hotkey}`.
 * Raises, in order: `HotKeyNotRegisteredInNetwork`, `InvalidIpType`, `InvalidIpAddress`,
 * `ServingRateLimitExceeded`, `InvalidPort`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { ServingRateLimit } from "../subnets/hyperparameters.ts";
import { getNetworkParam } from "../system/index.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { isValidIpAddress, isValidIpType } from "./isValidIpAddress.ts";
import {
  type AxonInfo,
  Axons,
  isHotkeyRegisteredOnNetwork,
  type NeuronCertificate,
  NeuronCertificates,
} from "./neuronsStorage.ts";

/** The subnet and the announced axon record (its `block` is the call's). */
export type ServeAxonParameters = { readonly netuid: number } & Omit<AxonInfo, "block">;

/** chain.md §11.6 rate limit: `limit == 0 ∨ last == 0 ∨ now − last ≥ limit`. */
export function servingRateLimitPasses(
  store: KeyValueStore,
  netuid: number,
  lastBlock: number,
  now: number,
): boolean {
  const limit = ServingRateLimit.get(store, netuid);
  return limit === 0 || lastBlock === 0 || now - lastBlock >= limit;
}

/** §11.6 rate limit as a check: throws `ServingRateLimitExceeded` unless `servingRateLimitPasses`. */
export function ensureServingRateLimit(
  store: KeyValueStore,
  netuid: number,
  lastBlock: number,
  now: number,
): void {
  if (!servingRateLimitPasses(store, netuid, lastBlock, now)) {
    throw dispatchError("SubtensorModule", "ServingRateLimitExceeded", {
      netuid,
      lastBlock,
      rateLimit: ServingRateLimit.get(store, netuid),
      now,
    });
  }
}

/**
 * §11.6 address checks in order: `InvalidIpType` (neither IPv4 nor IPv6), then `InvalidIpAddress`.
 * Axons may announce 0 (`allowZero`), prometheus endpoints may not.
 */
export function ensureServingAddress(
  store: KeyValueStore,
  ipType: number,
  ip: bigint,
  allowZero: boolean,
): void {
  if (!isValidIpType(ipType)) throw dispatchError("SubtensorModule", "InvalidIpType", { ipType });
  const allowLoopback = getNetworkParam(store, "AllowLoopbackServing");
  if (!isValidIpAddress(ipType, ip, { allowZero, allowLoopback })) {
    throw dispatchError("SubtensorModule", "InvalidIpAddress", { ipType, ip, allowLoopback });
  }
}

/**
 * A TLS certificate from its bytes (§11.6): byte 0 the algorithm, then at most 64 bytes of public key;
 * null when malformed (empty or too long), which the call ignores as subtensor does.
 */
export function parseNeuronCertificate(bytes: Uint8Array): NeuronCertificate | null {
  if (bytes.length < 1 || bytes.length > 65) return null;
  return { algorithm: bytes[0]!, publicKey: bytes.slice(1) };
}

/** §11.6 axon checks in order; returns the hotkey. Writes nothing. */
export function validateServeAxon(context: DispatchContext, parameters: ServeAxonParameters): string {
  const { store, ctx } = context;
  const hotkey = ensureSigned(context.origin);
  const { netuid, ip, ipType, port } = parameters;
  // 1. The hotkey has a UID on the subnet.
  if (!isHotkeyRegisteredOnNetwork(store, netuid, hotkey)) {
    throw dispatchError("SubtensorModule", "HotKeyNotRegisteredInNetwork", { netuid, hotkey });
  }
  // 2–3. IPv4 or IPv6, and a usable address; 0 is allowed for axons.
  ensureServingAddress(store, ipType, ip, true);
  // 4. Serving rate limit since the last axon update.
  ensureServingRateLimit(store, netuid, Axons.get(store, netuid, hotkey)?.block ?? 0, ctx.now);
  // 5. A port.
  if (port === 0) throw dispatchError("SubtensorModule", "InvalidPort", { port });
  return hotkey;
}

/** Stores the certificate (when well-formed) and the axon record; emits `AxonServed`. */
export function applyServeAxon(
  context: DispatchContext,
  hotkey: string,
  parameters: ServeAxonParameters,
  certificate: Uint8Array | null,
): void {
  const { store, ctx } = context;
  const { netuid } = parameters;
  const parsed = certificate === null ? null : parseNeuronCertificate(certificate);
  if (parsed !== null) NeuronCertificates.set(store, parsed, netuid, hotkey);
  Axons.set(
    store,
    {
      block: ctx.now,
      version: parameters.version,
      ip: parameters.ip,
      port: parameters.port,
      ipType: parameters.ipType,
      protocol: parameters.protocol,
      placeholder1: parameters.placeholder1,
      placeholder2: parameters.placeholder2,
    },
    netuid,
    hotkey,
  );
  emitEvent(ctx, "SubtensorModule", "AxonServed", { netuid, hotkey });
}

/** `serve_axon` (certificate null) and `serve_axon_tls`: validate, then apply. */
export function serveAxon(
  context: DispatchContext,
  parameters: ServeAxonParameters,
  certificate: Uint8Array | null,
): void {
  const hotkey = validateServeAxon(context, parameters);
  applyServeAxon(context, hotkey, parameters, certificate);
}
