import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import type { Rescheduler, ScheduleSummary } from '../follow-up/rescheduler.js';
import type { Store } from '../store/index.js';

export type ApproveOutcome =
  | { outcome: 'approved'; key: string; version: number; waitedSince: string; schedule: ScheduleSummary }
  | { outcome: 'not-waiting'; key: string; approvedBy: string | null; approvedAt: string | null };

/**
 * An operator approves a protocol that waits for review: the approval goes into the
 * history of each of its assignments (who, when), and the protocol is queued. It is
 * planned from when it began to wait, so a step whose time passed meanwhile is a job
 * due now: the catch-up rules fold those (per recipient one mail, the latest step of
 * each track). Approving again changes nothing.
 */
export async function approveProtocol(key: string, deps: { store: Store; scheduler: Rescheduler; clock: Clock; log: Log; actor: string }): Promise<ApproveOutcome> {
  const { store, scheduler, clock, log } = deps;
  const review = await store.getReview(key);
  if (review?.state !== 'waiting') return { outcome: 'not-waiting', key, approvedBy: review?.by ?? null, approvedAt: review?.at ?? null };
  const now = clock.now().toISOString();
  await store.setReview(key, { ...review, state: 'approved', by: deps.actor, at: now });
  await store.appendAudit(key, { at: now, actor: deps.actor, action: 'approve', detail: { version: review.version, waitedSince: review.since } });
  const schedule = await scheduler.scheduleProtocol(key, undefined, { from: new Date(review.since) });
  log.info({ protocol: key, by: deps.actor, version: review.version, tracks: schedule.tracks }, 'protocol approved and queued');
  return { outcome: 'approved', key, version: review.version, waitedSince: review.since, schedule };
}
