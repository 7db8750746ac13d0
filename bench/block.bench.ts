/**
 * Block import throughput (chain.md §3–§4): one block of 1,000 signed `transfer_keep_alive` extrinsics
 * from 1,000 distinct signers, imported with `applyBlock` on top of the same genesis state each time
 * (a fresh overlay per run), header roots checked. Three figures:
 * - inline: applyBlock verifies each signature itself, on one core;
 * - pool: the node's path — signing messages extracted, signatures verified on the worker pool
 *   (`createVerifyPool`, every core), then applyBlock with `signatureResults`; timed end to end;
 * - runtime only: applyBlock with the signatures already verified, i.e. what the pool path adds.
 * Every run checks that all 1,000 extrinsics verified and succeeded.
 */
import { availableParallelism } from "node:os";
import { blake2b256, cryptoReady, keypairFromSeed } from "@opentao/primitives";
import { createVerifyPool } from "../packages/node/src/crypto/verifyPool.ts";
import {
  type AppliedBlock,
  applyBlock,
  type Block,
  buildBlock,
  buildGenesis,
  extrinsicSignedMessage,
  MemoryStore,
  Overlay,
  type SignedExtrinsic,
  signExtrinsic,
} from "../packages/runtime/src/index.ts";
import { type Benchmark, measureRate } from "./harness.ts";

const EXTRINSICS = 1_000;
const TAO = 1_000_000_000n;

type Fixture = { readonly genesis: MemoryStore; readonly genesisHash: string; readonly block: Block };

let fixture: Promise<Fixture> | undefined;

/** Genesis with 1,000 funded signers and one block of their transfers (~1 s of signing), made once. */
function blockFixture(): Promise<Fixture> {
  fixture ??= (async () => {
    await cryptoReady();
    const keys = Array.from({ length: EXTRINSICS }, (_, i) =>
      keypairFromSeed(blake2b256(`block bench signer ${i}`)),
    );
    const genesis = new MemoryStore();
    const { hash: genesisHash } = buildGenesis(
      {
        chainName: "block-bench",
        specVersion: 1,
        fastBlocks: true,
        authorities: [{ account: keys[0]!.ss58Address, weight: "1" }],
        balances: keys.map((k) => [k.ss58Address, (100n * TAO).toString()] as const),
      },
      genesis,
    );
    const extrinsics: SignedExtrinsic[] = keys.map((signer, i) =>
      signExtrinsic(
        {
          chain: genesisHash,
          spec: 1,
          signer: signer.ss58Address,
          nonce: 0,
          tip: "0",
          validUntil: null,
          call: {
            module: "Balances",
            method: "transfer_keep_alive",
            args: { dest: keys[(i + 1) % keys.length]!.ss58Address, value: (TAO + BigInt(i)).toString() },
          },
        },
        signer,
      ),
    );
    const fields = { number: 1, parentHash: genesisHash, timestamp: 250, author: keys[0]!.ss58Address };
    const built = buildBlock(new Overlay(genesis), fields, extrinsics, { genesisHash });
    if (built.block.extrinsics.length !== EXTRINSICS) throw new Error("the bench block lost extrinsics");
    return { genesis, genesisHash, block: built.block };
  })();
  return fixture;
}

function checkApplied(applied: AppliedBlock): void {
  const failed = applied.results.filter((r) => !r.success).length;
  if (applied.results.length !== EXTRINSICS || failed > 0) {
    throw new Error(
      `expected ${EXTRINSICS} successful extrinsics, got ${applied.results.length} with ${failed} failed`,
    );
  }
}

function result(perSecond: number, operations: number, seconds: number, how: string) {
  return {
    value: perSecond,
    unit: "extrinsics/s",
    detail: `${how}; ${operations.toLocaleString("en-US")} extrinsics (blocks of ${EXTRINSICS} transfers) in ${seconds.toFixed(1)} s`,
  };
}

export const benchmarks: readonly Benchmark[] = [
  {
    name: "block import, 1,000 transfers, signatures verified inline (1 core)",
    async run() {
      const { genesis, genesisHash, block } = await blockFixture();
      const step = () => {
        checkApplied(applyBlock(new Overlay(genesis), block, { genesisHash }));
        return EXTRINSICS;
      };
      const { perSecond, operations, seconds } = await measureRate(step, { warmupMs: 700, durationMs: 4000 });
      return result(perSecond, operations, seconds, "applyBlock verifying each signature (wasm)");
    },
  },
  {
    name: "block import, 1,000 transfers, verify pool then applyBlock",
    target: { atLeast: 5000 },
    async run() {
      const { genesis, genesisHash, block } = await blockFixture();
      const workers = availableParallelism();
      const pool = createVerifyPool({ workers });
      try {
        const step = async () => {
          const items = block.extrinsics.map((extrinsic) => extrinsicSignedMessage(extrinsic)!);
          const signatureResults = await pool.verifyBatch(items);
          if (!signatureResults.every(Boolean)) throw new Error("a valid signature did not verify");
          checkApplied(applyBlock(new Overlay(genesis), block, { genesisHash, signatureResults }));
          return EXTRINSICS;
        };
        const { perSecond, operations, seconds } = await measureRate(step, {
          warmupMs: 1500,
          durationMs: 5000,
        });
        return result(
          perSecond,
          operations,
          seconds,
          `signing messages + createVerifyPool({ workers: ${workers} }).verifyBatch + applyBlock(signatureResults)`,
        );
      } finally {
        await pool.close();
      }
    },
  },
  {
    name: "block import, 1,000 transfers, signatures pre-verified (runtime only)",
    async run() {
      const { genesis, genesisHash, block } = await blockFixture();
      const signatureResults = block.extrinsics.map(() => true);
      const step = () => {
        checkApplied(applyBlock(new Overlay(genesis), block, { genesisHash, signatureResults }));
        return EXTRINSICS;
      };
      const { perSecond, operations, seconds } = await measureRate(step, { warmupMs: 500, durationMs: 3000 });
      return result(perSecond, operations, seconds, "applyBlock with signatureResults, roots checked");
    },
  },
];
