import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/civil-date.js';
import { loadCalendar } from '../../src/config/load-calendar.js';
import { CALENDAR_DIR } from './calendar-dir.js';

const calendar = loadCalendar(CALENDAR_DIR);

describe('counting working days', () => {
  it('steps over the May holidays of 2021 in both directions', () => {
    expect(calendar.addWorkingDays('2021-04-30', 1)).toBe('2021-05-11');
    expect(calendar.addWorkingDays('2021-05-11', -1)).toBe('2021-04-30');
    expect(calendar.addWorkingDays('2021-04-29', 2)).toBe('2021-05-11');
    expect(calendar.addWorkingDays('2021-05-03', 1)).toBe('2021-05-11');
  });

  it('steps over New Year from one year file into the next', () => {
    expect(calendar.addWorkingDays('2020-12-31', 1)).toBe('2021-01-11');
    expect(calendar.addWorkingDays('2021-01-11', -1)).toBe('2020-12-31');
    expect(calendar.addWorkingDays('2025-12-30', 1)).toBe('2026-01-12');
    expect(calendar.addWorkingDays('2021-12-30', 1)).toBe('2022-01-10');
  });

  it('counts ten working days of a relative deadline from the day after the document', () => {
    // «в течение 10 рабочих дней» from 2021-04-28: Apr 29, 30, May 11–14, 17–20.
    expect(calendar.addWorkingDays('2021-04-28', 10)).toBe('2021-05-20');
  });

  it('with zero days keeps a working day and moves a day off forward', () => {
    expect(calendar.addWorkingDays('2021-04-30', 0)).toBe('2021-04-30');
    expect(calendar.addWorkingDays('2021-05-01', 0)).toBe('2021-05-11');
  });

  it('moves a deadline that falls on a day off to the next working day (Civil Code art. 193)', () => {
    expect(calendar.moveToWorkingDay('2021-04-10', 'next')).toBe('2021-04-12');
    expect(calendar.moveToWorkingDay('2021-05-08', 'next')).toBe('2021-05-11');
    expect(calendar.moveToWorkingDay('2021-02-20', 'next')).toBe('2021-02-20');
    expect(calendar.moveToWorkingDay('2021-05-12', 'next')).toBe('2021-05-12');
  });

  it('moves a day off back to the previous working day when asked', () => {
    expect(calendar.moveToWorkingDay('2021-04-10', 'previous')).toBe('2021-04-09');
    expect(calendar.moveToWorkingDay('2021-05-08', 'previous')).toBe('2021-04-30');
    expect(calendar.moveToWorkingDay('2021-01-10', 'previous')).toBe('2020-12-31');
  });

  it('counts working days after one day up to and including another', () => {
    expect(calendar.workingDaysBetween('2021-04-30', '2021-05-11')).toBe(1);
    expect(calendar.workingDaysBetween('2021-05-11', '2021-04-30')).toBe(-1);
    expect(calendar.workingDaysBetween('2021-05-01', '2021-05-10')).toBe(0);
    expect(calendar.workingDaysBetween('2021-05-12', '2021-05-12')).toBe(0);
    expect(calendar.workingDaysBetween('2020-12-31', '2021-12-31')).toBe(240);
    expect(calendar.workingDaysBetween('2018-12-31', '2026-12-31')).toBe(247 + 219 + 240 + 247 + 247 + 248 + 247 + 247);
  });

  it('agrees with itself: n working days on from a day are n working days between them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 * 366 }), fc.integer({ min: -400, max: 400 }), (offset, n) => {
        const day = addDays('2019-01-01', offset);
        const target = calendar.addWorkingDays(day, n);
        expect(calendar.isWorkingDay(target)).toBe(true);
        // Counting back from a day off, the day off itself is not among the days counted.
        const expected = n > 0 || calendar.isWorkingDay(day) ? n : n + 1;
        expect(calendar.workingDaysBetween(day, target)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a date that does not exist and a fractional count', () => {
    expect(() => calendar.isWorkingDay('2021-02-30')).toThrow("'2021-02-30' — не дата; напишите её как ГГГГ-ММ-ДД, например 2021-05-04");
    expect(() => calendar.addWorkingDays('2021-05-11', 1.5)).toThrow(RangeError);
  });
});
