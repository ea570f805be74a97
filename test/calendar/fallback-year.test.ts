import { describe, expect, it } from 'vitest';
import { fallbackYear } from '../../src/calendar/fixed-holidays.js';
import { loadCalendar } from '../../src/config/load-calendar.js';
import { makeCalendar } from '../../src/calendar/make-calendar.js';
import { CALENDAR_DIR } from './calendar-dir.js';

const calendar = loadCalendar(CALENDAR_DIR);

describe('a year with no calendar file', () => {
  it('says its days come from the fallback rules and lists it as missing', () => {
    expect(calendar.knowledge('2027-03-01')).toBe('fallback');
    expect(calendar.knowledge('2026-12-31')).toBe('decree');
    expect(calendar.missingYears('2026-12-01', '2028-01-10')).toEqual([2027, 2028]);
    expect(calendar.missingYears('2021-01-01', '2026-12-31')).toEqual([]);
    expect(calendar.missingYears('2028-01-10', '2018-06-01')).toEqual([2018, 2027, 2028]);
    expect(calendar.describeYear(2027)).toMatchObject({ knowledge: 'fallback', checked: false, region: null });
  });

  it('still keeps weekends and January 1–8 off', () => {
    for (let d = 1; d <= 8; d += 1) expect(calendar.isWorkingDay(`2027-01-0${d}`)).toBe(false);
    expect(calendar.isWorkingDay('2027-01-11')).toBe(true);
    expect(calendar.isWorkingDay('2027-03-06')).toBe(false);
    expect(calendar.isWorkingDay('2027-03-07')).toBe(false);
    expect(calendar.addWorkingDays('2026-12-30', 1)).toBe('2027-01-11');
  });

  it('keeps the fixed holidays off and moves one that falls on a weekend to the next working day', () => {
    // 2027: Feb 23 Tue, Mar 8 Mon, May 1 Sat, May 9 Sun, Jun 12 Sat, Nov 4 Thu.
    for (const day of ['2027-02-23', '2027-03-08', '2027-11-04', '2027-05-03', '2027-05-10', '2027-06-14']) {
      expect(calendar.isWorkingDay(day)).toBe(false);
    }
    expect(calendar.isWorkingDay('2027-05-04')).toBe(true);
    expect(calendar.note('2027-05-03')).toMatch(/перенос выходного с 01\.05 \(сб\)/);
  });

  it('does not move a January holiday that falls on a weekend', () => {
    // 2022 without its decree: Jan 1–2 fall on the weekend and nothing moves (the decree moved them to May 3 and 10).
    const bare = makeCalendar([]);
    expect(bare.isWorkingDay('2022-01-10')).toBe(true);
    expect(bare.isWorkingDay('2022-05-03')).toBe(true);
    expect(calendar.isWorkingDay('2022-05-03')).toBe(false);
  });

  it('reproduces the weekend rule where the decrees follow it', () => {
    const days = (year: number): string[] => fallbackYear(year).nonworking.map((d) => d.day);
    expect(days(2020)).toEqual(expect.arrayContaining(['2020-02-24', '2020-03-09', '2020-05-11']));
    expect(days(2023)).toContain('2023-11-06');
    expect(days(2026)).toEqual(expect.arrayContaining(['2026-03-09', '2026-05-11']));
  });

  it('differs from a decree that overrides the weekend rule, which is why each year needs its file', () => {
    // 2025: the decree moved Feb 23 (Sun) to May 8, so Feb 24 was a working day.
    expect(makeCalendar([]).isWorkingDay('2025-02-24')).toBe(false);
    expect(calendar.isWorkingDay('2025-02-24')).toBe(true);
  });

  it('shortens the working day before a holiday', () => {
    const bare = makeCalendar([]);
    expect(bare.isShortDay('2027-02-22')).toBe(true);
    expect(bare.isShortDay('2027-12-31')).toBe(true);
    expect(bare.isShortDay('2027-03-05')).toBe(false);
  });
});
