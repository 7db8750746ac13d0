/**
 * chain.md §14 / §3.1 wire form of `set_commitment`'s `info`: `{"fields": [Data, …]}` with `Data` one of
 * `"None"`, `{"Raw": bytes ≤ 128}`, `{"BigRaw": bytes ≤ 512}`, `{"BlakeTwo256" | "Sha256" | "Keccak256" |
 * "ShaThree256": 32 bytes}` (subtensor `pallets/commitments/src/types.rs::Data`). A value that does not
 * match is `BadCall` (§3.2 check 1): the field limits are part of the type, not dispatch errors.
 */
import { fromHex, InvalidTransactionError } from "@opentao/primitives";
import { COMMITMENT_HASH_TAGS, type CommitmentData, type CommitmentInfo } from "./commitmentsStorage.ts";

/** Largest `Raw` field, bytes. */
export const MAX_RAW_BYTES = 128;
/** Largest `BigRaw` field, bytes. */
export const MAX_BIG_RAW_BYTES = 512;
/** Size of every hash field, bytes. */
export const HASH_BYTES = 32;

function badCall(path: string, expected: string): InvalidTransactionError {
  return new InvalidTransactionError("BadCall", `${path}: expected ${expected}`);
}

function bytesOf(value: unknown, path: string): Uint8Array {
  if (typeof value !== "string") throw badCall(path, '"0x" + lowercase hex');
  try {
    return fromHex(value);
  } catch {
    throw badCall(path, '"0x" + lowercase hex');
  }
}

/** Decodes one `Data` value. */
export function commitmentDataFromJson(value: unknown, path: string): CommitmentData {
  if (value === "None") return { tag: "None" };
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    Object.keys(value).length !== 1
  ) {
    throw badCall(path, '"None" or an object with one Data tag');
  }
  const [tag, inner] = Object.entries(value)[0]!;
  const bytes = bytesOf(inner, `${path}.${tag}`);
  if (tag === "Raw" || tag === "BigRaw") {
    const max = tag === "Raw" ? MAX_RAW_BYTES : MAX_BIG_RAW_BYTES;
    if (bytes.length > max) throw badCall(`${path}.${tag}`, `at most ${max} bytes, got ${bytes.length}`);
    return { tag, bytes };
  }
  const hashTag = COMMITMENT_HASH_TAGS.find((t) => t === tag);
  if (hashTag === undefined)
    throw badCall(path, `a Data tag (None, Raw, BigRaw, ${COMMITMENT_HASH_TAGS.join(", ")})`);
  if (bytes.length !== HASH_BYTES)
    throw badCall(`${path}.${tag}`, `${HASH_BYTES} bytes, got ${bytes.length}`);
  return { tag: hashTag, bytes };
}

/** Decodes `{"fields": [Data, …]}`. The field count is checked by the call (`TooManyFieldsInCommitmentInfo`). */
export function commitmentInfoFromJson(value: unknown, path = "info"): CommitmentInfo {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw badCall(path, '{"fields": [...]}');
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== "fields") throw badCall(path, 'exactly the key "fields"');
  const fields = (value as { fields: unknown }).fields;
  if (!Array.isArray(fields)) throw badCall(`${path}.fields`, "an array");
  return { fields: fields.map((field, i) => commitmentDataFromJson(field, `${path}.fields[${i}]`)) };
}
