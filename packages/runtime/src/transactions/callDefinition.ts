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
  | "amount" // decimal string → bigint (rao, alpha, u64 fractions, u128), at most 2^128 − 1
  | "u8"
  | "u16"
  | "u32" // JSON number → number
  | "u64number" // block counts, version keys: JSON number ≤ 2^53 − 1 → number
  | "i16" // JSON number in [−32768, 32767] → number (alphaSigmoidSteepness)
  | "bool"
  | "bytes" // "0x" + lowercase hex → Uint8Array
  | { readonly bytes: number } // "0x" + lowercase hex of exactly that many bytes → Uint8Array (hashes)
  | "string"
  | "u16[]"
  | "account[]"
  | "call" // {"module", "method", "args"} → DecodedCall (Sudo.sudo)
  | { readonly option: ArgType }
  | { readonly tuple: readonly ArgType[] }
  | { readonly list: ArgType }
  | { readonly enum: readonly string[] } // a string tag out of the list → that string
  | { readonly struct: ArgsSpec } // a JSON object with exactly these fields → Args<S>
  | CustomArgType<unknown>;

/**
 * A value no other `ArgType` describes, decoded by its module: chiefly a §3.1 enum that carries data
 * (`"None"` or `{"Raw": "0x…"}`, Commitments' `Data`). `custom(value, path)` must be pure and must throw
 * `InvalidTransactionError("BadCall", "<path>: …")` for every value it refuses (§3.2 check 1); it returns
 * what dispatch receives, so the call's `Args` take its return type.
 */
export type CustomArgType<T> = { readonly custom: (value: unknown, path: string) => T };

/**
 * The value dispatch receives for an argument of type `T`. For the wide `ArgType` itself (a definition
 * seen as `CallDefinition<ArgsSpec>`) the nested cases give `unknown` instead of recursing forever.
 */
export type ArgValue<T> = T extends "account" | "string"
  ? string
  : T extends "amount"
    ? bigint
    : T extends "u8" | "u16" | "u32" | "u64number" | "i16"
      ? number
      : T extends "bool"
        ? boolean
        : T extends "bytes" | { readonly bytes: number }
          ? Uint8Array
          : T extends "u16[]"
            ? number[]
            : T extends "account[]"
              ? string[]
              : T extends "call"
                ? DecodedCall
                : T extends { readonly option: infer O }
                  ? ArgType extends O
                    ? unknown
                    : ArgValue<O> | null
                  : T extends { readonly tuple: infer P }
                    ? readonly ArgType[] extends P
                      ? unknown[]
                      : { -readonly [I in keyof P]: ArgValue<P[I]> }
                    : T extends { readonly list: infer L }
                      ? ArgType extends L
                        ? unknown[]
                        : ArgValue<L>[]
                      : T extends { readonly enum: readonly (infer E)[] }
                        ? E
                        : T extends { readonly struct: infer S extends ArgsSpec }
                          ? ArgsSpec extends S
                            ? { [name: string]: unknown }
                            : Args<S>
                          : T extends CustomArgType<infer C>
                            ? C
                            : never;

/** The declared arguments of a call: name → wire type (chain.md §3.1). */
export type ArgsSpec = { readonly [name: string]: ArgType };
/** The decoded arguments `dispatch` receives for an `ArgsSpec`. */
export type Args<S extends ArgsSpec> = { -readonly [K in keyof S]: ArgValue<S[K]> };

/** Who dispatched a call: a signed account, or root through Sudo.sudo (chain.md §16). */
export type Origin = { readonly kind: "signed"; readonly signer: string } | { readonly kind: "root" };

/** What dispatch sees: the state (an overlay that is discarded on failure), the block, and the origin. */
export type DispatchContext = {
  readonly store: KeyValueStore;
  readonly ctx: BlockContext;
  readonly origin: Origin;
};

/** An extrinsic call as a module declares it; see `defineCall`. */
export type CallDefinition<S extends ArgsSpec = ArgsSpec> = {
  readonly module: DispatchModule;
  /** snake_case, as subtensor (`transfer_keep_alive`). */
  readonly method: string;
  readonly args: S;
  /** chain.md §3.4 callWeight in weight units, e.g. 100_000_000n for "100 (×10^6)". */
  readonly weight: bigint;
  /**
   * Optional: the weight when it depends on the arguments (`batch_set_weights` 200 per item, `Sudo.sudo`
   * the weight of its inner call). Overrides `weight` when present. (Method syntax, like `dispatch`, so
   * that a `CallDefinition<S>` stays assignable to `CallDefinition`.)
   */
  weightOf?(args: Args<S>): bigint;
  /** False for Pays::No calls: no fee, tip ignored, and validity check 8 runs the call first. */
  readonly paysFee: boolean;
  /**
   * Optional: true when this signer pays no fee for this call although `paysFee` is true (chain.md §3.4:
   * calls dispatched through Sudo.sudo by the sudo key pay no fee). A waived call is treated as
   * Pays::No: fee 0, tip ignored, validity check 8 applies.
   */
  readonly waivesFee?: (store: KeyValueStore, signer: string) => boolean;
  dispatch(context: DispatchContext, args: Args<S>): void;
};

/** A call whose arguments have been decoded against its definition (chain.md §3.1). */
export type DecodedCall = {
  readonly definition: CallDefinition;
  readonly args: Args<ArgsSpec>;
};

/** Declares a call with its argument types inferred from `args`. */
export function defineCall<const S extends ArgsSpec>(definition: CallDefinition<S>): CallDefinition<S> {
  return definition;
}

/** The chain.md §3.4 callWeight of a decoded call: `weightOf(args)` when declared, else `weight`. */
export function callWeight(call: DecodedCall): bigint {
  return call.definition.weightOf?.(call.args) ?? call.definition.weight;
}
