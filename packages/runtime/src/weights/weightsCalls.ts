/**
 * The SubtensorModule weight calls of chain.md §13 with their §3.4 weights, for the call registry. All are
 * Pays::No (free, but they count toward block weight and must pass validity check 8).
 */
import type { CallDefinition } from "../transactions/callDefinition.ts";
import { defineCall } from "../transactions/callDefinition.ts";
import { batchCommitWeights } from "./batchCommitWeights.ts";
import { batchRevealWeights } from "./batchRevealWeights.ts";
import { batchSetWeights } from "./batchSetWeights.ts";
import { commitWeights } from "./commitWeights.ts";
import { revealWeights } from "./revealWeights.ts";
import { setWeights } from "./setWeights.ts";

const WEIGHT_100 = 100_000_000n;
const WEIGHT_200 = 200_000_000n;

/** set_weights, batch_set_weights, commit_weights, batch_commit_weights, reveal_weights, batch_reveal_weights. */
export const weightsCalls: readonly CallDefinition[] = [
  defineCall({
    module: "SubtensorModule",
    method: "set_weights",
    args: { netuid: "u16", dests: "u16[]", weights: "u16[]", version_key: "u64number" },
    weight: WEIGHT_200,
    paysFee: false,
    dispatch: (context, { netuid, dests, weights, version_key }) =>
      setWeights(context, { netuid, dests, weights, versionKey: version_key }),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "batch_set_weights",
    args: {
      netuids: { list: "u16" },
      weights: { list: { list: { tuple: ["u16", "u16"] } } },
      version_keys: { list: "u64number" },
    },
    weight: WEIGHT_200,
    weightOf: ({ netuids }) => WEIGHT_200 * BigInt(netuids.length),
    paysFee: false,
    dispatch: (context, { netuids, weights, version_keys }) =>
      batchSetWeights(context, { netuids, weights, versionKeys: version_keys }),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "commit_weights",
    args: { netuid: "u16", commit_hash: { bytes: 32 } },
    weight: WEIGHT_100,
    paysFee: false,
    dispatch: (context, { netuid, commit_hash }) => commitWeights(context, netuid, commit_hash),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "batch_commit_weights",
    args: { netuids: { list: "u16" }, commit_hashes: { list: { bytes: 32 } } },
    weight: WEIGHT_100,
    weightOf: ({ netuids }) => WEIGHT_100 * BigInt(netuids.length),
    paysFee: false,
    dispatch: (context, { netuids, commit_hashes }) => batchCommitWeights(context, netuids, commit_hashes),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "reveal_weights",
    args: { netuid: "u16", uids: "u16[]", values: "u16[]", salt: "u16[]", version_key: "u64number" },
    weight: WEIGHT_200,
    paysFee: false,
    dispatch: (context, { netuid, uids, values, salt, version_key }) =>
      revealWeights(context, netuid, { uids, values, salt, versionKey: version_key }),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "batch_reveal_weights",
    args: {
      netuid: "u16",
      uids_list: { list: "u16[]" },
      values_list: { list: "u16[]" },
      salts_list: { list: "u16[]" },
      version_keys: { list: "u64number" },
    },
    weight: WEIGHT_200,
    weightOf: ({ uids_list }) => WEIGHT_200 * BigInt(uids_list.length),
    paysFee: false,
    dispatch: (context, { netuid, uids_list, values_list, salts_list, version_keys }) =>
      batchRevealWeights(context, {
        netuid,
        uidsList: uids_list,
        valuesList: values_list,
        saltsList: salts_list,
        versionKeys: version_keys,
      }),
  }),
] as readonly CallDefinition[];
