/**
 * chain.md §6.7 subnet identity (`SubnetIdentitiesV3`), subtensor utils/identity.rs
 * (`is_valid_subnet_identity`): eight UTF-8 strings, each within its byte limit.
 */
import { jsonCodec } from "../state/storage.ts";

export type SubnetIdentity = {
  readonly subnetName: string;
  readonly githubRepo: string;
  readonly subnetContact: string;
  readonly subnetUrl: string;
  readonly discord: string;
  readonly description: string;
  readonly logoUrl: string;
  readonly additional: string;
};

/** The fields in call-argument order, with their UTF-8 byte limits (chain.md §6.7). */
export const SUBNET_IDENTITY_LIMITS: readonly (readonly [keyof SubnetIdentity, number])[] = [
  ["subnetName", 256],
  ["githubRepo", 1024],
  ["subnetContact", 1024],
  ["subnetUrl", 1024],
  ["discord", 256],
  ["description", 1024],
  ["logoUrl", 1024],
  ["additional", 1024],
];

const utf8 = new TextEncoder();

/**
 * The first field over its byte limit, with its length, or null when the identity is valid.
 *
 * @example subnetIdentityViolation({ ...identity, discord: "x".repeat(257) }) // { field: "discord", bytes: 257, limit: 256 }
 */
export function subnetIdentityViolation(
  identity: SubnetIdentity,
): { field: keyof SubnetIdentity; bytes: number; limit: number } | null {
  for (const [field, limit] of SUBNET_IDENTITY_LIMITS) {
    const bytes = utf8.encode(identity[field]).length;
    if (bytes > limit) return { field, bytes, limit };
  }
  return null;
}

/** Builds an identity from the eight strings in call-argument order. */
export function subnetIdentityFromTuple(
  fields: readonly [string, string, string, string, string, string, string, string],
): SubnetIdentity {
  const [subnetName, githubRepo, subnetContact, subnetUrl, discord, description, logoUrl, additional] =
    fields;
  return { subnetName, githubRepo, subnetContact, subnetUrl, discord, description, logoUrl, additional };
}

/** Storage codec of an optional identity: canonical JSON of the record. */
export const subnetIdentityCodec = jsonCodec<SubnetIdentity | null>(
  (identity) => (identity === null ? null : { ...identity }),
  (json: SubnetIdentity | null) => (json === null ? null : { ...json }),
);
