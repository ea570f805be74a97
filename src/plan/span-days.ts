import type { WorkCalendar } from '../calendar/types.js';
import { addDays, addMonths } from '../calendar/index.js';
import type { Span } from '../config/schema.js';
import type { IsoDate } from '../domain.js';

/**
 * Ladder spans counted on the working-day calendar. Working days ('10wd') count only
 * working days; calendar spans ('3d', '2w', '1m') count on the calendar and then move
 * to a working day — earlier before a deadline (a reminder must not come late), later
 * after it (an overdue notice must not come early).
 */

function shift(day: IsoDate, span: Span, times: number): IsoDate {
  switch (span.unit) {
    case 'd':
      return addDays(day, span.count * times);
    case 'w':
      return addDays(day, 7 * span.count * times);
    case 'm':
      return addMonths(day, span.count * times);
    case 'wd':
      throw new RangeError('working-day spans are counted on the calendar, not shifted');
  }
}

/** The working day `span` before `day`; '0wd' is `day` itself (or the working day before it). */
export function dayBefore(calendar: WorkCalendar, day: IsoDate, span: Span): IsoDate {
  if (span.unit === 'wd') {
    return span.count === 0 ? calendar.moveToWorkingDay(day, 'previous') : calendar.addWorkingDays(day, -span.count);
  }
  return calendar.moveToWorkingDay(shift(day, span, -1), 'previous');
}

/** The working day `span` after `day`; '0wd' is `day` itself (or the working day after it). */
export function dayAfter(calendar: WorkCalendar, day: IsoDate, span: Span): IsoDate {
  return nthDayAfter(calendar, day, span, 1);
}

/**
 * `n` spans after `base`, counted from `base` rather than step by step, so monthly
 * series do not drift (Jan 31 + 2m is Mar 31, not Mar 28).
 */
export function nthDayAfter(calendar: WorkCalendar, base: IsoDate, span: Span, n: number): IsoDate {
  if (span.unit === 'wd') return calendar.addWorkingDays(base, span.count * n);
  return calendar.moveToWorkingDay(shift(base, span, n), 'next');
}

/** A span as written in config, for ids and messages: { count: 10, unit: 'wd' } → '10wd'. */
export function spanText(span: Span): string {
  return `${span.count}${span.unit}`;
}
