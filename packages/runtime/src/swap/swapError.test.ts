/** SwapError: the three chain.md §20 names and their pinned message text. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { TaoError } from "@opentao/primitives";
import { SwapError } from "./swapError.ts";

describe("SwapError", () => {
  test("SwapInputTooLarge: full message pinned", () => {
    const error = new SwapError("SwapInputTooLarge", { net: 1_001n, tau: 1n });
    assert.ok(error instanceof TaoError, "a TaoError");
    assert.equal(error.name, "SwapError", "name");
    assert.equal(error.error, "SwapInputTooLarge", "error");
    assert.equal(
      error.message,
      [
        "The swap input is more than 1000 times the pool's input-side reserve.",
        "",
        "- Swap a smaller amount: one swap may bring in at most 1000 × the reserve it adds to.",
        "",
        "Details: net=1001, tau=1",
        "Spec: chain.md §9",
      ].join("\n"),
      "message",
    );
  });

  test("ReservesTooLow and PriceLimitExceeded: short messages pinned", () => {
    assert.equal(
      new SwapError("ReservesTooLow", {}).shortMessage,
      "The pool's reserves are too low for this swap.",
      "ReservesTooLow",
    );
    assert.equal(
      new SwapError("PriceLimitExceeded", {}).shortMessage,
      "The pool price is already at or past the limit price.",
      "PriceLimitExceeded",
    );
  });
});
