import type { Job } from 'bullmq';
import type { WorkerDeps } from '../src/schedule/worker-deps.js';
import { handleCatchUp } from './catchup.js';
import { handleControllerSummary } from './controller-summary.js';
import { handleDigest } from './digest.js';
import { handleReplan } from './replan.js';
import { handleReviewWaiting } from './review-waiting.js';
import { handleStep } from './step.js';

/** Every job srok runs, by name; an unknown name fails the job with a clear message. */
export async function dispatch(job: Job, deps: WorkerDeps): Promise<string> {
  switch (job.name) {
    case 'step':
      return handleStep(job.data, deps);
    case 'catchup':
      return handleCatchUp(job.id ?? '', job.data, deps);
    case 'digest':
      return handleDigest(job.id ?? '', job.data, deps);
    case 'replan':
      return handleReplan(job.data, deps);
    case 'controller-summary':
      return handleControllerSummary(job.id ?? '', job.data, deps);
    case 'review-waiting':
      return handleReviewWaiting(deps);
    default:
      throw new Error(`unknown job '${job.name}' (id ${job.id ?? '?'}); this worker runs step, catchup, digest, replan, controller-summary and review-waiting`);
  }
}
