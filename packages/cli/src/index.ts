export { normalizeFlags } from "./flagAliases.ts";
export { createProgram } from "./program.ts";
