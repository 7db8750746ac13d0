/**
 * The benchmark interface and the timing helpers that bench files share.
 *
 * How to add a benchmark file
 * ---------------------------
 * Create `bench/<topic>.bench.ts` with a named export `benchmarks` (no default export):
 *
 * ```ts
 * import { type Benchmark, measureTime } from "./harness.ts";
 *
 * export const benchmarks: readonly Benchmark[] = [
 *   {
 *     name: "wallet unlock (argon2 + secretbox)", // unique; `npm run bench -- unlock` selects it
 *     target: { atMost: 1500 },                     // optional, in the unit that run() returns
 *     async run() {
 *       const { medianMs, runs } = await measureTime(() => unlock(keyfile), { warmup: 1, runs: 5 });
 *       return { value: medianMs, unit: "ms", detail: `median of ${runs} unlocks` };
 *     },
 *   },
 * ];
 * ```
 *
 * - `bench/run.ts` imports every `*.bench.ts` in file-name order and runs the benchmarks one after
 *   another, never two at once (they would compete for the same cores).
 * - `run()` does its own set-up (keys, fixtures, worker pools), warms up, measures, cleans up
 *   (close pools, remove temp files) and returns one figure. Throwing marks the benchmark as failed
 *   in the table and makes `npm run bench` exit with code 1; the other benchmarks still run.
 * - A `target` is a bound the figure should meet: `{ atLeast }` for rates, `{ atMost }` for times.
 *   A missed target is shown as ✗ but does not fail the run: timings depend on the machine, and
 *   tests never assert timings.
 * - Keep each file's total run time to about 30 s, and check that the work measured actually ran
 *   (e.g. every signature verified), so that a broken fast path cannot look like a fast one.
 * - A bench file must not start anything at import time: run.ts imports every file even when a
 *   filter selects a single benchmark. Share expensive fixtures through a lazily created promise.
 */

/** What a benchmark measured: one figure, its unit, and an optional note for the table. */
export type BenchmarkResult = {
  readonly value: number;
  /** For example "verifications/s" or "ms". */
  readonly unit: string;
  /** How it was measured (sample size, threads, spread); shown in the notes column. */
  readonly detail?: string;
};

/** A bound on the figure, in the unit that `run()` returns. */
export type BenchmarkTarget = { readonly atLeast: number } | { readonly atMost: number };

/** One benchmark, as exported in a bench file's `benchmarks` array. */
export type Benchmark = {
  /** Unique across all bench files; the CLI filter matches a substring of it. */
  readonly name: string;
  readonly target?: BenchmarkTarget;
  run(): Promise<BenchmarkResult>;
};

/** Formats a figure for the table: thousands separators, three significant digits below 100. */
export function formatNumber(value: number): string {
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en-US");
  return value.toLocaleString("en-US", { maximumSignificantDigits: 3 });
}

/** True when `value` meets `target`. */
export function meetsTarget(value: number, target: BenchmarkTarget): boolean {
  return "atLeast" in target ? value >= target.atLeast : value <= target.atMost;
}

/** "≥ 2,500 verifications/s" */
export function formatTarget(target: BenchmarkTarget, unit: string): string {
  return "atLeast" in target
    ? `≥ ${formatNumber(target.atLeast)} ${unit}`
    : `≤ ${formatNumber(target.atMost)} ${unit}`;
}

function elapsedMs(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

/** What `measureRate` found. */
export type Rate = {
  /** Operations per second over the measured window. */
  readonly perSecond: number;
  /** Operations counted in the measured window (warm-up excluded). */
  readonly operations: number;
  readonly seconds: number;
};

/**
 * Throughput: calls `step` (which does some work and returns how many operations it did) for
 * `warmupMs`, untimed, so that the JIT, wasm tiers and worker threads settle; then calls it for at
 * least `durationMs` and divides the operations counted by the time taken. Each step should be
 * short next to `durationMs`; the window always ends on a step boundary.
 */
export async function measureRate(
  step: () => number | Promise<number>,
  { warmupMs = 500, durationMs = 3000 }: { warmupMs?: number; durationMs?: number } = {},
): Promise<Rate> {
  const warmupStart = process.hrtime.bigint();
  do await step();
  while (elapsedMs(warmupStart) < warmupMs);
  let operations = 0;
  const start = process.hrtime.bigint();
  let ms = 0;
  do {
    operations += await step();
    ms = elapsedMs(start);
  } while (ms < durationMs);
  return { perSecond: (operations * 1000) / ms, operations, seconds: ms / 1000 };
}

/** What `measureTime` found, in milliseconds per call. */
export type Timing = {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
};

/**
 * Latency of one slow operation (a wallet unlock, a block import): runs `fn` `warmup` times untimed,
 * then `runs` times timed one by one, and reports the median (robust to a stray GC pause or a noisy
 * neighbour) with the spread.
 */
export async function measureTime(
  fn: () => unknown,
  { warmup = 1, runs = 5 }: { warmup?: number; runs?: number } = {},
): Promise<Timing> {
  if (!Number.isSafeInteger(runs) || runs < 1)
    throw new RangeError(`runs: expected an integer ≥ 1, got ${runs}`);
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(elapsedMs(start));
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(runs / 2);
  const medianMs = runs % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  return { medianMs, minMs: times[0]!, maxMs: times[runs - 1]!, runs };
}
