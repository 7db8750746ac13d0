/**
 * Why a block cannot be applied. A block is applied whole or not at all: on any of these the state is
 * left exactly as it was.
 */
import { InvalidTransactionError, type InvalidTransactionReason, TaoError } from "@opentao/primitives";

/** What was wrong with a rejected block. */
export type BlockImportErrorCode =
  /** A header field is malformed (number, parentHash, timestamp or author). */
  | "InvalidHeader"
  /** The block does not follow the state's last block (number ≠ last + 1). */
  | "UnexpectedNumber"
  /** An extrinsic fails a chain.md §3.2 validity check (reason in `reason`, position in `index`). */
  | "InvalidExtrinsic"
  /** The header's extrinsicsRoot is not that of the block's extrinsics. */
  | "ExtrinsicsRootMismatch"
  /** The state after the block does not have the header's stateRoot. */
  | "StateRootMismatch";

/** A block that cannot be applied; the store it was applied to is unchanged. */
export class BlockImportError extends TaoError {
  override name = "BlockImportError";
  readonly code: BlockImportErrorCode;
  readonly number: number;
  /** The extrinsic at fault, for `InvalidExtrinsic`. */
  readonly index: number | undefined;
  /** Its chain.md §3.2 reason, for `InvalidExtrinsic`. */
  readonly reason: InvalidTransactionReason | undefined;

  constructor(
    code: BlockImportErrorCode,
    number: number,
    message: string,
    options: { index?: number; cause?: unknown } = {},
  ) {
    const cause = options.cause;
    super(`Block ${number} rejected (${code}): ${message}`, {
      hints: ["The state is unchanged: the block was not applied."],
      spec: code === "InvalidExtrinsic" ? "chain.md §3.2" : "chain.md §4",
      ...(cause === undefined
        ? {}
        : { cause, details: cause instanceof TaoError ? cause.shortMessage : String(cause) }),
    });
    this.code = code;
    this.number = number;
    this.index = options.index;
    this.reason = cause instanceof InvalidTransactionError ? cause.reason : undefined;
  }
}
