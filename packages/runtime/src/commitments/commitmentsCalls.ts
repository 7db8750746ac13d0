/**
 * The Commitments calls of chain.md §14 with their §3.4 weights, for the call registry.
 *
 * `set_commitment(netuid, info)` (H, Pays::No, 100·10^6): `info` is `{"fields": [Data, …]}` where `Data`
 * is `"None"` or a one-key object (`{"Raw": "0x…"}`), a §3.1 enum with data; it is a `custom` ArgType
 * decoded by `commitmentInfoFromJson` (this folder), which throws `BadCall` as §3.2 check 1 requires.
 */
import { type CallDefinition, defineCall } from "../transactions/callDefinition.ts";
import { commitmentInfoFromJson } from "./commitmentInfoFromJson.ts";
import { setCommitment } from "./setCommitment.ts";

/** chain.md §3.4: `Commitments.set_commitment` weighs 100·10^6 and is Pays::No. */
export const SET_COMMITMENT_WEIGHT = 100_000_000n;

/** set_commitment. */
export const commitmentsCalls: readonly CallDefinition[] = [
  defineCall({
    module: "Commitments",
    method: "set_commitment",
    args: { netuid: "u16", info: { custom: commitmentInfoFromJson } },
    weight: SET_COMMITMENT_WEIGHT,
    paysFee: false,
    dispatch: (context, { netuid, info }) => setCommitment(context, netuid, info),
  }),
] as readonly CallDefinition[];
