import type { MailLine } from '../mail/types.js';
import type { PlannedStep } from '../plan/index.js';
import { ASSIGNMENTS, ruPlural } from '../mail/index.js';
import type { DeliveryOutcome } from './deliver.js';
import { sendGathered } from './gathered.js';
import { shortHashOf } from './mail-context.js';
import type { DeliveryDeps } from './deps.js';

/**
 * After downtime, steps that came due while no worker ran are not replayed as a burst:
 * per recipient they gather in a buffer (one line per track, the latest wins), and one
 * catch-up job per recipient sends them as one mail a moment later.
 */
const GATHER_MS = 60_000;

export async function addToCatchUp(step: PlannedStep, line: MailLine, deps: DeliveryDeps): Promise<void> {
  const recipients = [...new Set([...step.recipients.to, ...step.recipients.cc].map((r) => r.toLowerCase()))];
  const now = deps.clock.now().getTime();
  await deps.store.buffers.addCatchUp(recipients, step.track, JSON.stringify(line));
  await deps.scheduler.queueCatchUp(recipients, now, GATHER_MS);
}

/** Send one recipient's catch-up mail with every line gathered so far. */
export function runCatchUp(recipient: string, jobId: string, deps: DeliveryDeps): Promise<DeliveryOutcome | 'empty'> {
  return sendGathered(
    {
      kind: 'catchup',
      recipient,
      mailId: jobId,
      threadKey: `catchup.${shortHashOf(recipient)}`,
      subject: (n) => `srok: пропущенные напоминания — ${n} ${ruPlural(n, ASSIGNMENTS)}`,
    },
    deps,
  );
}
