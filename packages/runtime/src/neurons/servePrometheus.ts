/**
 * chain.md §11.6 `serve_prometheus(netuid, version, ip, port, ip_type)` (H, Pays::No), subtensor
 * `subnets/serving.rs::do_serve_prometheus`, `validate_serve_prometheus`.
 *
 * Event: `PrometheusServed {netuid, hotkey}`.
 * Raises, in order: `InvalidIpType`, `InvalidIpAddress` (0 not allowed), `HotKeyNotRegisteredInNetwork`,
 * `ServingRateLimitExceeded`, `InvalidPort`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { dispatchError } from "../errors.ts";
import { ServingRateLimit } from "../subnets/hyperparameters.ts";
import { getNetworkParam } from "../system/index.ts";
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { isValidIpAddress, isValidIpType } from "./isValidIpAddress.ts";
import { isHotkeyRegisteredOnNetwork, Prometheus } from "./neuronsStorage.ts";
import { servingRateLimitPasses } from "./serveAxon.ts";

export type ServePrometheusParameters = {
  readonly netuid: number;
  readonly version: number;
  /** u128. */
  readonly ip: bigint;
  readonly port: number;
  readonly ipType: number;
};

/** §11.6 prometheus checks in order; returns the hotkey. Writes nothing. */
export function validateServePrometheus(
  context: DispatchContext,
  parameters: ServePrometheusParameters,
): string {
  const { store, ctx } = context;
  const hotkey = ensureSigned(context.origin);
  const { netuid, ip, ipType, port } = parameters;
  // 1. IPv4 or IPv6.
  if (!isValidIpType(ipType)) throw dispatchError("SubtensorModule", "InvalidIpType", { ipType });
  // 2. A usable, non-zero address.
  const allowLoopback = getNetworkParam(store, "AllowLoopbackServing");
  if (!isValidIpAddress(ipType, ip, { allowZero: false, allowLoopback })) {
    throw dispatchError("SubtensorModule", "InvalidIpAddress", { ipType, ip, allowLoopback });
  }
  // 3. The hotkey has a UID on the subnet.
  if (!isHotkeyRegisteredOnNetwork(store, netuid, hotkey)) {
    throw dispatchError("SubtensorModule", "HotKeyNotRegisteredInNetwork", { netuid, hotkey });
  }
  // 4. Serving rate limit since the last prometheus update.
  const lastBlock = Prometheus.get(store, netuid, hotkey)?.block ?? 0;
  if (!servingRateLimitPasses(store, netuid, lastBlock, ctx.now)) {
    throw dispatchError("SubtensorModule", "ServingRateLimitExceeded", {
      netuid,
      lastBlock,
      rateLimit: ServingRateLimit.get(store, netuid),
      now: ctx.now,
    });
  }
  // 5. A port.
  if (port === 0) throw dispatchError("SubtensorModule", "InvalidPort", { port });
  return hotkey;
}

/** Stores the prometheus record; emits `PrometheusServed`. */
export function applyServePrometheus(
  context: DispatchContext,
  hotkey: string,
  parameters: ServePrometheusParameters,
): void {
  const { store, ctx } = context;
  const { netuid, version, ip, port, ipType } = parameters;
  Prometheus.set(store, { block: ctx.now, version, ip, port, ipType }, netuid, hotkey);
  emitEvent(ctx, "SubtensorModule", "PrometheusServed", { netuid, hotkey });
}

/** `serve_prometheus`: validate, then apply. */
export function servePrometheus(context: DispatchContext, parameters: ServePrometheusParameters): void {
  const hotkey = validateServePrometheus(context, parameters);
  applyServePrometheus(context, hotkey, parameters);
}
