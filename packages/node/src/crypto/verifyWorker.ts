/**
 * The body of one verify-pool worker thread (see verifyPool.ts). It receives chunks packed by
 * `packSignatures`, verifies them with the wasm sr25519 verifier, and sends back one byte per item.
 */
import { parentPort } from "node:worker_threads";
import { cryptoReady } from "@opentao/primitives";
import { verifyPackedSignatures } from "./packedSignatures.ts";

/** Pool → worker: one contiguous chunk of a batch. */
export type VerifyJob = { readonly jobId: number; readonly buffer: ArrayBuffer };

/** Worker → pool: the chunk's results (1 valid, 0 invalid, in chunk order), or why it could not run. */
export type VerifyJobResult =
  | { readonly jobId: number; readonly results: Uint8Array }
  | { readonly jobId: number; readonly error: string };

const port = parentPort;
if (port === null) throw new Error("verifyWorker.ts runs only as a worker thread of createVerifyPool");

// Started once at load, so the wasm module compiles while the first chunk is still being packed;
// every job awaits the same promise.
const ready = cryptoReady();

port.on("message", async ({ jobId, buffer }: VerifyJob) => {
  await ready;
  let reply: VerifyJobResult;
  try {
    reply = { jobId, results: verifyPackedSignatures(buffer) };
  } catch (error) {
    // A bad chunk fails its own batch; it must not take down the thread and every other batch with it.
    reply = { jobId, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply, "results" in reply ? [reply.results.buffer as ArrayBuffer] : []);
});
