/**
 * chain.md §10.3 per-subnet terms, subtensor `coinbase/run_coinbase.rs::get_subnet_terms`: how one
 * emitting subnet's TAO share `taoEmission_i` and its alpha block emission become pool injection
 * (`alphaIn`, `taoIn`), a chain buy (`excess`) and participant alpha (`alphaOut`). Pure; all are computed
 * for every subnet before any injection, so one subnet's buy never moves another's terms.
 */
import { F18_ONE } from "../swap/index.ts";
import { blockEmission } from "./blockEmission.ts";

/** Inputs of `subnetEmissionTerms` (chain.md §10.3), read before this block's injection. */
export type SubnetEmissionTermsParameters = {
  /** `taoEmission_i` from the §10.1 split, rao. */
  readonly taoEmission: bigint;
  /** Spot price `p_i`, F18. */
  readonly price: bigint;
  /** `A_i = SubnetAlphaIn_i + SubnetAlphaOut_i`, alpha-rao. */
  readonly alphaIssuance: bigint;
  /** `rootProportion(i)`, F18. */
  readonly rootProportion: bigint;
};

/** The terms of one subnet for this block (chain.md §10.3). */
export type SubnetEmissionTerms = {
  /** Alpha injected into the pool reserve. */
  readonly alphaIn: bigint;
  /** TAO injected into the pool reserve (minted), rao. */
  readonly taoIn: bigint;
  /** TAO left for the chain buy (§10.4 step 1), rao. */
  readonly excess: bigint;
  /** Participant alpha issued this block: `blockEmission(A_i)`. */
  readonly alphaOut: bigint;
};

/**
 * chain.md §10.3: `alphaEm = blockEmission(A)`; `alphaIn = p == 0 ? 0 : floor(taoEmission·10^18/p)`,
 * capped at `floor(rootProportion·alphaEm/10^18)` — when capped, `taoIn = floor(cap·p/10^18)`, else
 * `taoIn = taoEmission`; `excess = taoEmission − taoIn`; `alphaOut = alphaEm`. With no root stake the cap
 * is 0 and the whole TAO share becomes a chain buy.
 *
 * @example subnetEmissionTerms({ taoEmission: 10n**9n, price: 10n**18n, alphaIssuance: 0n,
 *   rootProportion: 0n }) // { alphaIn: 0n, taoIn: 0n, excess: 10n**9n, alphaOut: 10n**9n }
 */
export function subnetEmissionTerms(parameters: SubnetEmissionTermsParameters): SubnetEmissionTerms {
  const { taoEmission, price, alphaIssuance, rootProportion } = parameters;
  const alphaEmission = blockEmission(alphaIssuance);
  let alphaIn = price === 0n ? 0n : (taoEmission * F18_ONE) / price;
  let taoIn = taoEmission;
  const cap = (rootProportion * alphaEmission) / F18_ONE;
  if (alphaIn > cap) {
    alphaIn = cap;
    taoIn = (cap * price) / F18_ONE;
  }
  return { alphaIn, taoIn, excess: taoEmission - taoIn, alphaOut: alphaEmission };
}
