/**
 * The storage of accounts and issuance (chain.md §5, §2.3). An account record exists once created and
 * is never deleted; `TotalIssuance` counts every rao in existence.
 */
import { bigintCodec, jsonCodec, StorageMap, StorageValue } from "../state/storage.ts";

export type AccountInfo = { readonly free: bigint; readonly nonce: number };

/** `Account[ss58] = {free, nonce}`. */
export const Account = new StorageMap<[string], AccountInfo>(
  "Balances.Account",
  jsonCodec(
    (a) => ({ free: a.free.toString(), nonce: a.nonce }),
    (j: { free: string; nonce: number }) => ({ free: BigInt(j.free), nonce: j.nonce }),
  ),
  { free: 0n, nonce: 0 },
);

/** Σ free balances + Σ SubnetTAO, root included (chain.md §2.3). */
export const TotalIssuance = new StorageValue("Balances.TotalIssuance", bigintCodec, 0n);

/** Existential deposit: an account holds 0 or at least this many rao (chain.md §2.1). */
export const EXISTENTIAL_DEPOSIT = 500n;
