/**
 * Shared fixtures of the staking tests (not exported): the Appendix A pool (τ = α = 10^12, fee rate 33)
 * on subnets 1 and 3, subnet 2 not started, and the accounts that use them.
 */
import { account, TAO } from "../subnets/_testChain.ts";
import { type Chain, chainWith } from "./_testChain.ts";

export const OWNER = account(10);
export const OWNER_HOT = account(11);
export const OWNER3 = account(30);
export const OWNER3_HOT = account(31);
export const ALICE = account(1);
export const BOB = account(2);
/** A hotkey nobody owns. */
export const STRANGER_HOT = account(99);

export const POOL = 1_000_000_000_000n;

/** Root, subnets 1 and 3 (started) and 2 (not started); Alice 1,000 TAO, Bob 100 TAO, owners 100 TAO. */
export function fixture(): Chain {
  return chainWith(
    [
      { netuid: 1, owner: OWNER, ownerHotkey: OWNER_HOT, tau: POOL, alpha: POOL },
      { netuid: 2, owner: OWNER, ownerHotkey: account(12), tau: POOL, alpha: POOL, subtokenEnabled: false },
      { netuid: 3, owner: OWNER3, ownerHotkey: OWNER3_HOT, tau: POOL, alpha: POOL },
    ],
    [
      [ALICE, 1_000n * TAO],
      [BOB, 100n * TAO],
      [OWNER, 100n * TAO],
      [OWNER3, 100n * TAO],
    ],
  );
}
