/** The calls of the Balances module (chain.md §5, §16), as registered in transactions/calls.ts. */
import type { CallDefinition } from "../transactions/callDefinition.ts";
import { forceSetBalance } from "./forceSetBalance.ts";
import { transferAll } from "./transferAll.ts";
import { transferAllowDeath } from "./transferAllowDeath.ts";
import { transferKeepAlive } from "./transferKeepAlive.ts";

/** transfer_allow_death, transfer_keep_alive, transfer_all, force_set_balance. */
export const BALANCES_CALLS: readonly CallDefinition[] = [
  transferAllowDeath,
  transferKeepAlive,
  transferAll,
  forceSetBalance,
];
