import type { Queue } from 'bullmq';
import type { SrokConfig } from '../config/types.js';
export { lastTick, nextTick } from '../calendar/cron.js';
import type { JobName } from './queue.js';

/**
 * Cron ticks: the jobs srok runs by the calendar rather than by a track — the daily
 * re-plan, the controllers' summary and the operator's list of what waits for review. One list serves both clocks: a worker turns
 * each into a BullMQ job scheduler, and a simulated run fires them at their instants
 * on its own clock, so the two cannot drift apart.
 */
export interface CronTick {
  /** The job scheduler's id; also the start of the job ids a simulated run gives it. */
  id: string;
  job: JobName;
  /** Read in `tz`, the configured zone. */
  pattern: string;
  tz: string;
  data: Record<string, never>;
}

/** Every id a tick can have, so that a tick switched off in the config loses its job scheduler. */
export const CRON_TICK_IDS = ['replan-daily', 'controller-summary', 'review-waiting'] as const;

/** The ticks in force under a config; the re-plan's pattern comes from the scheduler, which owns it. */
export function cronTicks(config: SrokConfig, replanPattern: string): CronTick[] {
  const tz = config.settings.timezone;
  const ticks: CronTick[] = [{ id: 'replan-daily', job: 'replan', pattern: replanPattern, tz, data: {} }];
  const summary = config.settings.reports.controllerSummary;
  if (summary.enabled) ticks.push({ id: 'controller-summary', job: 'controller-summary', pattern: summary.cron, tz, data: {} });
  // Daily; the job itself skips days off of the calendar (a cron pattern knows no holidays).
  const review = config.settings.import;
  if (review.review !== 'off') {
    const [hh, mm] = review.reviewReminderAt.split(':');
    ticks.push({ id: 'review-waiting', job: 'review-waiting', pattern: `0 ${Number(mm)} ${Number(hh)} * * *`, tz, data: {} });
  }
  return ticks;
}

/** Make the queue's job schedulers the ticks in force: each upserted, the ones switched off removed. */
export async function upsertCronJobs(queue: Queue, ticks: readonly CronTick[]): Promise<void> {
  for (const tick of ticks) {
    await queue.upsertJobScheduler(tick.id, { pattern: tick.pattern, tz: tick.tz }, { name: tick.job, data: tick.data });
  }
  for (const id of CRON_TICK_IDS) {
    if (!ticks.some((tick) => tick.id === id)) await queue.removeJobScheduler(id);
  }
}
