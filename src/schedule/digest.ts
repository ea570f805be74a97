import { addDays, localDay, officeInstant } from '../calendar/index.js';
import type { MailLine } from '../mail/types.js';
import { ASSIGNMENTS, ruPlural } from '../mail/index.js';
import type { PlannedStep } from '../plan/index.js';
import type { DeliveryOutcome } from './deliver.js';
import { sendGathered } from './gathered.js';
import { shortHashOf } from './mail-context.js';
import type { WorkerDeps } from './worker-deps.js';

/**
 * Digests (mail.digest.enabled): instead of many separate mails, a recipient gets one
 * mail a day with the steps of that day. A step joins the digest of the first digest
 * time at or after it, on a working day; kinds in `mail.digest.immediate` still go at once.
 */

export function digestKey(prefix: string, recipient: string, day: string): string {
  return `${prefix}:digest:${recipient.toLowerCase()}:${day}`;
}

/** The digest slot a step at `at` belongs to: the digest time of its day, or of the next working day. */
export function digestSlot(at: Date, deps: Pick<WorkerDeps, 'config'>): { day: string; at: Date } {
  const config = deps.config();
  const zone = config.settings.timezone;
  const time = config.settings.mail.digest.at;
  let day = localDay(at, zone);
  for (let i = 0; i < 400; i += 1) {
    const slot = officeInstant(day, time, zone);
    if (config.calendar.isWorkingDay(day) && slot.getTime() >= at.getTime()) return { day, at: slot };
    day = addDays(day, 1);
  }
  return { day, at: officeInstant(day, time, zone) };
}

export async function addToDigest(step: PlannedStep, line: MailLine, deps: WorkerDeps): Promise<void> {
  const slot = digestSlot(new Date(step.at), deps);
  const recipients = [...new Set(step.recipients.to.map((r) => r.toLowerCase()))];
  const multi = deps.redis.multi();
  for (const r of recipients) multi.hset(digestKey(deps.prefix, r, slot.day), step.id, JSON.stringify(line));
  await multi.exec();
  const now = deps.clock.now().getTime();
  const jobs = recipients.map((recipient) => ({
    name: 'digest',
    data: { recipient, day: slot.day },
    opts: { jobId: `digest.${shortHashOf(recipient)}.${slot.day}`, delay: Math.max(0, slot.at.getTime() - now) },
  }));
  await deps.queue.addBulk(jobs);
  await deps.scheduler.noteAuxJobs(jobs.map((j) => ({ jobId: j.opts.jobId, at: slot.at.getTime() })));
}

export function runDigest(recipient: string, day: string, deps: WorkerDeps): Promise<DeliveryOutcome | 'empty'> {
  return sendGathered(
    {
      kind: 'digest',
      key: digestKey(deps.prefix, recipient, day),
      recipient,
      mailId: `digest.${shortHashOf(recipient)}.${day}`,
      threadKey: `digest.${shortHashOf(recipient)}`,
      subject: (n) => `srok: сводка на ${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)} — ${n} ${ruPlural(n, ASSIGNMENTS)}`,
    },
    deps,
  );
}
