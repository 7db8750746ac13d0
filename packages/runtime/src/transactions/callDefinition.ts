/**
 * How a module declares an extrinsic call (chain.md §3.1, §3.4): its module and method names, the types of
 * its arguments (decoded from the §3.1 JSON encodings before dispatch), its weight for the fee, whether it
 * pays, and `dispatch`, which validates then mutates and throws a DispatchError at the first failing check.
 */
import type { DispatchModule } from "@opentao/primitives";
import type { BlockContext } from "../block/blockContext.ts";
import type { KeyValueStore } from "../state/keyValueStore.ts";

/** An argument's wire type (chain.md §3.1): the JSON form it arrives in and the value dispatch receives. */
export type ArgType =
  | "account" // SS58 prefix 42 → string (SS58)
  | "amount" // decimal string → bigint (rao, alpha, u64 fractions)
  | "u8"
  | "u16"
  | "u32" // JSON number → number
  | "u64number" // block counts, version keys: JSON number ≤ 2^53 − 1 → number
  | "bool"
  | "bytes" // "0x" + lowercase hex → Uint8Array
  | "string"
  | "u16[]"
  | "account[]"
  | { readonly option: ArgType }
  | { readonly tuple: readonly ArgType[] }
  | { readonly list: ArgType };

export type ArgValue<T> = T extends "account" | "string"
  ? string
  : T extends "amount"
    ? bigint
    : T extends "u8" | "u16" | "u32" | "u64number"
      ? number
      : T extends "bool"
        ? boolean
        : T extends "bytes"
          ? Uint8Array
          : T extends "u16[]"
            ? number[]
            : T extends "account[]"
              ? string[]
              : T extends { readonly option: infer O }
                ? ArgValue<O> | null
                : T extends { readonly tuple: infer P }
                  ? { -readonly [I in keyof P]: ArgValue<P[I]> }
                  : T extends { readonly list: infer L }
                    ? ArgValue<L>[]
                    : never;

export type ArgsSpec = { readonly [name: string]: ArgType };
export type Args<S extends ArgsSpec> = { -readonly [K in keyof S]: ArgValue<S[K]> };

/** Who dispatched a call: a signed account, or root through Sudo.sudo (chain.md §16). */
export type Origin = { readonly kind: "signed"; readonly signer: string } | { readonly kind: "root" };

/** What dispatch sees: the state (an overlay that is discarded on failure), the block, and the origin. */
export type DispatchContext = {
  readonly store: KeyValueStore;
  readonly ctx: BlockContext;
  readonly origin: Origin;
};

export type CallDefinition<S extends ArgsSpec = ArgsSpec> = {
  readonly module: DispatchModule;
  /** snake_case, as subtensor (`transfer_keep_alive`). */
  readonly method: string;
  readonly args: S;
  /** chain.md §3.4 callWeight in weight units, e.g. 100_000_000n for "100 (×10^6)". */
  readonly weight: bigint;
  /** False for Pays::No calls: no fee, tip ignored, and validity check 8 runs the call first. */
  readonly paysFee: boolean;
  dispatch(context: DispatchContext, args: Args<S>): void;
};

/** Declares a call with its argument types inferred from `args`. */
export function defineCall<const S extends ArgsSpec>(definition: CallDefinition<S>): CallDefinition<S> {
  return definition;
}
