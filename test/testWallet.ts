/**
 * The shared btcli test wallet (test/vectors/wallet, from shared/vectors/wallet) as the wallet tests
 * use it: its location and the values its README lists.
 */
import { fileURLToPath } from "node:url";

/** The wallet path holding the wallet named `wallet`. */
export const VECTORS_PATH = fileURLToPath(new URL("./vectors", import.meta.url));

export const TEST_WALLET = {
  name: "wallet",
  hotkey: "default",
  password: "opentao-test-password",
  derivedKey: "e841265eb5d4c260cac78aa21af8a40a5e86a99a4ed7858f2bc3359daa8427dc",
  coldkey: {
    mnemonic: "ceiling peanut charge short long multiply dial toy kitchen accident erupt usual",
    ss58Address: "5Cae1n9VYcUoeZv1JsgAbc1goEykNGxpKaA8NhuWjHDePezE",
    publicKey: "0x16d46cfa8baf2aa60fd344be2accd2b0fc98fcb5598d2c69c1857822b4c2813e",
  },
  hotkeyDefault: {
    mnemonic: "morning erode salmon useful depend birth flock green bone fence farm nerve",
    ss58Address: "5HKp4TqxVGbFV4FToqnP8HPZob4Tzcb7DLNY2ehJJWq7aj5o",
    publicKey: "0xe8b2bb0f4f6fb35873793b42229399003a7a2e038435a35d6d9c508b7fec411d",
  },
} as const;
