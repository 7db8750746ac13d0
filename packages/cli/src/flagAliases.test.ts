import assert from "node:assert/strict";
import { test } from "node:test";
import { normalizeFlags } from "./flagAliases.ts";

test("SDK and btcli spellings become one", () => {
  assert.deepEqual(
    normalizeFlags(["--wallet.name", "a", "--wallet.path=/w", "-H", "h", "--json-output", "-y", "--name=b"]),
    ["--wallet-name", "a", "--wallet-path=/w", "--hotkey", "h", "--json", "--no-prompt", "--wallet-name=b"],
  );
});

test("operands after -- are left alone", () => {
  assert.deepEqual(normalizeFlags(["--", "--name"]), ["--", "--name"]);
});
