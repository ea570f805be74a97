import path from 'node:path';
import { missingCalendarMessage, missingYearsAhead } from '../calendar/index.js';
import type { WorkerDeps } from '../schedule/worker-deps.js';

/**
 * Whether this srok can do its work: Redis answers, mail can go out (the outbox folder
 * is writable, or the SMTP server takes a login), at least one worker is alive (a
 * BullMQ worker connection to the queue), and the queue keeps up (the oldest due step
 * has not waited longer than `schedule.maxDueWaitMinutes`). An open probe gets ok/fail only;
 * a caller with a token gets the details: each check, the queue lag, and the mails
 * that failed for good (a 5xx recipient) — those wait for the operator and do not make
 * srok unhealthy, since retrying them would change nothing.
 */
export interface HealthResult {
  ok: boolean;
  failed: string[];
}

export interface HealthDetails extends HealthResult {
  checks: Record<string, boolean>;
  /** Seconds the oldest due step is late; 0 when nothing is due. Null when Redis did not answer. */
  queueLagSeconds: number | null;
  /** The same, named for what it is: the age of the oldest due step, and the limit it is held to. */
  oldestDue: { waitingSeconds: number; limitSeconds: number; at: string } | null;
  /** Worker processes connected to the queue now; null when Redis does not say (CLIENT LIST refused). */
  workers: number | null;
  /**
   * What the operator should know and that does not stop srok, in Russian: a year the
   * plans reach (the coming 365 days) with no calendar file.
   */
  warnings: Array<{ code: string; message: string }>;
  /** Mails refused for good, the latest first (at most 20), and how many there are. */
  failedMails: { count: number; latest: Array<{ mailId: string; reason: string | null; at: string | null; attempts: number }> } | null;
}

export interface HealthCheck {
  run(): Promise<HealthResult>;
  details(): Promise<HealthDetails>;
}

/** An SMTP login per probe would load the server: its result is kept this long. */
const TRANSPORT_TTL_MS = 30_000;
const TIMEOUT_MS = 3_000;

/** Worker connections of the queue (BullMQ names them); null when CLIENT LIST is refused. */
async function liveWorkers(deps: Pick<WorkerDeps, 'queue'>): Promise<number | null> {
  try {
    return (await deps.queue.getWorkers()).length;
  } catch {
    return null;
  }
}

export function healthCheck(deps: Pick<WorkerDeps, 'transport' | 'store' | 'config' | 'clock' | 'queue'>): HealthCheck {
  let transport: { at: number; ok: boolean } | null = null;
  const checks: Record<string, () => Promise<boolean>> = {
    redis: () => deps.store.ping(),
    mail: async () => {
      const now = Date.now();
      if (transport !== null && now - transport.at < TRANSPORT_TTL_MS) return transport.ok;
      const ok = await deps.transport.verify().then(
        () => true,
        () => false,
      );
      transport = { at: now, ok };
      return ok;
    },
    queue: async () => {
      const next = await deps.store.nextDue();
      if (next === null) return true;
      const lagMs = deps.clock.now().getTime() - next.at;
      return lagMs <= deps.config().settings.schedule.maxDueWaitMinutes * 60_000;
    },
    // Unknown (CLIENT LIST refused by a managed Redis) is not taken for none.
    workers: async () => (await liveWorkers(deps)) !== 0,
  };
  const run = async (): Promise<HealthResult & { checks: Record<string, boolean> }> => {
    const results = await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await withTimeout(check())] as const));
    const failed = results.filter(([, ok]) => !ok).map(([name]) => name);
    return { ok: failed.length === 0, failed, checks: Object.fromEntries(results) };
  };
  return {
    run,
    async details() {
      const result = await run();
      const next = await withTimeout(deps.store.nextDue(), undefined);
      const lag = next === undefined ? null : next === null ? 0 : Math.max(0, (deps.clock.now().getTime() - next.at) / 1000);
      const limitSeconds = deps.config().settings.schedule.maxDueWaitMinutes * 60;
      const oldestDue = next && lag !== null && lag > 0 ? { waitingSeconds: Math.round(lag), limitSeconds, at: new Date(next.at).toISOString() } : null;
      const workers = await withTimeout(liveWorkers(deps), null);
      const failedMails = await withTimeout(
        deps.store.ledger.listFailed().then((entries) => ({
          count: entries.length,
          latest: entries
            .slice(-20)
            .reverse()
            .map((e) => ({ mailId: e.mailId, reason: e.reason, at: e.updatedAt, attempts: e.attempts })),
        })),
        null,
      );
      const config = deps.config();
      const missing = missingYearsAhead(config.calendar, deps.clock.now(), config.settings.timezone);
      const calendarDir = path.join(path.basename(config.dir), config.settings.calendar.dir);
      const warnings = missing.length > 0 ? [{ code: 'calendar_year_missing', message: missingCalendarMessage(missing, calendarDir) }] : [];
      return { ...result, queueLagSeconds: lag === null ? null : Math.round(lag), oldestDue, workers, warnings, failedMails };
    },
  };
}


async function withTimeout<T>(check: Promise<T>, fallback: T): Promise<T>;
async function withTimeout(check: Promise<boolean>): Promise<boolean>;
async function withTimeout<T>(check: Promise<T>, fallback: T | false = false): Promise<T | false> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T | false>((resolve) => {
    timer = setTimeout(() => resolve(fallback), TIMEOUT_MS);
  });
  try {
    return await Promise.race([check.catch(() => fallback), late]);
  } finally {
    clearTimeout(timer);
  }
}
