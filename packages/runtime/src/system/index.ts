export {
  defaultNetworkParams,
  getNetworkParam,
  NETWORK_PARAM_NAMES,
  NETWORK_PARAMS,
  type NetworkParamName,
  type NetworkParams,
  type NetworkParamValue,
  networkParamSetterMethod,
  setNetworkParam,
} from "./networkParams.ts";
export { SPEC_VERSION } from "./runtimeVersion.ts";
export { Authorities, type Authority, BlockNumber, ChainName, FastBlocks } from "./systemStorage.ts";
