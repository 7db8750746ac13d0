/**
 * The guard of every Sudo call (chain.md §16): the origin must be an account (root cannot call Sudo,
 * `System.BadOrigin`), a sudo key must exist (`Sudo.NoSudoKey`) and the signer must be it
 * (`Sudo.RequireSudo`).
 */
import { dispatchError } from "../errors.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import type { Origin } from "../transactions/callDefinition.ts";
import { ensureSigned } from "../transactions/origin.ts";
import { SudoKey } from "./sudoStorage.ts";

/** Returns the sudo key after checking the origin is signed by it. */
export function ensureSudo(store: KeyValueStore, origin: Origin): string {
  const signer = ensureSigned(origin);
  const key = SudoKey.get(store);
  if (key === null) throw dispatchError("Sudo", "NoSudoKey", { signer });
  if (signer !== key) throw dispatchError("Sudo", "RequireSudo", { signer });
  return key;
}

/** Fee waiver of Sudo calls (chain.md §3.4): the sudo key pays nothing, any other signer pays. */
export function isSudoKey(store: KeyValueStore, signer: string): boolean {
  return SudoKey.get(store) === signer;
}
