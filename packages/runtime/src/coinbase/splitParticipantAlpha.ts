/**
 * chain.md §10.4 participant alpha, subtensor `coinbase/run_coinbase.rs` (owner cut, then the
 * server / root / validator split of the remainder): one block's `alphaOut_i` divided among the pending
 * buckets. Pure.
 */
import { F18_ONE, U16P_ONE } from "../swap/index.ts";

/** Inputs of `splitParticipantAlpha` (chain.md §10.4). */
export type SplitParticipantAlphaParameters = {
  /** `alphaOut_i` of this block. */
  readonly alphaOut: bigint;
  /** `ownerCutEnabled_i`. */
  readonly ownerCutEnabled: boolean;
  /** Global `SubnetOwnerCut`, U16P. */
  readonly subnetOwnerCut: bigint;
  /** `rootProportion(i)` recomputed after this block's injection and `alphaOut`, F18. */
  readonly rootProportion: bigint;
};

/** One block's participant alpha by bucket; `ownerCut + server + rootAlpha + validator == alphaOut`. */
export type ParticipantAlpha = {
  readonly ownerCut: bigint;
  readonly server: bigint;
  readonly rootAlpha: bigint;
  readonly validator: bigint;
};

/**
 * chain.md §10.4: `cut = ownerCutEnabled ? floor(alphaOut·SubnetOwnerCut/65535) : 0`, `rem = alphaOut −
 * cut`, `server = floor(rem/2)`, `rootAlpha = floor(rp·rem/(2·10^18))`, `validator = rem − server −
 * rootAlpha` (so the rounding of the two floors lands with the validators).
 *
 * @example splitParticipantAlpha({ alphaOut: 10n**9n, ownerCutEnabled: true, subnetOwnerCut: 11_796n,
 *   rootProportion: 0n }) // { ownerCut: 179_995_422n, server: 410_002_289n, rootAlpha: 0n, validator: 410_002_289n }
 */
export function splitParticipantAlpha(parameters: SplitParticipantAlphaParameters): ParticipantAlpha {
  const { alphaOut, ownerCutEnabled, subnetOwnerCut, rootProportion } = parameters;
  const ownerCut = ownerCutEnabled ? (alphaOut * subnetOwnerCut) / U16P_ONE : 0n;
  const rem = alphaOut - ownerCut;
  const server = rem / 2n;
  const rootAlpha = (rootProportion * rem) / (2n * F18_ONE);
  return { ownerCut, server, rootAlpha, validator: rem - server - rootAlpha };
}
