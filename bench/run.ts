/**
 * `npm run bench [-- <filter>]`: runs every bench/*.bench.ts (see harness.ts for the interface), prints
 * a table, and rewrites bench/RESULTS.md with the figures and the machine they were measured on.
 * With a filter, only benchmarks whose name contains it run, and RESULTS.md is left as it is so that
 * it always holds one complete run.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { arch, availableParallelism, cpus, loadavg, release, totalmem, type } from "node:os";
import { fileURLToPath } from "node:url";
import { type Benchmark, type BenchmarkResult, formatNumber, formatTarget, meetsTarget } from "./harness.ts";

const benchDir = new URL("./", import.meta.url);
const resultsUrl = new URL("./RESULTS.md", benchDir);

type Outcome = {
  readonly file: string;
  readonly benchmark: Benchmark;
  readonly result?: BenchmarkResult;
  readonly error?: string;
};

function isBenchmarkList(value: unknown): value is readonly Benchmark[] {
  return (
    Array.isArray(value) &&
    value.every(
      (b: unknown) =>
        typeof b === "object" &&
        b !== null &&
        typeof (b as Benchmark).name === "string" &&
        typeof (b as Benchmark).run === "function",
    )
  );
}

async function loadBenchmarks(): Promise<{ file: string; benchmark: Benchmark }[]> {
  // Sorted so that the table, and any interference between files, is the same on every run.
  const files = readdirSync(benchDir)
    .filter((name) => name.endsWith(".bench.ts"))
    .sort();
  const found: { file: string; benchmark: Benchmark }[] = [];
  for (const file of files) {
    const module: { benchmarks?: unknown } = await import(new URL(file, benchDir).href);
    if (!isBenchmarkList(module.benchmarks)) {
      throw new TypeError(
        `bench/${file}: expected a named export \`benchmarks\` of Benchmark[] (see bench/harness.ts)`,
      );
    }
    for (const benchmark of module.benchmarks) found.push({ file, benchmark });
  }
  const names = new Set<string>();
  for (const { file, benchmark } of found) {
    if (names.has(benchmark.name))
      throw new Error(`bench/${file}: duplicate benchmark name "${benchmark.name}"`);
    names.add(benchmark.name);
  }
  return found;
}

type Machine = ReturnType<typeof machine>;

function machine() {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? "unknown CPU",
    cores: availableParallelism(),
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    os: `${type()} ${release()} ${arch()}`,
    // Other work on the machine skews every figure; the 1-minute load average when the run started
    // (next to the core count) says whether the machine was quiet.
    load: loadavg()[0]!.toFixed(2),
  };
}

type Row = { benchmark: string; result: string; target: string; notes: string };

function rowOf({ benchmark, result, error }: Outcome): Row {
  if (result === undefined) {
    return { benchmark: benchmark.name, result: "failed", target: "", notes: error ?? "" };
  }
  const target = benchmark.target
    ? `${formatTarget(benchmark.target, result.unit)} ${meetsTarget(result.value, benchmark.target) ? "✓" : "✗"}`
    : "";
  return {
    benchmark: benchmark.name,
    result: `${formatNumber(result.value)} ${result.unit}`,
    target,
    notes: result.detail ?? "",
  };
}

const columns = ["benchmark", "result", "target", "notes"] as const;

function printTable(rows: Row[]): void {
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  console.log();
  console.log(line([...columns]));
  console.log(line(widths.map((width) => "-".repeat(width))));
  for (const row of rows) console.log(line(columns.map((column) => row[column])));
}

function markdownCell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function resultsMarkdown(rows: Row[], date: Date, m: Machine): string {
  return [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (bench/run.ts) on every unfiltered run; do not edit by hand.",
    "",
    `- Date: ${date.toISOString()}`,
    `- CPU: ${m.cpu}, ${m.cores} cores`,
    `- Memory: ${m.memoryGiB.toFixed(1)} GiB`,
    `- Node: ${m.node}`,
    `- OS: ${m.os}`,
    `- Load average (1 min) at start: ${m.load}`,
    "",
    `| ${columns.join(" | ")} |`,
    `| ${columns.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${columns.map((column) => markdownCell(row[column])).join(" | ")} |`),
    "",
  ].join("\n");
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  const all = await loadBenchmarks();
  const selected =
    filter === undefined ? all : all.filter(({ benchmark }) => benchmark.name.includes(filter));
  if (selected.length === 0) {
    console.error(
      `no benchmark name contains "${filter}"; names: ${all.map((b) => `"${b.benchmark.name}"`).join(", ")}`,
    );
    return 1;
  }
  const date = new Date();
  const m = machine();
  console.log(
    `${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB, Node ${m.node}, ${m.os}, load ${m.load}`,
  );
  const outcomes: Outcome[] = [];
  for (const { file, benchmark } of selected) {
    process.stdout.write(`${benchmark.name} (${file}) … `);
    const start = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
    try {
      const result = await benchmark.run();
      outcomes.push({ file, benchmark, result });
      console.log(`${formatNumber(result.value)} ${result.unit} (${seconds().toFixed(1)} s)`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcomes.push({ file, benchmark, error: message });
      console.log(`failed (${seconds().toFixed(1)} s)`);
      console.error(error);
    }
  }
  const rows = outcomes.map(rowOf);
  printTable(rows);
  if (filter === undefined) {
    writeFileSync(resultsUrl, resultsMarkdown(rows, date, m));
    console.log(`\nwrote ${fileURLToPath(resultsUrl)}`);
  } else {
    console.log(`\nfiltered run: ${fileURLToPath(resultsUrl)} left unchanged`);
  }
  return outcomes.some((outcome) => outcome.error !== undefined) ? 1 : 0;
}

process.exitCode = await main();
