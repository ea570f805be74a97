import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { kindOf, mailIdOf, SEED, startPipeline, type Pipeline } from '../support/pipeline.js';

/**
 * A digest keeps what it folds: each step's one-click links and its calendar event,
 * and every mail carries one text/calendar part per event — read back with mailparser
 * from what the SMTP server received.
 */
let pipeline: Pipeline | null = null;
const SECRET = 'digest-test-link-secret-0123456789abcdef';
const previous = process.env['SROK_LINK_SECRET'];
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
  if (previous === undefined) delete process.env['SROK_LINK_SECRET'];
  else process.env['SROK_LINK_SECRET'] = previous;
});

const calendarParts = (mail: ParsedMail) => mail.attachments.filter((a) => a.contentType.startsWith('text/calendar'));
const uidsOf = (mail: ParsedMail) => calendarParts(mail).flatMap((a) => [...a.content.toString().replace(/\r?\n[ \t]/g, '').matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!.trim()));
const stepsOf = (mail: ParsedMail): string[] => {
  const carried = mail.headers.get('x-srok-steps');
  return typeof carried === 'string' ? carried.split(/\s+/).filter(Boolean) : [mailIdOf(mail)];
};
const tagOf = (id: string) => id.split('.').at(-1) ?? '';
const withEvent = (id: string) => /^(r-|overdue$|e\d)/.test(tagOf(id.replace(/\.v\d+$/, '')));

describe('a recipient\'s mail of the day', () => {
  it('carries the links and the calendar event of every step it folds, one text/calendar part per event', async () => {
    process.env['SROK_LINK_SECRET'] = SECRET;
    pipeline = await startPipeline('digest-links', { day: '2019-10-30', time: '10:00' }, {
      adjust: (c) => ({ ...c, settings: { ...c.settings, http: { ...c.settings.http, publicUrl: 'https://srok.example' } } }),
    });
    await pipeline.import(SEED['000']);
    await pipeline.runUntil('2019-11-30');
    const mails = pipeline.sink.mails.filter((m) => !mailIdOf(m).startsWith('controller-summary.'));
    const digests = mails.filter((m) => kindOf(m) === 'digest' && stepsOf(m).length > 1);
    expect(digests.length).toBeGreaterThan(0);

    let withLinks = 0;
    for (const mail of digests) {
      const steps = stepsOf(mail);
      const events = new Set(steps.filter(withEvent).map((id) => id.split('.').filter((_, i) => i === 1 || i === 3).join('.')));
      const uids = uidsOf(mail);
      expect(new Set(uids).size, `${mail.subject}: an event twice`).toBe(uids.length);
      expect(uids.length, `${mail.subject}: events of ${[...events].join(', ')}`).toBe(events.size);
      // Every reminder or overdue notice it folds keeps its «Отметить исполнение» link.
      const linked = steps.filter((id) => /^(r-|overdue)/.test(tagOf(id))).length;
      const links = (mail.text ?? '').match(/Отметить исполнение: https:\/\/srok\.example\/l\//g) ?? [];
      expect(links.length).toBeGreaterThanOrEqual(linked);
      if (linked === 0) continue;
      withLinks += 1;
      expect(mail.html).toContain('https://srok.example/l/');
    }
    expect(withLinks).toBeGreaterThan(0);

    // A lone step's mail: exactly one calendar part for its event, not an inline copy beside an attachment.
    const lone = mails.filter((m) => kindOf(m) === 'reminder');
    expect(lone.length).toBeGreaterThan(0);
    for (const mail of lone) expect(calendarParts(mail)).toHaveLength(1);
  });
});
