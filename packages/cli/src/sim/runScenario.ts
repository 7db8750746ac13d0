/**
 * Runs a scenario's variants epoch by epoch through the chain's own epoch (`runEpoch` from
 * @opentao/runtime, yuma.md §5), carrying the chain-side state between epochs as the chain does
 * (yuma.md §7.3).
 *
 * Block schedule of epoch e (0-based), `tempo` blocks per epoch:
 *   1. block e·tempo + 1: neurons whose join_epoch is e register;
 *   2. during the interval: the commits of epoch e − reveal_period_epochs are revealed (commit-reveal);
 *   3. block (e + 1)·tempo − 1: every registered validator submits weights (or commits them);
 *   4. block (e + 1)·tempo: the epoch runs; LastMechansimStepBlock becomes this block.
 * Keeping 1 < 3 < 4 (tempo ≥ 3) means fresh registrations are never masked as "outdated" by weights set
 * in the same block. Stakes are the configured alpha stakes (emissions are not restaked), with no root
 * TAO stake and no subnet owner uid.
 */
import { type EpochInput, type EpochOutput, runEpoch } from "@opentao/runtime";
import { createBehaviour } from "./behaviours.ts";
import { Prng } from "./prng.ts";
import { minerQualityAt, neuronsOf, type Scenario, type Variant } from "./scenario.ts";
import { type SubnetSnapshot, SubnetState } from "./subnetState.ts";

/** An epoch's outputs as the simulator keeps them: everything but the bonds (n² entries per epoch). */
export type EpochTerms = Omit<EpochOutput, "bondsOut">;

/** One epoch of a run. */
export type EpochRecord = { readonly epoch: number; readonly block: bigint; readonly terms: EpochTerms };

/** Every epoch of one variant. */
export type VariantRun = { readonly variant: Variant; readonly epochs: readonly EpochRecord[] };

/** Called after each epoch, e.g. for a progress line. */
export type OnEpoch = (variant: Variant, epoch: number) => void;

/**
 * Runs every variant of the scenario over `scenario.epochs` epochs. Each variant starts from the same
 * seed, so variants that differ only in a chain setting see identical validator noise.
 */
export function runScenario(scenario: Scenario, onEpoch?: OnEpoch): VariantRun[] {
  return scenario.variants.map((variant) => runVariant(scenario, variant, onEpoch));
}

/** Runs one variant; see the module comment for the block schedule. */
export function runVariant(scenario: Scenario, variant: Variant, onEpoch?: OnEpoch): VariantRun {
  const neurons = neuronsOf(variant);
  const n = neurons.length;
  const tempo = BigInt(variant.tempo);
  const minerUids = new Map(
    neurons.flatMap((neuron) => (neuron.role === "miner" ? [[neuron.spec.name, neuron.uid]] : [])),
  );
  const master = Prng.fromSeed(BigInt(scenario.seed));
  // One stream per validator, forked in uid order, so a validator's noise does not depend on the others.
  const behaviours = variant.validators.map((spec, uid) =>
    createBehaviour(spec, uid, n, minerUids, master.fork()),
  );
  const state = new SubnetState(n, variant.commit_reveal ? variant.reveal_period_epochs : null);
  const settings = epochSettings(variant, n);
  const zeroStake = new Array<bigint>(n).fill(0n);
  const lastSetEpoch = new Array<number | null>(variant.validators.length).fill(null);

  const epochs: EpochRecord[] = [];
  let lastConsensus: readonly number[] | null = null;
  for (let epoch = 0; epoch < scenario.epochs; epoch++) {
    const start = BigInt(epoch) * tempo;
    const block = start + tempo;
    const joined = neurons.filter((neuron) => neuron.spec.join_epoch <= epoch);
    for (const neuron of joined) if (neuron.spec.join_epoch === epoch) state.register(neuron.uid, start + 1n);
    state.reveal(epoch);

    const miners = joined.flatMap((neuron) =>
      neuron.role === "miner" ? [{ uid: neuron.uid, quality: minerQualityAt(neuron.spec, epoch) }] : [],
    );
    const alphaStake = [...zeroStake];
    for (const neuron of joined) {
      if (neuron.role !== "validator") continue;
      const { uid } = neuron;
      alphaStake[uid] = neuron.spec.stake_rao;
      const weights = behaviours[uid]!.act({
        epoch,
        miners,
        lastConsensus,
        lastSetEpoch: lastSetEpoch[uid] ?? null,
      });
      if (weights && state.submit(uid, weights, block - 1n, epoch)) lastSetEpoch[uid] = epoch;
    }

    const output = runEpoch({ ...settings, ...state.snapshot(), currentBlock: block, alphaStake });
    state.apply(output, block);
    // The bonds only feed the next epoch; keeping their n² entries for every epoch would dominate memory.
    const { bondsOut, ...terms } = output;
    lastConsensus = terms.consensus;
    epochs.push({ epoch, block, terms });
    onEpoch?.(variant, epoch);
  }
  return { variant, epochs };
}

/** The inputs that stay the same in every epoch of a variant. */
function epochSettings(
  variant: Variant,
  n: number,
): Omit<EpochInput, "currentBlock" | "alphaStake" | keyof SubnetSnapshot> {
  const hp = variant.hyperparameters;
  const cutoff = (BigInt(hp.activity_cutoff_factor_milli) * BigInt(variant.tempo)) / 1000n;
  return {
    n,
    tempo: variant.tempo,
    activityCutoffBlocks: cutoff > 1n ? cutoff : 1n,
    kappa: hp.kappa,
    bondsPenalty: hp.bonds_penalty,
    bondsMovingAverage: BigInt(hp.bonds_moving_average),
    yuma3: variant.yuma_variant === "yuma3",
    liquidAlpha: variant.liquid_alpha,
    alphaLow: hp.alpha_low,
    alphaHigh: hp.alpha_high,
    alphaSigmoidSteepness: hp.alpha_sigmoid_steepness,
    maxAllowedValidators: hp.max_allowed_validators,
    stakeThreshold: hp.stake_threshold_rao,
    ownerUid: null,
    taoWeightU64: 0n,
    commitRevealEnabled: variant.commit_reveal,
    raoEmission: variant.emission_per_epoch_rao,
    taoStake: new Array<bigint>(n).fill(0n),
  };
}
