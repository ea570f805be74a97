import { daysInMonth, formatIso, fromEpochDay, toEpochDay } from '../calendar/civil-date.js';
import type { Frequency, IsoDate, RecurrenceRule } from '../domain.js';
import { MONTHS_NOMINATIVE, ROMAN_NUMERALS, MONTHS_GENITIVE } from './numbers.js';

/**
 * The periods a recurring rule reports on, numbered so that consecutive periods have
 * consecutive indexes: days (the epoch day), ISO weeks (Monday to Sunday), months, quarters, half-years,
 * years. Index arithmetic lets a rule jump to any year without walking to it.
 */

const MONTHS_IN: Readonly<Record<Exclude<Frequency, 'weekly' | 'daily'>, number>> = { monthly: 1, quarterly: 3, halfyearly: 6, yearly: 12 };

/** Epoch day 0 (1970-01-01) is a Thursday, so Monday of week k is epoch day 7k − 3. */
const MONDAY_OFFSET = 3;

export interface Bounds {
  start: IsoDate;
  end: IsoDate;
}

/** The index of the period of `freq` that holds `day`. */
export function periodIndex(freq: Frequency, day: IsoDate): number {
  if (freq === 'daily') return toEpochDay(day);
  if (freq === 'weekly') return Math.floor((toEpochDay(day) + MONDAY_OFFSET) / 7);
  const months = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  return Math.floor(months / MONTHS_IN[freq]);
}

export function periodBounds(freq: Frequency, index: number): Bounds {
  if (freq === 'daily') return { start: fromEpochDay(index), end: fromEpochDay(index) };
  if (freq === 'weekly') {
    const monday = index * 7 - MONDAY_OFFSET;
    return { start: fromEpochDay(monday), end: fromEpochDay(monday + 6) };
  }
  const length = MONTHS_IN[freq];
  const first = index * length;
  const last = first + length - 1;
  const endYear = Math.floor(last / 12);
  const endMonth = (last % 12) + 1;
  return {
    start: formatIso(Math.floor(first / 12), (first % 12) + 1, 1),
    end: formatIso(endYear, endMonth, daysInMonth(endYear, endMonth)),
  };
}

/** The due day of period `index` under `rule`; a day past the month's end is its last day («31» in February → 28). */
export function dueOf(rule: RecurrenceRule, index: number): IsoDate {
  if (rule.freq === 'daily') return fromEpochDay(index + (rule.after === 'period' ? 1 : 0));
  if (rule.freq === 'weekly') {
    return fromEpochDay(index * 7 - MONDAY_OFFSET + (rule.day - 1) + (rule.after === 'period' ? 7 : 0));
  }
  const { start, end } = periodBounds(rule.freq, index);
  const startYear = Number(start.slice(0, 4));
  const startMonth = Number(start.slice(5, 7));
  const endYear = Number(end.slice(0, 4));
  const endMonth = Number(end.slice(5, 7));
  if (rule.after === 'period') {
    if (rule.month === null) return endMonth === 12 ? clamped(endYear + 1, 1, rule.day) : clamped(endYear, endMonth + 1, rule.day);
    return clamped(rule.month > endMonth ? endYear : endYear + 1, rule.month, rule.day);
  }
  if (rule.month === null) return clamped(endYear, endMonth, rule.day);
  // A month outside the period (an odd rule) falls on its first occurrence after the period starts.
  return clamped(rule.month >= startMonth ? startYear : startYear + 1, rule.month, rule.day);
}

/** The due day of the first reported period: the period holding `starts`, else the document's date. */
export function firstDueOf(rule: RecurrenceRule, documentDate: IsoDate | null): IsoDate | null {
  const anchor = rule.starts ?? documentDate;
  if (anchor === null) return null;
  const index = periodIndex(rule.freq, anchor);
  const due = dueOf(rule, index);
  // A due day inside its period that has passed by the anchor belongs to no reported period.
  return rule.after === 'none' && due < anchor ? dueOf(rule, index + 1) : due;
}

/** The period index whose due day is `due` (the first reported one, given `firstDue`). */
export function indexOfDue(rule: RecurrenceRule, due: IsoDate): number {
  let index = periodIndex(rule.freq, due);
  // Due days lag their period by at most about a year: a few steps settle it.
  for (let i = 0; i < 30 && dueOf(rule, index - 1) >= due; i += 1) index -= 1;
  for (let i = 0; i < 30 && dueOf(rule, index) < due; i += 1) index += 1;
  return index;
}

/** The first day of the period holding `day`; weeks keep the day as written (a campaign may start on a Friday). */
export function snapStart(freq: Frequency, day: IsoDate): IsoDate {
  return freq === 'weekly' || freq === 'daily' ? day : periodBounds(freq, periodIndex(freq, day)).start;
}

/** A stable id of a period: '2021-01', '2021-Q1', '2021-H2', '2021', '2011-W13', '2013-02-01'. */
export function periodKey(freq: Frequency, index: number): string {
  const { start } = periodBounds(freq, index);
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  switch (freq) {
    case 'daily':
      return start;
    case 'weekly': {
      const { isoYear, week } = isoWeek(start);
      return `${isoYear}-W${String(week).padStart(2, '0')}`;
    }
    case 'monthly':
      return start.slice(0, 7);
    case 'quarterly':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'halfyearly':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case 'yearly':
      return year;
  }
}

/** How a mail names the period: 'за январь 2021 года', 'за I квартал 2021 года', 'за 2021 год'. */
export function periodLabel(freq: Frequency, index: number): string {
  const { start, end } = periodBounds(freq, index);
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  switch (freq) {
    case 'daily':
      return `за ${Number(start.slice(8, 10))} ${MONTHS_GENITIVE[month - 1] ?? ''} ${year} года`;
    case 'weekly': {
      const endYear = Number(end.slice(0, 4));
      const endMonth = Number(end.slice(5, 7));
      // «с 4 по 10 апреля 2011 года», «с 28 марта по 3 апреля 2011 года», «с 27 декабря 2021 года по 2 января 2022 года».
      const fromMonth = endMonth === month ? '' : ` ${MONTHS_GENITIVE[month - 1] ?? ''}`;
      const fromYear = year === endYear ? '' : ` ${year} года`;
      const to = `${Number(end.slice(8, 10))} ${MONTHS_GENITIVE[endMonth - 1] ?? ''} ${endYear} года`;
      return `за неделю с ${Number(start.slice(8, 10))}${fromMonth}${fromYear} по ${to}`;
    }
    case 'monthly':
      return `за ${MONTHS_NOMINATIVE[month - 1] ?? ''} ${year} года`;
    case 'quarterly':
      return `за ${ROMAN_NUMERALS[Math.ceil(month / 3) - 1] ?? ''} квартал ${year} года`;
    case 'halfyearly':
      return `за ${month <= 6 ? 'I' : 'II'} полугодие ${year} года`;
    case 'yearly':
      return `за ${year} год`;
  }
}

/**
 * A daily rule planned as its first day: how a mail names the series, «ежедневно с 1 по 28 февраля 2013 года»,
 * «ежедневно с 30 января по 5 февраля 2013 года», «ежедневно с 1 февраля 2013 года».
 */
export function dailySpanLabel(first: IsoDate, until: IsoDate | null): string {
  const words = (day: IsoDate): [string, string, string] => [String(Number(day.slice(8, 10))), MONTHS_GENITIVE[Number(day.slice(5, 7)) - 1] ?? '', `${day.slice(0, 4)} года`];
  const [d1, m1, y1] = words(first);
  if (until === null || until <= first) return `ежедневно с ${d1} ${m1} ${y1}`;
  const [d2, m2, y2] = words(until);
  const from = y1 !== y2 ? `${d1} ${m1} ${y1}` : m1 !== m2 ? `${d1} ${m1}` : d1;
  return `ежедневно с ${from} по ${d2} ${m2} ${y2}`;
}

function clamped(year: number, month: number, day: number): IsoDate {
  return formatIso(year, month, Math.min(day, daysInMonth(year, month)));
}

/** ISO 8601 week-numbering year and week of a Monday. */
function isoWeek(monday: IsoDate): { isoYear: number; week: number } {
  const thursday = toEpochDay(monday) + 3;
  const isoYear = Number(fromEpochDay(thursday).slice(0, 4));
  const week = Math.floor((thursday - toEpochDay(formatIso(isoYear, 1, 1))) / 7) + 1;
  return { isoYear, week };
}
