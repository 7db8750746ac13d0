/**
 * `Sudo.sudo(call)` (chain.md §16; Substrate pallet_sudo): the sudo key dispatches `call` with the root
 * origin. The outer extrinsic succeeds whatever the inner call does; the inner call runs in its own
 * overlay, and when it fails its writes and events are dropped and the failure is reported in
 * `Sudo.Sudid {result}`, `result` being `"Ok"` or `{"Err": {module, error}}` (§3.1 enum encoding).
 * No fee when signed by the sudo key (§3.4); the weight is the inner call's.
 *
 * Errors: `Sudo.NoSudoKey`, `Sudo.RequireSudo`, `System.BadOrigin` (root calling sudo).
 */
import { DispatchError, type JsonValue } from "@opentao/primitives";
import { emitEvent } from "../block/blockContext.ts";
import { Overlay } from "../state/keyValueStore.ts";
import { callWeight, defineCall } from "../transactions/callDefinition.ts";
import { ensureSudo, isSudoKey } from "./ensureSudo.ts";

/** `Sudo.sudo(call)` (chain.md §16). */
export const sudo = defineCall({
  module: "Sudo",
  method: "sudo",
  args: { call: "call" },
  weight: 0n,
  weightOf: ({ call }) => callWeight(call),
  paysFee: true,
  waivesFee: isSudoKey,
  dispatch({ store, ctx, origin }, { call }) {
    ensureSudo(store, origin);
    const firstInnerEvent = ctx.events.length;
    const inner = new Overlay(store);
    let result: JsonValue = "Ok";
    try {
      call.definition.dispatch({ store: inner, ctx, origin: { kind: "root" } }, call.args);
      inner.commit();
    } catch (error) {
      if (!(error instanceof DispatchError)) throw error;
      ctx.events.length = firstInnerEvent;
      result = { Err: { module: error.module, error: error.error } };
    }
    emitEvent(ctx, "Sudo", "Sudid", { result });
  },
});
