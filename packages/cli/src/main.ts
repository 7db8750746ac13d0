/**
 * Entry point of `tao`: normalises flag aliases, runs the command, and turns errors into one sentence
 * plus what to do (exit 1), or a usage message (exit 2).
 */
import { CommanderError } from "commander";
import { normalizeFlags } from "./flagAliases.ts";
import { reportError } from "./output.ts";
import { createProgram } from "./program.ts";

// `tao … | head` closes the pipe early; that ends the output, it is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const argv = normalizeFlags(process.argv.slice(2));
const program = createProgram();
program.exitOverride();
for (const command of program.commands.flatMap((c) => [c, ...c.commands])) command.exitOverride();

try {
  await program.parseAsync(argv, { from: "user" });
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and --version end with exit code 0.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.exitCode = reportError(error, { json: argv.includes("--json") });
  }
}
