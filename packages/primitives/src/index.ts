export { CanonicalJsonError, canonicalJson, type JsonValue } from "./encoding/canonicalJson.ts";
export { fromHex, toHex } from "./encoding/hex.ts";
export {
  decodeWeightCommit,
  encodeWeightCommit,
  type WeightCommit,
  weightCommitHash,
} from "./encoding/weightCommit.ts";
export { assertBigint, assertBytes, assertIntegerInRange } from "./errors/assert.ts";
export {
  DISPATCH_ERROR_NAMES,
  DispatchError,
  type DispatchErrorName,
  type DispatchModule,
  type ErrorFields,
  InvalidTransactionError,
  type InvalidTransactionReason,
} from "./errors/dispatchError.ts";
export { TaoError, type TaoErrorParameters } from "./errors/taoError.ts";
export { defineFixed, type Fixed, type FixedType } from "./fixed/_fixed.ts";
export { exp, expSafe } from "./fixed/exp.ts";
export { I32F32 } from "./fixed/i32f32.ts";
export { I64F64 } from "./fixed/i64f64.ts";
export { I96F32 } from "./fixed/i96f32.ts";
export {
  fixed64ToFixed32,
  fixed64ToU64,
  fixedProportionToU16,
  fixedToFixedU16Proportion,
  u16ProportionToFixed,
  u16ToFixed,
  vecMaxUpscaleToU16,
  vecU16MaxUpscaleToU16,
} from "./fixed/u16Proportion.ts";
export { U64F64 } from "./fixed/u64f64.ts";
export { U96F32 } from "./fixed/u96f32.ts";
export { blake2b256, blake2b256Hasher, sha3_256, sha256 } from "./hash/hashes.ts";
export {
  KeyDerivationError,
  type Keypair,
  keypairFromMnemonic,
  keypairFromPrivateKey,
  keypairFromSeed,
  keypairFromUri,
  toCanonicalPrivateKey,
} from "./keys/keypair.ts";
export {
  assertMnemonic,
  generateMnemonic,
  MNEMONIC_WORD_COUNTS,
  MnemonicError,
  type MnemonicWordCount,
  mnemonicToSeed,
  normalizeMnemonic,
} from "./keys/mnemonic.ts";
export { cryptoReady, sign, verify } from "./keys/sr25519.ts";
export { AddressError, decodeSs58, encodeSs58, isSs58Address, SS58_PREFIX } from "./keys/ss58.ts";
export { AmountError, formatTao, parseTao, RAO_PER_TAO, TAO_DECIMALS } from "./units/tao.ts";
