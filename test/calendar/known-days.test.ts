import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../src/config/load-calendar.js';
import { CALENDAR_DIR } from './calendar-dir.js';

const calendar = loadCalendar(CALENDAR_DIR);

/** The checked facts of the production calendar (shared/data/ru-calendar-facts.md): [day, status, why]. */
const KNOWN: [string, 'working' | 'off', string][] = [
  ['2019-02-25', 'working', 'Feb 23 (Sat) was moved to May 10, not to the next Monday'],
  ['2019-05-02', 'off', 'Jan 5 (Sat) moved here'],
  ['2019-05-03', 'off', 'Jan 6 (Sun) moved here'],
  ['2019-05-10', 'off', 'Feb 23 (Sat) moved here'],
  ['2019-12-31', 'working', 'a working Tuesday in 2019'],
  ['2021-02-20', 'working', 'a working Saturday'],
  ['2021-02-22', 'off', 'the day off of Feb 20'],
  ['2021-05-03', 'off', 'May 1 (Sat) moved here'],
  ['2021-05-04', 'off', 'presidential decree № 242'],
  ['2021-05-05', 'off', 'presidential decree № 242'],
  ['2021-05-06', 'off', 'presidential decree № 242'],
  ['2021-05-07', 'off', 'presidential decree № 242'],
  ['2021-05-10', 'off', 'May 9 (Sun) moved here'],
  ['2021-06-14', 'off', 'Jun 12 (Sat) moved here'],
  ['2021-11-01', 'off', 'presidential decree № 595'],
  ['2021-11-02', 'off', 'presidential decree № 595'],
  ['2021-11-03', 'off', 'presidential decree № 595'],
  ['2021-11-05', 'off', 'Jan 2 (Sat) moved here'],
  ['2021-12-31', 'off', 'Jan 3 (Sun) moved here'],
  ['2024-04-27', 'working', 'a working Saturday'],
  ['2024-11-02', 'working', 'a working Saturday'],
  ['2024-12-28', 'working', 'a working Saturday'],
  ['2024-04-29', 'off', 'the day off of Apr 27'],
  ['2024-04-30', 'off', 'the day off of Nov 2'],
  ['2024-05-10', 'off', 'Jan 6 (Sat) moved here'],
  ['2024-12-30', 'off', 'the day off of Dec 28'],
  ['2024-12-31', 'off', 'Jan 7 (Sun) moved here'],
  ['2025-02-24', 'working', 'Feb 23 (Sun) was moved to May 8, not to the next Monday'],
  ['2025-03-10', 'working', 'Mar 8 (Sat) was moved to Jun 13, not to the next Monday'],
  ['2025-05-02', 'off', 'Jan 4 (Sat) moved here'],
  ['2025-05-08', 'off', 'Feb 23 (Sun) moved here'],
  ['2025-06-13', 'off', 'Mar 8 (Sat) moved here'],
  ['2025-11-01', 'working', 'a working Saturday'],
  ['2025-11-03', 'off', 'the day off of Nov 1'],
  ['2025-12-31', 'off', 'Jan 5 (Sun) moved here'],
  ['2026-01-09', 'off', 'Jan 3 (Sat) moved here'],
  ['2026-03-09', 'off', 'Mar 8 (Sun) moved here'],
  ['2026-05-11', 'off', 'May 9 (Sat) moved here'],
  ['2026-12-31', 'off', 'Jan 4 (Sun) moved here'],
];

describe('the shipped production calendar', () => {
  it.each(KNOWN)('%s is %s: %s', (day, status) => {
    expect(calendar.isWorkingDay(day)).toBe(status === 'working');
    expect(calendar.knowledge(day)).toBe('decree');
  });

  it('keeps January 1–8 off in every shipped year, weekdays or not', () => {
    for (let year = 2019; year <= 2026; year += 1) {
      for (let d = 1; d <= 8; d += 1) expect(calendar.isWorkingDay(`${year}-01-0${d}`)).toBe(false);
    }
  });

  it('explains a listed day with its note and an ordinary day with none', () => {
    expect(calendar.note('2021-05-04')).toBe('нерабочий день, Указ Президента от 23.04.2021 № 242');
    expect(calendar.note('2021-02-20')).toMatch(/рабочая суббота/);
    expect(calendar.note('2021-05-12')).toBeNull();
  });

  it('marks the pre-holiday days as one hour shorter', () => {
    expect(calendar.isShortDay('2021-02-20')).toBe(true);
    expect(calendar.isShortDay('2025-11-01')).toBe(true);
    expect(calendar.isShortDay('2019-12-31')).toBe(true);
    expect(calendar.isShortDay('2024-12-28')).toBe(false);
    expect(calendar.isShortDay('2021-11-03')).toBe(false);
  });

  it('says which years are not yet checked against their decree, and what to check', () => {
    for (const year of [2020, 2022, 2023]) {
      const described = calendar.describeYear(year);
      expect(described.checked).toBe(false);
      expect(described.verify).toMatch(/сверить/);
    }
    for (const year of [2019, 2021, 2024, 2025, 2026]) expect(calendar.describeYear(year).checked).toBe(true);
  });
});
