import type { ProtocolWithState } from '../store/index.js';
import type { StoredProtocol } from '../store/types.js';

/**
 * What follow-up (and review, and an import) needs of scheduling: after a change to a
 * protocol's state, its jobs made to match its plan again. The scheduler (src/schedule)
 * implements it; the composition root (the worker's runtime, the CLI, the HTTP server)
 * hands it in, so nothing here depends on BullMQ.
 */
export interface ScheduleSummary {
  tracks: number;
  added: number;
  removed: number;
}

/** A first plan of a protocol worked out ahead (Rescheduler.firstPlan); what it holds is the scheduler's. */
export interface FirstPlan {
  readonly stored: StoredProtocol;
  /** The instant it plans from. */
  readonly from: Date;
}

export interface Rescheduler {
  /**
   * Make the queue match the plan of one protocol (or one item of it). `from` plans from
   * an earlier instant: steps whose time passed since become jobs due now. `read` is the
   * protocol as an import just read it back (store.importAndRead), when nothing was
   * written to it since: it is not read again. `first`: the first plan of it worked out
   * while that import stored it, handed back by the import because nothing was recorded
   * for the protocol before — used when `read` shows it still unplanned.
   */
  scheduleProtocol(key: string, only?: { item: string | null }, options?: { from?: Date; read?: ProtocolWithState; first?: FirstPlan }): Promise<ScheduleSummary>;
  /**
   * The plan of a protocol never planned — no state, routing, review or tracks — from
   * `from`, as scheduleProtocol would make it: an import works it out while Redis stores
   * the protocol (store.importAndRead's `meanwhile`).
   */
  firstPlan(stored: StoredProtocol, from: Date): FirstPlan;
  /**
   * Route the executors of these protocols again and store the result — after a
   * correction of one, or a directory entry made while reviewing (every protocol) — and
   * re-plan those whose routing changed and that do not wait for review. The keys re-planned.
   */
  reroute(keys: readonly string[] | 'all'): Promise<string[]>;
  /** The same for the stored protocols with an executor a remembered phrase now names. */
  rerouteNaming(phrases: readonly string[]): Promise<string[]>;
}
