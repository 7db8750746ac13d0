export { applyExtrinsic, type ExtrinsicResult } from "./applyExtrinsic.ts";
export {
  type Args,
  type ArgsSpec,
  type ArgType,
  type ArgValue,
  type CallDefinition,
  callWeight,
  type DecodedCall,
  type DispatchContext,
  defineCall,
  type Origin,
} from "./callDefinition.ts";
export { type CallRegistry, createCallRegistry } from "./callRegistry.ts";
export { runtimeCalls } from "./calls.ts";
export { type CheckedExtrinsic, type CheckOptions, checkTransaction } from "./checkTransaction.ts";
export { decodeCall } from "./decodeCall.ts";
export { type DecodedExtrinsic, decodeExtrinsic } from "./decodeExtrinsic.ts";
export { type CallJson, type SignedExtrinsic, type UnsignedPayload, unsignedPayloadOf } from "./extrinsic.ts";
export { encodedLength, extrinsicHash } from "./extrinsicHash.ts";
export { type ExtrinsicSignature, extrinsicSignedMessage } from "./extrinsicSignedMessage.ts";
export {
  BASE_WEIGHT,
  BLOCK_LENGTH_LIMIT,
  BLOCK_WEIGHT_LIMIT,
  computeFee,
  type FeeInputs,
  MAX_EXTRINSIC_LENGTH,
  WEIGHT_PER_FEE_RAO,
} from "./fees.ts";
export { ensureRoot, ensureSigned } from "./origin.ts";
export { type FeeInfo, queryFeeInfo } from "./queryFeeInfo.ts";
export { signExtrinsic } from "./signExtrinsic.ts";
export { SIGNING_DOMAIN, signingMessage } from "./signingMessage.ts";
export { type ValidateOptions, validateTransaction } from "./validateTransaction.ts";
