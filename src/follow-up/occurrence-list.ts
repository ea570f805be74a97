import { addDays } from '../calendar/index.js';
import { occurrences } from '../deadline/index.js';
import type { Assignment, IsoDate, ParsedDocument } from '../domain.js';
import { FollowUpError } from './follow-up-error.js';

/**
 * The occurrences of an assignment, as the planner reads them from its deadline. Pure:
 * `today` comes in.
 */
export interface OccurrenceInfo {
  /** The reported period ('2021-03'), or the due day of a one-off as written. */
  key: string;
  /** As written, not moved off non-working days. */
  due: IsoDate;
  /** 'за март 2021 года'; '' for a one-off. */
  label: string;
}

/** How far past today an operator may name an occurrence of a recurring assignment. */
const AHEAD_DAYS = 800;

/** Every occurrence from the assignment's start to `until` (a one-off has its one whatever `until`). */
export function occurrencesUntil(doc: ParsedDocument, assignment: Assignment, until: IsoDate): OccurrenceInfo[] {
  const { deadline } = assignment;
  const starts = [doc.protocol.date, deadline.rule?.starts ?? null, deadline.firstDue, deadline.date].filter((d): d is IsoDate => d !== null);
  const from = starts.length > 0 ? starts.reduce((a, b) => (b < a ? b : a)) : until;
  return occurrences(deadline, { from, until }).map(({ key, due, label }) => ({ key, due, label }));
}

export function isRecurring(assignment: Assignment): boolean {
  return assignment.deadline.kind === 'recurring';
}

/**
 * The occurrence `--occurrence` names, or null for all of them. A one-off assignment has
 * one occurrence, so naming it (its due day) is the same as naming none.
 */
export function occurrenceNamed(doc: ParsedDocument, assignment: Assignment, key: string | null, today: IsoDate, what: string): OccurrenceInfo | null {
  if (key === null) return null;
  const wanted = key.trim();
  const { deadline } = assignment;
  if (deadline.kind === 'none' || deadline.kind === 'continuous' || deadline.kind === 'unparsed') {
    throw new FollowUpError('bad-request', `у поручения (${what}) нет дат исполнения (срок: ${deadlineWords(assignment)}); уберите --occurrence`);
  }
  const all = occurrencesUntil(doc, assignment, addDays(today, AHEAD_DAYS));
  const found = all.find((o) => o.key === wanted);
  if (found) return isRecurring(assignment) ? found : null;
  if (!isRecurring(assignment)) {
    throw new FollowUpError('not-found', `у поручения (${what}) один срок — ${all[0]?.key ?? '?'}; уберите --occurrence или укажите этот день`);
  }
  const near = all.filter((o) => o.due >= addDays(today, -62)).slice(0, 4).map((o) => o.key);
  throw new FollowUpError('not-found', `у поручения (${what}) нет срока '${wanted}'; оно повторяется (${deadline.text}), сроки называются периодом, например ${near.join(', ') || all.slice(-3).map((o) => o.key).join(', ')}`);
}

/** «none», ««постоянно»», «unreadable: «…»» — for messages. */
export function deadlineWords(assignment: Assignment): string {
  const { deadline } = assignment;
  switch (deadline.kind) {
    case 'none':
      return 'not given';
    case 'continuous':
      return `standing («${deadline.text}»)`;
    case 'unparsed':
      return `unreadable («${deadline.text}»)`;
    default:
      return `«${deadline.text}»`;
  }
}
