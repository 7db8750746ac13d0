/**
 * chain.md §11.6 serving address rules (subtensor `subnets/serving.rs::is_valid_ip_type`,
 * `is_valid_ip_address`). **(v1)** `allowLoopback` (the genesis flag `AllowLoopbackServing`) drops the
 * 127.0.0.1 and ::1 exclusions so local networks can serve on loopback.
 */

const IPV4_LOOPBACK = 0x7f000001n;
const IPV4_LIMIT = 0xffffffffn;
const IPV6_MAX = (1n << 128n) - 1n;
const IPV6_LOOPBACK = 1n;

/** `ip_type ∈ {4, 6}`. */
export function isValidIpType(ipType: number): boolean {
  return ipType === 4 || ipType === 6;
}

export type IpAddressRules = {
  /** Axons may announce 0 ("not serving"); prometheus may not. */
  readonly allowZero: boolean;
  readonly allowLoopback: boolean;
};

/**
 * True when `ip` (u128) is acceptable for `ipType`: IPv4 below 2^32 − 1 and not 127.0.0.1; IPv6 not
 * 2^128 − 1 and not ::1; 0 only when `allowZero`; loopback only when `allowLoopback`.
 *
 * @example isValidIpAddress(4, 0x7f000001n, { allowZero: true, allowLoopback: false }) // false
 */
export function isValidIpAddress(ipType: number, ip: bigint, rules: IpAddressRules): boolean {
  if (ip < 0n || ip > IPV6_MAX) return false;
  if (ip === 0n && !rules.allowZero) return false;
  if (ipType === 4) {
    if (ip >= IPV4_LIMIT) return false;
    if (ip === IPV4_LOOPBACK && !rules.allowLoopback) return false;
  }
  if (ipType === 6) {
    if (ip === IPV6_MAX) return false;
    if (ip === IPV6_LOOPBACK && !rules.allowLoopback) return false;
  }
  return true;
}
