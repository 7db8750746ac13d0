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
import type { DispatchContext } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { isHotkeyRegisteredOnNetwork, Prometheus, type PrometheusInfo } from "./neuronsStorage.ts";
import { ensureServingAddress, ensureServingRateLimit } from "./serveAxon.ts";

/** The subnet and the announced prometheus record (its `block` is the call's). */
export type ServePrometheusParameters = { readonly netuid: number } & Omit<PrometheusInfo, "block">;

/** §11.6 prometheus checks in order; returns the hotkey. Writes nothing. */
export function validateServePrometheus(
  context: DispatchContext,
  parameters: ServePrometheusParameters,
): string {
  const { store, ctx } = context;
  const hotkey = ensureSigned(context.origin);
  const { netuid, ip, ipType, port } = parameters;
  // 1–2. IPv4 or IPv6, and a usable, non-zero address.
  ensureServingAddress(store, ipType, ip, false);
  // 3. The hotkey has a UID on the subnet.
  if (!isHotkeyRegisteredOnNetwork(store, netuid, hotkey)) {
    throw dispatchError("SubtensorModule", "HotKeyNotRegisteredInNetwork", { netuid, hotkey });
  }
  // 4. Serving rate limit since the last prometheus update.
  ensureServingRateLimit(store, netuid, Prometheus.get(store, netuid, hotkey)?.block ?? 0, ctx.now);
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
