/**
 * `tao sim …`: the incentive simulator, running the chain's own epoch code (yuma.md §11).
 */
import type { Command } from "commander";
import { registerSimEpochCommand } from "./simEpoch.ts";
import { registerSimRunCommand } from "./simRun.ts";

/** Registers `tao sim` with `epoch` (one epoch from JSON) and `run` (a scenario over many epochs). */
export function registerSimCommands(program: Command): void {
  const sim = program.command("sim").description("simulate Yuma Consensus with the chain's own epoch code");
  registerSimEpochCommand(sim);
  registerSimRunCommand(sim);
}
