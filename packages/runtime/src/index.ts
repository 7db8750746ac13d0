export {
  type EpochInput,
  EpochInputError,
  type EpochOutput,
  epochOutputToJson,
  jsonInteger,
  parseEpochInput,
  parseEpochInputs,
  runEpoch,
  type SparseRowU16,
} from "./epoch/index.ts";
