import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/civil-date.js';
import { readCalendarFiles } from '../../src/config/load-calendar.js';
import { makeCalendar } from '../../src/calendar/make-calendar.js';
import type { CalendarYear, ProductionCalendar } from '../../src/calendar/types.js';
import { CALENDAR_DIR } from './calendar-dir.js';

const { years } = readCalendarFiles(CALENDAR_DIR);
const calendar = makeCalendar(years);

/** The year as the government decree alone made it, before any presidential non-working days. */
function decreeOnly(year: CalendarYear): CalendarYear {
  return { ...year, nonworking: year.nonworking.filter((d) => !d.note.includes('Указ Президента')) };
}

function count(cal: ProductionCalendar, year: number): { days: number; hours: number } {
  let days = 0;
  let short = 0;
  for (let d = `${year}-01-01`; d.startsWith(`${year}-`); d = addDays(d, 1)) {
    if (cal.isWorkingDay(d)) days += 1;
    if (cal.isShortDay(d)) short += 1;
  }
  return { days, hours: days * 8 - short };
}

describe('working days per year', () => {
  it('ships one file for every year from 2019 to 2026', () => {
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  // Official totals of the government decrees (working days; hours of a 40-hour week).
  it.each([
    [2019, 247, 1970],
    [2022, 247, 1973],
    [2023, 247, 1973],
    [2024, 248, 1979],
    [2025, 247, 1972],
    [2026, 247, 1972],
  ])('%i has %i working days and %i working hours', (year, days, hours) => {
    expect(count(calendar, year)).toEqual({ days, hours });
  });

  it.each([
    [2020, 248],
    [2021, 247],
  ])('%i has %i working days under the government decree alone', (year, days) => {
    const decreed = makeCalendar(years.map((y) => (y.year === year ? decreeOnly(y) : y)));
    expect(count(decreed, year).days).toBe(days);
  });

  it.each([
    [2020, 219, 29],
    [2021, 240, 7],
  ])('%i has %i working days counting the %i presidential non-working weekdays', (year, days, presidential) => {
    expect(count(calendar, year).days).toBe(days);
    const file = years.find((y) => y.year === year);
    expect(file?.nonworking.filter((d) => d.note.includes('Указ Президента'))).toHaveLength(presidential);
  });
});
