/**
 * The `tao` command tree. Kept apart from main.ts so that tests and other tools can build the same
 * program without running it.
 */
import { Command } from "commander";
import { registerSimCommands } from "./commands/sim.ts";
import { registerWalletCommands } from "./commands/wallet.ts";
import { printWelcome } from "./welcome.ts";

/** Builds the `tao` program with every command group registered. */
export function createProgram(): Command {
  const program = new Command("tao")
    .description("opentao: wallets, chain, subnets and the local network, with btcli's commands")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .action(() => printWelcome());
  registerWalletCommands(program);
  registerSimCommands(program);
  return program;
}
