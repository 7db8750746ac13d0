#!/usr/bin/env node
// Node 20's test runner takes no glob patterns, so this finds every *.test.ts itself and hands the
// list to `node --test` (through tsx). Extra arguments narrow the run to paths containing them.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const roots = ["packages", "subnets", "test", "bench", "scripts"];
const skipDirs = new Set(["node_modules", "dist", ".opentao", "vectors"]);

function findTests(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return skipDirs.has(entry.name) ? [] : findTests(path);
      return entry.name.endsWith(".test.ts") ? [path] : [];
    });
}

const filters = process.argv.slice(2);
const files = roots
  .flatMap(findTests)
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)));
if (files.length === 0) {
  console.error(`no test files match ${filters.join(" ") || "*.test.ts"}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...files], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
