/**
 * chain.md §14 Commitments pallet state (subtensor `pallets/commitments/src/lib.rs`: `CommitmentOf`,
 * `LastCommitment`, `UsedSpaceOf`) and the `Data` fields a commitment holds. Keys read
 * `Commitments.<Item>/<netuid>/<hotkey>`.
 */
import { fromHex, type JsonValue, toHex } from "@opentao/primitives";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { jsonCodec, numberCodec, StorageMap } from "../state/storage.ts";

/** The hash variants of `Data`, each exactly 32 bytes. */
export const COMMITMENT_HASH_TAGS = ["BlakeTwo256", "Sha256", "Keccak256", "ShaThree256"] as const;
export type CommitmentHashTag = (typeof COMMITMENT_HASH_TAGS)[number];

/** One commitment field (chain.md §14 `Data`): none, raw bytes (≤ 128), big raw bytes (≤ 512), or a hash. */
export type CommitmentData =
  | { readonly tag: "None" }
  | { readonly tag: "Raw" | "BigRaw" | CommitmentHashTag; readonly bytes: Uint8Array };

/** `{"fields": [Data, …]}`. */
export type CommitmentInfo = { readonly fields: readonly CommitmentData[] };

/** A stored commitment: the info and the block it was set in. */
export type Registration = { readonly info: CommitmentInfo; readonly block: number };

/** Space use of one hotkey on one subnet within one epoch (subtensor `UsageTracker`). */
export type UsageTracker = { readonly lastEpoch: number; readonly usedSpace: number };

/** chain.md §3.1 JSON form of a field: `"None"` or `{"<Tag>": "0x…"}`. */
export function commitmentDataToJson(data: CommitmentData): JsonValue {
  return data.tag === "None" ? "None" : { [data.tag]: toHex(data.bytes) };
}

function commitmentDataFromJson(json: JsonValue): CommitmentData {
  if (json === "None") return { tag: "None" };
  const [tag, hex] = Object.entries(json as Record<string, string>)[0]!;
  return { tag: tag as Exclude<CommitmentData["tag"], "None">, bytes: fromHex(hex) };
}

/** `CommitmentOf[n][hotkey]`. */
export const CommitmentOf = new StorageMap<[number, string], Registration | null>(
  "Commitments.CommitmentOf",
  jsonCodec(
    (r) =>
      r === null ? null : { block: r.block, info: { fields: r.info.fields.map(commitmentDataToJson) } },
    (j: { block: number; info: { fields: JsonValue[] } } | null) =>
      j === null ? null : { block: j.block, info: { fields: j.info.fields.map(commitmentDataFromJson) } },
  ),
  null,
);

/** `LastCommitment[n][hotkey]`: block of the hotkey's last commitment on the subnet. */
export const LastCommitment = new StorageMap<[number, string], number>(
  "Commitments.LastCommitment",
  numberCodec,
  0,
);

/** `UsedSpaceOf[n][hotkey]`: bytes used in the epoch `lastEpoch`. */
export const UsedSpaceOf = new StorageMap<[number, string], UsageTracker>(
  "Commitments.UsedSpaceOf",
  jsonCodec(
    (u) => [u.lastEpoch, u.usedSpace],
    (j: [number, number]) => ({ lastEpoch: j[0], usedSpace: j[1] }),
  ),
  { lastEpoch: 0, usedSpace: 0 },
);

/** Removes every commitment item of `netuid` (chain.md §6.6 step 3: dissolution). */
export function removeSubnetCommitments(store: KeyValueStore, netuid: number): void {
  for (const item of [CommitmentOf, LastCommitment, UsedSpaceOf] as const) {
    for (const [parts] of item.entries(store, netuid)) store.delete(item.key(parts));
  }
}
