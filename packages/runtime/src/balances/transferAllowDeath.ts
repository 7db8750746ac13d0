/**
 * `Balances.transfer_allow_death(dest, value)` (chain.md §5; Substrate pallet_balances): moves `value`
 * rao; the sender may drop below the existential deposit, and any remainder under it is recycled.
 *
 * Errors: `InsufficientBalance` (free < value), `ExistentialDeposit` (dest would hold 0 < x < ED).
 * Events: `Balances.Transfer {from, to, amount}`, `Balances.DustLost {account, amount}`.
 * A transfer to oneself succeeds and changes nothing.
 */

import { defineTransferCall } from "./transfer.ts";

/** `Balances.transfer_allow_death(dest, value)` (chain.md §5). */
export const transferAllowDeath = defineTransferCall("transfer_allow_death", false);
