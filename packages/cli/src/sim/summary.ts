/**
 * What a variant's run means for its designers: what each validator earned per unit of stake, relative
 * to the honest validators, and how well miner incentive follows the miners' true quality.
 */
import type { VariantRun } from "./runScenario.ts";
import { minerQualityAt, neuronsOf } from "./scenario.ts";
import { spearman } from "./spearman.ts";

type Behaviour = "honest" | "copier" | "lazy" | "cabal";

/** One validator over the run. */
export type ValidatorSummary = {
  readonly uid: number;
  readonly name: string;
  readonly behaviour: Behaviour;
  readonly stakeRao: bigint;
  /** Σ validator_emission over the run, in rao. */
  readonly dividendsRao: bigint;
  /** Its dividends per unit of stake and epoch registered, divided by the baseline's. */
  readonly relativeYield: number | null;
  /** Mean validator_trust over its registered epochs, in [0, 1]. */
  readonly meanValidatorTrust: number;
  /** Epochs in which the chain counted it as active. */
  readonly activeEpochs: number;
};

/** One miner over the run. */
export type MinerSummary = {
  readonly uid: number;
  readonly name: string;
  /** Mean true quality over its registered epochs. */
  readonly meanQuality: number;
  /** Mean incentive over its registered epochs, in [0, 1]. */
  readonly meanIncentive: number;
  /** Σ server_emission over the run, in rao. */
  readonly incentiveRao: bigint;
};

/** A variant's headline figures. */
export type VariantSummary = {
  readonly variant: string;
  /** Which validators define yield 1.0: the honest ones, or all when there are none. */
  readonly baseline: "honest" | "all validators";
  readonly validators: readonly ValidatorSummary[];
  readonly miners: readonly MinerSummary[];
  /** Relative yield of each behaviour present, as a group (honest is 1.0 by definition). */
  readonly yieldByBehaviour: Readonly<Partial<Record<Behaviour, number | null>>>;
  /** Spearman ρ of miners' mean incentive against their mean true quality over the run. */
  readonly spearmanRun: number | null;
  /** Spearman ρ of miners' incentive against their true quality in the last epoch. */
  readonly spearmanLastEpoch: number | null;
};

const U16_MAX = 65535;

/** Summarises one variant's run. */
export function summarizeVariant(run: VariantRun): VariantSummary {
  const { variant, epochs } = run;
  const neurons = neuronsOf(variant);
  const registeredEpochs = (joinEpoch: number) => epochs.filter((record) => record.epoch >= joinEpoch);

  const validators = neurons.flatMap((neuron) => {
    if (neuron.role !== "validator") return [];
    const { uid, spec } = neuron;
    const present = registeredEpochs(spec.join_epoch);
    return [
      {
        uid,
        name: spec.name,
        behaviour: spec.behaviour,
        stakeRao: spec.stake_rao,
        dividendsRao: present.reduce((sum, record) => sum + record.terms.validatorEmission[uid]!, 0n),
        stakeEpochs: spec.stake_rao * BigInt(present.length),
        meanValidatorTrust: mean(present.map((record) => record.terms.validatorTrust[uid]! / U16_MAX)),
        activeEpochs: present.filter((record) => record.terms.active[uid]).length,
      },
    ];
  });
  const honest = validators.filter((validator) => validator.behaviour === "honest");
  const baselineGroup = honest.length > 0 ? honest : validators;
  const baselineYield = groupYield(baselineGroup);
  const relative = (group: readonly YieldParts[]) => {
    const value = groupYield(group);
    return value === null || baselineYield === null || baselineYield === 0 ? null : value / baselineYield;
  };

  const miners = neurons.flatMap((neuron) => {
    if (neuron.role !== "miner") return [];
    const { uid, spec } = neuron;
    const present = registeredEpochs(spec.join_epoch);
    return [
      {
        uid,
        name: spec.name,
        meanQuality: mean(present.map((record) => minerQualityAt(spec, record.epoch))),
        meanIncentive: mean(present.map((record) => record.terms.incentive[uid]! / U16_MAX)),
        incentiveRao: present.reduce((sum, record) => sum + record.terms.serverEmission[uid]!, 0n),
      },
    ];
  });
  const last = epochs.at(-1);
  const lastMiners = last
    ? neurons.flatMap((neuron) =>
        neuron.role === "miner" && neuron.spec.join_epoch <= last.epoch
          ? [
              {
                quality: minerQualityAt(neuron.spec, last.epoch),
                incentive: last.terms.incentive[neuron.uid]!,
              },
            ]
          : [],
      )
    : [];

  const behaviours = [...new Set(validators.map((validator) => validator.behaviour))];
  return {
    variant: variant.name,
    baseline: honest.length > 0 ? "honest" : "all validators",
    validators: validators.map(({ stakeEpochs, ...validator }) => ({
      ...validator,
      relativeYield: relative([{ dividendsRao: validator.dividendsRao, stakeEpochs }]),
    })),
    miners,
    yieldByBehaviour: Object.fromEntries(
      behaviours.map((behaviour) => [
        behaviour,
        relative(validators.filter((validator) => validator.behaviour === behaviour)),
      ]),
    ),
    spearmanRun: spearman(
      miners.map((miner) => miner.meanIncentive),
      miners.map((miner) => miner.meanQuality),
    ),
    spearmanLastEpoch: spearman(
      lastMiners.map((miner) => miner.incentive),
      lastMiners.map((miner) => miner.quality),
    ),
  };
}

type YieldParts = { readonly dividendsRao: bigint; readonly stakeEpochs: bigint };

/** Dividends per rao of stake per epoch, for a group taken together; null without stake. */
function groupYield(group: readonly YieldParts[]): number | null {
  const stakeEpochs = group.reduce((sum, member) => sum + member.stakeEpochs, 0n);
  if (stakeEpochs === 0n) return null;
  return Number(group.reduce((sum, member) => sum + member.dividendsRao, 0n)) / Number(stakeEpochs);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
