/**
 * The storage of accounts and issuance (chain.md §5, §2.3). An account record exists once created and
 * is never deleted; `TotalIssuance` counts every rao in existence.
 */
import { bigintCodec, type Codec, StorageMap, StorageValue } from "../state/storage.ts";

/** An account record: free balance (rao) and nonce. */
export type AccountInfo = { readonly free: bigint; readonly nonce: number };

/**
 * The canonical JSON of an account, `{"free":"<rao>","nonce":<n>}`, written directly: every extrinsic
 * writes accounts several times, and this is the exact string `jsonCodec` would produce through
 * canonicalJson (keys already in code-unit order, no string needs escaping), at a fraction of the cost.
 */
const accountCodec: Codec<AccountInfo> = {
  encode: ({ free, nonce }) => `{"free":"${free}","nonce":${nonce}}`,
  decode: (text) => {
    const json = JSON.parse(text) as { free: string; nonce: number };
    return { free: BigInt(json.free), nonce: json.nonce };
  },
};

/** `Account[ss58] = {free, nonce}`. */
export const Account = new StorageMap<[string], AccountInfo>("Balances.Account", accountCodec, {
  free: 0n,
  nonce: 0,
});

/** Σ free balances + Σ SubnetTAO, root included (chain.md §2.3). */
export const TotalIssuance = new StorageValue("Balances.TotalIssuance", bigintCodec, 0n);

/** Existential deposit: an account holds 0 or at least this many rao (chain.md §2.1). */
export const EXISTENTIAL_DEPOSIT = 500n;
