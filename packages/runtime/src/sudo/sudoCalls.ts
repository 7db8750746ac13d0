/** The calls of the Sudo module (chain.md §16), as registered in transactions/calls.ts. */
import type { CallDefinition } from "../transactions/callDefinition.ts";
import { setKey } from "./setKey.ts";
import { sudo } from "./sudo.ts";

/** sudo, set_key. */
export const SUDO_CALLS: readonly CallDefinition[] = [sudo, setKey];
