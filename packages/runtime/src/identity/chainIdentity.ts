/**
 * chain.md §15 coldkey identity (`IdentitiesV2[coldkey]`), subtensor `utils/identity.rs`
 * (`ChainIdentityOfV2`, `is_valid_identity`): seven UTF-8 strings, each within its byte limit.
 */
import { jsonCodec, StorageMap } from "../state/storage.ts";

export type ChainIdentity = {
  readonly name: string;
  readonly url: string;
  readonly githubRepo: string;
  readonly image: string;
  readonly discord: string;
  readonly description: string;
  readonly additional: string;
};

/** The fields in call-argument order, with their UTF-8 byte limits (chain.md §15). */
export const CHAIN_IDENTITY_LIMITS: readonly (readonly [keyof ChainIdentity, number])[] = [
  ["name", 256],
  ["url", 256],
  ["githubRepo", 256],
  ["image", 1024],
  ["discord", 256],
  ["description", 1024],
  ["additional", 1024],
];

const utf8 = new TextEncoder();

/**
 * The first field over its byte limit, with its length, or null when the identity is valid.
 *
 * @example chainIdentityViolation({ ...identity, url: "é".repeat(129) }) // { field: "url", bytes: 258, limit: 256 }
 */
export function chainIdentityViolation(
  identity: ChainIdentity,
): { field: keyof ChainIdentity; bytes: number; limit: number } | null {
  for (const [field, limit] of CHAIN_IDENTITY_LIMITS) {
    const bytes = utf8.encode(identity[field]).length;
    if (bytes > limit) return { field, bytes, limit };
  }
  return null;
}

/** `IdentitiesV2[coldkey]`: the coldkey's identity, or null when none was set. */
export const IdentitiesV2 = new StorageMap<[string], ChainIdentity | null>(
  "SubtensorModule.IdentitiesV2",
  jsonCodec<ChainIdentity | null>(
    (identity) => (identity === null ? null : { ...identity }),
    (json: ChainIdentity | null) => (json === null ? null : { ...json }),
  ),
  null,
);
