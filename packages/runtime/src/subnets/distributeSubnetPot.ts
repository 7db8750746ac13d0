/**
 * chain.md §6.6 step 2, the dissolution refund (subtensor `coinbase/root.rs::destroy_alpha_in_out_stakes`,
 * largest-remainder form): the subnet's TAO `pot` is shared over every (hotkey, coldkey) stake value on
 * the subnet plus a protocol weight `SubnetProtocolAlpha + SubnetAlphaIn`. Each weight `w_i` gets
 * `floor(pot·w_i / W)`; the leftover rao go one each in order of largest remainder `pot·w_i mod W`, ties by
 * (hotkey bytes, coldkey bytes) ascending, the protocol last. Pure.
 */
import { decodeSs58 } from "@opentao/primitives";

/** One stake position on the dissolving subnet, as staking/ reports it. */
export type SubnetStake = { readonly hotkey: string; readonly coldkey: string; readonly alpha: bigint };

/** What each position and the protocol receive; positions in (hotkey bytes, coldkey bytes) order. */
export type SubnetPotShares = {
  readonly stakers: readonly { readonly hotkey: string; readonly coldkey: string; readonly tao: bigint }[];
  readonly protocol: bigint;
};

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Splits `pot` rao over `stakes` and `protocolWeight` (see the file comment). The shares sum to `pot`
 * exactly; with no weight at all (W = 0) the whole pot is the protocol's.
 *
 * @example distributeSubnetPot(10n, [{ hotkey: h, coldkey: c, alpha: 1n }], 2n) // stakers [3n + 1n], protocol 6n
 */
export function distributeSubnetPot(
  pot: bigint,
  stakes: readonly SubnetStake[],
  protocolWeight: bigint,
): SubnetPotShares {
  const keyed = stakes.map((stake) => ({
    ...stake,
    hotkeyBytes: decodeSs58(stake.hotkey),
    coldkeyBytes: decodeSs58(stake.coldkey),
  }));
  keyed.sort(
    (a, b) => compareBytes(a.hotkeyBytes, b.hotkeyBytes) || compareBytes(a.coldkeyBytes, b.coldkeyBytes),
  );
  const total = keyed.reduce((sum, stake) => sum + stake.alpha, protocolWeight);
  if (total === 0n)
    return { stakers: keyed.map(({ hotkey, coldkey }) => ({ hotkey, coldkey, tao: 0n })), protocol: pot };

  // Index keyed.length is the protocol; it sorts after every staker on equal remainders.
  const weights = [...keyed.map((stake) => stake.alpha), protocolWeight];
  const shares = weights.map((w) => (pot * w) / total);
  let leftover = pot - shares.reduce((sum, share) => sum + share, 0n);
  const byRemainder = weights
    .map((w, index) => ({ index, remainder: (pot * w) % total }))
    .sort((a, b) => (a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : a.index - b.index));
  // leftover < number of weights, since each floor drops less than one rao.
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    shares[index] = shares[index]! + 1n;
    leftover--;
  }
  return {
    stakers: keyed.map(({ hotkey, coldkey }, i) => ({ hotkey, coldkey, tao: shares[i]! })),
    protocol: shares[keyed.length]!,
  };
}
