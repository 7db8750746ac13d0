/**
 * staking/: chain.md §9.1, §12 and §17 — share pools, stake and unstake, the staking calls, delegate and
 * childkey takes, childkeys (with pipeline step 7), root dividend claims, stake weight, genesis stakes and
 * the dissolution hooks. Exports listed by name.
 */
export { type AddStakeParameters, addStake, type StakeLimit, validateAddStake } from "./addStake.ts";
export { applyGenesisStakes } from "./applyGenesisStakes.ts";
export { applyPendingChildkeys } from "./applyPendingChildkeys.ts";
export { childkeyTake, minChildkeyTake } from "./childkeyTake.ts";
export { claimRoot, claimSubnets, MAX_ROOT_CLAIM_SUBNETS, validateClaimRoot } from "./claimRoot.ts";
export { clearPendingChildKeysBelowThreshold, clearSmallNomination } from "./clearSmallNomination.ts";
export { decreaseTake, validateDecreaseTake } from "./decreaseTake.ts";
export { getTotalStakeForHotkey } from "./getTotalStakeForHotkey.ts";
export { increaseTake, validateIncreaseTake } from "./increaseTake.ts";
export { moveStake } from "./moveStake.ts";
export { removeStake, removeStakeFullLimit, validateRemoveStake } from "./removeStake.ts";
export { type RootClaimableEntry, rootClaimableFor, rootClaimOwed } from "./rootClaimableFor.ts";
export { adjustRootClaimed } from "./rootClaimed.ts";
export { convertSellFee, sellAlpha, simSellAlpha } from "./sellAlpha.ts";
export {
  type SetChildkeyTakeParameters,
  setChildkeyTake,
  validateSetChildkeyTake,
} from "./setChildkeyTake.ts";
export { type SetChildrenParameters, setChildren, validateSetChildren } from "./setChildren.ts";
export { setRootClaimType } from "./setRootClaimType.ts";
export { INITIAL_SHARES_PER_UNIT, sharesToBurn, sharesToMint, shareValue } from "./sharePool.ts";
export { recordStaker, recordStakingHotkey, type StakeIntoParameters, stakeInto } from "./stakeInto.ts";
export {
  decreaseStake,
  getStake,
  increaseStake,
  increaseStakeOnHotkey,
  positionsOnSubnet,
  previewMint,
} from "./stakePosition.ts";
export { alphaInherited, mulTaoWeight, stakeWeight, taoInherited, U64P_ONE } from "./stakeWeight.ts";
export { stakingCalls } from "./stakingCalls.ts";
export { removeStakingSubnetState, stakesOnSubnet, stakingDissolveHooks } from "./stakingDissolveHooks.ts";
export {
  AlphaShares,
  ChildKeys,
  ChildkeyTake,
  Delegates,
  type KeyProportion,
  LastChildkeyTakeIncreaseBlock,
  LastSetChildrenBlock,
  LastTxBlockDelegateTake,
  ParentKeys,
  PendingChildKeys,
  type PendingChildren,
  RootClaimable,
  RootClaimed,
  RootClaimType,
  type RootClaimTypeValue,
  StakingHotkeys,
  TotalHotkeyAlpha,
  TotalHotkeyShares,
} from "./stakingStorage.ts";
export { subnetPool, subnetPrice } from "./subnetPool.ts";
export { swapStake } from "./swapStake.ts";
export { transferStake } from "./transferStake.ts";
export { applyStakeTransition, type StakeTransition, validateStakeTransition } from "./transitionStake.ts";
export { unstakeAll, unstakeAllAlpha } from "./unstakeAll.ts";
export { type UnstakeFromParameters, unstakeFrom } from "./unstakeFrom.ts";
