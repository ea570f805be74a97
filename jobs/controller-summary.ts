import { z } from 'zod';
import { runControllerSummary } from '../src/report/send-controller-summary.js';
import type { WorkerDeps } from '../src/schedule/worker-deps.js';

/**
 * `controller-summary`: one mail per controller listing what is overdue and due soon
 * among the assignments they control (reports.controllerSummary). The job scheduler's
 * runs carry nothing: the period is the cron tick the run belongs to. A run deferred to
 * the next office morning carries its tick, so it still counts as that period's.
 */
export const controllerSummaryPayload = z.strictObject({
  /** ISO instant of the cron tick a deferred run belongs to. */
  period: z.iso.datetime().optional(),
});
export type ControllerSummaryPayload = z.infer<typeof controllerSummaryPayload>;

export async function handleControllerSummary(jobId: string, data: unknown, deps: WorkerDeps): Promise<string> {
  const { period } = controllerSummaryPayload.parse(data ?? {});
  const run = await runControllerSummary(deps, { period });
  // A deferred run is noted for a simulated clock; done now, it must not hold the clock.
  await deps.scheduler.auxDone(jobId);
  if (run.outcome === 'deferred') return `period ${run.period}: deferred to ${run.deferredTo}`;
  if (run.outcome !== 'sent') return `period ${run.period}: ${run.outcome}`;
  const sent = run.mails.filter((m) => m.outcome === 'sent').length;
  return `period ${run.period}: ${run.mails.length} controllers, ${sent} mails sent, ${run.mails.length - sent} already sent or failed`;
}
