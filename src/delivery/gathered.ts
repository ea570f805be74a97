import type { MailLine } from '../mail/types.js';
import { deliver, deliverDeps, type DeliveryOutcome } from './deliver.js';
import type { DeliveryDeps } from './deps.js';

/**
 * A recipient's catch-up buffer holds lines, one per track (store/mail-buffers.ts). Their mail
 * carries every line gathered so far; after it is sent only the lines it carried
 * leave the buffer — a line replaced meanwhile (a newer step of the same track) stays
 * for the next mail.
 */
export interface GatheredMail {
  kind: 'catchup';
  recipient: string;
  mailId: string;
  threadKey: string;
  subject: (lines: number) => string;
}

export async function sendGathered(g: GatheredMail, deps: DeliveryDeps): Promise<DeliveryOutcome | 'empty'> {
  const gathered = await deps.store.buffers.catchUp(g.recipient);
  const fields = Object.keys(gathered).sort();
  if (fields.length === 0) return 'empty';
  const lines = fields.map((f) => JSON.parse(gathered[f]!) as MailLine);
  const mail = deps.renderer.render({
    kind: g.kind,
    mailId: g.mailId,
    threadKey: g.threadKey,
    threadRoot: null,
    to: [g.recipient],
    cc: [],
    subject: g.subject(lines.length),
    now: deps.clock.now().toISOString(),
    protocol: { number: null, date: null, body: null, title: null, kind: 'other' },
    assignment: null,
    occurrence: null,
    part: null,
    escalation: null,
    summary: null,
    lines,
    operatorNote: null,
    links: null,
  });
  const outcome = await deliver(mail, deliverDeps(deps, g.kind));
  await deps.store.buffers.dropCatchUp(g.recipient, gathered);
  deps.log.info({ recipient: g.recipient, kind: g.kind, lines: lines.length, outcome }, 'gathered mail');
  return outcome;
}
