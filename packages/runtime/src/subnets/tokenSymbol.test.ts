import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenSymbol } from "./tokenSymbol.ts";

test("token symbols: τ for root, α…ω for netuids 1–24, SN<netuid> after", () => {
  const cases: [number, string][] = [
    [0, "τ"],
    [1, "α"],
    [2, "β"],
    [19, "τ"],
    [23, "ψ"],
    [24, "ω"],
    [25, "SN25"],
    [128, "SN128"],
  ];
  for (const [netuid, symbol] of cases) assert.equal(tokenSymbol(netuid), symbol, `netuid ${netuid}`);
});
