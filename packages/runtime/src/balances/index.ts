export {
  deposit,
  mint,
  recycle,
  withdrawAllowDeath,
  withdrawForStake,
  withdrawKeepAlive,
} from "./accountFunds.ts";
export { BALANCES_CALLS } from "./balancesCalls.ts";
export { Account, type AccountInfo, EXISTENTIAL_DEPOSIT, TotalIssuance } from "./balancesStorage.ts";
export { forceSetBalance } from "./forceSetBalance.ts";
export { applyTransfer, validateTransfer } from "./transfer.ts";
export { transferAll } from "./transferAll.ts";
export { transferAllowDeath } from "./transferAllowDeath.ts";
export { transferKeepAlive } from "./transferKeepAlive.ts";
