import { runReviewReminder } from '../src/review/waiting-mail.js';
import type { WorkerDeps } from '../src/schedule/worker-deps.js';

/** `review-waiting`: on working days, one mail to the operator listing the protocols that wait for review. */
export async function handleReviewWaiting(deps: WorkerDeps): Promise<string> {
  const run = await runReviewReminder(deps);
  return 'protocols' in run ? `${run.protocols} protocols wait; mail ${run.mailId} ${run.outcome}` : run.outcome;
}
