/** clampBurn (chain.md §11.2): floor first, ceiling last, as subtensor. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { clampBurn } from "./clampBurn.ts";

describe("clampBurn (chain.md §11.2)", () => {
  test("within, below and above the range", () => {
    assert.equal(clampBurn(7n, 5n, 9n), 7n, "within");
    assert.equal(clampBurn(1n, 5n, 9n), 5n, "below");
    assert.equal(clampBurn(10n, 5n, 9n), 9n, "above");
  });

  test("minBurn > maxBurn: the ceiling is applied last and wins", () => {
    assert.equal(clampBurn(1n, 9n, 5n), 5n, "below both");
    assert.equal(clampBurn(7n, 9n, 5n), 5n, "between");
  });
});
