/**
 * `tao sim epoch --input FILE`: one Yuma Consensus epoch (or an array of them) through the chain's own
 * epoch code, under the contract of yuma.md §11: the output JSON alone on stdout; on bad input nothing on
 * stdout, one line on stderr naming the key and the problem, and exit status 2.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { UsageError } from "../output.ts";

async function readInput(file: string): Promise<string> {
  try {
    if (file !== "-") return await readFile(file, "utf8");
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  } catch (cause) {
    throw new UsageError(`input: cannot read ${file} (${(cause as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new UsageError(`input: ${file} is not JSON (${(cause as Error).message})`);
  }
}

async function simEpoch(flags: { input: string }): Promise<void> {
  // Loaded on use, so that other commands do not pay for the runtime at start-up.
  const { EpochInputError, epochOutputToJson, parseEpochInputs, runEpoch } = await import("@opentao/runtime");
  const document = parseJson(await readInput(flags.input), flags.input);
  let inputs: ReturnType<typeof parseEpochInputs>;
  try {
    inputs = parseEpochInputs(document);
  } catch (error) {
    // Bad input is a usage error (exit 2), reported as the one line "key: problem" of yuma.md §11.
    throw error instanceof EpochInputError ? new UsageError(error.shortMessage) : error;
  }
  const output = Array.isArray(inputs)
    ? inputs.map((input) => epochOutputToJson(runEpoch(input)))
    : epochOutputToJson(runEpoch(inputs));
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

/** Registers `tao sim epoch`. */
export function registerSimEpochCommand(sim: Command): void {
  sim
    .command("epoch")
    .description("run one epoch input object, or a JSON array of them, and print the outputs (yuma.md §11)")
    .requiredOption("--input <file>", "the epoch input JSON ('-' for stdin)")
    .action((flags: { input: string }) => simEpoch(flags));
}
