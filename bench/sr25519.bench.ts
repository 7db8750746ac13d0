/**
 * sr25519 verification throughput (chain.md §3.1), the cost that bounds block import and the
 * transaction pool: one thread through the wasm verifier, one thread through the pure-JS fallback,
 * and every core through the node's verify pool. All three check the same pre-signed ~200-byte
 * messages, and each run fails if any signature does not verify.
 */
import { availableParallelism } from "node:os";
import { cryptoReady, keypairFromUri, sign, verify } from "@opentao/primitives";
// The exact function primitives' `verify` falls back to before `cryptoReady()`. It is imported
// directly because @polkadot/util-crypto starts loading the wasm as soon as primitives is imported,
// so primitives' own pure-JS path cannot be held open for seconds.
import { verify as pureJsVerify } from "@scure/sr25519";
import { createVerifyPool, type SignedMessage } from "../packages/node/src/crypto/verifyPool.ts";
import { type Benchmark, measureRate } from "./harness.ts";

const MESSAGES = 3000;
const MESSAGE_BYTES = 200;

let fixture: SignedMessage[] | undefined;

/** 3,000 messages of 200 bytes signed by six dev keys; made once (~2.5 s of signing) and shared. */
function signedMessages(): SignedMessage[] {
  if (fixture !== undefined) return fixture;
  const keys = ["//Alice", "//Bob", "//Charlie", "//Dave", "//Eve", "//Ferdie"].map(keypairFromUri);
  fixture = Array.from({ length: MESSAGES }, (_, i) => {
    const signer = keys[i % keys.length]!;
    // Distinct contents, shaped like a canonical-JSON extrinsic payload.
    const text = `{"call":"transfer","nonce":${i},"dest":"${signer.ss58Address}","value":"${i * 1_000_003}"}`;
    const message = new TextEncoder().encode(text.padEnd(MESSAGE_BYTES, " "));
    return { message, signature: sign(message, signer), publicKey: signer.publicKey };
  });
  return fixture;
}

/** A step for measureRate: verifies the next `count` items (cycling), throws on any failure. */
function verifyingStep(check: (item: SignedMessage) => boolean, count: number): () => number {
  const items = signedMessages();
  let next = 0;
  return () => {
    for (let k = 0; k < count; k++) {
      const item = items[next]!;
      if (!check(item)) throw new Error(`item ${next}: a valid signature did not verify`);
      next = (next + 1) % items.length;
    }
    return count;
  };
}

function rateResult(perSecond: number, operations: number, seconds: number, how: string) {
  return {
    value: perSecond,
    unit: "verifications/s",
    detail: `${how}; ${operations.toLocaleString("en-US")} verifications in ${seconds.toFixed(1)} s, ${MESSAGE_BYTES}-byte messages`,
  };
}

export const benchmarks: readonly Benchmark[] = [
  {
    name: "sr25519 verify, wasm, 1 thread",
    target: { atLeast: 2500 },
    async run() {
      await cryptoReady();
      const step = verifyingStep(
        ({ message, signature, publicKey }) => verify(message, signature, publicKey),
        100,
      );
      const { perSecond, operations, seconds } = await measureRate(step, { warmupMs: 500, durationMs: 4000 });
      return rateResult(perSecond, operations, seconds, "primitives verify() after cryptoReady()");
    },
  },
  {
    name: "sr25519 verify, pure JS, 1 thread",
    async run() {
      const step = verifyingStep(
        ({ message, signature, publicKey }) => pureJsVerify(message, signature, publicKey),
        20,
      );
      const { perSecond, operations, seconds } = await measureRate(step, { warmupMs: 500, durationMs: 3000 });
      return rateResult(
        perSecond,
        operations,
        seconds,
        "@scure/sr25519, primitives' fallback before cryptoReady()",
      );
    },
  },
  {
    name: "sr25519 verify, worker pool, all cores",
    target: { atLeast: 5000 },
    async run() {
      const items = signedMessages();
      const workers = availableParallelism();
      const startedAt = performance.now();
      const pool = createVerifyPool({ workers });
      try {
        const first = await pool.verifyBatch(items);
        const firstMs = performance.now() - startedAt;
        if (!first.every(Boolean)) throw new Error("a valid signature did not verify in the pool");
        // Each step is one block-sized batch: split across the workers, results back in order.
        const step = async () => {
          const results = await pool.verifyBatch(items);
          if (!results.every(Boolean)) throw new Error("a valid signature did not verify in the pool");
          return results.length;
        };
        const { perSecond, operations, seconds } = await measureRate(step, {
          warmupMs: 500,
          durationMs: 5000,
        });
        return rateResult(
          perSecond,
          operations,
          seconds,
          `createVerifyPool({ workers: ${workers} }), batches of ${items.length.toLocaleString("en-US")}; ` +
            `first batch incl. thread start-up ${Math.round(firstMs)} ms`,
        );
      } finally {
        await pool.close();
      }
    },
  },
];
