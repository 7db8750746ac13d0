/**
 * `tao sim run SCENARIO.json`: many epochs of a scenario (validators with behaviours, miners with a true
 * quality) through the chain's own epoch code, printed as tables, `--json` or `--csv`.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { printJson, printTable, progress, UsageError } from "../output.ts";
import type { TableData } from "../sim/format.ts";
import type { OnEpoch } from "../sim/runScenario.ts";
import type { Scenario } from "../sim/scenario.ts";

type SimRunFlags = { seed?: string; epochs?: string; every?: string; json?: boolean; csv?: boolean };

/** Tables show about this many epochs unless --every says otherwise. */
const SHOWN_EPOCHS = 10;

function integerFlag(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min) {
    throw new UsageError(`${flag} must be a whole number ≥ ${min}, not "${text}".`);
  }
  return value;
}

async function loadScenario(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new UsageError(
      `Cannot read the scenario ${file} (${reason}); give the path of a scenario JSON file.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${file} is not valid JSON (${(error as Error).message}); fix the file and run again.`,
    );
  }
}

function printTitled(title: string, table: TableData): void {
  process.stdout.write(`\n${title}\n`);
  printTable(table.head, table.rows);
}

/** Progress lines on a terminal's stderr, about ten per variant. */
function progressReporter(scenario: Scenario): OnEpoch {
  const step = Math.max(1, Math.ceil(scenario.epochs / 10));
  const many = scenario.variants.length > 1;
  return (variant, epoch) => {
    const done = epoch + 1;
    if (done % step === 0 || done === scenario.epochs) {
      progress(`${many ? `${variant.name}: ` : ""}epoch ${done}/${scenario.epochs}`);
    }
  };
}

async function simRun(file: string, flags: SimRunFlags): Promise<void> {
  if (flags.json && flags.csv) throw new UsageError("Give at most one of --json and --csv.");
  const seed = integerFlag("--seed", flags.seed, 0);
  const epochs = integerFlag("--epochs", flags.epochs, 1);
  const every = integerFlag("--every", flags.every, 1);
  // Loaded on use, so that other commands do not pay for the runtime and zod at start-up.
  const [{ parseScenario }, { runScenario }, { summarizeVariant }, format] = await Promise.all([
    import("../sim/scenario.ts"),
    import("../sim/runScenario.ts"),
    import("../sim/summary.ts"),
    import("../sim/format.ts"),
  ]);
  const parsed = parseScenario(await loadScenario(file), file);
  const scenario: Scenario = { ...parsed, seed: seed ?? parsed.seed, epochs: epochs ?? parsed.epochs };

  const runs = runScenario(scenario, progressReporter(scenario));
  const summaries = runs.map(summarizeVariant);
  if (flags.json) {
    printJson(format.resultJson(scenario, runs, summaries));
    return;
  }
  if (flags.csv) {
    process.stdout.write(format.resultCsv(runs));
    return;
  }

  const shownEvery = every ?? Math.max(1, Math.ceil(scenario.epochs / SHOWN_EPOCHS));
  process.stdout.write(
    `${scenario.name}: ${scenario.epochs} epochs, seed ${scenario.seed}${scenario.description ? `\n${scenario.description}` : ""}\n`,
  );
  for (const [i, run] of runs.entries()) {
    const label = runs.length > 1 ? ` (${run.variant.name})` : "";
    const which = shownEvery === 1 ? "every epoch" : `every ${shownEvery} epochs and the last`;
    printTitled(`Epochs${label}, ${which}:`, format.epochTable(run, shownEvery));
    printTitled(`Validators${label}:`, format.validatorTable(summaries[i]!));
    printTitled(`Miners${label}:`, format.minerTable(summaries[i]!));
  }
  printTitled("Summary:", format.comparisonTable(summaries));
}

/** Registers `tao sim run` under the `tao sim` group. */
export function registerSimRunCommand(sim: Command): void {
  sim
    .command("run")
    .description("run a scenario (validators, miners, many epochs) through the chain's own epoch code")
    .argument("<scenario>", "scenario JSON file (see examples/scenarios/README.md)")
    .option("--seed <n>", "override the scenario's seed")
    .option("--epochs <n>", "override the scenario's number of epochs")
    .option("--every <k>", "tables show every k-th epoch and the last (default: about 10 epochs)")
    .option("--json", "print one JSON document: scenario, per-epoch rows, summary (also --json-output)")
    .option("--csv", "print CSV, one row per variant × epoch × uid")
    .action((file: string, flags: SimRunFlags) => simRun(file, flags));
}
