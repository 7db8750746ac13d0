/**
 * Runtime block cost with subnets at full size (issue "Speed (bench/)"): `applyBlock` of
 * - a block of 64 `set_weights` extrinsics, each a full row of 256 entries, on one 256-UID subnet whose
 *   64 validators hold stake and permits; signatures verified inline, and pre-verified (runtime only);
 * - a block in which 32 subnets of 256 UIDs each run their epoch (all due in the same block, tempo 3,
 *   `MaxEpochsPerBlock` 32), every validator holding a full weight row and a bond row from the
 *   warm-up epoch before.
 *
 * Set-up: genesis (`buildGenesis`) creates the started subnets and the validators' stake (spec
 * `stakes`, i.e. `stakeInto`); the remaining UIDs are filled with neurons/'s own `associateHotkey` +
 * `appendNeuron` (8,160 `burned_register` extrinsics would take most of the bench's time budget); then
 * real blocks: the first epoch (block 3) hands out the permits, signed `set_weights` extrinsics set every
 * validator's row (blocks 4–5), the second epoch (block 6) forms the bonds, and block 9 is the measured
 * one (the weights block is block 4 for the set_weights benchmark). The same 64 validator hotkeys and 191 miner hotkeys are registered on every subnet. Each run
 * applies the block on a fresh overlay over the same state, roots checked, and checks that the work
 * happened (64 `WeightsSet`, or 32 `EpochRun` with bonds in the state before).
 */
import { blake2b256, cryptoReady, type Keypair, keypairFromSeed } from "@opentao/primitives";
import {
  type AppliedBlock,
  applyBlock,
  type Block,
  buildBlock,
  buildGenesis,
  type ChainSpecJson,
  DEV_ACCOUNTS,
  MemoryStore,
  Overlay,
  type SignedExtrinsic,
  signExtrinsic,
} from "../packages/runtime/src/index.ts";
import { appendNeuron } from "../packages/runtime/src/neurons/appendNeuron.ts";
import { associateHotkey } from "../packages/runtime/src/neurons/hotkeyOwner.ts";
import {
  Bonds,
  SubnetworkN,
  ValidatorPermit,
  Weights,
} from "../packages/runtime/src/neurons/neuronsStorage.ts";
import { mulberry32 } from "../test/mulberry32.ts";
import { type Benchmark, measureTime } from "./harness.ts";

const TAO = 1_000_000_000n;
const UIDS = 256;
const VALIDATORS = 64;
const MINERS = UIDS - 1 - VALIDATORS; // uid 0 is the owner hotkey
/** Short, so that set-up needs few blocks (each costs a full state-root pass); the epoch's work does not depend on it. */
const TEMPO = 3;
const EPOCH_SUBNETS = 32;

type Keys = { readonly validators: readonly Keypair[]; readonly miners: readonly string[] };
let keys: Keys | undefined;

/** The 64 validator keypairs and 191 miner hotkeys, shared by every subnet; derived on first use. */
function benchKeys(): Keys {
  keys ??= {
    validators: Array.from({ length: VALIDATORS }, (_, i) =>
      keypairFromSeed(blake2b256(`runtime bench validator ${i}`)),
    ),
    miners: Array.from(
      { length: MINERS },
      (_, i) => keypairFromSeed(blake2b256(`runtime bench miner ${i}`)).ss58Address,
    ),
  };
  return keys;
}

/** A chain being driven block by block: the committed state, its genesis hash and its last block hash. */
type Chain = {
  readonly store: MemoryStore;
  readonly genesisHash: string;
  parentHash: string;
  number: number;
};

/**
 * Genesis with `subnets` started subnets (tempo 3, all epochs due at blocks 3, 6, 9 …), each
 * validator staked `10 + i` TAO on every subnet, then every subnet filled to 256 UIDs:
 * owner hotkey uid 0, validators uids 1–64, miners uids 65–255.
 */
function fullSubnets(subnets: number): Chain {
  const { validators: validatorKeys, miners: minerHotkeys } = benchKeys();
  const spec: ChainSpecJson = {
    chainName: "runtime-bench",
    specVersion: 1,
    fastBlocks: true,
    sudo: DEV_ACCOUNTS.alice,
    authorities: [{ account: DEV_ACCOUNTS.alice, weight: "1" }],
    balances: [
      ...Object.values(DEV_ACCOUNTS).map((a) => [a, (1_000_000n * TAO).toString()] as const),
      // Hotkeys that sign set_weights need an account.
      ...validatorKeys.map((k) => [k.ss58Address, TAO.toString()] as const),
    ],
    params: { MaxEpochsPerBlock: Math.max(32, subnets) },
    subnets: Array.from({ length: subnets }, (_, s) => ({
      owner: DEV_ACCOUNTS.alice,
      ownerHotkey: keypairFromSeed(blake2b256(`runtime bench owner hotkey ${s}`)).ss58Address,
      lock: (1_000n * TAO).toString(),
      startCall: true,
      hyperparams: { tempo: TEMPO },
    })),
    stakes: Array.from({ length: subnets }, (_, s) =>
      validatorKeys.map((k, i) => ({
        coldkey: DEV_ACCOUNTS.bob,
        hotkey: k.ss58Address,
        netuid: s + 1,
        tao: ((10n + BigInt(i)) * TAO).toString(),
      })),
    ).flat(),
  };
  const store = new MemoryStore();
  const { hash } = buildGenesis(spec, store);
  for (const miner of minerHotkeys) associateHotkey(store, DEV_ACCOUNTS.dave, miner);
  for (let netuid = 1; netuid <= subnets; netuid++) {
    for (const hotkey of [...validatorKeys.map((k) => k.ss58Address), ...minerHotkeys]) {
      appendNeuron(store, netuid, hotkey, 0);
    }
    if (SubnetworkN.get(store, netuid) !== UIDS) throw new Error(`subnet ${netuid}: expected ${UIDS} uids`);
  }
  return { store, genesisHash: hash, parentHash: hash, number: 0 };
}

function fields(chain: Chain) {
  const number = chain.number + 1;
  return { number, parentHash: chain.parentHash, timestamp: number * 250, author: DEV_ACCOUNTS.ferdie };
}

/** Builds and commits the next block; every candidate must go in and succeed. */
function advance(chain: Chain, extrinsics: readonly SignedExtrinsic[] = []): AppliedBlock {
  const built = buildBlock(chain.store, fields(chain), extrinsics, { genesisHash: chain.genesisHash });
  if (built.skipped.length > 0 || built.results.some((r) => !r.success)) {
    throw new Error(`set-up block ${built.header.number}: an extrinsic was skipped or failed`);
  }
  chain.number = built.header.number;
  chain.parentHash = built.hash;
  return built;
}

/** Blocks up to and including `target`. */
function advanceTo(chain: Chain, target: number): AppliedBlock[] {
  const applied: AppliedBlock[] = [];
  while (chain.number < target) applied.push(advance(chain));
  return applied;
}

function countEvents(applied: AppliedBlock | readonly AppliedBlock[], name: string): number {
  const blocks: readonly AppliedBlock[] = "events" in applied ? [applied] : applied;
  return blocks.reduce((sum, b) => sum + b.events.filter((e) => e.name === name).length, 0);
}

/** Validator `v`'s full row over all 256 uids on `netuid`, seeded so every run signs the same thing. */
function setWeights(chain: Chain, validator: Keypair, v: number, netuid: number, nonce: number) {
  const next = mulberry32(0xbe7c + netuid * 1_000 + v);
  const dests = Array.from({ length: UIDS }, (_, j) => j);
  const weights = dests.map(() => 1 + (next() % 65_535));
  return signExtrinsic(
    {
      chain: chain.genesisHash,
      spec: 1,
      signer: validator.ss58Address,
      nonce,
      tip: "0",
      validUntil: null,
      call: {
        module: "SubtensorModule",
        method: "set_weights",
        args: { netuid, dests, weights, version_key: 0 },
      },
    },
    validator,
  );
}

/** The chain at block 3: the first epoch ran on every subnet and gave the 64 validators their permits. */
function afterFirstEpoch(subnets: number): Chain {
  const chain = fullSubnets(subnets);
  const epochs = countEvents(advanceTo(chain, TEMPO), "EpochRun");
  if (epochs !== subnets) throw new Error(`first epoch: expected ${subnets} EpochRun, got ${epochs}`);
  for (let netuid = 1; netuid <= subnets; netuid++) {
    for (let uid = 1; uid <= VALIDATORS; uid++) {
      if (!ValidatorPermit.get(chain.store, netuid, uid)) {
        throw new Error(`subnet ${netuid}: validator uid ${uid} has no permit after the first epoch`);
      }
    }
  }
  return chain;
}

type Fixture = { readonly store: MemoryStore; readonly genesisHash: string; readonly block: Block };

let weightsFixture: Promise<Fixture> | undefined;
let epochsFixture: Promise<Fixture> | undefined;

/** One subnet at block 3 and block 4: 64 set_weights of 256 entries, built (roots) on an overlay. */
function setWeightsFixture(): Promise<Fixture> {
  weightsFixture ??= (async () => {
    await cryptoReady();
    const chain = afterFirstEpoch(1);
    const extrinsics = benchKeys().validators.map((k, v) => setWeights(chain, k, v, 1, 0));
    const built = buildBlock(new Overlay(chain.store), fields(chain), extrinsics, {
      genesisHash: chain.genesisHash,
    });
    if (built.block.extrinsics.length !== VALIDATORS) throw new Error("the bench block lost extrinsics");
    return { store: chain.store, genesisHash: chain.genesisHash, block: built.block };
  })();
  return weightsFixture;
}

/** 32 subnets at block 8 (weights set at blocks 4–5, bonds from the epoch of block 6) and block 9. */
function epochFixture(): Promise<Fixture> {
  epochsFixture ??= (async () => {
    await cryptoReady();
    const chain = afterFirstEpoch(EPOCH_SUBNETS);
    // 2,048 set_weights (~5.6 MB): half the subnets per block, under the 5 MiB block length limit.
    const half = EPOCH_SUBNETS / 2;
    for (const first of [1, 1 + half]) {
      const extrinsics = benchKeys().validators.flatMap((k, v) =>
        Array.from({ length: half }, (_, s) => setWeights(chain, k, v, first + s, first - 1 + s)),
      );
      const weightsSet = countEvents(advance(chain, extrinsics), "WeightsSet");
      if (weightsSet !== VALIDATORS * half) throw new Error(`expected ${VALIDATORS * half} WeightsSet`);
    }
    const epochs = countEvents(advanceTo(chain, 2 * TEMPO), "EpochRun");
    if (epochs !== EPOCH_SUBNETS) throw new Error(`warm-up epoch: expected ${EPOCH_SUBNETS}, got ${epochs}`);
    advanceTo(chain, 3 * TEMPO - 1);
    for (let netuid = 1; netuid <= EPOCH_SUBNETS; netuid++) {
      for (let uid = 1; uid <= VALIDATORS; uid++) {
        if (
          Weights.get(chain.store, netuid, uid).length !== UIDS ||
          Bonds.get(chain.store, netuid, uid).length === 0
        ) {
          throw new Error(`subnet ${netuid} uid ${uid}: expected a full weight row and a bond row`);
        }
      }
    }
    const built = buildBlock(new Overlay(chain.store), fields(chain), [], { genesisHash: chain.genesisHash });
    return { store: chain.store, genesisHash: chain.genesisHash, block: built.block };
  })();
  return epochsFixture;
}

function expectEvents(applied: AppliedBlock, name: string, count: number): void {
  const found = countEvents(applied, name);
  const failed = applied.results.filter((r) => !r.success).length;
  if (found !== count || failed > 0) {
    throw new Error(`expected ${count} ${name} and no failed extrinsic, got ${found} and ${failed} failed`);
  }
}

function timing(t: { medianMs: number; minMs: number; maxMs: number; runs: number }, what: string) {
  return {
    value: t.medianMs,
    unit: "ms",
    detail: `median of ${t.runs} (${t.minMs.toFixed(0)}–${t.maxMs.toFixed(0)} ms); ${what}`,
  };
}

export const benchmarks: readonly Benchmark[] = [
  {
    name: "block of 64 set_weights × 256 entries, signatures verified inline",
    async run() {
      const { store, genesisHash, block } = await setWeightsFixture();
      const t = await measureTime(
        () => expectEvents(applyBlock(new Overlay(store), block, { genesisHash }), "WeightsSet", VALIDATORS),
        { warmup: 2, runs: 9 },
      );
      return timing(t, "applyBlock, 1 subnet of 256 uids, roots checked");
    },
  },
  {
    name: "block of 64 set_weights × 256 entries, signatures pre-verified (runtime only)",
    async run() {
      const { store, genesisHash, block } = await setWeightsFixture();
      const signatureResults = block.extrinsics.map(() => true);
      const t = await measureTime(
        () =>
          expectEvents(
            applyBlock(new Overlay(store), block, { genesisHash, signatureResults }),
            "WeightsSet",
            VALIDATORS,
          ),
        { warmup: 2, runs: 9 },
      );
      return timing(t, "applyBlock with signatureResults, 1 subnet of 256 uids, roots checked");
    },
  },
  {
    name: "block with 32 epochs × 256 uids (64 validators, full weights + bonds)",
    target: { atMost: 500 },
    async run() {
      const { store, genesisHash, block } = await epochFixture();
      const t = await measureTime(
        () => expectEvents(applyBlock(new Overlay(store), block, { genesisHash }), "EpochRun", EPOCH_SUBNETS),
        { warmup: 1, runs: 3 },
      );
      return timing(t, "applyBlock of an empty block whose coinbase runs 32 Yuma3 epochs, roots checked");
    },
  },
];
