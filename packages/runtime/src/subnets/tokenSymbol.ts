/**
 * chain.md §6.7 token symbols **(v1)**: netuid 0 is "τ", netuids 1–24 the Greek lower-case letters α…ω in
 * order, later netuids "SN<netuid>". subtensor `subnets/symbols.rs` (`get_symbol_for_subnet`) uses a longer
 * table of scripts; v1 fixes this shorter rule and leaves `update_symbol` out.
 */

const GREEK = "αβγδεζηθικλμνξοπρστυφχψω";

/**
 * The token symbol of subnet `netuid`.
 *
 * @example tokenSymbol(0) // "τ"
 * @example tokenSymbol(24) // "ω"
 * @example tokenSymbol(25) // "SN25"
 */
export function tokenSymbol(netuid: number): string {
  if (netuid === 0) return "τ";
  if (netuid <= GREEK.length) return GREEK[netuid - 1]!;
  return `SN${netuid}`;
}
