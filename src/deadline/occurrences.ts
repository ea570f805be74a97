import type { Deadline, IsoDate } from '../domain.js';
import { resolveDate, scanDates, yearsIn } from './dates.js';
import { normalize } from './normalize.js';
import { scanPeriods } from './periods.js';
import { dailySpanLabel, dueOf, indexOfDue, periodBounds, periodIndex, periodKey, periodLabel } from './reporting-periods.js';

/** One due date of an assignment; a recurring one has one per reported period. */
export interface Occurrence {
  /** Stable id: the period ('2021-01', '2021-Q1', '2021-H1', '2021', '2011-W13'), or the due date of a one-off or of a daily series' first day. */
  key: string;
  /** As written, not moved off weekends. */
  due: IsoDate;
  /** The reported period; for a one-off period deadline the period itself; else null. */
  period: { start: IsoDate; end: IsoDate } | null;
  /** Russian: 'за январь 2021 года', 'за I квартал 2021 года'; '' for a one-off. */
  label: string;
}

export interface OccurrenceWindow {
  from: IsoDate;
  until: IsoDate;
}

/** Periods before the window worth checking: a due day may fall a year after its period. */
const LOOKBACK_PERIODS = 3;

/**
 * The occurrences of a deadline. A date, relative or period deadline has its one due
 * date whatever the window; a recurring one has every due date d with
 * from <= d <= until, from its first due date on and within the rule's `until`;
 * continuous, none and unparsed have none. Cost grows with the occurrences returned,
 * not with how far the window lies from the rule's start.
 */
export function occurrences(deadline: Deadline, window: OccurrenceWindow): Occurrence[] {
  switch (deadline.kind) {
    case 'date':
    case 'relative':
      return deadline.date === null ? [] : [{ key: deadline.date, due: deadline.date, period: null, label: '' }];
    case 'period':
      return deadline.date === null ? [] : [{ key: deadline.date, due: deadline.date, period: periodOf(deadline.text, deadline.date), label: '' }];
    case 'recurring':
      return recurringOccurrences(deadline, window);
    case 'continuous':
    case 'none':
    case 'unparsed':
      return [];
  }
}

function recurringOccurrences(deadline: Deadline, window: OccurrenceWindow): Occurrence[] {
  const rule = deadline.rule;
  if (rule === null || window.until < window.from) return [];
  // A daily report is planned as its first day, whatever the window: reminders that the series starts, and no
  // mail for each day, whose report srok cannot tell apart (ladders' kinds.daily sets what follows the first).
  if (rule.freq === 'daily') {
    const first = deadline.firstDue ?? rule.starts;
    if (first === null) return [];
    return [{ key: first, due: first, period: { start: first, end: rule.until ?? first }, label: dailySpanLabel(first, rule.until) }];
  }
  const first =
    deadline.firstDue !== null
      ? indexOfDue(rule, deadline.firstDue)
      : rule.starts !== null
        ? periodIndex(rule.freq, rule.starts)
        : null;
  const fromWindow = periodIndex(rule.freq, window.from) - LOOKBACK_PERIODS;
  const out: Occurrence[] = [];
  for (let index = first === null ? fromWindow : Math.max(first, fromWindow); ; index += 1) {
    const period = periodBounds(rule.freq, index);
    if (rule.until !== null && period.start > rule.until) break;
    const due = dueOf(rule, index);
    if (due > window.until) break;
    if (due < window.from) continue;
    if (deadline.firstDue !== null && due < deadline.firstDue) continue;
    out.push({ key: periodKey(rule.freq, index), due, period, label: periodLabel(rule.freq, index) });
  }
  return out;
}

/** The span a one-off period deadline covers: its text read again in a context that yields the same last day. */
function periodOf(text: string, end: IsoDate): { start: IsoDate; end: IsoDate } | null {
  const n = normalize(text);
  for (const p of scanPeriods(n, { documentDate: end })) {
    if (!('error' in p.span) && p.span.end === end) return p.span;
  }
  // «с 1 апреля по 1 мая 2011 года», «с 1 по 15 июня»: a window of two dates.
  const hits = scanDates(n, { shortDates: false });
  const from = hits.find((h) => h.role === 'from');
  const rangeStart = /(?:^|[^\p{L}])со?\s+(\d{1,2})\s+(?:по|до)\s/u.exec(n);
  if (from) {
    const start = resolveDate(from, yearsIn(n, end, hits), '');
    return start.ok && start.date <= end ? { start: start.date, end } : null;
  }
  if (rangeStart) {
    const day = Number(rangeStart[1]);
    return day <= Number(end.slice(8, 10)) ? { start: `${end.slice(0, 8)}${String(day).padStart(2, '0')}`, end } : null;
  }
  return null;
}
