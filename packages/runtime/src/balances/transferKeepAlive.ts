/**
 * `Balances.transfer_keep_alive(dest, value)` (chain.md §5): as `transfer_allow_death`, but the sender
 * must keep at least the existential deposit.
 *
 * Errors: `InsufficientBalance`, `Expendability` (free − value < ED), `ExistentialDeposit`.
 * Events: `Balances.Transfer {from, to, amount}`. A transfer to oneself succeeds and changes nothing.
 */

import { defineTransferCall } from "./transfer.ts";

/** `Balances.transfer_keep_alive(dest, value)` (chain.md §5). */
export const transferKeepAlive = defineTransferCall("transfer_keep_alive", true);
