import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { Settings } from '../config/schema.js';
import { bullPrefix } from '../store/keys.js';

/**
 * One BullMQ queue carries every job of srok; the job name says what it is:
 * - step:    the next planned step of one track (a part-occurrence, a summary, …);
 * - catchup: one catch-up mail to one recipient after the worker was down;
 * - digest:  one recipient's daily digest;
 * - replan:  the daily repair of every protocol's schedule;
 * - controller-summary: the periodic mail to each controller of what is overdue and due soon.
 * - review-waiting: on working days, the operator's mail of the protocols that wait for review.
 */
export const QUEUE_NAME = 'srok';

export type JobName = 'step' | 'catchup' | 'digest' | 'replan' | 'controller-summary' | 'review-waiting';

/** The data of a `step` job (jobs/step.ts validates it). */
export interface StepPayload {
  protocolKey: string;
  item: string | null;
  track: string;
  stepId: string;
  /** ISO instant the step was planned for. */
  at: string;
}

/** BullMQ keys live under the store's prefix, so one Redis can hold several srok installations (store/keys.ts). */
export { bullPrefix };

export function jobDefaults(settings: Settings): JobsOptions {
  return {
    attempts: settings.schedule.attempts,
    backoff: { type: 'exponential', delay: settings.schedule.backoffSeconds * 1000 },
    // Bounded history: completed jobs are only kept briefly, failed ones longer for the operator.
    removeOnComplete: { count: 2000, age: 7 * 24 * 3600 },
    removeOnFail: { count: 10_000, age: 90 * 24 * 3600 },
  };
}

export function createQueue(connection: ConnectionOptions, settings: Settings): Queue {
  return new Queue(QUEUE_NAME, {
    connection,
    prefix: bullPrefix(settings.redis.prefix),
    defaultJobOptions: jobDefaults(settings),
  });
}
