import { z } from 'zod';
import { runCatchUp } from '../src/delivery/catch-up.js';
import type { WorkerDeps } from '../src/schedule/worker-deps.js';

/** `catchup`: one mail to one recipient with the steps that came due while no worker ran. */
export const catchUpPayload = z.strictObject({
  recipient: z.string().min(3),
});

export async function handleCatchUp(jobId: string, data: unknown, deps: WorkerDeps): Promise<string> {
  const { recipient } = catchUpPayload.parse(data);
  const outcome = await runCatchUp(recipient, jobId, deps);
  await deps.scheduler.auxDone(jobId);
  return outcome;
}
