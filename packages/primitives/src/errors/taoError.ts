/**
 * The base of every opentao error, shaped like viem's `BaseError`: a short message, hints that say what
 * to do, optional details, the spec section it relates to, and the cause. Fields are plain data so that
 * pino logs them as structured values.
 */
export type TaoErrorParameters = {
  /** Bullet lines saying what to do next. */
  hints?: readonly string[];
  /** Extra detail, usually the underlying library's message. */
  details?: string;
  /** Section of shared/spec this error relates to, e.g. "wire.md B.4". */
  spec?: string;
  cause?: unknown;
};

export class TaoError extends Error {
  override name = "TaoError";
  readonly shortMessage: string;
  readonly hints: readonly string[];
  readonly details: string | undefined;
  readonly spec: string | undefined;

  constructor(shortMessage: string, parameters: TaoErrorParameters = {}) {
    const { hints = [], details, spec, cause } = parameters;
    const lines = [shortMessage];
    if (hints.length > 0) lines.push("", ...hints.map((hint) => `- ${hint}`));
    if (details) lines.push("", `Details: ${details}`);
    if (spec) lines.push(`Spec: ${spec}`);
    super(lines.join("\n"), cause === undefined ? undefined : { cause });
    this.shortMessage = shortMessage;
    this.hints = hints;
    this.details = details;
    this.spec = spec;
  }

  /** Follows `cause` links and returns the deepest error (or the first that matches `predicate`). */
  walk(predicate?: (error: unknown) => boolean): unknown {
    let current: unknown = this;
    while (current instanceof Error) {
      if (predicate?.(current)) return current;
      if (current.cause === undefined) break;
      current = current.cause;
    }
    return predicate ? undefined : current;
  }
}
