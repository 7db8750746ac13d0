/**
 * How simulated validators choose their weights. Each validator observes the miners (true quality plus
 * seeded noise) into a moving average of scores as the Python subnet template does
 * (`scores = α·rewards + (1 − α)·scores`), or copies what the chain shows, and submits u16 weights on its
 * own schedule. Floats are fine here: this is the validators' off-chain code, not consensus; the PRNG and
 * the score-to-u16 rounding are deterministic, so a seed reproduces every weight.
 */
import type { Prng } from "./prng.ts";
import type { ValidatorSpec } from "./scenario.ts";

/** What a validator can see when it sets weights before an epoch. */
export type ValidatorView = {
  readonly epoch: number;
  /** The registered miners, in uid order, with their true quality this epoch. */
  readonly miners: readonly { readonly uid: number; readonly quality: number }[];
  /** The previous epoch's consensus output (u16 per uid); null before the first epoch. */
  readonly lastConsensus: readonly number[] | null;
  /** The last epoch in which the chain accepted this validator's weights (or commit); null if none yet. */
  readonly lastSetEpoch: number | null;
};

/** Weights as a validator submits them: ascending uids and u16 values; the chain max-upscales them. */
export type WeightSubmission = { readonly uids: readonly number[]; readonly values: readonly number[] };

/** One validator's strategy, called once per epoch from its join epoch on. */
export type Behaviour = {
  /** The weights the validator submits before this epoch, or null when it submits none. */
  act(view: ValidatorView): WeightSubmission | null;
};

/**
 * Scores to u16 weights as the SDK's `convert_weights_and_uids_for_emit` does: divide by the largest
 * score, scale to 65535, round, and leave out zeros. Null when every score is 0.
 */
export function scoresToWeights(uids: readonly number[], scores: ArrayLike<number>): WeightSubmission | null {
  let max = 0;
  for (const uid of uids) max = Math.max(max, scores[uid]!);
  if (max <= 0) return null;
  const kept: number[] = [];
  const values: number[] = [];
  for (const uid of uids) {
    const value = Math.round((scores[uid]! / max) * 65535);
    if (value > 0) {
      kept.push(uid);
      values.push(value);
    }
  }
  return { uids: kept, values };
}

/**
 * The strategy a validator's spec describes. `uid` is its own uid, `n` the subnet size, `minerUids` maps
 * miner names to uids (for a cabal's boost list) and `prng` is this validator's own random stream.
 */
export function createBehaviour(
  spec: ValidatorSpec,
  uid: number,
  n: number,
  minerUids: ReadonlyMap<string, number>,
  prng: Prng,
): Behaviour {
  // A refused call (no validator permit yet) is retried the next epoch, as the template's loop does.
  const due = ({ epoch, lastSetEpoch }: ValidatorView) =>
    lastSetEpoch === null || epoch - lastSetEpoch >= spec.weight_interval;
  if (spec.behaviour === "copier") {
    return {
      act(view) {
        const { lastConsensus } = view;
        if (!due(view) || lastConsensus === null) return null;
        // Everything the chain paid last epoch except itself; zero entries are left out as the SDK does.
        const uids = lastConsensus.flatMap((value, j) => (j !== uid && value > 0 ? [j] : []));
        return uids.length === 0 ? null : { uids, values: uids.map((j) => lastConsensus[j]!) };
      },
    };
  }

  const scores = new Float64Array(n);
  const boosted = new Set(spec.behaviour === "cabal" ? spec.boost.map((name) => minerUids.get(name)!) : []);
  const zeroOthers = spec.behaviour === "cabal" && spec.others === "zero";
  const alpha = spec.moving_average_alpha;
  const observe = (miners: ValidatorView["miners"]) => {
    for (const { uid: j, quality } of miners) {
      // One draw per miner, even when it is not used, so every validator's stream stays aligned
      // across variants that change only what it does with the draw.
      const noisy = Math.min(1, Math.max(0, quality + prng.noise(spec.noise_kind, spec.noise)));
      const reward = boosted.has(j) ? 1 : zeroOthers ? 0 : noisy;
      scores[j] = alpha * reward + (1 - alpha) * scores[j]!;
    }
  };
  const weights = (miners: ValidatorView["miners"]) =>
    scoresToWeights(
      miners.map((miner) => miner.uid),
      scores,
    );

  if (spec.behaviour === "lazy") {
    // A lazy validator evaluates miners only when it gets round to setting weights.
    return {
      act(view) {
        if (!due(view)) return null;
        observe(view.miners);
        return weights(view.miners);
      },
    };
  }
  // Honest and cabal validators evaluate every epoch and submit on their weight interval.
  return {
    act(view) {
      observe(view.miners);
      return due(view) ? weights(view.miners) : null;
    },
  };
}
