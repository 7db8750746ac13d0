/**
 * The JSON form of an epoch's input and output: the vector files' `input`/`output` objects and the
 * `tao sim epoch` contract (yuma.md §10.1, §11). Every input key is required; integers may be JSON numbers
 * or decimal strings; per-uid vectors have exactly n entries. Output integers are JSON numbers up to
 * 2^53 − 1 and decimal strings above.
 */
import { type JsonValue, TaoError } from "@opentao/primitives";
import type { EpochInput, EpochOutput, SparseRowU16 } from "./epochTypes.ts";

/** Bad epoch input: `key` names the offending field (e.g. `weights[2][0][1]`), the message says why. */
export class EpochInputError extends TaoError {
  override name = "EpochInputError";
  readonly key: string;
  constructor(key: string, problem: string) {
    super(`${key}: ${problem}`, { spec: "yuma.md §11" });
    this.key = key;
  }
}

const U16_MAX = 0xffffn;
const U64_MAX = 2n ** 64n - 1n;
const INTEGER_TEXT = /^-?\d+$/;

type Range = readonly [min: bigint, max: bigint];
const U16: Range = [0n, U16_MAX];
const U64: Range = [0n, U64_MAX];
const I16: Range = [-(2n ** 15n), 2n ** 15n - 1n];

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string"
    ? JSON.stringify(value)
    : typeof value === "object"
      ? "an object"
      : String(value);
}

function integer(value: unknown, key: string, [min, max]: Range): bigint {
  let v: bigint;
  if (typeof value === "number" && Number.isSafeInteger(value)) v = BigInt(value);
  else if (typeof value === "string" && INTEGER_TEXT.test(value)) v = BigInt(value);
  else
    throw new EpochInputError(
      key,
      `expected an integer (a JSON number or a decimal string), got ${describe(value)}`,
    );
  if (v < min || v > max) throw new EpochInputError(key, `expected an integer in [${min}, ${max}], got ${v}`);
  return v;
}

function boolean(value: unknown, key: string): boolean {
  if (typeof value !== "boolean")
    throw new EpochInputError(key, `expected true or false, got ${describe(value)}`);
  return value;
}

function list(value: unknown, key: string, length?: number): readonly unknown[] {
  if (!Array.isArray(value)) throw new EpochInputError(key, `expected an array, got ${describe(value)}`);
  if (length !== undefined && value.length !== length) {
    throw new EpochInputError(
      key,
      `expected ${length} entries (one per uid, n = ${length}), got ${value.length}`,
    );
  }
  return value;
}

function sparseRow(value: unknown, key: string): SparseRowU16 {
  return list(value, key).map((pair, k) => {
    const entry = list(pair, `${key}[${k}]`, undefined);
    if (entry.length !== 2)
      throw new EpochInputError(`${key}[${k}]`, `expected a [uid, value] pair, got ${entry.length} items`);
    return [
      Number(integer(entry[0], `${key}[${k}][0]`, U16)),
      Number(integer(entry[1], `${key}[${k}][1]`, U16)),
    ] as const;
  });
}

/**
 * Validates and converts one epoch input object (a vector step's `input`). Throws EpochInputError naming
 * the first offending key. Unknown keys are ignored.
 */
export function parseEpochInput(value: unknown, prefix = ""): EpochInput {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new EpochInputError(prefix || "input", `expected an epoch input object, got ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const get = (key: string): [unknown, string] => {
    const path = `${prefix}${key}`;
    if (!(key in record))
      throw new EpochInputError(path, "missing (every input key of yuma.md §10.1 is required)");
    return [record[key], path];
  };
  const int = (key: string, range: Range) => integer(...get(key), range);
  const small = (key: string, range: Range) => Number(int(key, range));
  const bool = (key: string) => boolean(...get(key));

  const [mode, modeKey] = get("mode");
  if (mode !== "sparse") throw new EpochInputError(modeKey, `expected "sparse", got ${describe(mode)}`);
  const n = small("n", U16);
  const vector = <T>(key: string, item: (v: unknown, k: string) => T): T[] => {
    const [raw, path] = get(key);
    return list(raw, path, n).map((v, i) => item(v, `${path}[${i}]`));
  };
  const [owner, ownerKey] = get("owner_uid");

  return {
    n,
    currentBlock: int("current_block", U64),
    tempo: small("tempo", U16),
    activityCutoffBlocks: int("activity_cutoff_blocks", U64),
    lastMechanismStepBlock: int("last_mechanism_step_block", U64),
    kappa: small("kappa", U16),
    bondsPenalty: small("bonds_penalty", U16),
    bondsMovingAverage: int("bonds_moving_average", U64),
    yuma3: bool("yuma3"),
    liquidAlpha: bool("liquid_alpha"),
    alphaLow: small("alpha_low", U16),
    alphaHigh: small("alpha_high", U16),
    alphaSigmoidSteepness: small("alpha_sigmoid_steepness", I16),
    maxAllowedValidators: small("max_allowed_validators", U16),
    stakeThreshold: int("stake_threshold", U64),
    ownerUid: owner === null ? null : Number(integer(owner, ownerKey, U16)),
    taoWeightU64: int("tao_weight_u64", U64),
    commitRevealEnabled: bool("commit_reveal_enabled"),
    raoEmission: int("rao_emission", U64),
    alphaStake: vector("alpha_stake", (v, k) => integer(v, k, U64)),
    taoStake: vector("tao_stake", (v, k) => integer(v, k, U64)),
    lastUpdate: vector("last_update", (v, k) => integer(v, k, U64)),
    blockAtRegistration: vector("block_at_registration", (v, k) => integer(v, k, U64)),
    validatorPermit: vector("validator_permit", boolean),
    commitBlock: vector("commit_block", (v, k) => (v === null ? null : integer(v, k, U64))),
    weights: vector("weights", sparseRow),
    bonds: vector("bonds", sparseRow),
  };
}

/** Parses the `tao sim epoch` document: one input object, or an array of them (yuma.md §11). */
export function parseEpochInputs(value: unknown): EpochInput | EpochInput[] {
  if (Array.isArray(value)) return value.map((item, i) => parseEpochInput(item, `[${i}].`));
  return parseEpochInput(value);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** An integer as yuma.md §11 writes it: a JSON number up to 2^53 − 1, a decimal string above. */
export function jsonInteger(value: bigint): number | string {
  return value <= MAX_SAFE && value >= -MAX_SAFE ? Number(value) : value.toString();
}

/** The JSON form of an epoch output, with exactly the field names of a vector step's `output`. */
export function epochOutputToJson(output: EpochOutput): { [key: string]: JsonValue } {
  const ints = (values: readonly bigint[]) => values.map(jsonInteger);
  return {
    active: [...output.active],
    new_validator_permits: [...output.newValidatorPermits],
    stake_weight: [...output.stakeWeight],
    consensus: [...output.consensus],
    incentive: [...output.incentive],
    dividends: [...output.dividends],
    validator_trust: [...output.validatorTrust],
    server_emission: ints(output.serverEmission),
    validator_emission: ints(output.validatorEmission),
    emission: ints(output.emission),
    raw_stake: ints(output.rawStake),
    bonds_out: output.bondsOut.map((row) => row.map(([j, v]) => [j, v])),
  };
}
