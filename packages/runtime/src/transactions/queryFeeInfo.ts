/**
 * What `payment_queryInfo` reports for an extrinsic (chain.md §19, §3.4): its weight, the fee without
 * the tip, and whether it pays. Needs only a well-formed extrinsic (check 1), not a valid signature or
 * nonce, so wallets can price a transaction before signing it for real.
 */
import type { KeyValueStore } from "../state/keyValueStore.ts";
import { callWeight } from "./callDefinition.ts";
import type { CallRegistry } from "./callRegistry.ts";
import { runtimeCalls } from "./calls.ts";
import { decodeExtrinsic } from "./decodeExtrinsic.ts";
import { BASE_WEIGHT, computeFee } from "./fees.ts";

/** `payment_queryInfo`'s answer (chain.md §19). */
export type FeeInfo = {
  /** BASE_WEIGHT + callWeight. */
  readonly weight: bigint;
  /** The fee without the tip (0 when the call does not pay). */
  readonly partialFee: bigint;
  readonly paysFee: boolean;
};

/** Prices an extrinsic; throws `InvalidTransactionError` `BadCall` when it does not parse. */
export function queryFeeInfo(
  store: KeyValueStore,
  extrinsic: unknown,
  calls: CallRegistry = runtimeCalls(),
): FeeInfo {
  const decoded = decodeExtrinsic(extrinsic, calls);
  const { definition } = decoded.call;
  const paysFee = definition.paysFee && !(definition.waivesFee?.(store, decoded.signer) ?? false);
  const weight = callWeight(decoded.call);
  return {
    weight: BASE_WEIGHT + weight,
    partialFee: computeFee({ callWeight: weight, len: decoded.len, tip: 0n, paysFee }),
    paysFee,
  };
}
