import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { toHex } from "@opentao/primitives";
import { MemoryStore, Overlay } from "./keyValueStore.ts";
import { stateRoot } from "./stateRoot.ts";
import { bigintCodec, jsonCodec, StorageMap, StorageValue } from "./storage.ts";

const Issuance = new StorageValue("Test.Issuance", bigintCodec, 0n);
const Stake = new StorageMap<[number, string], bigint>("Test.Stake", bigintCodec, 0n);
const Record = new StorageMap<[string], { a: bigint; b: number }>(
  "Test.Record",
  jsonCodec(
    (v) => ({ a: v.a.toString(), b: v.b }),
    (j: { a: string; b: number }) => ({ a: BigInt(j.a), b: j.b }),
  ),
  { a: 0n, b: 0 },
);

describe("overlay", () => {
  test("writes stay in the overlay until commit, deletions included", () => {
    const base = new MemoryStore();
    Issuance.set(base, 5n);
    Stake.set(base, 7n, 1, "x");
    const overlay = new Overlay(base);
    Issuance.set(overlay, 9n);
    Stake.remove(overlay, 1, "x");
    assert.equal(Issuance.get(overlay), 9n);
    assert.equal(Stake.has(overlay, 1, "x"), false);
    assert.equal(Issuance.get(base), 5n, "the parent is untouched before commit");
    assert.equal(Stake.get(base, 1, "x"), 7n);
    overlay.commit();
    assert.equal(Issuance.get(base), 9n);
    assert.equal(Stake.has(base, 1, "x"), false);
  });

  test("a discarded overlay leaves no trace", () => {
    const base = new MemoryStore();
    const before = toHex(stateRoot(base));
    const overlay = new Overlay(base);
    Record.set(overlay, { a: 1n, b: 2 }, "k");
    assert.equal(toHex(stateRoot(base)), before);
  });

  test("prefix scans merge parent and overlay in numeric key order", () => {
    const base = new MemoryStore();
    Stake.set(base, 1n, 10, "a");
    Stake.set(base, 2n, 9, "a");
    const overlay = new Overlay(base);
    Stake.set(overlay, 3n, 100, "a");
    Stake.remove(overlay, 9, "a");
    assert.deepEqual(
      Stake.entries(overlay).map(([parts, v]) => [Number(parts[0]), parts[1], v]),
      [
        [10, "a", 1n],
        [100, "a", 3n],
      ],
    );
    assert.deepEqual(Stake.entries(overlay, 100), [[["0000000100", "a"], 3n]]);
  });
});

describe("state root", () => {
  test("is independent of write order and changes with any entry", () => {
    const a = new MemoryStore();
    const b = new MemoryStore();
    Stake.set(a, 1n, 1, "x");
    Stake.set(a, 2n, 2, "y");
    Stake.set(b, 2n, 2, "y");
    Stake.set(b, 1n, 1, "x");
    assert.deepEqual(stateRoot(a), stateRoot(b));
    Stake.set(b, 3n, 2, "y");
    assert.notDeepEqual(stateRoot(a), stateRoot(b));
  });

  test("length prefixes keep key/value boundaries apart", () => {
    const a = new MemoryStore([["ab", "c"]]);
    const b = new MemoryStore([["a", "bc"]]);
    assert.notDeepEqual(stateRoot(a), stateRoot(b));
  });
});

test("bad key parts are refused", () => {
  const store = new MemoryStore();
  assert.throws(() => Stake.set(store, 1n, -1, "x"), /is not a u32/);
  assert.throws(() => Stake.set(store, 1n, 1, "a/b"), /contains '\/'/);
});

describe("ordered index", () => {
  test("prefix scans stay exact through interleaved writes, deletions, re-additions and commits", () => {
    const base = new MemoryStore();
    const overlay = new Overlay(base);
    // Plain maps hold the truth: what base holds, and what the overlay changed (null = deleted).
    const baseModel = new Map<string, string>();
    const overlayModel = new Map<string, string | null>();
    let seed = 7;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const expectedKeys = (prefix: string, withOverlay: boolean) => {
      const keys = new Set(baseModel.keys());
      if (withOverlay) for (const [k, v] of overlayModel) v === null ? keys.delete(k) : keys.add(k);
      return [...keys].filter((k) => k.startsWith(prefix)).sort();
    };
    for (let step = 0; step < 3000; step++) {
      const key = `M/${next(3)}/${next(40)}`;
      const value = next(3) === 0 ? null : String(step);
      if (next(4) === 0) {
        if (value === null) base.delete(key);
        else base.set(key, value);
        if (value === null) baseModel.delete(key);
        else baseModel.set(key, value);
      } else {
        if (value === null) overlay.delete(key);
        else overlay.set(key, value);
        overlayModel.set(key, value);
      }
      if (step % 97 === 0) {
        overlay.commit();
        for (const [k, v] of overlayModel) v === null ? baseModel.delete(k) : baseModel.set(k, v);
        overlayModel.clear();
      }
      if (step % 13 === 0) {
        const prefix = `M/${next(3)}/`;
        assert.deepEqual(
          overlay.keysWithPrefix(prefix),
          expectedKeys(prefix, true),
          `overlay at step ${step}`,
        );
        assert.deepEqual(base.keysWithPrefix(prefix), expectedKeys(prefix, false), `base at step ${step}`);
      }
    }
  });
});

describe("ordered index buckets", () => {
  test("keys of many items, '/'-less keys included, scan in code-unit order under any prefix", () => {
    const names = ["A", "A.B", "A.", "AB", "A/x", "B", "Bz", "", "/", "A.B/c/d", "a", "Z.Q"];
    const base = new MemoryStore();
    const overlay = new Overlay(base);
    const model = new Map<string, string>();
    let seed = 11;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const randomKey = () => {
      const name = names[next(names.length)]!;
      return next(4) === 0 ? name : `${name}/${next(5)}${next(2) === 0 ? "" : `/${next(3)}`}`;
    };
    const prefixes = ["", "A", "A.", "A.B", "A/", "A.B/", "A/x", "B", "/", "Z", "A/1", "A.B/c/", "a/"];
    for (let step = 0; step < 4000; step++) {
      const key = randomKey();
      if (next(3) === 0) {
        overlay.delete(key);
        model.delete(key);
      } else {
        overlay.set(key, String(step));
        model.set(key, String(step));
      }
      if (step % 211 === 0) overlay.commit();
      if (step % 7 === 0) {
        const prefix = prefixes[next(prefixes.length)]!;
        const expected = [...model.keys()].filter((k) => k.startsWith(prefix)).sort();
        assert.deepEqual(overlay.keysWithPrefix(prefix), expected, `overlay, step ${step}, "${prefix}"`);
      }
    }
    overlay.commit();
    assert.deepEqual(base.keysWithPrefix(""), [...model.keys()].sort());
  });
});

test("update writes only a changed encoding, and reads the same as set", () => {
  const base = new MemoryStore();
  Stake.set(base, 5n, 1, "x");
  const overlay = new Overlay(base);
  Stake.update(overlay, 5n, 1, "x");
  assert.deepEqual(overlay.changes(), [], "an equal value is not written");
  Stake.update(overlay, 0n, 2, "y");
  Stake.update(overlay, 6n, 1, "x");
  assert.deepEqual(overlay.changes(), [
    [Stake.key([1, "x"]), "6"],
    [Stake.key([2, "y"]), "0"],
  ]);
  assert.equal(Stake.get(overlay, 2, "y"), 0n);
  assert.equal(Stake.has(overlay, 2, "y"), true, "the fallback value is still written when absent");
});

test("key parts: small and large u32s pad to 10 digits", () => {
  assert.equal(Stake.key([0, "a"]), "Test.Stake/0000000000/a");
  assert.equal(Stake.key([65_535, "a"]), "Test.Stake/0000065535/a");
  assert.equal(Stake.key([65_536, "a"]), "Test.Stake/0000065536/a");
  assert.equal(Stake.key([0xffffffff, "a"]), "Test.Stake/4294967295/a");
  assert.throws(() => Stake.key([1.5, "a"]), /is not a u32/);
  assert.throws(() => Stake.key([2 ** 32, "a"]), /is not a u32/);
});
