import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { reportRows } from '../report/report-rows.js';
import { loadReportSources } from '../report/load-report.js';
import type { WorkerDeps } from '../schedule/worker-deps.js';
import { mailCountsOf } from './mail-counters.js';

/**
 * The Prometheus metrics. Read from Redis at each scrape, so that a separate HTTP
 * process reports what the workers did: mails by kind and result and their send time
 * (mail-counters.ts), steps skipped, jobs by state, permanently failed mails, open and
 * overdue part-occurrences, and the queue's lag. This process's own HTTP requests are
 * counted here too.
 */
export interface Metrics {
  registry: Registry;
  /** Count one answered HTTP request. */
  request(route: string, method: string, status: number, seconds: number): void;
}

export function createMetrics(deps: Pick<WorkerDeps, 'queue' | 'store' | 'routings' | 'config' | 'clock'>): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  new Counter({
    name: 'srok_mails_total',
    help: 'Mails by kind (reminder, overdue, escalation, status, summary, operator, digest, request) and result (sent, failed for good), all workers',
    labelNames: ['kind', 'result'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const m of mailCountsOf(await deps.store.mailCounters()).mails) this.inc({ kind: m.kind, result: m.result }, m.count);
    },
  });
  new Counter({
    name: 'srok_mail_send_seconds_total',
    help: 'Total time spent sending the mails of a kind; divided by srok_mails_total{result="sent"}: the mean send latency',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of mailCountsOf(await deps.store.mailCounters()).seconds) this.inc({ kind: s.kind }, s.seconds);
    },
  });
  new Counter({
    name: 'srok_steps_skipped_total',
    help: 'Steps that fired but sent nothing, by reason (no longer planned, closed, …)',
    labelNames: ['reason'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of mailCountsOf(await deps.store.mailCounters()).skipped) this.inc({ reason: s.reason }, s.count);
    },
  });
  new Gauge({
    name: 'srok_jobs',
    help: 'BullMQ jobs of the srok queue by state',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const counts = await deps.queue.getJobCounts('waiting', 'delayed', 'active', 'failed', 'prioritized');
      for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
    },
  });
  new Gauge({
    name: 'srok_mails_failed_for_good',
    help: 'Mails the SMTP server refused permanently (not retried), still in the ledger',
    registers: [registry],
    async collect() {
      this.set(await deps.store.failedCount());
    },
  });
  new Gauge({
    name: 'srok_queue_lag_seconds',
    help: 'How long the earliest due step has been waiting; 0 when none is late',
    registers: [registry],
    async collect() {
      const next = await deps.store.nextDue();
      this.set(next === null ? 0 : Math.max(0, (deps.clock.now().getTime() - next.at) / 1000));
    },
  });
  new Gauge({
    name: 'srok_part_occurrences',
    help: 'Part-occurrences (one executor, one due date) by state: open, overdue (open past the deadline)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const rows = reportRows(await loadReportSources(deps), deps.config(), deps.clock.now());
      this.set({ state: 'open' }, rows.filter((r) => r.state === 'open').length);
      this.set({ state: 'overdue' }, rows.filter((r) => r.overdue).length);
    },
  });

  const requests = new Histogram({
    name: 'srok_http_request_seconds',
    help: 'HTTP requests answered by this process, by route, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return {
    registry,
    request: (route, method, status, seconds) => requests.observe({ route, method, status: String(status) }, seconds),
  };
}
