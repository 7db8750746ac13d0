export { buildGenesis, GENESIS_TIMESTAMP, type Genesis } from "./buildGenesis.ts";
export {
  type ChainSpec,
  ChainSpecError,
  type ChainSpecJson,
  type GenesisAuthority,
  type GenesisStake,
  type GenesisSubnet,
  parseChainSpec,
} from "./chainSpec.ts";
export { DEV_ACCOUNTS, devChainSpec } from "./devChainSpec.ts";
export { GENESIS_HOOKS, type GenesisHooks, type GenesisStep } from "./genesisHooks.ts";
