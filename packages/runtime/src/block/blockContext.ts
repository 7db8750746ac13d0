/**
 * What every rule of one block sees besides the state (chain.md §4): the block number `now`, its timestamp
 * and author, and the event list. Events are records of chain.md §18; `data` uses the §3.1 encodings.
 */
import type { JsonValue } from "@opentao/primitives";

export type EventPhase = { readonly initialization: null } | { readonly extrinsic: number };

export type EventRecord = {
  readonly phase: EventPhase;
  readonly module: string;
  readonly name: string;
  readonly data: { readonly [key: string]: JsonValue };
};

export type BlockContext = {
  /** The number of the block being built or imported. */
  readonly now: number;
  /** Milliseconds, from the header. */
  readonly timestamp: number;
  /** SS58 of the block author, who receives fees and tips. */
  readonly author: string;
  /** Where events emitted now belong: the pipeline steps, or extrinsic i. */
  phase: EventPhase;
  /** The block's events so far; an extrinsic's own events are dropped when it fails. */
  readonly events: EventRecord[];
};

/** A fresh context for block `now`, in the initialization phase with no events. */
export function createBlockContext(now: number, timestamp: number, author: string): BlockContext {
  return { now, timestamp, author, phase: { initialization: null }, events: [] };
}

/** Appends an event in the current phase. */
export function emitEvent(ctx: BlockContext, module: string, name: string, data: EventRecord["data"]): void {
  ctx.events.push({ phase: ctx.phase, module, name, data });
}
