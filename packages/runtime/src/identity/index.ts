/** identity/: chain.md §15 coldkey identities (subnet identities are subnets/, §6.7). */
export {
  CHAIN_IDENTITY_LIMITS,
  type ChainIdentity,
  chainIdentityViolation,
  IdentitiesV2,
} from "./chainIdentity.ts";
export { IDENTITY_CALLS, setIdentityCall } from "./identityCalls.ts";
export {
  applySetIdentity,
  coldkeyOwnsRegisteredHotkey,
  setIdentity,
  validateSetIdentity,
} from "./setIdentity.ts";
