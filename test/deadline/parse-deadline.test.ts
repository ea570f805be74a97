import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, formatIso, isoWeekday } from '../../src/calendar/civil-date.js';
import { RELAXED_CALENDAR_NOTE, parseDeadline } from '../../src/deadline/index.js';
import { MONTHS_GENITIVE } from '../../src/deadline/numbers.js';
import type { IsoDate } from '../../src/domain.js';

/** A production calendar for the test: weekends and 8 March 2023 (a holiday) are off. */
function calendarWithHoliday(holiday: IsoDate): (day: IsoDate, n: number) => IsoDate {
  return (day, n) => {
    let date = day;
    for (let left = n; left > 0; ) {
      date = addDays(date, 1);
      if (isoWeekday(date) <= 5 && date !== holiday) left -= 1;
    }
    return date;
  };
}

describe('parseDeadline', () => {
  it.each([
    ['ежемесячно до 0 числа', '«до 0 числа»'],
    ['ежемесячно до 0 февраля', '«до 0 февраля»'],
    ['ежегодно до 45 марта года, следующего за отчетным', '«до 45 марта года, следующего за отчетным»'],
  ])('reads «%s» as a rule on the month’s last day and says the day does not exist', (phrase, quoted) => {
    const d = parseDeadline(phrase, { documentDate: '2019-10-30' });
    expect(d.kind).toBe('recurring');
    expect(d.warning).toMatchObject({ code: 'deadline_vague', message: `${quoted} — такого числа в месяце нет: прочитано как последний день месяца` });
    expect(d.firstDue).toMatch(/^\d{4}-\d{2}-(28|29|30|31)$/);
  });

  it('counts working days with the production calendar the caller gives', () => {
    const d = parseDeadline('в течение 5 рабочих дней', { documentDate: '2023-03-03', addWorkingDays: calendarWithHoliday('2023-03-08') });
    // 6, 7, (8 is a holiday), 9, 10, 13 March.
    expect(d).toMatchObject({ kind: 'relative', date: '2023-03-13' });
    expect(d.warning).toBeUndefined();
  });

  it('skips only weekends without a calendar, and says so in the warning', () => {
    const d = parseDeadline('в течение 5 рабочих дней', { documentDate: '2023-03-03' });
    expect(d).toMatchObject({ kind: 'relative', date: '2023-03-10' });
    expect(d.warning?.message.startsWith(RELAXED_CALENDAR_NOTE)).toBe(true);
  });

  it('needs no calendar for calendar days', () => {
    expect(parseDeadline('в течение 10 дней', { documentDate: '2023-03-14' }).warning).toBeUndefined();
  });

  it('keeps a deadline that falls on a weekend as written', () => {
    // 2021-05-01 is a Saturday and a holiday; the planner moves it, the parser does not.
    expect(parseDeadline('до 1 мая 2021 года', { documentDate: '2021-04-01' }).date).toBe('2021-05-01');
    expect(parseDeadline('в течение 10 дней', { documentDate: '2023-03-08' }).date).toBe('2023-03-18');
  });

  it('lets a year named in the sentence win over the document date for a yearless day', () => {
    expect(parseDeadline('в 2025 году до 1 сентября', { documentDate: '2021-01-01' }).date).toBe('2025-09-01');
    expect(parseDeadline('с 1 апреля по 1 мая 2011 года', { documentDate: '2015-01-01' }).date).toBe('2011-05-01');
  });

  it('never takes the date of a cited act for the deadline', () => {
    expect(parseDeadline('согласно протоколу от 25.03.2020 № 35', { documentDate: '2020-03-27' })).toMatchObject({ kind: 'unparsed', date: null });
  });

  it('reads any calendar date written in words with «до … года»', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, rawDay) => {
        const day = Math.min(rawDay, daysInMonth(year, month));
        const d = parseDeadline(`до ${day} ${MONTHS_GENITIVE[month - 1]} ${year} года`, { documentDate: null });
        expect(d).toMatchObject({ kind: 'date', date: formatIso(year, month, day) });
      }),
    );
  });

  it('reads any calendar date written in digits, with or without «г.»', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.boolean(), (year, month, rawDay, suffix) => {
        const day = Math.min(rawDay, daysInMonth(year, month));
        const written = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}${suffix ? ' г.' : ''}`;
        expect(parseDeadline(`в срок до ${written}`, { documentDate: null }).date).toBe(formatIso(year, month, day));
      }),
    );
  });

  it('resolves a relative term to a day after the document date, for any document date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 60 }), (offset, count) => {
        const documentDate = addDays('2000-01-01', offset);
        const d = parseDeadline(`в течение ${count} рабочих дней`, { documentDate });
        expect(d.kind).toBe('relative');
        expect(d.date !== null && d.date > documentDate).toBe(true);
        expect(isoWeekday(d.date ?? documentDate)).toBeLessThanOrEqual(5);
      }),
    );
  });
});

describe('terms of protocols and letters written in the brief\'s forms', () => {
  it.each([
    ['в течение отопительного периода 2024-2025 годов', '«отопительного периода 2024-2025 годов»'],
    ['в период купального сезона 2013 года', '«купального сезона 2013 года»'],
    ['в течение отопительного сезона 2024/2025 г.', '«отопительного сезона 2024/2025 г.»'],
    ['в период паводка 2025 года', '«период паводка 2025 года»'],
  ])('«%s»: the year names a season or an event, whose end is not the year\'s', (phrase, quoted) => {
    const d = parseDeadline(phrase, { documentDate: '2024-08-21' });
    expect(d.kind).toBe('unparsed');
    expect(d.warning?.message).toBe(`${quoted}: год назван для сезона или события, а не как срок — его дата не названа`);
  });

  it('the years alone, or «в период» right before them, are still a period', () => {
    expect(parseDeadline('в течение 2024-2025 годов', { documentDate: '2024-08-21' })).toMatchObject({ kind: 'period', date: '2025-12-31' });
    expect(parseDeadline('в период 1997-1998 годов', { documentDate: '1997-03-01' })).toMatchObject({ kind: 'period', date: '1998-12-31' });
  });

  it('«ежедневно, до 10.00» as a term is due every day at its hour; with the days of an event, or with no hour, it is not', () => {
    expect(parseDeadline('ежедневно, до 10.00', { documentDate: '2020-11-10' })).toMatchObject({ kind: 'recurring', time: '10:00', firstDue: '2020-11-10', rule: { freq: 'daily' } });
    expect(parseDeadline('ежедневно до 16.00 в период проведения', { documentDate: '2020-11-10' }).kind).toBe('continuous');
    expect(parseDeadline('ежедневно', { documentDate: '2020-11-10' }).kind).toBe('continuous');
  });

  it('a monthly report «в течение 2012 года» asked in March is first due for March, not for January', () => {
    const d = parseDeadline('ежемесячно до 5 числа месяца, следующего за отчетным, в течение 2012 года', { documentDate: '2012-03-14' });
    expect(d).toMatchObject({ kind: 'recurring', firstDue: '2012-04-05', rule: { freq: 'monthly', until: '2012-12-31' } });
    // (Asked in December for the year after: from January.)
    expect(parseDeadline('ежемесячно до 5 числа месяца, следующего за отчетным, в течение 2012 года', { documentDate: '2011-12-20' }).firstDue).toBe('2012-02-05');
  });

  it('«в тот же срок», «в аналогичные сроки» name a term written elsewhere', () => {
    expect(parseDeadline('в тот же срок, что и сведения по приложению 1', { documentDate: '2019-02-05' }).kind).toBe('unparsed');
    expect(parseDeadline('в аналогичные сроки', { documentDate: '2019-02-05' }).kind).toBe('unparsed');
  });

  it('the bracket that closes an item\'s note is not the term\'s', () => {
    expect(parseDeadline('до 15 ноября 2021 г.).', { documentDate: '2021-10-26' })).toMatchObject({ kind: 'date', date: '2021-11-15', text: 'до 15 ноября 2021 г.' });
  });
});
