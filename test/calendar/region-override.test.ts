import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../src/config/load-calendar.js';
import { makeCalendar } from '../../src/calendar/make-calendar.js';
import { CALENDAR_DIR } from './calendar-dir.js';

describe('a regional calendar', () => {
  const federal = loadCalendar(CALENDAR_DIR);
  const example = loadCalendar(CALENDAR_DIR, { region: 'example' });

  it('is not applied unless its region is configured', () => {
    expect(federal.isWorkingDay('2021-05-13')).toBe(true);
    expect(loadCalendar(CALENDAR_DIR, { region: null }).isWorkingDay('2021-05-13')).toBe(true);
    expect(federal.describeYear(2021).region).toBeNull();
  });

  it('adds the region’s own holidays and counts around them', () => {
    expect(example.isWorkingDay('2021-05-13')).toBe(false);
    expect(example.note('2021-05-13')).toMatch(/Ураза-байрам/);
    expect(example.addWorkingDays('2021-05-12', 1)).toBe('2021-05-14');
    expect(example.workingDaysBetween('2020-12-31', '2021-12-31')).toBe(240 - 3);
    expect(example.describeYear(2021)).toMatchObject({ knowledge: 'decree', region: 'example' });
  });

  it('leaves the federal days of the same year as they are', () => {
    expect(example.isWorkingDay('2021-05-04')).toBe(false);
    expect(example.isWorkingDay('2021-02-20')).toBe(true);
    expect(example.isWorkingDay('2022-05-13')).toBe(true);
  });

  it('can make a federal day off a working day, and applies to a year with no federal file', () => {
    const calendar = makeCalendar(
      [],
      [
        {
          region: 'north',
          year: 2027,
          source: 'закон региона',
          addNonworking: [{ day: '2027-04-15', note: 'День республики' }],
          addWorking: [{ day: '2027-04-17', note: 'рабочая суббота' }],
        },
      ],
    );
    expect(calendar.isWorkingDay('2027-04-15')).toBe(false);
    expect(calendar.isWorkingDay('2027-04-17')).toBe(true);
    expect(calendar.knowledge('2027-04-15')).toBe('fallback');
  });
});
