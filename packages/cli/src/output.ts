/**
 * How `tao` talks to people and scripts: readable tables by default, one JSON document on stdout with
 * `--json`, and errors as one sentence plus what to do, on stderr.
 */
import { TaoError } from "@opentao/primitives";
import Table from "cli-table3";

export type OutputOptions = { json?: boolean };

/** Prints a JSON document (snake_case keys, as wire.md Part D asks) on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints rows as a table with a header. */
export function printTable(head: readonly string[], rows: readonly (readonly string[])[]): void {
  // Colour only for a terminal, so piped output stays plain text.
  const colour = Boolean(process.stdout.isTTY);
  const table = new Table({ head: [...head], style: colour ? { head: ["cyan"] } : { head: [], border: [] } });
  table.push(...rows.map((row) => [...row]));
  process.stdout.write(`${table.toString()}\n`);
}

/** A status line on stderr for work that takes seconds, shown only to a person at a terminal. */
export function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${message}\n`);
}

/** Prints a warning line on stderr. */
export function warn(message: string): void {
  process.stderr.write(`Warning: ${message}\n`);
}

/**
 * A mistake in how the command was called (a missing or conflicting flag). Exits with code 2, like
 * commander's own usage errors.
 */
export class UsageError extends TaoError {
  override name = "UsageError";
}

/** Prints an error for a person (message and hints) or, with --json, as a JSON object; returns the exit code. */
export function reportError(error: unknown, options: OutputOptions): number {
  const code = error instanceof UsageError ? 2 : 1;
  const known = error instanceof TaoError;
  const name = error instanceof Error ? error.name : "Error";
  const message = known ? error.shortMessage : error instanceof Error ? error.message : String(error);
  const hints = known ? error.hints : [];
  if (options.json) {
    process.stderr.write(`${JSON.stringify({ error: { name, message, hints } })}\n`);
  } else {
    process.stderr.write(`Error: ${message}\n${hints.map((hint) => `  ${hint}\n`).join("")}`);
    if (!known && process.env.TAO_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  }
  return code;
}
