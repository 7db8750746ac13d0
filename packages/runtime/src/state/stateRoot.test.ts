/**
 * The state root's fast path (a MemoryStore's kept entry digests, and overlays laid over them) must give
 * the same root as reading every entry, through any sequence of writes and commits: these compare both
 * with each other and with the root recomputed from its definition over a plain map of the expected state.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { blake2b256, toHex } from "@opentao/primitives";
import { mulberry32 } from "../../../../test/mulberry32.ts";
import { type KeyValueStore, MemoryStore, Overlay } from "./keyValueStore.ts";
import { genericStateRoot, stateRoot } from "./stateRoot.ts";

/** The root from its definition: blake2b-256 over each entry's blake2b-256(u32le ‖ key ‖ u32le ‖ value). */
function referenceRoot(state: ReadonlyMap<string, string>): string {
  const utf8 = new TextEncoder();
  const prefixed = (text: string) => {
    const bytes = utf8.encode(text);
    const out = new Uint8Array(4 + bytes.length);
    new DataView(out.buffer).setUint32(0, bytes.length, true);
    out.set(bytes, 4);
    return out;
  };
  const keys = [...state.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const digests = new Uint8Array(32 * keys.length);
  keys.forEach((key, i) => {
    const k = prefixed(key);
    const v = prefixed(state.get(key)!);
    const preimage = new Uint8Array(k.length + v.length);
    preimage.set(k);
    preimage.set(v, k.length);
    digests.set(blake2b256(preimage), 32 * i);
  });
  return toHex(blake2b256(digests));
}

/** A store with neither capability, so that its root, and those of overlays over it, read every entry. */
class PlainStore implements KeyValueStore {
  readonly #inner = new MemoryStore();
  get(key: string): string | undefined {
    return this.#inner.get(key);
  }
  set(key: string, value: string): void {
    this.#inner.set(key, value);
  }
  delete(key: string): void {
    this.#inner.delete(key);
  }
  keysWithPrefix(prefix: string): string[] {
    return this.#inner.keysWithPrefix(prefix);
  }
}

/** The model of a layer: what it holds (base) or changed (overlays, null = deleted). */
type Model = Map<string, string | null>;

function viewOf(models: readonly Model[]): Map<string, string> {
  const view = new Map<string, string>();
  for (const model of models) {
    for (const [key, value] of model) {
      if (value === null) view.delete(key);
      else view.set(key, value);
    }
  }
  return view;
}

describe("state root fast path", () => {
  test("a small store's root is the definition's (the root is unchanged)", () => {
    const state = new Map([
      ["A/1", "x"],
      ["A/2", "yé"],
      ["B", ""],
      ["Ω/0000000001", "long ".repeat(100)],
    ]);
    const store = new MemoryStore(state);
    assert.equal(toHex(stateRoot(store)), referenceRoot(state));
    assert.equal(toHex(genericStateRoot(store)), referenceRoot(state));
    assert.equal(toHex(stateRoot(new MemoryStore())), referenceRoot(new Map()));
  });

  for (const seed of [1, 2, 3, 4]) {
    test(`random writes, deletions, re-additions and commits through 3 overlays (seed ${seed})`, () => {
      const random = mulberry32(seed);
      const below = (n: number) => random() % n;
      const base = new MemoryStore();
      // layers[0] is the base; layers[i] an overlay over layers[i - 1].
      const layers: KeyValueStore[] = [base];
      const models: Model[] = [new Map()];
      for (let i = 1; i <= 3; i++) {
        layers.push(new Overlay(layers[i - 1]!));
        models.push(new Map());
      }
      const items = ["A", "A.B", "B", "Neurons.Bonds", "Z"];
      const randomKey = () => {
        const item = items[below(items.length)]!;
        return below(6) === 0 ? item : `${item}/${String(below(4)).padStart(10, "0")}/${below(30)}`;
      };
      const check = (label: string) => {
        for (let i = 0; i < layers.length; i++) {
          const expected = referenceRoot(viewOf(models.slice(0, i + 1)));
          assert.equal(toHex(stateRoot(layers[i]!)), expected, `${label}: fast root of layer ${i}`);
          assert.equal(toHex(genericStateRoot(layers[i]!)), expected, `${label}: generic root of layer ${i}`);
        }
      };
      for (let step = 0; step < 1500; step++) {
        const at = below(4);
        const key = randomKey();
        const layer = layers[at]!;
        const model = models[at]!;
        if (below(3) === 0) {
          layer.delete(key);
          if (at === 0) model.delete(key);
          else model.set(key, null);
        } else {
          // Few distinct values, so that a key often goes back to a value it had (memo hits and misses).
          const value = below(2) === 0 ? `v${below(3)}` : `value ${step} ${"é".repeat(below(3))}`;
          layer.set(key, value);
          model.set(key, value);
        }
        if (below(40) === 0) {
          // Commit overlay i into its parent.
          const i = 1 + below(3);
          (layers[i] as Overlay).commit();
          const parent = models[i - 1]!;
          for (const [k, v] of models[i]!) {
            if (i - 1 === 0 && v === null) parent.delete(k);
            else parent.set(k, v);
          }
          models[i]!.clear();
        }
        if (step % 7 === 0) check(`step ${step}`);
      }
      check("end");
    });
  }

  test("a base's kept digests cannot go stale: changes in place, additions, deletions, direct writes", () => {
    const random = mulberry32(99);
    const state = new Map<string, string>();
    const base = new MemoryStore();
    for (let i = 0; i < 500; i++) {
      base.set(`M/${i}`, `v${i}`);
      state.set(`M/${i}`, `v${i}`);
    }
    assert.equal(toHex(stateRoot(base)), referenceRoot(state), "first root, digests kept from here");
    for (let round = 0; round < 30; round++) {
      const overlay = new Overlay(base);
      const kind = round % 3;
      for (let n = 0; n < 1 + (random() % 20); n++) {
        const key = `M/${random() % (kind === 0 ? 500 : 700)}`;
        // 0: values changed in place only; 1: keys come and go; 2: delete then re-add, same value.
        if (kind === 0) {
          if (!state.has(key)) continue;
          overlay.set(key, `r${round}`);
          state.set(key, `r${round}`);
        } else if (kind === 1 && random() % 2 === 0) {
          overlay.delete(key);
          state.delete(key);
        } else if (kind === 1) {
          overlay.set(key, `r${round}`);
          state.set(key, `r${round}`);
        } else if (state.has(key)) {
          const value = state.get(key)!;
          base.delete(key);
          base.set(key, value);
        }
      }
      assert.equal(toHex(stateRoot(overlay)), referenceRoot(state), `round ${round}: overlay`);
      overlay.commit();
      assert.equal(toHex(stateRoot(base)), referenceRoot(state), `round ${round}: base after commit`);
      assert.equal(
        toHex(stateRoot(new Overlay(base))),
        referenceRoot(state),
        `round ${round}: empty overlay`,
      );
      // A direct write to the base after its digests were brought up to date.
      base.set("M/direct", `d${round}`);
      state.set("M/direct", `d${round}`);
      assert.equal(toHex(stateRoot(base)), referenceRoot(state), `round ${round}: direct write`);
    }
  });

  test("more writes than entries between two roots (the kept digests are dropped and rebuilt)", () => {
    const state = new Map<string, string>();
    const base = new MemoryStore([["K", "0"]]);
    state.set("K", "0");
    stateRoot(base);
    for (let i = 0; i < 3000; i++) {
      base.set(`N/${i}`, String(i));
      state.set(`N/${i}`, String(i));
      if (i % 2 === 0) {
        base.delete(`N/${i}`);
        state.delete(`N/${i}`);
      }
    }
    assert.equal(toHex(stateRoot(base)), referenceRoot(state));
    base.set("K", "1");
    state.set("K", "1");
    assert.equal(toHex(stateRoot(base)), referenceRoot(state));
  });

  test("overlays over a store without kept digests take the generic path, with the same root", () => {
    const plain = new PlainStore();
    const memory = new MemoryStore();
    for (const store of [plain, memory]) {
      for (let i = 0; i < 50; i++) store.set(`P/${i}`, `v${i}`);
    }
    const overPlain = new Overlay(new Overlay(plain));
    const overMemory = new Overlay(new Overlay(memory));
    for (const overlay of [overPlain, overMemory]) {
      overlay.set("P/7", "changed");
      overlay.delete("P/8");
      overlay.set("Q", "new");
    }
    assert.deepEqual(stateRoot(overPlain), stateRoot(overMemory));
    assert.deepEqual(stateRoot(plain), stateRoot(memory));
  });
});
