/**
 * The commit-reveal weight hash of chain.md §13.2: blake2b-256 over the SCALE encoding of
 * (hotkey, netuid_index, uids, values, salt, version_key). This is subtensor's `get_commit_hash` and the
 * Python SDK's `generate_weight_hash`, so a commit made by either side reveals on the other.
 */
import { Bytes, Tuple, u16, u64, Vector } from "scale-ts";
import { assertBytes, assertIntegerInRange } from "../errors/assert.ts";
import { blake2b256 } from "../hash/hashes.ts";

export type WeightCommit = {
  /** The 32-byte public key of the committing hotkey. */
  hotkey: Uint8Array;
  /** netuid_index: the netuid in v1 (mechanism 0). */
  netuid: number;
  uids: readonly number[];
  values: readonly number[];
  salt: readonly number[];
  versionKey: bigint;
};

const U16_MAX = 65_535n;
const U64_MAX = 2n ** 64n - 1n;
const codec = Tuple(Bytes(32), u16, Vector(u16), Vector(u16), Vector(u16), u64);

function assertU16s(values: readonly number[], label: string): void {
  if (!Array.isArray(values)) throw new TypeError(`${label}: expected an array of u16, got ${typeof values}`);
  values.forEach((value, index) => {
    assertIntegerInRange(value, 0n, U16_MAX, `${label}[${index}]`);
  });
}

/** SCALE-encodes a weight commit exactly as chain.md §13.2 lays it out. */
export function encodeWeightCommit(commit: WeightCommit): Uint8Array {
  assertBytes(commit.hotkey, 32, "hotkey");
  assertIntegerInRange(commit.netuid, 0n, U16_MAX, "netuid");
  assertU16s(commit.uids, "uids");
  assertU16s(commit.values, "values");
  assertU16s(commit.salt, "salt");
  assertIntegerInRange(commit.versionKey, 0n, U64_MAX, "versionKey");
  return codec.enc([
    commit.hotkey,
    commit.netuid,
    [...commit.uids],
    [...commit.values],
    [...commit.salt],
    commit.versionKey,
  ]);
}

/**
 * Decodes the SCALE bytes of a weight commit. Truncated input and trailing bytes are errors, so a
 * decode followed by an encode always gives back the same bytes.
 */
export function decodeWeightCommit(bytes: Uint8Array): WeightCommit {
  assertBytes(bytes);
  let decoded: ReturnType<typeof codec.dec>;
  try {
    decoded = codec.dec(bytes);
  } catch (cause) {
    throw new RangeError(`weight commit: truncated SCALE input of ${bytes.length} bytes`, { cause });
  }
  const [hotkey, netuid, uids, values, salt, versionKey] = decoded;
  const commit = { hotkey, netuid, uids, values, salt, versionKey };
  const length = codec.enc(decoded).length;
  if (length !== bytes.length) {
    throw new RangeError(`weight commit: expected ${length} bytes of SCALE, got ${bytes.length}`);
  }
  return commit;
}

/** The commit hash: blake2b-256 of `encodeWeightCommit(commit)` (chain.md §13.2). */
export function weightCommitHash(commit: WeightCommit): Uint8Array {
  return blake2b256(encodeWeightCommit(commit));
}
