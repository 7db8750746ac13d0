/**
 * chain.md §8.2 / §16 global parameter setters: one root-only `AdminUtils.sudo_set_<snake_name>(value)` per
 * §8.2 parameter (genesis-only AllowLoopbackServing has none), writing it with `setNetworkParam`.
 * §8.2 gives no bounds: any value of the parameter's wire type is accepted.
 *
 * Event: `NetworkParamSet {name, value}` (module SubtensorModule, as chain.md §18 lists it). Raises:
 * `System.BadOrigin` when not dispatched through `Sudo.sudo`.
 */
import { emitEvent } from "../block/blockContext.ts";
import {
  NETWORK_PARAM_NAMES,
  NETWORK_PARAMS,
  type NetworkParamName,
  networkParamSetterMethod,
  setNetworkParam,
} from "../system/networkParams.ts";
import { type CallDefinition, type DispatchContext, defineCall } from "../transactions/callDefinition.ts";
import { ensureRoot } from "../transactions/origin.ts";
import { encodeValue } from "./_encodeValue.ts";
import { ADMIN_SETTER_WEIGHT } from "./hyperparameterSetters.ts";

/** Sets global parameter `name` (root only) and emits `NetworkParamSet`. */
export function setNetworkParamByRoot(
  context: DispatchContext,
  name: NetworkParamName,
  value: unknown,
): void {
  ensureRoot(context.origin);
  setNetworkParam(context.store, name, value as never);
  emitEvent(context.ctx, "SubtensorModule", "NetworkParamSet", {
    name,
    value: encodeValue(NETWORK_PARAMS[name].type, value),
  });
}

/** The root setter call of a §8.2 parameter, or undefined for a genesis-only one. */
export function networkParamSetterCall(name: NetworkParamName): CallDefinition | undefined {
  const method = networkParamSetterMethod(name);
  if (method === undefined) return undefined;
  return defineCall({
    module: "AdminUtils",
    method,
    args: { value: NETWORK_PARAMS[name].type },
    weight: ADMIN_SETTER_WEIGHT,
    paysFee: true,
    dispatch: (context, { value }) => setNetworkParamByRoot(context, name, value),
  }) as CallDefinition;
}

/** Every §8.2 root setter, in §8.2 order. */
export const NETWORK_PARAM_SETTER_CALLS: readonly CallDefinition[] = NETWORK_PARAM_NAMES.flatMap((name) => {
  const call = networkParamSetterCall(name);
  return call === undefined ? [] : [call];
});
