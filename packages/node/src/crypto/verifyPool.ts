/**
 * A pool of worker threads that verifies batches of sr25519 signatures in parallel, for block import
 * and the transaction pool (chain.md §3.1: every extrinsic carries a signature with context
 * "substrate"). One wasm verification costs about a quarter of a millisecond, so a block of a few
 * thousand extrinsics would otherwise hold the event loop, and with it RPC and p2p, for a second.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { cryptoReady, TaoError, verify } from "@opentao/primitives";
import { assertSignedMessage, packSignatures, type SignedMessage } from "./packedSignatures.ts";
import type { VerifyJob, VerifyJobResult } from "./verifyWorker.ts";

export type { SignedMessage } from "./packedSignatures.ts";

/** Options of `createVerifyPool`. */
export type VerifyPoolOptions = {
  /** Worker threads to start; defaults to `os.availableParallelism()`. */
  workers?: number;
  /** Batches with fewer items are verified on the calling thread; default `INLINE_BATCH_BELOW`. */
  inlineBelow?: number;
};

/** A running pool; see `createVerifyPool`. */
export type VerifyPool = {
  /**
   * Verifies every item and resolves with one boolean per item, in input order (true: valid).
   * Rejects with a `VerifyPoolError` if a worker crashes while holding part of the batch, or if the
   * pool is closed; rejects with a TypeError/RangeError naming the index if a key or signature has
   * the wrong length.
   */
  verifyBatch(items: readonly SignedMessage[]): Promise<boolean[]>;
  /** Rejects pending batches, terminates the workers, and resolves once every thread has exited. */
  close(): Promise<void>;
};

/** A batch that the pool could not verify: a worker crashed, or the pool was closed. */
export class VerifyPoolError extends TaoError {
  override name = "VerifyPoolError";
}

/**
 * Batches smaller than this are verified on the calling thread by default. Measured on a 2-core EPYC
 * (Node 20.20, 200-byte messages): one item costs 0.25 ms inline and 0.32 ms through the pool, two
 * items 0.49 ms inline and 0.32 ms through the pool. So the thread hop (~0.07 ms) pays for itself from
 * the second item on, and inlining buys little throughput. What it does buy is latency: workers take
 * chunks in order, so a lone transaction-pool check posted during block import would wait behind
 * the block's chunks (hundreds of ms), while inline it blocks the event loop for under a millisecond.
 */
export const INLINE_BATCH_BELOW = 4;

// Under tsx the module URL ends in .ts and so must the worker's; a compiled build would have .js.
const runsAsTypeScript = import.meta.url.endsWith(".ts");
const workerUrl = new URL(runsAsTypeScript ? "./verifyWorker.ts" : "./verifyWorker.js", import.meta.url);

function spawnVerifyWorker(): Worker {
  if (!runsAsTypeScript) return new Worker(workerUrl);
  // Node 20 does not carry the parent's `--import tsx` hooks into worker threads, and passing
  // `execArgv: ["--import", "tsx"]` registers them too late for the worker's own entry module
  // (ERR_UNKNOWN_FILE_EXTENSION for verifyWorker.ts, checked on Node 20.20). So the entry is a
  // three-line ES module that registers tsx through its API, then imports the TypeScript worker. tsx
  // is resolved from this file, so the pool works whatever the process's working directory.
  const bootstrap = [
    `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};`,
    "register();",
    `await import(${JSON.stringify(workerUrl.href)});`,
  ].join("\n");
  // execArgv: [] so that flags meant for the parent (--test, --import tsx, --inspect) stay there.
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { execArgv: [] });
}

type Batch = {
  readonly results: boolean[];
  remaining: number;
  settled: boolean;
  readonly resolve: (results: boolean[]) => void;
  readonly reject: (error: Error) => void;
};

type Job = { readonly batch: Batch; readonly start: number };

type Slot = {
  /** Undefined after a crash; a new thread is started when the slot next gets work. */
  worker: Worker | undefined;
  /** Jobs posted to this worker and not yet answered, by job id. */
  readonly jobs: Map<number, Job>;
};

function fail(batch: Batch, error: Error): void {
  if (batch.settled) return;
  batch.settled = true;
  batch.reject(error);
}

/**
 * Starts a pool of worker threads that verify sr25519 signatures (context "substrate") with the wasm
 * verifier. Each batch is split into contiguous chunks, one per worker, and each chunk travels as one
 * transferred ArrayBuffer. Idle workers do not keep the process alive; call `close()` when done.
 *
 * @param options.workers Threads to start (default `os.availableParallelism()`).
 * @param options.inlineBelow Smaller batches run on the calling thread (default `INLINE_BATCH_BELOW`).
 * @returns The pool: `verifyBatch(items)` and `close()`.
 * @example
 * const pool = createVerifyPool({ workers: 2 });
 * const valid = await pool.verifyBatch(block.extrinsics.map(({ payload, signature, signer }) =>
 *   ({ message: payload, signature, publicKey: signer })));
 * await pool.close();
 */
export function createVerifyPool(options: VerifyPoolOptions = {}): VerifyPool {
  const { workers = availableParallelism(), inlineBelow = INLINE_BATCH_BELOW } = options;
  if (!Number.isSafeInteger(workers) || workers < 1) {
    throw new RangeError(`workers: expected an integer ≥ 1, got ${workers}`);
  }
  if (!Number.isSafeInteger(inlineBelow) || inlineBelow < 0) {
    throw new RangeError(`inlineBelow: expected an integer ≥ 0, got ${inlineBelow}`);
  }
  return startVerifyPool({ workerCount: workers, inlineBelow, spawn: spawnVerifyWorker });
}

type PoolSetup = { workerCount: number; inlineBelow: number; spawn: () => Worker };

function startVerifyPool({ workerCount, inlineBelow, spawn }: PoolSetup): VerifyPool {
  const slots: Slot[] = [];
  let nextJobId = 0;
  let closed = false;

  function start(slot: Slot, index: number): Worker {
    const worker = spawn();
    // A pool that is only waiting for work must not keep a CLI command or a test process running;
    // the thread is ref'd again while it holds a job so that a pending batch still keeps us alive.
    worker.unref();
    // Once a thread has failed, its slot points elsewhere: its late 'exit' after 'error' is ignored.
    const crashed = (reason: string, cause?: unknown) => {
      if (slot.worker !== worker || closed) return;
      slot.worker = undefined;
      const error = new VerifyPoolError(
        `Signature verification worker ${index + 1} of ${workerCount} ${reason}; the batches it held were not verified.`,
        {
          hints: [
            "Verify the batch again: the pool starts a fresh worker for the next batch.",
            "If it keeps failing, the cause below names what went wrong inside the worker.",
          ],
          ...(cause instanceof Error ? { details: cause.message, cause } : {}),
        },
      );
      for (const { batch } of slot.jobs.values()) fail(batch, error);
      slot.jobs.clear();
    };
    worker.on("error", (cause) => crashed("crashed", cause));
    worker.on("exit", (code) => crashed(`exited with code ${code}`));
    worker.on("message", (reply: VerifyJobResult) => {
      const job = slot.jobs.get(reply.jobId);
      if (job === undefined) return;
      slot.jobs.delete(reply.jobId);
      if (slot.jobs.size === 0) worker.unref();
      const { batch, start } = job;
      if (batch.settled) return;
      if ("error" in reply) {
        fail(
          batch,
          new VerifyPoolError("A signature verification worker could not verify its chunk.", {
            details: reply.error,
          }),
        );
        return;
      }
      for (let k = 0; k < reply.results.length; k++) batch.results[start + k] = reply.results[k] === 1;
      batch.remaining -= 1;
      if (batch.remaining === 0) {
        batch.settled = true;
        batch.resolve(batch.results);
      }
    });
    return worker;
  }

  // Threads start now, not at the first batch: loading tsx and compiling the wasm takes a few hundred
  // milliseconds per thread, which block import should not pay.
  for (let i = 0; i < workerCount; i++) {
    const slot: Slot = { worker: undefined, jobs: new Map() };
    slots.push(slot);
    slot.worker = start(slot, i);
  }

  function post(slotIndex: number, job: Job, buffer: ArrayBuffer): void {
    const slot = slots[slotIndex]!;
    const worker = slot.worker ?? start(slot, slotIndex);
    slot.worker = worker;
    const jobId = nextJobId++;
    slot.jobs.set(jobId, job);
    worker.ref();
    const message: VerifyJob = { jobId, buffer };
    worker.postMessage(message, [buffer]);
  }

  return {
    async verifyBatch(items) {
      if (closed) throw new VerifyPoolError("The signature verification pool is closed.");
      if (items.length === 0) return [];
      if (items.length < inlineBelow) {
        // Resolves at once after the first call; without it the first batches would take the
        // pure-JS path, about seven times slower.
        await cryptoReady();
        items.forEach(assertSignedMessage);
        return items.map(({ message, signature, publicKey }) => verify(message, signature, publicKey));
      }
      // Contiguous chunks, the first (n mod k) one item longer, so results land by simple offset.
      const chunks = Math.min(slots.length, items.length);
      const base = Math.floor(items.length / chunks);
      const longer = items.length % chunks;
      // Pack (and so validate) every chunk before posting any, so a bad item rejects the batch
      // without leaving work queued on the threads.
      const buffers: { start: number; buffer: ArrayBuffer }[] = [];
      let start = 0;
      for (let c = 0; c < chunks; c++) {
        const end = start + base + (c < longer ? 1 : 0);
        buffers.push({ start, buffer: packSignatures(items, start, end) });
        start = end;
      }
      return new Promise<boolean[]>((resolve, reject) => {
        const batch: Batch = {
          results: new Array<boolean>(items.length).fill(false),
          remaining: chunks,
          settled: false,
          resolve,
          reject,
        };
        for (const [c, { start, buffer }] of buffers.entries()) post(c, { batch, start }, buffer);
      });
    },

    async close() {
      if (closed) return;
      closed = true;
      const error = new VerifyPoolError(
        "The signature verification pool was closed before the batch finished.",
      );
      const exits: Promise<number>[] = [];
      for (const slot of slots) {
        for (const { batch } of slot.jobs.values()) fail(batch, error);
        slot.jobs.clear();
        if (slot.worker !== undefined) exits.push(slot.worker.terminate());
        slot.worker = undefined;
      }
      await Promise.all(exits);
    },
  };
}

/** Internals for tests only: start a pool whose threads come from `spawn` (to simulate crashes). */
export const __TESTS = { startVerifyPool };
