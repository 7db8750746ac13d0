/**
 * The SubtensorModule staking calls of chain.md §12.2, §12.3, §12.6, §12.8 and §12.9 with their §3.4
 * weights, for the call registry: 300·10^6 for adds, removes and moves, 1,000·10^6 for `unstake_all*`, the
 * take calls Pays::No at 100·10^6, `set_children` 200·10^6, `claim_root` 200·10^6 per subnet listed,
 * `set_childkey_take` and `set_root_claim_type` 100·10^6.
 */
import type { Args, ArgsSpec, CallDefinition, DispatchContext } from "../transactions/callDefinition.ts";
import { defineCall } from "../transactions/callDefinition.ts";
import { addStake, type StakeLimit } from "./addStake.ts";
import { claimRoot, claimSubnets } from "./claimRoot.ts";
import { decreaseTake } from "./decreaseTake.ts";
import { increaseTake } from "./increaseTake.ts";
import { moveStake } from "./moveStake.ts";
import { removeStake, removeStakeFullLimit } from "./removeStake.ts";
import { setChildkeyTake } from "./setChildkeyTake.ts";
import { setChildren } from "./setChildren.ts";
import { setRootClaimType } from "./setRootClaimType.ts";
import { swapStake } from "./swapStake.ts";
import { transferStake } from "./transferStake.ts";
import { unstakeAll, unstakeAllAlpha } from "./unstakeAll.ts";

const WEIGHT_100 = 100_000_000n;
const WEIGHT_200 = 200_000_000n;
const WEIGHT_300 = 300_000_000n;
const WEIGHT_1000 = 1_000_000_000n;

/** The arguments a `*_limit` variant appends (chain.md §12.2, §12.3, §12.8). */
const LIMIT_ARGS = { limit_price: "amount", allow_partial: "bool" } as const;

/**
 * A 300·10^6 call and its `<method>_limit` variant, which takes `limit_price` and `allow_partial` after the
 * same arguments. `dispatch` gets `{}` for the plain call and `{limit}` for the variant, to spread into the
 * call's parameters.
 */
function withLimitVariant<const S extends ArgsSpec>(
  method: string,
  args: S,
  dispatch: (context: DispatchContext, a: Args<S>, limit: { readonly limit?: StakeLimit }) => void,
): CallDefinition[] {
  return [
    defineCall({
      module: "SubtensorModule",
      method,
      args,
      weight: WEIGHT_300,
      paysFee: true,
      dispatch: (context, a) => dispatch(context, a, {}),
    }),
    defineCall({
      module: "SubtensorModule",
      method: `${method}_limit`,
      args: { ...args, ...LIMIT_ARGS },
      weight: WEIGHT_300,
      paysFee: true,
      dispatch: (context, a) =>
        dispatch(context, a, { limit: { limitPrice: a.limit_price, allowPartial: a.allow_partial } }),
    }),
  ] as CallDefinition[];
}

/** Every staking call (chain.md §12.2, §12.3, §12.6, §12.8, §12.9). */
export const stakingCalls: readonly CallDefinition[] = [
  ...withLimitVariant(
    "add_stake",
    { hotkey: "account", netuid: "u16", amount_staked: "amount" },
    (context, a, limit) =>
      addStake(context, { hotkey: a.hotkey, netuid: a.netuid, amountStaked: a.amount_staked, ...limit }),
  ),
  ...withLimitVariant(
    "remove_stake",
    { hotkey: "account", netuid: "u16", amount_unstaked: "amount" },
    (context, a, limit) =>
      removeStake(context, {
        hotkey: a.hotkey,
        netuid: a.netuid,
        amountUnstaked: a.amount_unstaked,
        ...limit,
      }),
  ),
  defineCall({
    module: "SubtensorModule",
    method: "remove_stake_full_limit",
    args: { hotkey: "account", netuid: "u16", limit_price: { option: "amount" } },
    weight: WEIGHT_300,
    paysFee: true,
    dispatch: (context, a) => removeStakeFullLimit(context, a.hotkey, a.netuid, a.limit_price),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "unstake_all",
    args: { hotkey: "account" },
    weight: WEIGHT_1000,
    paysFee: true,
    dispatch: (context, a) => unstakeAll(context, a.hotkey),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "unstake_all_alpha",
    args: { hotkey: "account" },
    weight: WEIGHT_1000,
    paysFee: true,
    dispatch: (context, a) => unstakeAllAlpha(context, a.hotkey),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "move_stake",
    args: {
      origin_hotkey: "account",
      destination_hotkey: "account",
      origin_netuid: "u16",
      destination_netuid: "u16",
      alpha_amount: "amount",
    },
    weight: WEIGHT_300,
    paysFee: true,
    dispatch: (context, a) =>
      moveStake(context, {
        originHotkey: a.origin_hotkey,
        destinationHotkey: a.destination_hotkey,
        originNetuid: a.origin_netuid,
        destinationNetuid: a.destination_netuid,
        alphaAmount: a.alpha_amount,
      }),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "transfer_stake",
    args: {
      destination_coldkey: "account",
      hotkey: "account",
      origin_netuid: "u16",
      destination_netuid: "u16",
      alpha_amount: "amount",
    },
    weight: WEIGHT_300,
    paysFee: true,
    dispatch: (context, a) =>
      transferStake(context, {
        destinationColdkey: a.destination_coldkey,
        hotkey: a.hotkey,
        originNetuid: a.origin_netuid,
        destinationNetuid: a.destination_netuid,
        alphaAmount: a.alpha_amount,
      }),
  }),
  ...withLimitVariant(
    "swap_stake",
    { hotkey: "account", origin_netuid: "u16", destination_netuid: "u16", alpha_amount: "amount" },
    (context, a, limit) =>
      swapStake(context, {
        hotkey: a.hotkey,
        originNetuid: a.origin_netuid,
        destinationNetuid: a.destination_netuid,
        alphaAmount: a.alpha_amount,
        ...limit,
      }),
  ),
  defineCall({
    module: "SubtensorModule",
    method: "increase_take",
    args: { hotkey: "account", take: "u16" },
    weight: WEIGHT_100,
    paysFee: false,
    dispatch: (context, a) => increaseTake(context, a.hotkey, a.take),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "decrease_take",
    args: { hotkey: "account", take: "u16" },
    weight: WEIGHT_100,
    paysFee: false,
    dispatch: (context, a) => decreaseTake(context, a.hotkey, a.take),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "set_children",
    args: { hotkey: "account", netuid: "u16", children: { list: { tuple: ["amount", "account"] } } },
    weight: WEIGHT_200,
    paysFee: true,
    dispatch: (context, a) =>
      setChildren(context, {
        hotkey: a.hotkey,
        netuid: a.netuid,
        children: a.children.map(([proportion, child]) => [proportion, child] as const),
      }),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "set_childkey_take",
    args: { hotkey: "account", netuid: "u16", take: "u16" },
    weight: WEIGHT_100,
    paysFee: true,
    dispatch: (context, a) => setChildkeyTake(context, { hotkey: a.hotkey, netuid: a.netuid, take: a.take }),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "claim_root",
    args: { subnets: "u16[]" },
    weight: WEIGHT_200,
    // 200·10^6 per distinct subnet listed (subtensor weighs the BTreeSet it receives).
    weightOf: (a) => WEIGHT_200 * BigInt(claimSubnets(a.subnets).length),
    paysFee: true,
    dispatch: (context, a) => claimRoot(context, a.subnets),
  }),
  defineCall({
    module: "SubtensorModule",
    method: "set_root_claim_type",
    args: { new_root_claim_type: { enum: ["Swap", "Keep"] } },
    weight: WEIGHT_100,
    paysFee: true,
    dispatch: (context, a) => setRootClaimType(context, a.new_root_claim_type),
  }),
];
