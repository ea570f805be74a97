import type { MailLine } from '../mail/types.js';
import { deliver, deliverDeps, type DeliveryOutcome } from './deliver.js';
import type { DeliveryDeps } from './deps.js';

/**
 * Catch-up and digest buffers are hashes of lines, one hash per recipient. Their mail
 * carries every line gathered so far; after it is sent only the lines it carried
 * leave the buffer — a line replaced meanwhile (a newer step of the same track) stays
 * for the next mail.
 */
/** Remove each field (ARGV: field, value, …) only while it still holds the value read: a newer line stays. */
export const REMOVE_IF_SAME = `
local removed = 0
for i = 1, #ARGV, 2 do
  if redis.call('HGET', KEYS[1], ARGV[i]) == ARGV[i + 1] then
    redis.call('HDEL', KEYS[1], ARGV[i])
    removed = removed + 1
  end
end
return removed`;

export interface GatheredMail {
  kind: 'catchup' | 'digest';
  key: string;
  recipient: string;
  mailId: string;
  threadKey: string;
  subject: (lines: number) => string;
}

export async function sendGathered(g: GatheredMail, deps: DeliveryDeps): Promise<DeliveryOutcome | 'empty'> {
  const gathered = await deps.redis.hgetall(g.key);
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
  await deps.redis.eval(REMOVE_IF_SAME, 1, g.key, ...fields.flatMap((f) => [f, gathered[f]!]));
  deps.log.info({ recipient: g.recipient, kind: g.kind, lines: lines.length, outcome }, 'gathered mail');
  return outcome;
}
