/**
 * The `tao sim run` scenario file: a subnet (tempo, emission, Yuma variant, hyperparameters), the
 * validators that judge it (stake and behaviour) and the miners they judge (a true quality that may change
 * over time), validated with zod. `compare` lists named override sets; each becomes one variant run over
 * the same seed. examples/scenarios/README.md documents every key.
 */
import { parseTao } from "@opentao/primitives";
import { z } from "zod";
import { UsageError } from "../output.ts";

/** Every hyperparameter a scenario may set, as the epoch reads it (yuma.md §3). */
export type Hyperparameters = {
  readonly kappa: number;
  readonly bonds_penalty: number;
  readonly bonds_moving_average: number;
  readonly alpha_low: number;
  readonly alpha_high: number;
  readonly alpha_sigmoid_steepness: number;
  readonly max_allowed_validators: number;
  /** The epoch's activity cutoff is max(1, factor · tempo / 1000) blocks. */
  readonly activity_cutoff_factor_milli: number;
  readonly stake_threshold_rao: bigint;
};

/** The chain's defaults for the hyperparameters a scenario may set (chain.md §8.1, yuma.md §3). */
export const HYPERPARAMETER_DEFAULTS: Hyperparameters = {
  kappa: 32767,
  bonds_penalty: 65535,
  bonds_moving_average: 900_000,
  alpha_low: 45875,
  alpha_high: 58982,
  alpha_sigmoid_steepness: 1000,
  max_allowed_validators: 64,
  activity_cutoff_factor_milli: 13889,
  stake_threshold_rao: 0n,
};

/** Scenario-level settings that a `compare` entry may override, with their defaults. */
const SETTING_DEFAULTS = {
  tempo: 360,
  yuma_variant: "yuma3",
  liquid_alpha: false,
  commit_reveal: false,
  reveal_period_epochs: 1,
} as const;

/** A bad scenario: `key` names the offending field (e.g. `validators[2].behaviour`). Exit code 2. */
export class ScenarioError extends UsageError {
  override name = "ScenarioError";
  readonly key: string;
  constructor(source: string, key: string, problem: string) {
    super(`${source}: ${key}: ${problem} (examples/scenarios/README.md describes every key).`);
    this.key = key;
  }
}

const U64_MAX = 2n ** 64n - 1n;
const U16_MAX = 65535;

const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.number().int().min(min).max(max);
const fraction = z.number().min(0).max(1);
const raoAmount = z
  .union([z.number().int().min(0), z.string().regex(/^\d+$/)], {
    error: "expected a whole number of rao (a JSON number or a decimal string)",
  })
  .transform((value) => BigInt(value))
  .refine((value) => value <= U64_MAX, "expected at most 2^64 − 1 rao");
const taoAmount = z
  .union([z.number().min(0), z.string()], { error: 'expected a TAO amount such as 1000 or "0.5"' })
  .transform((value, ctx) => {
    try {
      return parseTao(String(value));
    } catch {
      ctx.addIssue({
        code: "custom",
        message: "expected a TAO amount with at most 9 decimals, such as 1000.5",
      });
      return z.NEVER;
    }
  });

const hyperparametersSchema = z.strictObject({
  kappa: int(0, U16_MAX).optional(),
  bonds_penalty: int(0, U16_MAX).optional(),
  bonds_moving_average: int(0, 1_000_000).optional(),
  alpha_low: int(0, U16_MAX).optional(),
  alpha_high: int(0, U16_MAX).optional(),
  alpha_sigmoid_steepness: int(-32768, 32767).optional(),
  max_allowed_validators: int(0, U16_MAX).optional(),
  // The chain's bounds for set_activity_cutoff_factor (chain.md §7).
  activity_cutoff_factor_milli: int(1000, 50_000).optional(),
  stake_threshold_rao: raoAmount.optional(),
});

const neuronShape = {
  name: z.string().min(1),
  /** The epoch at which the neuron registers; before it the uid holds no hotkey, stake or weights. */
  join_epoch: int(0).default(0),
};
const validatorShape = {
  ...neuronShape,
  stake_tao: taoAmount.optional(),
  stake_rao: raoAmount.optional(),
  weight_interval: int(1).default(1),
};
// How a scoring validator observes miners (the Python subnet template's moving average of rewards).
const observerShape = {
  noise: z.number().min(0).default(0),
  noise_kind: z.enum(["gaussian", "uniform"]).default("gaussian"),
  moving_average_alpha: z.number().gt(0).max(1).default(0.1),
};

const validatorSchema = z
  .discriminatedUnion(
    "behaviour",
    [
      z.strictObject({ behaviour: z.literal("honest"), ...validatorShape, ...observerShape }),
      z.strictObject({ behaviour: z.literal("copier"), ...validatorShape }),
      z.strictObject({
        behaviour: z.literal("lazy"),
        ...validatorShape,
        ...observerShape,
        weight_interval: int(2),
      }),
      z.strictObject({
        behaviour: z.literal("cabal"),
        ...validatorShape,
        ...observerShape,
        boost: z.array(z.string().min(1)).min(1),
        others: z.enum(["honest", "zero"]).default("honest"),
      }),
    ],
    { error: 'expected behaviour "honest", "copier", "lazy" or "cabal"' },
  )
  .transform(({ stake_tao, stake_rao, ...validator }, ctx) => {
    if ((stake_tao === undefined) === (stake_rao === undefined)) {
      ctx.addIssue({ code: "custom", message: "give exactly one of stake_tao and stake_rao" });
      return z.NEVER;
    }
    return { ...validator, stake_rao: stake_rao ?? stake_tao! };
  });

const qualityStep = z.strictObject({ from_epoch: int(0), quality: fraction });
const minerSchema = z.strictObject({
  ...neuronShape,
  quality: z
    .union([fraction, z.array(qualityStep).min(1)], {
      error: "expected a number in [0, 1] or a list of {from_epoch, quality} steps",
    })
    .superRefine((quality, ctx) => {
      if (typeof quality === "number") return;
      if (quality[0]!.from_epoch !== 0)
        ctx.addIssue({ code: "custom", path: [0, "from_epoch"], message: "the first step must start at 0" });
      for (let i = 1; i < quality.length; i++) {
        if (quality[i]!.from_epoch <= quality[i - 1]!.from_epoch) {
          ctx.addIssue({
            code: "custom",
            path: [i, "from_epoch"],
            message: "steps must be in increasing from_epoch order",
          });
        }
      }
    }),
});

const settingsShape = {
  tempo: int(3, U16_MAX).optional(),
  emission_per_epoch_rao: raoAmount.optional(),
  yuma_variant: z.enum(["yuma", "yuma3"]).optional(),
  liquid_alpha: z.boolean().optional(),
  commit_reveal: z.boolean().optional(),
  reveal_period_epochs: int(1, 100).optional(),
  hyperparameters: hyperparametersSchema.optional(),
  validators: z.array(validatorSchema).min(1).optional(),
  miners: z.array(minerSchema).min(1).optional(),
};

const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().default(""),
  seed: int(0),
  epochs: int(1, 1_000_000),
  ...settingsShape,
  emission_per_epoch_rao: raoAmount,
  validators: z.array(validatorSchema).min(1),
  miners: z.array(minerSchema).min(1),
  compare: z
    .array(z.strictObject({ name: z.string().min(1), ...settingsShape }))
    .min(1)
    .optional(),
});

type ParsedScenario = z.output<typeof scenarioSchema>;
type Settings = Omit<ParsedScenario, "name" | "description" | "seed" | "epochs" | "compare">;
type Overrides = Omit<NonNullable<ParsedScenario["compare"]>[number], "name">;

/** A validator as the scenario defines it, stake in rao. */
export type ValidatorSpec = ParsedScenario["validators"][number];
/** A miner as the scenario defines it. */
export type MinerSpec = ParsedScenario["miners"][number];

/** One fully resolved run of the scenario: its base settings with one `compare` entry applied. */
export type Variant = {
  readonly name: string;
  readonly tempo: number;
  readonly emission_per_epoch_rao: bigint;
  readonly yuma_variant: "yuma" | "yuma3";
  readonly liquid_alpha: boolean;
  readonly commit_reveal: boolean;
  readonly reveal_period_epochs: number;
  readonly hyperparameters: Hyperparameters;
  readonly validators: readonly ValidatorSpec[];
  readonly miners: readonly MinerSpec[];
};

/** A validated scenario: what is shared by every variant, and the variants themselves. */
export type Scenario = {
  readonly name: string;
  readonly description: string;
  readonly seed: number;
  readonly epochs: number;
  /** One variant per `compare` entry, or a single variant named "base" without `compare`. */
  readonly variants: readonly Variant[];
};

/** One neuron of a variant: validators take uids 0…V−1 in file order, miners V…V+M−1. */
export type Neuron =
  | { readonly uid: number; readonly role: "validator"; readonly spec: ValidatorSpec }
  | { readonly uid: number; readonly role: "miner"; readonly spec: MinerSpec };

/** The uids of a variant in their fixed order: validators first, then miners. */
export function neuronsOf(variant: Variant): Neuron[] {
  return [
    ...variant.validators.map((spec, uid) => ({ uid, role: "validator" as const, spec })),
    ...variant.miners.map((spec, i) => ({
      uid: variant.validators.length + i,
      role: "miner" as const,
      spec,
    })),
  ];
}

/** A miner's true quality in an epoch: the constant, or the last step that has started. */
export function minerQualityAt(miner: MinerSpec, epoch: number): number {
  if (typeof miner.quality === "number") return miner.quality;
  let quality = miner.quality[0]!.quality;
  for (const step of miner.quality) if (step.from_epoch <= epoch) quality = step.quality;
  return quality;
}

/**
 * Validates a scenario document (already parsed from JSON) and resolves its variants. `source` names the
 * file in error messages. Throws ScenarioError naming the first offending key.
 *
 * @example parseScenario(JSON.parse(text), "scenario.json").variants[0].hyperparameters.kappa // 32767
 */
export function parseScenario(value: unknown, source: string): Scenario {
  const parsed = scenarioSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // An unknown key is named itself, not the object that holds it.
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
    throw new ScenarioError(source, keyOf(path), describeIssue(issue));
  }
  const { name, description, seed, epochs, compare, ...base } = parsed.data;
  const entries = compare ?? [{ name: "base" }];
  const variants = entries.map(({ name: variantName, ...overrides }, index) => {
    const variant = resolveVariant(variantName, base, overrides);
    // A problem in a variant is reported at the key that introduced it: the override, else the base.
    const check = checkVariant(variant);
    if (check) {
      const [topKey] = check.path;
      const path =
        compare && topKey !== undefined && topKey in overrides
          ? ["compare", index, ...check.path]
          : check.path;
      throw new ScenarioError(source, keyOf(path), check.problem);
    }
    return variant;
  });
  const names = variants.map((variant) => variant.name);
  const repeated = names.findIndex((variantName, i) => names.indexOf(variantName) !== i);
  if (repeated >= 0)
    throw new ScenarioError(source, `compare[${repeated}].name`, "each variant needs its own name");
  return { name, description, seed, epochs, variants };
}

type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/** The keys an object really sets: zod's optional keys are typed as possibly holding undefined. */
function defined<T extends object>(value: T | undefined): Defined<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Defined<T>;
}

function resolveVariant(name: string, base: Settings, overrides: Overrides): Variant {
  return {
    ...SETTING_DEFAULTS,
    ...defined(base),
    ...defined(overrides),
    name,
    // Hyperparameters merge key by key, so an override can change one without repeating the others.
    hyperparameters: {
      ...HYPERPARAMETER_DEFAULTS,
      ...defined(base.hyperparameters),
      ...defined(overrides.hyperparameters),
    },
  };
}

/** The cross-key rules zod cannot see one key at a time; returns the first broken one. */
function checkVariant(variant: Variant): { path: PropertyKey[]; problem: string } | undefined {
  const { hyperparameters: hp } = variant;
  if (hp.alpha_low > hp.alpha_high) {
    return {
      path: ["hyperparameters", "alpha_low"],
      problem: `${hp.alpha_low} is above alpha_high ${hp.alpha_high}`,
    };
  }
  if (variant.liquid_alpha && variant.yuma_variant !== "yuma3") {
    return {
      path: ["liquid_alpha"],
      problem:
        'only Yuma3 uses liquid alpha (yuma.md §5.9b); set yuma_variant to "yuma3" or drop liquid_alpha',
    };
  }
  const seen = new Map<string, string>();
  for (const [role, list] of [
    ["validators", variant.validators],
    ["miners", variant.miners],
  ] as const) {
    for (const [i, neuron] of list.entries()) {
      const first = seen.get(neuron.name);
      if (first) return { path: [role, i, "name"], problem: `"${neuron.name}" is already used by ${first}` };
      seen.set(neuron.name, `${role}[${i}]`);
    }
  }
  const miners = new Set(variant.miners.map((miner) => miner.name));
  for (const [i, validator] of variant.validators.entries()) {
    if (validator.behaviour !== "cabal") continue;
    const stranger = validator.boost.findIndex((name) => !miners.has(name));
    if (stranger >= 0) {
      return {
        path: ["validators", i, "boost", stranger],
        problem: `"${validator.boost[stranger]}" is not one of the scenario's miners`,
      };
    }
  }
  return undefined;
}

/** `validators[2].behaviour` from zod's path. */
function keyOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "scenario";
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join("");
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (value !== null && typeof value === "object") return "an object";
  return JSON.stringify(value);
}

const EXPECTED: Readonly<Record<string, string>> = {
  int: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  array: "an array",
  object: "an object",
};

/** One issue as a short phrase for a person: what was expected, and what the file holds. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "missing";
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(issue.input)}`;
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = small ? issue.minimum : issue.maximum;
      if (issue.origin === "array") {
        return `expected ${small ? "at least" : "at most"} ${bound} ${bound === 1 ? "entry" : "entries"}`;
      }
      if (issue.origin === "string")
        return small ? "must not be empty" : `expected at most ${bound} characters`;
      const relation = small ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
      return `expected a number ${relation} ${bound}, got ${describe(issue.input)}`;
    }
    case "invalid_value":
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}, got ${describe(issue.input)}`;
    case "unrecognized_keys":
      return "unknown key; check its spelling";
    case "invalid_format":
      return `expected a string of decimal digits, got ${describe(issue.input)}`;
    default:
      return issue.message;
  }
}
