import type { IsoDate } from '../domain.js';
import { addDays, formatIso, isWeekend, isoWeekday } from './civil-date.js';
import type { CalendarDay, CalendarYear } from './types.js';

/** Non-working public holidays of Labour Code art. 112 part 1 (as worded since 2013). */
export interface FixedHoliday {
  month: number;
  day: number;
  name: string;
  /** January holidays: when one falls on a weekend, the day off is not moved (art. 112 part 2). */
  january: boolean;
}

export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: 'Новогодние каникулы', january: true },
  { month: 1, day: 2, name: 'Новогодние каникулы', january: true },
  { month: 1, day: 3, name: 'Новогодние каникулы', january: true },
  { month: 1, day: 4, name: 'Новогодние каникулы', january: true },
  { month: 1, day: 5, name: 'Новогодние каникулы', january: true },
  { month: 1, day: 6, name: 'Новогодние каникулы', january: true },
  { month: 1, day: 7, name: 'Рождество Христово', january: true },
  { month: 1, day: 8, name: 'Новогодние каникулы', january: true },
  { month: 2, day: 23, name: 'День защитника Отечества', january: false },
  { month: 3, day: 8, name: 'Международный женский день', january: false },
  { month: 5, day: 1, name: 'Праздник Весны и Труда', january: false },
  { month: 5, day: 9, name: 'День Победы', january: false },
  { month: 6, day: 12, name: 'День России', january: false },
  { month: 11, day: 4, name: 'День народного единства', january: false },
];

const WEEKDAY_ABBR = ['', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'] as const;

export function fixedHolidaysOf(year: number): { day: IsoDate; holiday: FixedHoliday }[] {
  return FIXED_HOLIDAYS.map((holiday) => ({ day: formatIso(year, holiday.month, holiday.day), holiday }));
}

/**
 * A year built from art. 112 alone, for a year whose decree srok does not have yet:
 * weekends off, the fixed holidays off, and a non-January holiday that falls on a
 * weekend moves the day off to the next working day.
 */
export function fallbackYear(year: number): CalendarYear {
  const holidays = fixedHolidaysOf(year);
  const holidayDays = new Set(holidays.map((h) => h.day));
  const nonworking: CalendarDay[] = [];
  const taken = new Set<IsoDate>();

  for (const { day, holiday } of holidays) {
    if (!isWeekend(day)) {
      nonworking.push({ day, note: `${holiday.name} (ст. 112 ТК РФ)` });
      continue;
    }
    if (holiday.january) continue;
    let moved = addDays(day, 1);
    while (isWeekend(moved) || holidayDays.has(moved) || taken.has(moved)) moved = addDays(moved, 1);
    taken.add(moved);
    nonworking.push({ day: moved, note: `перенос выходного с ${dayMonth(day)} (${WEEKDAY_ABBR[isoWeekday(day)]}), ч. 2 ст. 112 ТК РФ` });
  }

  const off = new Set(nonworking.map((d) => d.day));
  // Art. 95: the working day right before a holiday is an hour shorter; Dec 31 precedes Jan 1.
  const short: CalendarDay[] = [];
  const eves = [...holidays.map((h) => addDays(h.day, -1)), formatIso(year, 12, 31)];
  for (const eve of eves) {
    if (Number(eve.slice(0, 4)) === year && !isWeekend(eve) && !off.has(eve) && !holidayDays.has(eve)) {
      short.push({ day: eve, note: 'предпраздничный день (ст. 95 ТК РФ)' });
    }
  }

  nonworking.sort((a, b) => (a.day < b.day ? -1 : 1));
  short.sort((a, b) => (a.day < b.day ? -1 : 1));
  return {
    year,
    source: 'ст. 112 ТК РФ без постановления о переносе выходных дней',
    checked: false,
    verify: `постановления о переносе выходных дней на ${year} год нет в config/calendar: добавьте ${year}.yaml, когда оно выйдет`,
    nonworking,
    working: [],
    short,
  };
}

function dayMonth(day: IsoDate): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}`;
}
