import type { ProtocolWithState } from '../store/index.js';

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

export interface Rescheduler {
  /**
   * Make the queue match the plan of one protocol (or one item of it). `from` plans from
   * an earlier instant: steps whose time passed since become jobs due now. `read` is the
   * protocol as an import just read it back (store.importAndRead), when nothing was
   * written to it since: it is not read again.
   */
  scheduleProtocol(key: string, only?: { item: string | null }, options?: { from?: Date; read?: ProtocolWithState }): Promise<ScheduleSummary>;
  /**
   * Route the executors of these protocols again and store the result — after a
   * correction of one, or a directory entry made while reviewing (every protocol) — and
   * re-plan those whose routing changed and that do not wait for review. The keys re-planned.
   */
  reroute(keys: readonly string[] | 'all'): Promise<string[]>;
  /** The same for the stored protocols with an executor a remembered phrase now names. */
  rerouteNaming(phrases: readonly string[]): Promise<string[]>;
}
