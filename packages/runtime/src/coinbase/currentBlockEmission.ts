/**
 * chain.md §4.2 pipeline step 2, `E = blockEmission(TotalIssuance)` (§2.2): computed from the issuance
 * before this block mints anything, and not minted here (the coinbase mints what it injects).
 */
import { TotalIssuance } from "../balances/balancesStorage.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { blockEmission } from "./blockEmission.ts";

/** `blockEmission(TotalIssuance)` of the current state (pipeline step 2). */
export function currentBlockEmission(store: KeyValueStore): bigint {
  return blockEmission(TotalIssuance.get(store));
}
