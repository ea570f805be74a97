import { z } from 'zod';
import { runDigest } from '../src/delivery/digest.js';
import type { WorkerDeps } from '../src/schedule/worker-deps.js';

/** `digest`: one recipient's mails of a working day, gathering the steps due to them (mail.digest). */
export const digestPayload = z.union([
  z.strictObject({
    /** The recipient: the `to` addresses of the steps it gathers. */
    to: z.array(z.string().min(3)).min(1),
    /** Local day the mails gather. */
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
  // Jobs queued before recipients were address sets.
  z.strictObject({ recipient: z.string().min(3), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
]);

export async function handleDigest(jobId: string, data: unknown, deps: WorkerDeps): Promise<string> {
  const payload = digestPayload.parse(data);
  const to = 'to' in payload ? payload.to : [payload.recipient];
  const run = await runDigest(to, payload.day, deps);
  await deps.scheduler.auxDone(jobId);
  if (run.mails.length === 0) return 'empty';
  return run.mails.map((mail) => `${mail.mailId}: ${mail.outcome} (${mail.steps})`).join('; ');
}
