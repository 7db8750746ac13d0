/**
 * Test support for admin/ (not exported): a standard-defaults chain with subnet 1 owned by `OWNER`
 * (Tempo 360, LastEpochBlock 0, AdminFreezeWindow 10, owner rate limit 2 tempos = 720 blocks), and a way
 * to stand in for the scheduler, which these tests do not run.
 */
import { account, atBlock, dispatch, genesis, signed, TAO, type TestChain } from "../subnets/_testChain.ts";
import { subnetsCalls } from "../subnets/subnetsCalls.ts";
import { LastEpochBlock, PendingEpochAt } from "../subnets/subnetsStorage.ts";

export const OWNER = account(1);
export const OWNER_HOTKEY = account(2);
export const OTHER = account(3);
export const NETUID = 1;
export const MISSING_NETUID = 9;

/** Genesis (standard defaults unless `fastBlocks`) and subnet 1 registered by OWNER at block 1. */
export function chainWithSubnet(fastBlocks = false): TestChain {
  const chain = genesis({ fastBlocks, balances: [[OWNER, 10_000n * TAO]] });
  dispatch(chain, subnetsCalls, signed(OWNER), "register_network", { hotkey: OWNER_HOTKEY });
  return chain;
}

/** Moves to block `now` as if subnet 1's epoch had just run there (`LastEpochBlock = now`, none pending). */
export function afterEpochAt(chain: TestChain, now: number, netuid = NETUID): void {
  LastEpochBlock.set(chain.store, now, netuid);
  PendingEpochAt.set(chain.store, 0, netuid);
  atBlock(chain, now);
}
