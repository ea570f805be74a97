import type { IsoDate } from '../domain.js';
import { checkCalendarYear, checkRegionYear, type CalendarProblem } from './check-year.js';
import { formatIso, fromEpochDay, isLeapYear, isWeekend, parseIso, toEpochDay } from './civil-date.js';
import { fallbackYear } from './fixed-holidays.js';
import type { CalendarYear, DayKnowledge, ProductionCalendar, RegionYear, YearDescription } from './types.js';

/** One year precomputed, so that a day's status is an array read. */
interface YearTable {
  year: number;
  /** Epoch day of January 1. */
  first: number;
  length: number;
  /** The year's days in order, and each day's position: the O(1) lookup the planner leans on. */
  days: IsoDate[];
  indexOf: Map<IsoDate, number>;
  working: Uint8Array;
  short: Uint8Array;
  /** prefix[i]: working days among days 0..i of the year. */
  prefix: Int32Array;
  notes: Map<IsoDate, string>;
  description: YearDescription;
}

/**
 * A production calendar from federal years (and a region's changes to some of them).
 * A year that is not given follows the art. 112 fallback and says so in `knowledge`.
 * Throws RangeError when a year is inconsistent (the loader reports the same checks
 * as ConfigError with file and line).
 */
export function makeCalendar(years: CalendarYear[], regions: RegionYear[] = []): ProductionCalendar {
  const federal = new Map<number, CalendarYear>();
  for (const year of years) {
    if (federal.has(year.year)) throw new RangeError(`${year.year} год календаря задан дважды`);
    throwFirst(`календарь на ${year.year} год`, checkCalendarYear(year));
    federal.set(year.year, year);
  }
  const regionName = regions[0]?.region ?? null;
  const byYear = new Map<number, RegionYear>();
  for (const region of regions) {
    if (region.region !== regionName) throw new RangeError(`у календаря может быть только один регион, а заданы '${regionName}' и '${region.region}'`);
    if (byYear.has(region.year)) throw new RangeError(`регион ${region.region}: ${region.year} год задан дважды`);
    const base = buildTable(federal.get(region.year) ?? fallbackYear(region.year), federal.has(region.year), null);
    throwFirst(`регион ${region.region}, ${region.year} год`, checkRegionYear(region, (day) => isWorkingIn(base, day)));
    byYear.set(region.year, region);
  }

  // Built on first use: a plan touches a handful of years, a fallback year costs nothing until asked for.
  const tables = new Map<number, YearTable>();
  const tableOf = (year: number): YearTable => {
    let table = tables.get(year);
    if (!table) {
      table = buildTable(federal.get(year) ?? fallbackYear(year), federal.has(year), byYear.get(year) ?? null);
      tables.set(year, table);
    }
    return table;
  };
  const locate = (day: IsoDate): { table: YearTable; index: number } => {
    const year = Number(day.slice(0, 4));
    const table = day.length === 10 && Number.isInteger(year) && year >= 1 ? tableOf(year) : undefined;
    const index = table?.indexOf.get(day);
    if (table === undefined || index === undefined) {
      parseIso(day); // throws the message that shows the format
      throw new RangeError(`'${day}' — не дата`);
    }
    return { table, index };
  };
  const dayAt = (table: YearTable, index: number): IsoDate => table.days[index] ?? fromEpochDay(table.first + index);

  /** Steps one day at a time in `step` direction until `count` working days are passed. */
  const walk = (day: IsoDate, count: number, step: 1 | -1): IsoDate => {
    let { table, index } = locate(day);
    let left = count;
    while (left > 0) {
      index += step;
      if (index >= table.length) {
        table = tableOf(table.year + 1);
        index = 0;
      } else if (index < 0) {
        table = tableOf(table.year - 1);
        index = table.length - 1;
      }
      if (table.working[index] === 1) left -= 1;
    }
    return dayAt(table, index);
  };

  /** Working days from January 1 of `baseYear` up to and including `day`. */
  const workingUpTo = (day: IsoDate, baseYear: number): number => {
    const { table, index } = locate(day);
    let total = table.prefix[index] ?? 0;
    for (let y = baseYear; y < table.year; y += 1) total += tableOf(y).prefix[tableOf(y).length - 1] ?? 0;
    return total;
  };

  const isWorkingDay = (day: IsoDate): boolean => {
    const { table, index } = locate(day);
    return table.working[index] === 1;
  };

  const moveToWorkingDay = (day: IsoDate, direction: 'next' | 'previous'): IsoDate =>
    isWorkingDay(day) ? day : walk(day, 1, direction === 'next' ? 1 : -1);

  return {
    isWorkingDay,
    addWorkingDays(day, n) {
      if (!Number.isInteger(n)) throw new RangeError(`число рабочих дней ${n} — не целое`);
      if (n === 0) return moveToWorkingDay(day, 'next');
      return walk(day, Math.abs(n), n > 0 ? 1 : -1);
    },
    moveToWorkingDay,
    workingDaysBetween(from, to) {
      const base = Math.min(parseIso(from).year, parseIso(to).year);
      return workingUpTo(to, base) - workingUpTo(from, base);
    },
    knowledge(day): DayKnowledge {
      // The year's table checks the day (asked for every planned step): no parse of it each time.
      return federal.has(locate(day).table.year) ? 'decree' : 'fallback';
    },
    missingYears(from, to) {
      const a = parseIso(from).year;
      const b = parseIso(to).year;
      const missing: number[] = [];
      for (let y = Math.min(a, b); y <= Math.max(a, b); y += 1) if (!federal.has(y)) missing.push(y);
      return missing;
    },
    isShortDay(day) {
      const { table, index } = locate(day);
      return table.short[index] === 1;
    },
    note(day) {
      return locate(day).table.notes.get(day) ?? null;
    },
    describeYear(year) {
      return tableOf(year).description;
    },
  };
}

function buildTable(year: CalendarYear, decreed: boolean, region: RegionYear | null): YearTable {
  const first = toEpochDay(formatIso(year.year, 1, 1));
  const length = isLeapYear(year.year) ? 366 : 365;
  const working = new Uint8Array(length);
  const short = new Uint8Array(length);
  const notes = new Map<IsoDate, string>();
  const days: IsoDate[] = [];
  const indexOf = new Map<IsoDate, number>();
  for (let i = 0; i < length; i += 1) {
    const day = fromEpochDay(first + i);
    days.push(day);
    indexOf.set(day, i);
    working[i] = isWeekend(day) ? 0 : 1;
  }

  const mark = (day: IsoDate, value: 0 | 1, note: string): void => {
    working[toEpochDay(day) - first] = value;
    notes.set(day, note);
  };
  for (const { day, note } of year.nonworking) mark(day, 0, note);
  for (const { day, note } of year.working) mark(day, 1, note);
  for (const { day } of year.short) short[toEpochDay(day) - first] = 1;
  if (region) {
    for (const { day, note } of region.addNonworking) mark(day, 0, note);
    for (const { day, note } of region.addWorking) mark(day, 1, note);
  }
  // A short day the region made non-working is no longer a working day to shorten.
  for (let i = 0; i < length; i += 1) if (working[i] === 0) short[i] = 0;

  const prefix = new Int32Array(length);
  let count = 0;
  for (let i = 0; i < length; i += 1) {
    count += working[i] ?? 0;
    prefix[i] = count;
  }
  return {
    year: year.year,
    first,
    length,
    days,
    indexOf,
    working,
    short,
    prefix,
    notes,
    description: {
      year: year.year,
      knowledge: decreed ? 'decree' : 'fallback',
      source: region ? `${year.source}; ${region.source}` : year.source,
      checked: decreed && year.checked,
      verify: year.verify,
      region: region?.region ?? null,
    },
  };
}

function isWorkingIn(table: YearTable, day: IsoDate): boolean {
  return table.working[toEpochDay(day) - table.first] === 1;
}

function throwFirst(where: string, problems: CalendarProblem[]): void {
  const problem = problems[0];
  if (problem) throw new RangeError(`${where}: ${problem.path.join('.')}: ${problem.message}`);
}
