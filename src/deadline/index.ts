/**
 * The Russian deadline grammar: a «Срок» phrase or an item's free text → Deadline,
 * and a Deadline → its occurrences. Pure: dates come in as parameters.
 *
 * Conventions the text leaves open (see recurring.ts, relative.ts, periods.ts):
 * - a recurring term with no due day is due on the last day of each period (weekly:
 *   Friday); «ежеквартально до 5 числа» is the 5th of the month after the quarter;
 * - relative terms run from the day after the document (Civil Code art. 191–192);
 *   without a production calendar working days skip weekends only, and the warning
 *   message starts with RELAXED_CALENDAR_NOTE;
 * - a yearless date or period is the first one ending on or after the document's
 *   date, unless the phrase names a year.
 */
export { MONTH_DAY_TERM, namedDaysOf, parseDeadline, RELAXED_CALENDAR_NOTE } from './parse.js';
export { findDeadline, findSetDays, listedDays, PAST_TERM, pastClauses, RELATIVE_CLAUSE } from './find.js';
export { occurrences, type Occurrence, type OccurrenceWindow } from './occurrences.js';
export { unreadDeadline, unreadTerm } from './unread.js';
export { dayOrdinalValue, MONTHS_GENITIVE, MONTHS_NOMINATIVE } from './numbers.js';
export { firstDueOf } from './reporting-periods.js';
