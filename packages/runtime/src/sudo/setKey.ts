/**
 * `Sudo.set_key(new)` (chain.md §16): the sudo key hands sudo to another account. Like `Sudo.sudo`, it is
 * free for the sudo key (Substrate's pallet_sudo returns Pays::No for both).
 *
 * Errors: `Sudo.NoSudoKey`, `Sudo.RequireSudo`, `System.BadOrigin`. Event: `Sudo.KeyChanged {old, new}`.
 */
import { emitEvent } from "../block/blockContext.ts";
import { defineCall } from "../transactions/callDefinition.ts";
import { ensureSudo, isSudoKey } from "./ensureSudo.ts";
import { SudoKey } from "./sudoStorage.ts";

/** `Sudo.set_key(new)` (chain.md §16). */
export const setKey = defineCall({
  module: "Sudo",
  method: "set_key",
  args: { new: "account" },
  weight: 100_000_000n,
  paysFee: true,
  waivesFee: isSudoKey,
  dispatch({ store, ctx, origin }, args) {
    const old = ensureSudo(store, origin);
    SudoKey.set(store, args.new);
    emitEvent(ctx, "Sudo", "KeyChanged", { old, new: args.new });
  },
});
