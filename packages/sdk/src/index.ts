export {
  decodeKeyfile,
  decodePublicKeyfile,
  detectKeyfileFormat,
  type KeyfileFormat,
  keyfileExists,
  type WarningHandler,
  writeKeyfile,
} from "./wallet/keyfile.ts";
export {
  type KeyfileKey,
  type PublicKey,
  parseKeyfile,
  parsePublicKeyfile,
  serializeKeyfile,
} from "./wallet/keyfileData.ts";
export { listWallets, type WalletEntry } from "./wallet/listWallets.ts";
export {
  deriveNaclKey,
  isNaclEncrypted,
  NACL_KDF,
  NACL_SALT,
  openNacl,
  sealNacl,
} from "./wallet/naclEncryption.ts";
export {
  DEFAULT_WALLET_PATH,
  expandWalletPath,
  type KeySource,
  type NewKeyOptions,
  type PublicKeySource,
  type RegenerateKeyOptions,
  Wallet,
  type WalletOptions,
} from "./wallet/wallet.ts";
export {
  KeyfileExistsError,
  KeyfileFormatError,
  KeyfileNotFoundError,
  WalletError,
  WrongPasswordError,
} from "./wallet/walletErrors.ts";
export {
  btPasswordVariable,
  decodeBtPassword,
  encodeBtPassword,
  passwordFromEnvironment,
} from "./wallet/walletPassword.ts";
