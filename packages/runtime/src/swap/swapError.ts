/**
 * chain.md §9 / §20: the three errors the pool arithmetic raises. The name in `error` is spelled exactly
 * as in chain.md §20, so a caller maps it to `DispatchError {module, error}` unchanged.
 */
import { TaoError } from "@opentao/primitives";

/** The chain.md §20 names a swap can fail with. */
export type SwapErrorName = "SwapInputTooLarge" | "ReservesTooLow" | "PriceLimitExceeded";

const MESSAGES: Record<SwapErrorName, { message: string; hint: string }> = {
  SwapInputTooLarge: {
    message: "The swap input is more than 1000 times the pool's input-side reserve.",
    hint: "Swap a smaller amount: one swap may bring in at most 1000 × the reserve it adds to.",
  },
  ReservesTooLow: {
    message: "The pool's reserves are too low for this swap.",
    hint: "The output-side reserve is below MinimumReserve or the swap would pay out nothing; swap more or use another subnet.",
  },
  PriceLimitExceeded: {
    message: "The pool price is already at or past the limit price.",
    hint: "Raise the limit of a buy (or lower the limit of a sell), or wait for the price to move back.",
  },
};

/**
 * A swap refused by one of chain.md §9's checks. `error` is the §20 name; `context` holds the numbers
 * the failing check compared (reserves, amounts, limit).
 */
export class SwapError extends TaoError {
  override name = "SwapError";
  readonly error: SwapErrorName;
  readonly context: Readonly<Record<string, bigint>>;

  constructor(error: SwapErrorName, context: Readonly<Record<string, bigint>>) {
    const { message, hint } = MESSAGES[error];
    super(message, {
      hints: [hint],
      details: Object.entries(context)
        .map(([key, value]) => `${key}=${value}`)
        .join(", "),
      spec: "chain.md §9",
    });
    this.error = error;
    this.context = context;
  }
}
