/**
 * chain.md §12 storage: the share pools of §12.1 (`TotalHotkeyAlpha`, `TotalHotkeyShares`, `AlphaShares`),
 * `StakingHotkeys` (§2.4, §12.4), delegate takes (§12.6), childkeys (§12.8) and root-claim bookkeeping
 * (§12.9). subtensor pallets/subtensor/src/lib.rs items of the same names.
 *
 * Key layout: positions are `AlphaShares/<hotkey>/<coldkey>/<netuid>` as the spec writes them, so that a
 * coldkey's positions under one hotkey are one prefix scan; `RootClaimed` is keyed netuid first so that
 * dissolution (§6.6 step 1) removes a subnet's entries with one scan.
 */

import type { KeyValueStore } from "../state/keyValueStore.ts";
import {
  bigintCodec,
  type Codec,
  jsonCodec,
  type KeyPart,
  numberCodec,
  StorageMap,
} from "../state/storage.ts";

// --- share pools (§12.1) -------------------------------------------------------------------------

/** `TotalHotkeyAlpha[h][n]`: the value of hotkey `h`'s pool on subnet `n`, alpha-rao (root: rao). */
export const TotalHotkeyAlpha = new StorageMap<[string, number], bigint>(
  "SubtensorModule.TotalHotkeyAlpha",
  bigintCodec,
  0n,
);
/** `TotalHotkeyShares[h][n]`: the share total of hotkey `h`'s pool on subnet `n`. */
export const TotalHotkeyShares = new StorageMap<[string, number], bigint>(
  "SubtensorModule.TotalHotkeyShares",
  bigintCodec,
  0n,
);
/** `AlphaShares[h][c][n]`: coldkey `c`'s shares in hotkey `h`'s pool on subnet `n`. */
export const AlphaShares = new StorageMap<[string, string, number], bigint>(
  "SubtensorModule.AlphaShares",
  bigintCodec,
  0n,
);

const stringListJsonCodec: Codec<readonly string[]> = jsonCodec(
  (list) => [...list],
  (json: string[]) => json,
);

/** The text `stringListCodec` decoded last, and the frozen list it decoded to. */
let lastListText: string | undefined;
let lastList: readonly string[] = [];

/**
 * `stringListJsonCodec`, remembering its last decode: a coldkey's `StakingHotkeys` list is read for every
 * reward the epoch stakes to it, and decoding the same text again yields an equal list. The list is frozen
 * so that sharing it between readers is safe.
 */
const stringListCodec: Codec<readonly string[]> = {
  encode: stringListJsonCodec.encode,
  decode: (text) => {
    if (text !== lastListText) {
      lastList = Object.freeze(stringListJsonCodec.decode(text));
      lastListText = text;
    }
    return lastList;
  },
};

/** `StakingHotkeys[c]`: every hotkey coldkey `c` has ever staked to, in first-stake order (append-only). */
export const StakingHotkeys = new StorageMap<[string], readonly string[]>(
  "SubtensorModule.StakingHotkeys",
  stringListCodec,
  [],
);

// --- delegate take (§12.6) -----------------------------------------------------------------------

/** `Delegates[h]`: the hotkey's delegate take, U16P; absent until a take call or a nominator stake. */
export const Delegates = new StorageMap<[string], number>("SubtensorModule.Delegates", numberCodec, 0);
/** Block of the hotkey's last take change (subtensor `LastTxBlockDelegateTake`); 0 = never. */
export const LastTxBlockDelegateTake = new StorageMap<[string], number>(
  "SubtensorModule.LastTxBlockDelegateTake",
  numberCodec,
  0,
);

// --- childkeys (§12.8) ---------------------------------------------------------------------------

/** A `(proportion U64P, hotkey)` pair of a childkey relation. */
export type KeyProportion = readonly [proportion: bigint, hotkey: string];

const proportionsCodec: Codec<readonly KeyProportion[]> = jsonCodec(
  (list) => list.map(([p, h]) => [p.toString(), h]),
  (json: [string, string][]) => json.map(([p, h]) => [BigInt(p), h] as const),
);

/** `ChildKeys[h][n]`: the children of `h` on `n` with their proportions. */
export const ChildKeys = new StorageMap<[string, number], readonly KeyProportion[]>(
  "SubtensorModule.ChildKeys",
  proportionsCodec,
  [],
);
/** `ParentKeys[h][n]`: the parents of `h` on `n` with the proportion each gives `h`. */
export const ParentKeys = new StorageMap<[string, number], readonly KeyProportion[]>(
  "SubtensorModule.ParentKeys",
  proportionsCodec,
  [],
);

/** A scheduled childkey list (§12.8). */
export type PendingChildren = { readonly children: readonly KeyProportion[]; readonly cooldownBlock: number };

/** `PendingChildKeys[n][h]`: the list `h` scheduled on `n`, applied after `cooldownBlock`. */
export const PendingChildKeys = new StorageMap<[number, string], PendingChildren>(
  "SubtensorModule.PendingChildKeys",
  jsonCodec(
    (p) => ({ children: p.children.map(([q, h]) => [q.toString(), h]), cooldownBlock: p.cooldownBlock }),
    (json: { children: [string, string][]; cooldownBlock: number }) => ({
      children: json.children.map(([q, h]) => [BigInt(q), h] as const),
      cooldownBlock: json.cooldownBlock,
    }),
  ),
  { children: [], cooldownBlock: 0 },
);
/** `ChildkeyTake[h][n]`: the childkey take of `h` on `n`, U16P (default 0). */
export const ChildkeyTake = new StorageMap<[string, number], number>(
  "SubtensorModule.ChildkeyTake",
  numberCodec,
  0,
);
/** Block of the last `set_children` of (h, n) (subtensor `LastRateLimitedBlock::SetChildren`). */
export const LastSetChildrenBlock = new StorageMap<[string, number], number>(
  "SubtensorModule.LastSetChildrenBlock",
  numberCodec,
  0,
);
/** Block of the last childkey take increase of (h, n). */
export const LastChildkeyTakeIncreaseBlock = new StorageMap<[string, number], number>(
  "SubtensorModule.LastChildkeyTakeIncreaseBlock",
  numberCodec,
  0,
);

// --- root claim (§12.9) --------------------------------------------------------------------------

/** `RootClaimable[h][n]`: root dividends claimable per rao of root stake on `h`, F18. */
export const RootClaimable = new StorageMap<[string, number], bigint>(
  "SubtensorModule.RootClaimable",
  bigintCodec,
  0n,
);
/** `RootClaimed[(n, h, c)]`: what (h, c) has already claimed (or was credited as claimed) on `n`. */
export const RootClaimed = new StorageMap<[number, string, string], bigint>(
  "SubtensorModule.RootClaimed",
  bigintCodec,
  0n,
);

/** How a coldkey takes its root dividends (§12.9): sold to TAO and staked on root, or kept as alpha. */
export type RootClaimTypeValue = "Swap" | "Keep";

/** `RootClaimType[c]`: the coldkey's claim type; `Swap` while unset. */
export const RootClaimType = new StorageMap<[string], RootClaimTypeValue>(
  "SubtensorModule.RootClaimType",
  { encode: (v) => v, decode: (s) => (s === "Keep" ? "Keep" : "Swap") },
  "Swap",
);

// --- helpers -------------------------------------------------------------------------------------

/** Removes every entry of `map` whose key part at `index` is `netuid` (a full scan of the map). */
export function removeWhereNetuid<K extends readonly KeyPart[], V>(
  store: KeyValueStore,
  map: StorageMap<K, V>,
  index: number,
  netuid: number,
): void {
  for (const [parts] of map.entries(store)) {
    if (Number(parts[index]) === netuid) store.delete(map.key(parts));
  }
}
