/**
 * Origin guards (chain.md §3.3, §16): a call signed by an account, or a root-only call dispatched through
 * `Sudo.sudo`. Both fail with `System.BadOrigin`, the module chain.md §20 names for origin mismatches.
 */
import { dispatchError } from "../errors.ts";
import type { Origin } from "./callDefinition.ts";

/** Returns the signer of a signed origin; root → `System.BadOrigin`. */
export function ensureSigned(origin: Origin): string {
  if (origin.kind !== "signed") throw dispatchError("System", "BadOrigin", { expected: "signed" });
  return origin.signer;
}

/** Passes for the root origin only (a call wrapped in `Sudo.sudo`); otherwise `System.BadOrigin`. */
export function ensureRoot(origin: Origin): void {
  if (origin.kind !== "root") throw dispatchError("System", "BadOrigin", { expected: "root" });
}
