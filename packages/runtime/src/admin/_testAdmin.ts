/**
 * Test support for admin/ (not exported): the constants around subnets/'s `chainWithSubnet` (a standard-defaults
 * chain with subnet 1 owned by `OWNER`: Tempo 360, LastEpochBlock 0, AdminFreezeWindow 10, owner rate
 * limit 2 tempos = 720 blocks), and a way to stand in for the scheduler, which these tests do not run.
 */
import { account, atBlock, type TestChain } from "../subnets/_testChain.ts";
import { LastEpochBlock, PendingEpochAt } from "../subnets/subnetsStorage.ts";

export const OTHER = account(3);
export const NETUID = 1;
export const MISSING_NETUID = 9;

/** Moves to block `now` as if subnet 1's epoch had just run there (`LastEpochBlock = now`, none pending). */
export function afterEpochAt(chain: TestChain, now: number, netuid = NETUID): void {
  LastEpochBlock.set(chain.store, now, netuid);
  PendingEpochAt.set(chain.store, 0, netuid);
  atBlock(chain, now);
}
