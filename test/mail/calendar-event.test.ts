import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldLines } from 'ical-generator';
import { createDeadlineCalendar, foldLine, generateDeadlineEvent } from '../../src/mail/ics.js';
import { MAIL_KINDS } from '../../src/mail/index.js';
import { context, icsLines, icsValue, parsed, renderer } from './support.js';

describe('the .ics event of the deadline', () => {
  it('is one all-day VEVENT on the deadline day, published, with the occurrence UID and SEQUENCE', async () => {
    const mail = (await renderer()).render(context('reminder'));
    const ics = mail.icalEvent?.content ?? '';
    expect(mail.icalEvent?.method).toBe('PUBLISH');
    expect(icsValue(ics, 'METHOD')).toBe('PUBLISH');
    expect(icsLines(ics).filter(([name, value]) => name === 'BEGIN' && value === 'VEVENT')).toHaveLength(1);
    expect(icsValue(ics, 'UID')).toBe(context('reminder').occurrence?.uid);
    expect(icsValue(ics, 'SEQUENCE')).toBe('0');
    expect(icsLines(ics)).toContainEqual(['DTSTART;VALUE=DATE', '20191125']);
    expect(icsValue(ics, 'DTSTAMP')).toBe('20191120T040000Z');
    expect(icsValue(ics, 'SUMMARY')).toBe('Срок: Протокол № 4/2019 от 30.10.2019\\, п. 1.2 — Администрация города Сургута');
    expect(icsValue(ics, 'DESCRIPTION')).toContain('SolnovaKV@admhmao.ru');
  });

  it('starts at the hour the item names, in the office zone', async () => {
    // «до 17-00 25.11.2019» in Asia/Yekaterinburg (UTC+5) is 12:00 UTC.
    const mail = (await renderer()).render(
      context('overdue', (ctx) => {
        if (ctx.occurrence) {
          ctx.occurrence.time = '17:00';
          ctx.occurrence.deadlineAt = '2019-11-25T12:00:00.000Z';
        }
      }),
    );
    expect(icsLines(mail.icalEvent?.content ?? '')).toContainEqual(['DTSTART', '20191125T120000Z']);
  });

  it('keeps its UID and raises SEQUENCE when the deadline moves, so a calendar updates the event it holds', async () => {
    const r = await renderer();
    const before = r.render(context('reminder')).icalEvent?.content ?? '';
    const after =
      r.render(
        context('reminder', (ctx) => {
          if (ctx.occurrence) {
            ctx.occurrence.deadline = '2019-12-10';
            ctx.occurrence.sequence = 1;
          }
        }),
      ).icalEvent?.content ?? '';
    expect(icsValue(after, 'UID')).toBe(icsValue(before, 'UID'));
    expect(icsValue(after, 'SEQUENCE')).toBe('1');
    expect(icsLines(after)).toContainEqual(['DTSTART;VALUE=DATE', '20191210']);
  });

  it('comes out the same for the same input, with DTSTAMP the instant of the mail even when it is reused', async () => {
    const r = await renderer();
    const first = r.render(context('reminder')).icalEvent?.content;
    const again = r.render(context('reminder')).icalEvent?.content;
    const later = r.render(context('reminder', (ctx) => (ctx.now = '2019-11-22T04:00:00.000Z'))).icalEvent?.content ?? '';
    expect(again).toBe(first);
    expect(icsValue(later, 'DTSTAMP')).toBe('20191122T040000Z');
  });

  it('goes with reminders, overdue notices and escalations only', async () => {
    const r = await renderer();
    const withEvent = MAIL_KINDS.filter((kind) => r.render(context(kind)).icalEvent !== null);
    expect(withEvent).toEqual(['reminder', 'overdue', 'escalation']);
  });

  it('travels in the message as a text/calendar part with METHOD=PUBLISH', async () => {
    const back = await parsed((await renderer()).render(context('escalation')));
    const calendar = back.attachments.find((a) => a.contentType === 'text/calendar');
    expect(calendar).toBeDefined();
    const content = calendar?.content.toString('utf8') ?? '';
    expect(icsValue(content, 'UID')).toBe(context('escalation').occurrence?.uid);
    expect(icsValue(content, 'METHOD')).toBe('PUBLISH');
  });
});

describe('the cached deadline calendar', () => {
  const cyrillic = fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВ№«»;,\\\n\r"'.split(''), '😀', '\ud83d', '\ude00', 'é'), maxLength: 300 });
  const event = fc.record({
    uid: fc.string({ unit: fc.constantFrom(...'abcxyz0123456789.-@_'.split('')), minLength: 1, maxLength: 160 }),
    sequence: fc.nat({ max: 400 }),
    day: fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
    timed: fc.boolean(),
    summary: cyrillic,
    description: cyrillic,
  });

  it('writes exactly what ical-generator writes for the same event, for any text, UID, day and shape', () => {
    const calendar = createDeadlineCalendar();
    fc.assert(
      fc.property(event, fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true }), (e, stamp) => {
        const whole = new Date(Math.floor(e.day.getTime() / 1000) * 1000);
        const deadlineEvent = {
          uid: e.uid,
          sequence: e.sequence,
          deadline: whole.toISOString().slice(0, 10),
          deadlineAt: whole.toISOString(),
          time: e.timed ? whole.toISOString().slice(11, 16) : null,
          summary: e.summary,
          description: e.description,
        };
        const stampWhole = new Date(Math.floor(stamp.getTime() / 1000) * 1000);
        expect(calendar(deadlineEvent, stampWhole)).toBe(generateDeadlineEvent(deadlineEvent, stampWhole));
        // Another occurrence of the same item.
        const other = { ...deadlineEvent, uid: `${e.uid}.2`, sequence: e.sequence + 1 };
        expect(calendar(other, stampWhole)).toBe(generateDeadlineEvent(other, stampWhole));
      }),
      { numRuns: 300 },
    );
  });
});

describe('line folding', () => {
  it('folds any line exactly as ical-generator folds it, surrogates and lone halves included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, ' ')}`;
        expect(foldLine(line)).toBe(foldLines(line));
      }),
      { numRuns: 1000 },
    );
  });
});
