import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { fromHex, toHex } from "../encoding/hex.ts";
import {
  KeyDerivationError,
  keypairFromMnemonic,
  keypairFromPrivateKey,
  keypairFromSeed,
  keypairFromUri,
  toCanonicalPrivateKey,
} from "./keypair.ts";

describe("Substrate's well-known dev accounts", () => {
  const expected: [string, string][] = [
    ["//Alice", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"],
    ["//Bob", "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"],
    ["//Charlie", "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y"],
    ["//Dave", "5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy"],
    ["//Eve", "5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw"],
    ["//Ferdie", "5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL"],
    ["//Alice//stash", "5GNJqTPyNqANBkUVMN1LPPrxXnFouWXoe2wNSmmEoLctxiZY"],
  ];
  for (const [uri, address] of expected) {
    test(uri, () => assert.equal(keypairFromUri(uri).ss58Address, address, uri));
  }

  test("a seed URI and a mnemonic URI", () => {
    const seed = "0x9c8b6e3d1952260f3c1359abbe718c0ad5a8a5ef554575c6a92bc80b82579a95";
    assert.equal(keypairFromUri(seed).ss58Address, "5Cae1n9VYcUoeZv1JsgAbc1goEykNGxpKaA8NhuWjHDePezE");
    const phrase = "ceiling peanut charge short long multiply dial toy kitchen accident erupt usual";
    assert.equal(keypairFromUri(`${phrase}//1`).ss58Address, keypairFromUri(`${seed}//1`).ss58Address);
    assert.notEqual(keypairFromUri(`${phrase}///pw`).ss58Address, keypairFromUri(phrase).ss58Address);
  });

  test("a bad URI says so", () => {
    assert.throws(() => keypairFromUri("0x1234//x"), /seed: expected 32 bytes of hex, got 2/);
  });
});

// shared/vectors/wallet/README.md
const wallet = {
  coldkey: {
    phrase: "ceiling peanut charge short long multiply dial toy kitchen accident erupt usual",
    seed: "0x9c8b6e3d1952260f3c1359abbe718c0ad5a8a5ef554575c6a92bc80b82579a95",
    publicKey: "0x16d46cfa8baf2aa60fd344be2accd2b0fc98fcb5598d2c69c1857822b4c2813e",
    address: "5Cae1n9VYcUoeZv1JsgAbc1goEykNGxpKaA8NhuWjHDePezE",
    canonical:
      "0x889db93f457bf7d1df2d6d6d75d9377c053fc16a8908066e0d43738ddec7a10c1266a937b9db4839b04a52ce30d29d5ac04cc394605c1b3791446172cd6af26a",
    ed25519Form:
      "0x40ecccfd29dabb8ffe6e696babcbbee12bf809564b4430706b189a6bf43e0e651266a937b9db4839b04a52ce30d29d5ac04cc394605c1b3791446172cd6af26a",
  },
  hotkey: {
    phrase: "morning erode salmon useful depend birth flock green bone fence farm nerve",
    seed: "0xb7ed200fd1172dffe8360904cebd3c4a1aed743b1ed3e5c74e631f22b20e7c69",
    publicKey: "0xe8b2bb0f4f6fb35873793b42229399003a7a2e038435a35d6d9c508b7fec411d",
    address: "5HKp4TqxVGbFV4FToqnP8HPZob4Tzcb7DLNY2ehJJWq7aj5o",
    canonical:
      "0xdec55685978324ec20eef7953586efad60b1f6148fac8918de4af06cdafa5609f628b29add97c11b0474fbf3abbeb5d764faab938bbef33be8a5074c2edb6116",
    ed25519Form:
      "0xf02eb62abc1c24610771bfafac317c6f058bb5a778644dc4f0568267d3d6b74af628b29add97c11b0474fbf3abbeb5d764faab938bbef33be8a5074c2edb6116",
  },
};

describe("the shared test wallet's keys", () => {
  for (const [name, key] of Object.entries(wallet)) {
    test(`${name}: mnemonic, seed and privateKey give the same keypair`, () => {
      const fromPhrase = keypairFromMnemonic(key.phrase);
      const fromSeed = keypairFromSeed(fromHex(key.seed));
      const fromPrivate = keypairFromPrivateKey(fromHex(key.canonical));
      for (const [source, pair] of Object.entries({ fromPhrase, fromSeed, fromPrivate })) {
        assert.equal(toHex(pair.publicKey), key.publicKey, `${name} ${source}`);
        assert.equal(pair.ss58Address, key.address, `${name} ${source}`);
        assert.equal(toHex(pair.secretKey), key.ed25519Form, `${name} ${source}`);
      }
      assert.equal(toHex(toCanonicalPrivateKey(fromPhrase)), key.canonical, name);
    });
  }

  test("an ed25519-form secret is not taken for a canonical one", () => {
    // The coldkey's ed25519-form scalar is ≥ 2^253, so it cannot be canonical.
    assert.throws(() => keypairFromPrivateKey(fromHex(wallet.coldkey.ed25519Form)), KeyDerivationError);
  });
});
