/**
 * chain.md §11.1 per-UID state, §11.5 validator permits, §11.6 serving records, and the epoch vectors of
 * §10.5 that registration pushes and replacement zeroes (subtensor pallets/subtensor/src/lib.rs items of
 * the same names; subtensor keeps the vectors as one `Vec` per netuid, v1 keeps one entry per uid so that
 * append and replace touch only their own uid). UIDs are dense `0..SubnetworkN−1`.
 */
import { fromHex, toHex } from "@opentao/primitives";
import type { SparseRowU16 } from "../epoch/epochTypes.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";
import {
  bigintCodec,
  booleanCodec,
  type Codec,
  jsonCodec,
  type KeyPart,
  numberCodec,
  StorageMap,
  stringCodec,
} from "../state/storage.ts";

// --- uids ----------------------------------------------------------------------------------------

/** `SubnetworkN[n]`: the number of UIDs. */
export const SubnetworkN = new StorageMap<[number], number>("SubtensorModule.SubnetworkN", numberCodec, 0);
/** `Keys[n][uid]`: the hotkey of a uid. */
export const Keys = new StorageMap<[number, number], string>("SubtensorModule.Keys", stringCodec, "");
/** `Uids[n][hotkey]`: the uid of a registered hotkey. */
export const Uids = new StorageMap<[number, string], number>("SubtensorModule.Uids", numberCodec, 0);
/** `BlockAtRegistration[n][uid]`. */
export const BlockAtRegistration = new StorageMap<[number, number], number>(
  "SubtensorModule.BlockAtRegistration",
  numberCodec,
  0,
);
/** `LastUpdate[n][uid]`: block of the uid's last weights (registration counts). */
export const LastUpdate = new StorageMap<[number, number], number>(
  "SubtensorModule.LastUpdate",
  numberCodec,
  0,
);

// --- epoch vectors (§10.5), written by the epoch -------------------------------------------------

/** `Active[n][uid]`: updated within the activity cutoff at the last epoch. */
export const Active = new StorageMap<[number, number], boolean>(
  "SubtensorModule.Active",
  booleanCodec,
  false,
);
/** `Emission[n][uid]`: alpha-rao of the last epoch; the prune order's first key (§11.4). */
export const Emission = new StorageMap<[number, number], bigint>("SubtensorModule.Emission", bigintCodec, 0n);
/** `Consensus[n][uid]`, raw u16 (/65535). */
export const Consensus = new StorageMap<[number, number], number>(
  "SubtensorModule.Consensus",
  numberCodec,
  0,
);
/** `Incentive[n][uid]`, raw u16. */
export const Incentive = new StorageMap<[number, number], number>(
  "SubtensorModule.Incentive",
  numberCodec,
  0,
);
/** `Dividends[n][uid]`, raw u16. */
export const Dividends = new StorageMap<[number, number], number>(
  "SubtensorModule.Dividends",
  numberCodec,
  0,
);
/** `ValidatorTrust[n][uid]`, raw u16. */
export const ValidatorTrust = new StorageMap<[number, number], number>(
  "SubtensorModule.ValidatorTrust",
  numberCodec,
  0,
);
/** `StakeWeight[n][uid]`: normalised stake weight as u16 (the epoch's `stakeWeight`). */
export const StakeWeight = new StorageMap<[number, number], number>(
  "SubtensorModule.StakeWeight",
  numberCodec,
  0,
);
/** `ValidatorPermit[n][uid]` (§11.5): computed by the epoch, read by the next one and by set_weights. */
export const ValidatorPermit = new StorageMap<[number, number], boolean>(
  "SubtensorModule.ValidatorPermit",
  booleanCodec,
  false,
);

/** The weight and bond rows' codec through the generic canonical JSON path. */
const sparseRowJsonCodec = jsonCodec<SparseRowU16>(
  (row) => row.map(([uid, value]) => [uid, value]),
  (json: [number, number][]) => json.map(([uid, value]) => [uid, value] as const),
);

/**
 * A row as `[[uid,value],…]`, written directly: for finite numbers this is byte for byte what
 * `sparseRowJsonCodec` writes through canonicalJson (arrays keep their order, numbers render as
 * ECMAScript's Number::toString, no white space), at a fraction of the cost — the epoch writes every
 * validator's bond row. Anything else (a non-finite or non-number entry) takes the generic path, which
 * throws as before.
 */
export const sparseRowCodec: Codec<SparseRowU16> = {
  encode: (row) => {
    let text = "[";
    for (let i = 0; i < row.length; i++) {
      const pair = row[i]!;
      const uid = pair[0];
      const value = pair[1];
      if (!Number.isFinite(uid) || !Number.isFinite(value)) return sparseRowJsonCodec.encode(row);
      text += i === 0 ? `[${uid},${value}]` : `,[${uid},${value}]`;
    }
    return `${text}]`;
  },
  decode: (text) => parseRow(text) ?? sparseRowJsonCodec.decode(text),
};

/**
 * Reads `[[a,b],…]` whose numbers are plain decimal integers of at most 15 digits without leading zeros
 * (exact as doubles, so the same numbers JSON.parse yields); null for any other text, which the caller
 * hands to JSON.parse — every stored row is of this form, so that path only serves malformed text.
 */
function parseRow(text: string): (readonly [number, number])[] | null {
  const end = text.length - 1;
  if (end < 1 || text.charCodeAt(0) !== 0x5b || text.charCodeAt(end) !== 0x5d) return null;
  const row: (readonly [number, number])[] = [];
  if (end === 1) return row;
  let i = 1;
  for (;;) {
    if (text.charCodeAt(i) !== 0x5b) return null;
    const first = readInteger(text, i + 1, 0x2c);
    if (first < 0) return null;
    const second = readInteger(text, next, 0x5d);
    if (second < 0) return null;
    row.push([first, second]);
    i = next;
    const c = text.charCodeAt(i);
    if (c === 0x5d) return i === end ? row : null;
    if (c !== 0x2c) return null;
    i += 1;
  }
}

/** The index after the terminator `readInteger` last consumed. */
let next = 0;

/** The integer at `at` up to the code unit `terminator` (sets `next` past it), or −1 if not one. */
function readInteger(text: string, at: number, terminator: number): number {
  let i = at;
  let value = 0;
  let c = text.charCodeAt(i);
  while (c >= 0x30 && c <= 0x39) {
    value = value * 10 + (c - 0x30);
    c = text.charCodeAt(++i);
  }
  const digits = i - at;
  if (c !== terminator || digits === 0 || digits > 15 || (digits > 1 && text.charCodeAt(at) === 0x30))
    return -1;
  next = i + 1;
  return value;
}

/** `Weights[n][uid]`: the uid's weight row, `[dest uid, u16]` pairs as stored (§13). */
export const Weights = new StorageMap<[number, number], SparseRowU16>(
  "SubtensorModule.Weights",
  sparseRowCodec,
  [],
);
/** `Bonds[n][uid]`: the uid's bond row as the epoch persisted it. */
export const Bonds = new StorageMap<[number, number], SparseRowU16>(
  "SubtensorModule.Bonds",
  sparseRowCodec,
  [],
);

// --- serving (§11.6) -----------------------------------------------------------------------------

export type AxonInfo = {
  readonly block: number;
  readonly version: number;
  /** u128. */
  readonly ip: bigint;
  readonly port: number;
  readonly ipType: number;
  readonly protocol: number;
  readonly placeholder1: number;
  readonly placeholder2: number;
};

export type PrometheusInfo = {
  readonly block: number;
  readonly version: number;
  /** u128. */
  readonly ip: bigint;
  readonly port: number;
  readonly ipType: number;
};

/** A TLS certificate (§11.6): byte 0 the algorithm, then a public key of at most 64 bytes. */
export type NeuronCertificate = { readonly algorithm: number; readonly publicKey: Uint8Array };

/** `Axons[n][hotkey]`. */
export const Axons = new StorageMap<[number, string], AxonInfo | null>(
  "SubtensorModule.Axons",
  jsonCodec(
    (a) => (a === null ? null : { ...a, ip: a.ip.toString() }),
    (j: (Omit<AxonInfo, "ip"> & { ip: string }) | null) => (j === null ? null : { ...j, ip: BigInt(j.ip) }),
  ),
  null,
);

/** `Prometheus[n][hotkey]`. */
export const Prometheus = new StorageMap<[number, string], PrometheusInfo | null>(
  "SubtensorModule.Prometheus",
  jsonCodec(
    (p) => (p === null ? null : { ...p, ip: p.ip.toString() }),
    (j: (Omit<PrometheusInfo, "ip"> & { ip: string }) | null) =>
      j === null ? null : { ...j, ip: BigInt(j.ip) },
  ),
  null,
);

/** `NeuronCertificates[n][hotkey]`. */
export const NeuronCertificates = new StorageMap<[number, string], NeuronCertificate | null>(
  "SubtensorModule.NeuronCertificates",
  jsonCodec(
    (c) => (c === null ? null : { algorithm: c.algorithm, publicKey: toHex(c.publicKey) }),
    (j: { algorithm: number; publicKey: string } | null) =>
      j === null ? null : { algorithm: j.algorithm, publicKey: fromHex(j.publicKey) },
  ),
  null,
);

// --- reads ---------------------------------------------------------------------------------------

/** True when `hotkey` has a UID on `netuid`. */
export function isHotkeyRegisteredOnNetwork(store: KeyValueStore, netuid: number, hotkey: string): boolean {
  return Uids.has(store, netuid, hotkey);
}

/** The uid of `hotkey` on `netuid`, or null. */
export function uidOfHotkey(store: KeyValueStore, netuid: number, hotkey: string): number | null {
  return Uids.has(store, netuid, hotkey) ? Uids.get(store, netuid, hotkey) : null;
}

/** A per-uid or per-hotkey item of a subnet, as dissolution sees it. */
type NetuidKeyedItem = { key(parts: readonly KeyPart[]): string };

/** Every item of this file keyed by (netuid, …), for dissolution (chain.md §6.6 step 3). */
export const NEURON_ITEMS: readonly NetuidKeyedItem[] = [
  Keys,
  Uids,
  BlockAtRegistration,
  LastUpdate,
  Active,
  Emission,
  Consensus,
  Incentive,
  Dividends,
  ValidatorTrust,
  StakeWeight,
  ValidatorPermit,
  Weights,
  Bonds,
  Axons,
  Prometheus,
  NeuronCertificates,
];
