/**
 * The chain-side state of one simulated subnet between epochs, kept as subtensor keeps it: Weights
 * (max-upscaled u16 rows, yuma.md §4.1), Bonds (the last epoch's bonds_out), ValidatorPermit (the last
 * epoch's new permits), LastUpdate, BlockAtRegistration, LastMechansimStepBlock and, with commit-reveal,
 * the queue of unrevealed weight commits from which the epoch's commit blocks are derived (yuma.md §3.1,
 * chain.md §13).
 */
import { vecU16MaxUpscaleToU16 } from "@opentao/primitives";
import type { EpochInput, EpochOutput, SparseRowU16 } from "@opentao/runtime";
import type { WeightSubmission } from "./behaviours.ts";

type Commit = { readonly weights: WeightSubmission; readonly block: bigint; readonly epoch: number };

/** The storage fields of an epoch input that carry over from one epoch to the next. */
export type SubnetSnapshot = Pick<
  EpochInput,
  | "lastUpdate"
  | "blockAtRegistration"
  | "validatorPermit"
  | "commitBlock"
  | "weights"
  | "bonds"
  | "lastMechanismStepBlock"
>;

/** A subnet of `n` uids, none registered, with commit-reveal on or off. */
export class SubnetState {
  readonly #revealPeriodEpochs: number | null;
  readonly #weights: SparseRowU16[];
  #bonds: readonly SparseRowU16[];
  readonly #lastUpdate: bigint[];
  readonly #blockAtRegistration: bigint[];
  #validatorPermit: readonly boolean[];
  #lastMechanismStepBlock = 0n;
  readonly #commits: Commit[][];

  /** `revealPeriodEpochs` is null when commit-reveal is off. */
  constructor(n: number, revealPeriodEpochs: number | null) {
    this.#revealPeriodEpochs = revealPeriodEpochs;
    this.#weights = Array.from({ length: n }, () => []);
    this.#bonds = this.#weights.slice();
    this.#lastUpdate = new Array<bigint>(n).fill(0n);
    this.#blockAtRegistration = new Array<bigint>(n).fill(0n);
    this.#validatorPermit = new Array<boolean>(n).fill(false);
    this.#commits = Array.from({ length: n }, () => []);
  }

  /** Registers a hotkey on a fresh uid: BlockAtRegistration and LastUpdate become the block. */
  register(uid: number, block: bigint): void {
    this.#blockAtRegistration[uid] = block;
    this.#lastUpdate[uid] = block;
  }

  /**
   * A validator's weights, submitted in `epoch`'s interval at `block`. Without commit-reveal this is
   * set_weights: stored now if the validator holds a permit (chain.md §13.1 check 9), and LastUpdate moves.
   * With it, this is commit_weights: LastUpdate moves now, the weights wait for their reveal.
   * Returns whether the chain accepted the call.
   */
  submit(uid: number, weights: WeightSubmission, block: bigint, epoch: number): boolean {
    if (this.#revealPeriodEpochs === null) {
      if (!this.#validatorPermit[uid]) return false;
      this.#store(uid, weights);
    } else {
      this.#commits[uid]!.push({ weights, block, epoch });
    }
    this.#lastUpdate[uid] = block;
    return true;
  }

  /**
   * The reveals of `epoch`'s interval: each commit made reveal_period_epochs earlier is revealed and goes
   * through set_weights' checks (a validator without a permit loses it); older commits have expired.
   */
  reveal(epoch: number): void {
    if (this.#revealPeriodEpochs === null) return;
    const due = epoch - this.#revealPeriodEpochs;
    for (const [uid, queue] of this.#commits.entries()) {
      while (queue.length > 0 && queue[0]!.epoch <= due) {
        const commit = queue.shift()!;
        // The reveal leaves LastUpdate alone: the commit already set it (chain.md §13.3).
        if (commit.epoch === due && this.#validatorPermit[uid]) this.#store(uid, commit.weights);
      }
    }
  }

  /** The carried-over part of the next epoch's input. */
  snapshot(): SubnetSnapshot {
    return {
      lastUpdate: [...this.#lastUpdate],
      blockAtRegistration: [...this.#blockAtRegistration],
      validatorPermit: this.#validatorPermit,
      // After this interval's reveals, the queue holds exactly the unexpired commits, oldest first.
      commitBlock: this.#commits.map((queue) => queue[0]?.block ?? null),
      weights: [...this.#weights],
      bonds: this.#bonds,
      lastMechanismStepBlock: this.#lastMechanismStepBlock,
    };
  }

  /** Persists an epoch run at `block`: its bonds, its permits and the mechanism step block. */
  apply(output: EpochOutput, block: bigint): void {
    this.#bonds = output.bondsOut;
    this.#validatorPermit = output.newValidatorPermits;
    this.#lastMechanismStepBlock = block;
  }

  #store(uid: number, { uids, values }: WeightSubmission): void {
    const upscaled = vecU16MaxUpscaleToU16(values);
    this.#weights[uid] = uids.map((j, k) => [j, upscaled[k]!] as const);
  }
}
