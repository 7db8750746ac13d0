/**
 * Lookup of call definitions by module and method (chain.md §3.2 check 1: "module/method known"). Built
 * once from each module's `CallDefinition[]`; a name declared twice is a programming error caught at start.
 */
import type { CallDefinition } from "./callDefinition.ts";

/** The calls a runtime dispatches, by module and method. */
export type CallRegistry = {
  /** The definition of `module.method`, or undefined when no module declares it. */
  find(module: string, method: string): CallDefinition | undefined;
  /** Every call, in the order the groups were given. */
  readonly calls: readonly CallDefinition[];
};

/** Builds a registry from groups of calls; throws a TypeError naming any `module.method` declared twice. */
export function createCallRegistry(groups: readonly (readonly CallDefinition[])[]): CallRegistry {
  const calls = groups.flat();
  // Only looked up by key, never iterated: insertion order cannot leak into consensus.
  const byName = new Map<string, CallDefinition>();
  for (const call of calls) {
    const name = `${call.module}.${call.method}`;
    if (byName.has(name)) throw new TypeError(`call ${name} is declared twice`);
    byName.set(name, call);
  }
  return {
    find: (module, method) => byName.get(`${module}.${method}`),
    calls,
  };
}
