import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { after, describe, test } from "node:test";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";
import { type Keypair, keypairFromUri, sign, verify } from "@opentao/primitives";
import {
  __TESTS,
  createVerifyPool,
  INLINE_BATCH_BELOW,
  type SignedMessage,
  VerifyPoolError,
} from "./verifyPool.ts";

const keys = ["//Alice", "//Bob", "//Charlie", "//Dave", "//Eve", "//Ferdie"].map(keypairFromUri);

function flipped(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index]! ^= 1;
  return copy;
}

// Lengths vary (0 to 250 bytes) so that a wrong offset in the packed chunk shows up as a wrong answer.
function messageFor(i: number): Uint8Array {
  return new TextEncoder().encode(`opentao/tx/v1:${i}:`.padEnd((i * 37) % 251, "x"));
}

type Case = { item: SignedMessage; expected: boolean; kind: string };

// Signing is the slow part (~1 ms each), so every signature is made once and batches reuse them.
const signed = Array.from({ length: 400 }, (_, i) => {
  const signer = keys[i % keys.length]!;
  const message = messageFor(i);
  return { signer, message, signature: sign(message, signer) };
});

/** Item i of a mixed batch: two in five valid, then wrong message, wrong key, flipped signature bit. */
function caseFor(i: number): Case {
  const { signer, message, signature } = signed[i % signed.length]!;
  const other: Keypair = keys[(i + 1) % keys.length]!;
  const { publicKey } = signer;
  switch (i % 5) {
    case 2:
      return {
        item: { message: flipped(message, 0), signature, publicKey },
        expected: false,
        kind: "message",
      };
    case 3:
      return { item: { message, signature, publicKey: other.publicKey }, expected: false, kind: "key" };
    case 4:
      return {
        item: { message, signature: flipped(signature, 20), publicKey },
        expected: false,
        kind: "bit",
      };
    default:
      return { item: { message, signature, publicKey }, expected: true, kind: "valid" };
  }
}

function mixedBatch(size: number, offset = 0): Case[] {
  return Array.from({ length: size }, (_, i) => caseFor(i + offset));
}

function assertResults(actual: boolean[], cases: Case[], label: string): void {
  assert.equal(actual.length, cases.length, `${label}: length`);
  cases.forEach(({ expected, kind }, i) => {
    assert.equal(actual[i], expected, `${label}: item ${i} (${kind})`);
  });
}

describe("createVerifyPool with 2 workers", () => {
  const pool = createVerifyPool({ workers: 2 });
  after(() => pool.close());

  // Both sides of the inline threshold, an odd size that splits unevenly, and a block-sized batch.
  const sizes = [1, INLINE_BATCH_BELOW - 1, INLINE_BATCH_BELOW, INLINE_BATCH_BELOW + 1, 63, 64, 257, 1000];
  for (const size of sizes) {
    test(`a mixed batch of ${size} comes back as the expected booleans, in order`, async () => {
      const cases = mixedBatch(size, size);
      assertResults(await pool.verifyBatch(cases.map(({ item }) => item)), cases, `size ${size}`);
    });
  }

  test("the mixed batch itself agrees with primitives' verify", () => {
    for (const { item, expected, kind } of mixedBatch(10)) {
      assert.equal(verify(item.message, item.signature, item.publicKey), expected, kind);
    }
  });

  test("concurrent batches each get their own results", async () => {
    const batches = [300, 2, 101, 64, 500].map((size, b) => mixedBatch(size, 7 * b));
    const results = await Promise.all(
      batches.map((cases) => pool.verifyBatch(cases.map(({ item }) => item))),
    );
    results.forEach((actual, b) => {
      assertResults(actual, batches[b]!, `batch ${b}`);
    });
  });

  test("an empty batch resolves to an empty array", async () => {
    assert.deepEqual(await pool.verifyBatch([]), []);
  });

  test("a signature of the wrong length rejects the batch and names the item", async () => {
    const items = mixedBatch(100).map(({ item }) => item);
    items[42] = { ...items[42]!, signature: new Uint8Array(63) };
    await assert.rejects(pool.verifyBatch(items), {
      name: "RangeError",
      message: "items[42].signature: expected Uint8Array of length 64, got length=63",
    });
    await assert.rejects(pool.verifyBatch([items[0]!, { ...items[1]!, publicKey: new Uint8Array(33) }]), {
      name: "RangeError",
      message: "items[1].publicKey: expected Uint8Array of length 32, got length=33",
    });
    // The pool is still usable afterwards.
    const cases = mixedBatch(100);
    assertResults(await pool.verifyBatch(cases.map(({ item }) => item)), cases, "after the bad batch");
  });
});

describe("createVerifyPool options and lifecycle", () => {
  test("a worker count below 1 is refused", () => {
    assert.throws(() => createVerifyPool({ workers: 0 }), {
      name: "RangeError",
      message: "workers: expected an integer ≥ 1, got 0",
    });
  });

  test("inlineBelow: 0 sends even a single item through a worker", async () => {
    const pool = createVerifyPool({ workers: 2, inlineBelow: 0 });
    try {
      const cases = mixedBatch(5);
      assertResults(await pool.verifyBatch(cases.map(({ item }) => item)), cases, "inlineBelow 0");
    } finally {
      await pool.close();
    }
  });

  test("close() rejects pending batches, resolves, and later batches are refused", async () => {
    const pool = createVerifyPool({ workers: 2 });
    const pending = pool.verifyBatch(mixedBatch(400).map(({ item }) => item));
    // Expect the rejection before closing: close() rejects the batch while it runs.
    const rejected = assert.rejects(pending, {
      name: "VerifyPoolError",
      shortMessage: "The signature verification pool was closed before the batch finished.",
    });
    await pool.close();
    await rejected;
    await assert.rejects(pool.verifyBatch(mixedBatch(1).map(({ item }) => item)), {
      name: "VerifyPoolError",
      shortMessage: "The signature verification pool is closed.",
    });
    await pool.close(); // a second close is harmless
  });
});

describe("a crashing worker", () => {
  // Eval'd CommonJS workers that fail on their first job, in the two ways a thread can die.
  const throwing =
    "require('node:worker_threads').parentPort.on('message', () => { throw new Error('wasm trap'); });";
  const exiting = "require('node:worker_threads').parentPort.on('message', () => process.exit(3));";
  const spawnFrom = (code: string) => () => new Worker(code, { eval: true });

  test("an uncaught error rejects the pending batch with a clear error", async () => {
    const pool = __TESTS.startVerifyPool({ workerCount: 2, inlineBelow: 4, spawn: spawnFrom(throwing) });
    try {
      const error = await pool.verifyBatch(mixedBatch(10).map(({ item }) => item)).then(
        () => assert.fail("the batch should have been rejected"),
        (error: unknown) => error,
      );
      assert.ok(error instanceof VerifyPoolError);
      assert.match(
        error.shortMessage,
        /^Signature verification worker [12] of 2 crashed; the batches it held were not verified\.$/,
      );
      assert.equal(error.details, "wasm trap");
      // The crashed slot gets a fresh thread: the next batch is attempted (and fails the same way).
      await assert.rejects(pool.verifyBatch(mixedBatch(10).map(({ item }) => item)), VerifyPoolError);
    } finally {
      await pool.close();
    }
  });

  test("a worker that exits rejects the pending batch with its exit code", async () => {
    const pool = __TESTS.startVerifyPool({ workerCount: 2, inlineBelow: 4, spawn: spawnFrom(exiting) });
    try {
      await assert.rejects(pool.verifyBatch(mixedBatch(10).map(({ item }) => item)), {
        name: "VerifyPoolError",
        shortMessage: /^Signature verification worker [12] of 2 exited with code 3;/,
      });
    } finally {
      await pool.close();
    }
  });
});

describe("in a process of its own", () => {
  const run = promisify(execFile);
  const poolUrl = new URL("./verifyPool.ts", import.meta.url).href;
  const primitivesUrl = import.meta.resolve("@opentao/primitives");
  // Started from the temp dir, so tsx must be found from the pool's file, not the working directory.
  const script = (tail: string) => `
    import { keypairFromUri, sign } from ${JSON.stringify(primitivesUrl)};
    import { createVerifyPool } from ${JSON.stringify(poolUrl)};
    const alice = keypairFromUri("//Alice");
    const items = Array.from({ length: 50 }, (_, i) => {
      const message = new Uint8Array(200).fill(i);
      return { message, signature: sign(message, alice), publicKey: alice.publicKey };
    });
    const pool = createVerifyPool({ workers: 2 });
    const results = await pool.verifyBatch(items);
    console.log(results.filter(Boolean).length);
    ${tail}`;
  const node = (source: string) =>
    run(process.execPath, ["--import", import.meta.resolve("tsx"), "--input-type=module", "-e", source], {
      cwd: tmpdir(),
      timeout: 30_000,
    });

  test("exits once close() has resolved", async () => {
    const { stdout } = await node(script("await pool.close(); console.log('closed');"));
    assert.equal(stdout, "50\nclosed\n");
  });

  test("a pending batch keeps the process alive, and idle workers do not", async () => {
    // Without close(): top-level await would end with exit code 13 if the busy workers were unref'd,
    // and the process would hang until the timeout if idle workers were still ref'd.
    const { stdout } = await node(script(""));
    assert.equal(stdout, "50\n");
  });
});
