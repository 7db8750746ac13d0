/**
 * The three forms of a `tao sim run` result: readable tables (head and rows, for output.ts's printTable),
 * one JSON document (snake_case keys, the chain's epoch field names) and CSV (one row per epoch × uid).
 */
import type { JsonValue } from "@opentao/primitives";
import { epochOutputToJson, jsonInteger } from "@opentao/runtime";
import type { EpochRecord, VariantRun } from "./runScenario.ts";
import { minerQualityAt, type Neuron, neuronsOf, type Scenario } from "./scenario.ts";
import type { VariantSummary } from "./summary.ts";

/** A table for printTable. */
export type TableData = { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };

const U16_MAX = 65535;
const RAO_PER_ALPHA = 1e9;

/**
 * Per-epoch table of one variant: one row per shown epoch, each cell listing the registered uids one per
 * line, so a long run stays compact.
 */
export function epochTable(run: VariantRun, every: number): TableData {
  const neurons = neuronsOf(run.variant);
  const rows = shownEpochs(run.epochs, every).map(({ epoch, block, terms }) => {
    const present = neurons.filter((neuron) => neuron.spec.join_epoch <= epoch);
    const column = (cell: (neuron: Neuron) => string) => present.map(cell).join("\n");
    return [
      String(epoch),
      String(block),
      column((neuron) => `${neuron.uid} ${neuron.spec.name}`),
      column((neuron) => quality(neuron, epoch)),
      column((neuron) => fraction(terms.incentive[neuron.uid]!)),
      column((neuron) => fraction(terms.dividends[neuron.uid]!)),
      column((neuron) => alpha(terms.emission[neuron.uid]!)),
      column((neuron) => fraction(terms.validatorTrust[neuron.uid]!)),
      column((neuron) => (terms.active[neuron.uid] ? "✓" : "")),
      column((neuron) => (terms.newValidatorPermits[neuron.uid] ? "✓" : "")),
    ];
  });
  return {
    head: [
      "epoch",
      "block",
      "uid",
      "quality",
      "incentive",
      "dividends",
      "emission α",
      "vtrust",
      "active",
      "permit",
    ],
    rows,
  };
}

/** The epochs a table shows: every `every`-th from the first, and always the last. */
function shownEpochs(records: readonly EpochRecord[], every: number): EpochRecord[] {
  return records.filter((_, i) => i % every === 0 || i === records.length - 1);
}

/** Validators' earnings in one variant; yield 1.00 is the baseline (the honest validators). */
export function validatorTable(summary: VariantSummary): TableData {
  return {
    head: [
      "validator",
      "behaviour",
      "stake α",
      "dividends α",
      `yield vs ${summary.baseline}`,
      "mean vtrust",
      "active epochs",
    ],
    rows: summary.validators.map((v) => [
      `${v.uid} ${v.name}`,
      v.behaviour,
      alpha(v.stakeRao, 0),
      alpha(v.dividendsRao),
      ratio(v.relativeYield),
      v.meanValidatorTrust.toFixed(4),
      String(v.activeEpochs),
    ]),
  };
}

/** Miners' incentive against their true quality in one variant. */
export function minerTable(summary: VariantSummary): TableData {
  return {
    head: ["miner", "mean quality", "mean incentive", "incentive α"],
    rows: summary.miners.map((m) => [
      `${m.uid} ${m.name}`,
      m.meanQuality.toFixed(3),
      m.meanIncentive.toFixed(4),
      alpha(m.incentiveRao),
    ]),
  };
}

/** One row per variant: rank correlation and each behaviour's yield relative to honest validators. */
export function comparisonTable(summaries: readonly VariantSummary[]): TableData {
  const behaviours = [...new Set(summaries.flatMap((summary) => Object.keys(summary.yieldByBehaviour)))];
  return {
    head: ["variant", "ρ(incentive, quality) run", "ρ last epoch", ...behaviours.map((b) => `${b} yield`)],
    rows: summaries.map((summary) => [
      summary.variant,
      ratio(summary.spearmanRun),
      ratio(summary.spearmanLastEpoch),
      ...behaviours.map((b) =>
        ratio(summary.yieldByBehaviour[b as keyof VariantSummary["yieldByBehaviour"]]),
      ),
    ]),
  };
}

/**
 * The `--json` document: the scenario, and for each variant its resolved settings, one row per epoch with
 * the chain's output field names (bonds left out: n² entries per epoch) and its summary.
 */
export function resultJson(
  scenario: Scenario,
  runs: readonly VariantRun[],
  summaries: readonly VariantSummary[],
): JsonValue {
  const { name, description, seed, epochs } = scenario;
  return {
    scenario: { name, description, seed, epochs },
    variants: runs.map(({ variant: { name: variantName, ...settings }, epochs: records }, i) => ({
      name: variantName,
      settings: toJson(settings),
      epochs: records.map(({ epoch, block, terms }) => {
        const { bonds_out: _, ...fields } = epochOutputToJson({ ...terms, bondsOut: [] });
        return { epoch, block: jsonInteger(block), ...fields };
      }),
      summary: toJson(summaries[i]),
    })),
  };
}

type CsvRow = { readonly variant: string; readonly record: EpochRecord; readonly neuron: Neuron };

// Each column with how to read it; the chain's columns keep the chain's field names and raw values.
const CSV_COLUMNS: readonly (readonly [string, (row: CsvRow) => string | number | bigint | boolean])[] = [
  ["variant", (row) => csvField(row.variant)],
  ["epoch", (row) => row.record.epoch],
  ["block", (row) => row.record.block],
  ["uid", (row) => row.neuron.uid],
  ["name", (row) => csvField(row.neuron.spec.name)],
  ["role", (row) => row.neuron.role],
  ["quality", (row) => quality(row.neuron, row.record.epoch)],
  ["active", (row) => row.record.terms.active[row.neuron.uid]!],
  ["new_validator_permits", (row) => row.record.terms.newValidatorPermits[row.neuron.uid]!],
  ["stake_weight", (row) => row.record.terms.stakeWeight[row.neuron.uid]!],
  ["consensus", (row) => row.record.terms.consensus[row.neuron.uid]!],
  ["incentive", (row) => row.record.terms.incentive[row.neuron.uid]!],
  ["dividends", (row) => row.record.terms.dividends[row.neuron.uid]!],
  ["validator_trust", (row) => row.record.terms.validatorTrust[row.neuron.uid]!],
  ["server_emission", (row) => row.record.terms.serverEmission[row.neuron.uid]!],
  ["validator_emission", (row) => row.record.terms.validatorEmission[row.neuron.uid]!],
  ["emission", (row) => row.record.terms.emission[row.neuron.uid]!],
  ["raw_stake", (row) => row.record.terms.rawStake[row.neuron.uid]!],
];

/** The `--csv` text: a header, then one row per variant × epoch × registered uid, raw chain values. */
export function resultCsv(runs: readonly VariantRun[]): string {
  const lines = [CSV_COLUMNS.map(([head]) => head).join(",")];
  for (const { variant, epochs } of runs) {
    const neurons = neuronsOf(variant);
    for (const record of epochs) {
      for (const neuron of neurons) {
        if (neuron.spec.join_epoch > record.epoch) continue;
        const row = { variant: variant.name, record, neuron };
        lines.push(CSV_COLUMNS.map(([, read]) => String(read(row))).join(","));
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

function quality(neuron: Neuron, epoch: number): string {
  return neuron.role === "miner" ? String(minerQualityAt(neuron.spec, epoch)) : "";
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function fraction(u16: number): string {
  return (u16 / U16_MAX).toFixed(4);
}

function alpha(rao: bigint, digits = 4): string {
  return (Number(rao) / RAO_PER_ALPHA).toFixed(digits);
}

function ratio(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : value.toFixed(2);
}

/** Plain data as JSON: bigints as yuma.md §11 integers, camelCase keys in snake_case. */
function toJson(value: unknown): JsonValue {
  if (typeof value === "bigint") return jsonInteger(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
        toJson(item),
      ]),
    );
  }
  return value as JsonValue;
}
