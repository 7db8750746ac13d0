import assert from "node:assert/strict";
import { test } from "node:test";
import { chainWithSubnet, TAO } from "../subnets/_testChain.ts";
import { Burn, MaxBurn, MinBurn } from "../subnets/hyperparameters.ts";
import { decayBurns } from "./decayBurns.ts";

test("Appendix A burn decay: 1 TAO, half-life 360, 360 blocks, no clamp → 499,999,865 rao", () => {
  const chain = chainWithSubnet({ fastBlocks: true });
  MinBurn.set(chain.store, 0n, 1);
  assert.equal(Burn.get(chain.store, 1), TAO, "1 TAO at creation");
  for (let now = 2; now <= 361; now++) decayBurns(chain.store, { now });
  assert.equal(Burn.get(chain.store, 1), 499_999_865n);
  assert.equal(Burn.has(chain.store, 0), false, "root has no burn");
});

test("burn decay clamps to [minBurn, maxBurn]; blocks 0 and 1 only clamp", () => {
  const chain = chainWithSubnet({ fastBlocks: true });
  Burn.set(chain.store, 500n * TAO, 1);
  decayBurns(chain.store, { now: 1 });
  assert.equal(Burn.get(chain.store, 1), MaxBurn.get(chain.store, 1));
  Burn.set(chain.store, 1n, 1);
  decayBurns(chain.store, { now: 5 });
  assert.equal(Burn.get(chain.store, 1), MinBurn.get(chain.store, 1));
});
