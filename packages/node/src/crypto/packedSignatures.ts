/**
 * The wire format between the verify pool and its workers: a run of signed messages packed into one
 * ArrayBuffer, so that a chunk of thousands of items crosses the thread boundary as a single transfer
 * (a move, no copy) instead of thousands of structured-cloned Uint8Arrays.
 *
 * Layout, all offsets in bytes:
 *
 * ```
 * 0                    Uint32 count n
 * 4                    Uint32 messageEnd[0..n)   end of message i, relative to the messages region
 * 4 + 4n               publicKey[0..n)           32 bytes each
 * 4 + 36n              signature[0..n)           64 bytes each
 * 4 + 100n             messages, back to back
 * ```
 *
 * The header uses the platform's byte order (Uint32Array): both ends are threads of one process.
 */
import { assertBytes, verify } from "@opentao/primitives";

/** One signature to check: `signature` must be `publicKey`'s sr25519 signature of `message`. */
export type SignedMessage = {
  readonly message: Uint8Array;
  /** 64 bytes. */
  readonly signature: Uint8Array;
  /** 32 bytes. */
  readonly publicKey: Uint8Array;
};

const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;

/** Checks the kinds and lengths of `items[index]`, naming the index (e.g. "items[3].signature: …"). */
export function assertSignedMessage(item: SignedMessage, index: number): void {
  assertBytes(item.message, undefined, `items[${index}].message`);
  assertBytes(item.signature, SIGNATURE_BYTES, `items[${index}].signature`);
  assertBytes(item.publicKey, PUBLIC_KEY_BYTES, `items[${index}].publicKey`);
}

/**
 * Packs `items[start..end)` into one ArrayBuffer in the layout above, ready to transfer to a worker.
 * Checks every key and signature length first and names the offending index.
 */
export function packSignatures(items: readonly SignedMessage[], start: number, end: number): ArrayBuffer {
  const count = end - start;
  let messageBytes = 0;
  for (let i = start; i < end; i++) {
    const item = items[i]!;
    assertSignedMessage(item, i);
    messageBytes += item.message.length;
  }
  const keysAt = 4 + 4 * count;
  const signaturesAt = keysAt + PUBLIC_KEY_BYTES * count;
  const messagesAt = signaturesAt + SIGNATURE_BYTES * count;
  const buffer = new ArrayBuffer(messagesAt + messageBytes);
  const header = new Uint32Array(buffer, 0, 1 + count);
  const bytes = new Uint8Array(buffer);
  header[0] = count;
  let messageEnd = 0;
  for (let k = 0; k < count; k++) {
    const { message, signature, publicKey } = items[start + k]!;
    bytes.set(publicKey, keysAt + PUBLIC_KEY_BYTES * k);
    bytes.set(signature, signaturesAt + SIGNATURE_BYTES * k);
    bytes.set(message, messagesAt + messageEnd);
    messageEnd += message.length;
    header[1 + k] = messageEnd;
  }
  return buffer;
}

/**
 * Verifies every item of a buffer made by `packSignatures`, in order, with primitives' `verify`
 * (wasm once `cryptoReady()` has resolved). Returns one byte per item: 1 valid, 0 invalid.
 */
export function verifyPackedSignatures(buffer: ArrayBuffer): Uint8Array {
  const count = new Uint32Array(buffer, 0, 1)[0]!;
  const header = new Uint32Array(buffer, 0, 1 + count);
  const bytes = new Uint8Array(buffer);
  const keysAt = 4 + 4 * count;
  const signaturesAt = keysAt + PUBLIC_KEY_BYTES * count;
  const messagesAt = signaturesAt + SIGNATURE_BYTES * count;
  const results = new Uint8Array(count);
  let messageStart = 0;
  for (let k = 0; k < count; k++) {
    const messageEnd = header[1 + k]!;
    // Views, not copies: the wasm bridge copies its inputs into wasm memory anyway.
    const valid = verify(
      bytes.subarray(messagesAt + messageStart, messagesAt + messageEnd),
      bytes.subarray(signaturesAt + SIGNATURE_BYTES * k, signaturesAt + SIGNATURE_BYTES * (k + 1)),
      bytes.subarray(keysAt + PUBLIC_KEY_BYTES * k, keysAt + PUBLIC_KEY_BYTES * (k + 1)),
    );
    results[k] = valid ? 1 : 0;
    messageStart = messageEnd;
  }
  return results;
}
