import type { Clock } from '../clock.js';
import type { SrokConfig } from '../config/types.js';
import type { Log } from '../log.js';
import type { MailTransport, Renderer } from '../mail/index.js';
import type { Routings } from '../records/routing.js';
import type { Store } from '../store/index.js';
import type { Ledger } from './deliver.js';

/**
 * The jobs delivery asks to run later. Delivery knows what a later mail gathers; the
 * scheduler (BullMQ, src/schedule) knows how a job is queued, named and noted for a
 * simulated clock, and is what the composition root hands in here.
 */
export interface LaterJobs {
  /** One catch-up job per recipient after the gathering window: a job already waiting in that window takes the lines gathered meanwhile. */
  queueCatchUp(recipients: readonly string[], now: number, windowMs: number): Promise<void>;
  /** The day's digest job of `to`, run at `at`; a job of its own for `stepId` when the day's job is already running or done. */
  queueDigest(to: readonly string[], day: string, at: Date, stepId: string): Promise<void>;
  /** The controllers' summary of `period`, deferred to `at` (the next office morning). */
  queueControllerSummary(period: string, jobId: string, at: Date): Promise<void>;
}

/** What mails are sent with: built once per worker process. */
export interface DeliveryDeps {
  store: Store;
  ledger: Ledger;
  renderer: Renderer;
  transport: MailTransport;
  /** The config in force; a SIGHUP or `srok config apply` swaps it. */
  config: () => SrokConfig;
  clock: Clock;
  log: Log;
  /** This worker's name in send-ledger leases. */
  owner: string;
  /** SROK_LINK_SECRET as validated at start (src/config/env.ts): signs the one-click links of mails; null turns them off. */
  linkSecret: string | null;
  counters: DeliveryCounters;
  scheduler: LaterJobs;
  /** The routing kept with each protocol (src/routing): what mails, pages and reports read of it. */
  routings: Routings;
}

/** Mails by kind and result, send latency: what /metrics and the demo summary report. */
export interface DeliveryCounters {
  sent(kind: string, recipients: readonly string[], ms: number): void;
  failed(kind: string): void;
  skipped(reason: string): void;
}

export function countingCounters(): DeliveryCounters & { snapshot(): { sent: Map<string, number>; byRecipient: Map<string, number>; failed: Map<string, number>; skipped: Map<string, number> } } {
  const sent = new Map<string, number>();
  const byRecipient = new Map<string, number>();
  const failed = new Map<string, number>();
  const skipped = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  return {
    sent(kind, recipients) {
      bump(sent, kind);
      for (const r of recipients) bump(byRecipient, r);
    },
    failed: (kind) => bump(failed, kind),
    skipped: (reason) => bump(skipped, reason),
    snapshot: () => ({ sent, byRecipient, failed, skipped }),
  };
}
