/** registration/: the pure price rules of chain.md §6.3 (lock cost) and §11.2 (burn) (no state). */
export { clampBurn } from "./clampBurn.ts";
export { type DecayBurnParameters, decayBurn } from "./decayBurn.ts";
export { decayFactorQ32, mulQ32, ONE_Q32, powQ32 } from "./decayFactorQ32.ts";
export { type IncreaseBurnParameters, increaseBurn } from "./increaseBurn.ts";
export { type LockCostParameters, lockCost } from "./lockCost.ts";
