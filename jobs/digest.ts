import { z } from 'zod';
import { runDigest } from '../src/schedule/digest.js';
import type { WorkerDeps } from '../src/schedule/worker-deps.js';

/** `digest`: one recipient's daily mail gathering that day's steps (when mail.digest.enabled). */
export const digestPayload = z.strictObject({
  recipient: z.string().min(3),
  /** Local day the digest gathers. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export async function handleDigest(jobId: string, data: unknown, deps: WorkerDeps): Promise<string> {
  const { recipient, day } = digestPayload.parse(data);
  const outcome = await runDigest(recipient, day, deps);
  await deps.scheduler.auxDone(jobId);
  return outcome;
}
