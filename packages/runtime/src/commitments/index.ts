export { commitmentDataFromJson, commitmentInfoFromJson } from "./commitmentInfoFromJson.ts";
export { commitmentsCalls, SET_COMMITMENT_WEIGHT } from "./commitmentsCalls.ts";
export {
  type CommitmentData,
  type CommitmentInfo,
  CommitmentOf,
  LastCommitment,
  removeSubnetCommitments,
  UsedSpaceOf,
} from "./commitmentsStorage.ts";
export { setCommitment, validateSetCommitment } from "./setCommitment.ts";
