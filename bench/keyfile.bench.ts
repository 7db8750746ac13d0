/**
 * Wallet keyfile costs (issue: btcli-compatible wallets): unlocking a `$NACL` coldkey with btcli's real
 * Argon2i parameters (t=8, 512 MiB), and the secretbox step alone once the key is derived.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { decodeKeyfile, deriveNaclKey } from "@opentao/sdk";
import { TEST_WALLET, VECTORS_PATH } from "../test/testWallet.ts";
import { type Benchmark, measureTime } from "./harness.ts";

const coldkeyPath = join(VECTORS_PATH, "wallet", "coldkey");

async function unlockChecked(
  data: Uint8Array,
  secret: { password?: string; naclKey?: Uint8Array },
): Promise<void> {
  const { keypair } = await decodeKeyfile(data, coldkeyPath, secret);
  // A fast path that skipped the work would not produce the right address.
  if (keypair.ss58Address !== TEST_WALLET.coldkey.ss58Address) throw new Error("unlocked the wrong key");
}

export const benchmarks: readonly Benchmark[] = [
  {
    name: "coldkey unlock, real Argon2i parameters",
    async run() {
      const data = new Uint8Array(await readFile(coldkeyPath));
      const { medianMs, runs } = await measureTime(
        () => unlockChecked(data, { password: TEST_WALLET.password }),
        {
          warmup: 0,
          runs: 3,
        },
      );
      return {
        value: medianMs,
        unit: "ms",
        detail: `median of ${runs} unlocks of the shared btcli coldkey (Argon2i t=8, m=512 MiB)`,
      };
    },
  },
  {
    name: "coldkey decrypt with a derived key (secretbox + keypair)",
    async run() {
      const data = new Uint8Array(await readFile(coldkeyPath));
      const naclKey = await deriveNaclKey(TEST_WALLET.password);
      const { medianMs, runs } = await measureTime(() => unlockChecked(data, { naclKey }), {
        warmup: 5,
        runs: 50,
      });
      return { value: medianMs, unit: "ms", detail: `median of ${runs}; what a cached key costs per unlock` };
    },
  },
];
