export {
  EpochInputError,
  epochOutputToJson,
  jsonInteger,
  parseEpochInput,
  parseEpochInputs,
} from "./epochJson.ts";
export type { EpochInput, EpochOutput, SparseRowU16 } from "./epochTypes.ts";
export { runEpoch } from "./runEpoch.ts";
