import type { IsoDate } from '../domain.js';
import { isIsoDate, isoWeekday } from './civil-date.js';
import { fixedHolidaysOf } from './fixed-holidays.js';
import type { CalendarDay, CalendarYear, RegionYear } from './types.js';

/** One thing wrong with a calendar year, at a path written as in its YAML file. */
export interface CalendarProblem {
  path: (string | number)[];
  message: string;
}

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export function weekdayName(day: IsoDate): string {
  return WEEKDAY_NAMES[isoWeekday(day)] ?? '';
}

/**
 * Checks a federal year for the mistakes a person makes copying a decree: a date of
 * another year, a weekend listed as off, a fixed holiday left out, a short day off.
 */
export function checkCalendarYear(year: CalendarYear): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  if (!Number.isInteger(year.year) || year.year < 1 || year.year > 9999) {
    return [{ path: ['year'], message: `${year.year} is not a year; write four digits, e.g. 2021` }];
  }
  if (!year.checked && !year.verify) {
    problems.push({ path: ['verify'], message: 'a year with checked: false must say in verify: what is left to check against the decree' });
  }

  const nonworking = checkDays(year.year, 'nonworking', year.nonworking, problems);
  const working = checkDays(year.year, 'working', year.working, problems);
  const short = checkDays(year.year, 'short', year.short, problems);

  for (const day of nonworking) {
    if (isoWeekday(day) >= 6) {
      problems.push({
        path: ['nonworking', day],
        message: `${day} is a ${weekdayName(day)}, a day off anyway; list only Monday–Friday here (when a holiday falls on a weekend, list the weekday the day off moves to)`,
      });
    }
  }
  for (const day of working) {
    if (isoWeekday(day) <= 5) {
      problems.push({
        path: ['working', day],
        message: `${day} is a ${weekdayName(day)}, a working day anyway; list only the Saturdays and Sundays the decree makes working`,
      });
    }
  }
  for (const day of short) {
    const weekend = isoWeekday(day) >= 6;
    if (nonworking.has(day) || (weekend && !working.has(day))) {
      problems.push({ path: ['short', day], message: `${day} is not a working day, so it cannot be shortened; remove it from short:` });
    }
  }
  for (const { day, holiday } of fixedHolidaysOf(year.year)) {
    if (isoWeekday(day) <= 5 && !nonworking.has(day)) {
      problems.push({
        path: ['nonworking'],
        message: `${day} (${holiday.name}) is a ${weekdayName(day)} and a public holiday (Labour Code art. 112); add "${day}: ${holiday.name}" under nonworking:`,
      });
    }
  }
  return problems;
}

/** Checks a region's additions against the federal calendar they change. */
export function checkRegionYear(region: RegionYear, federalIsWorkingDay: (day: IsoDate) => boolean): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const add = checkDays(region.year, 'add_nonworking', region.addNonworking, problems);
  const remove = checkDays(region.year, 'add_working', region.addWorking, problems);
  for (const day of add) {
    if (!federalIsWorkingDay(day)) {
      problems.push({ path: ['add_nonworking', day], message: `${day} is already a day off in the federal calendar; remove it` });
    }
  }
  for (const day of remove) {
    if (federalIsWorkingDay(day)) {
      problems.push({ path: ['add_working', day], message: `${day} is already a working day in the federal calendar; remove it` });
    }
  }
  return problems;
}

/** Checks one list's dates and notes; returns the valid days of the year. */
function checkDays(year: number, list: string, days: CalendarDay[], problems: CalendarProblem[]): Set<IsoDate> {
  const seen = new Set<IsoDate>();
  for (const { day, note } of days) {
    if (!isIsoDate(day)) {
      problems.push({ path: [list, day], message: `'${day}' is not a calendar date; write it as YYYY-MM-DD` });
      continue;
    }
    if (Number(day.slice(0, 4)) !== year) {
      problems.push({ path: [list, day], message: `${day} is not in ${year}; move it to the file of its own year` });
      continue;
    }
    if (seen.has(day)) {
      problems.push({ path: [list, day], message: `${day} is listed twice; keep one entry` });
      continue;
    }
    if (note.trim() === '') {
      problems.push({ path: [list, day], message: `${day} has no note; say why, e.g. "перенос выходного с 02.01 (сб), Постановление № 1648"` });
    }
    seen.add(day);
  }
  return seen;
}
