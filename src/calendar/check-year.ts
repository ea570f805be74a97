import type { IsoDate } from '../domain.js';
import { isIsoDate, isoWeekday } from './civil-date.js';
import { fixedHolidaysOf } from './fixed-holidays.js';
import type { CalendarDay, CalendarYear, RegionYear } from './types.js';

/** One thing wrong with a calendar year, at a path written as in its YAML file. */
export interface CalendarProblem {
  path: (string | number)[];
  message: string;
}

const WEEKDAY_NAMES = ['', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'] as const;

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
    return [{ path: ['year'], message: `${year.year} — не год; напишите четыре цифры, например 2021` }];
  }
  if (!year.checked && !year.verify) {
    problems.push({ path: ['verify'], message: 'при checked: false напишите в verify:, что ещё осталось сверить с постановлением' });
  }

  const nonworking = checkDays(year.year, 'nonworking', year.nonworking, problems);
  const working = checkDays(year.year, 'working', year.working, problems);
  const short = checkDays(year.year, 'short', year.short, problems);

  for (const day of nonworking) {
    if (isoWeekday(day) >= 6) {
      problems.push({
        path: ['nonworking', day],
        message: `${day} — ${weekdayName(day)}, выходной и так; здесь перечисляют только дни с понедельника по пятницу (если праздник выпал на выходной, укажите будний день, на который переносится выходной)`,
      });
    }
  }
  for (const day of working) {
    if (isoWeekday(day) <= 5) {
      problems.push({
        path: ['working', day],
        message: `${day} — ${weekdayName(day)}, рабочий день и так; здесь перечисляют только субботы и воскресенья, которые постановление делает рабочими`,
      });
    }
  }
  for (const day of short) {
    const weekend = isoWeekday(day) >= 6;
    if (nonworking.has(day) || (weekend && !working.has(day))) {
      problems.push({ path: ['short', day], message: `${day} — нерабочий день, его нельзя сократить; уберите его из short:` });
    }
  }
  for (const { day, holiday } of fixedHolidaysOf(year.year)) {
    if (isoWeekday(day) <= 5 && !nonworking.has(day)) {
      problems.push({
        path: ['nonworking'],
        message: `${day} (${holiday.name}) — ${weekdayName(day)} и нерабочий праздничный день (ст. 112 ТК РФ); добавьте "${day}: ${holiday.name}" в nonworking:`,
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
      problems.push({ path: ['add_nonworking', day], message: `${day} и так выходной по федеральному календарю; уберите эту дату` });
    }
  }
  for (const day of remove) {
    if (federalIsWorkingDay(day)) {
      problems.push({ path: ['add_working', day], message: `${day} и так рабочий день по федеральному календарю; уберите эту дату` });
    }
  }
  return problems;
}

/** Checks one list's dates and notes; returns the valid days of the year. */
function checkDays(year: number, list: string, days: CalendarDay[], problems: CalendarProblem[]): Set<IsoDate> {
  const seen = new Set<IsoDate>();
  for (const { day, note } of days) {
    if (!isIsoDate(day)) {
      problems.push({ path: [list, day], message: `'${day}' — не дата; напишите её как ГГГГ-ММ-ДД` });
      continue;
    }
    if (Number(day.slice(0, 4)) !== year) {
      problems.push({ path: [list, day], message: `${day} — не ${year} год; перенесите дату в файл её года` });
      continue;
    }
    if (seen.has(day)) {
      problems.push({ path: [list, day], message: `${day} указан дважды; оставьте одну запись` });
      continue;
    }
    if (note.trim() === '') {
      problems.push({ path: [list, day], message: `у ${day} нет пояснения; напишите, почему дата в списке, например "перенос выходного с 02.01 (сб), Постановление № 1648"` });
    }
    seen.add(day);
  }
  return seen;
}
