import type { DeadlineKind, IsoDate, ParsedDocument, ProtocolKind } from '../domain.js';
import type { Closure, PlanState } from '../records/state.js';
import type { ProtocolRouting } from '../records/routing.js';

/**
 * Words of the report (the rest are in src/domain.ts):
 * - row:        one part-occurrence as it stands at `now` — who owes what by when, and
 *               whether it is open, done, closed or cancelled. An assignment without
 *               due dates (no deadline, «постоянно», unreadable) gives one row per part
 *               with no occurrence.
 * - open:       not closed by `now` (a postponed row is open, with its new due day).
 * - overdue:    open, and the deadline ended before `now`; never an optional
 *               («при наличии») row, since nothing is owed.
 * - due soon:   open, the deadline not yet ended, at most n working days away.
 * - record:     per executor, how its part-occurrences ended: on time, late, closed
 *               without being done, or still overdue.
 */

/** One stored protocol as the report reads it. */
export interface ReportSource {
  key: string;
  /** ISO instant of the current version's import: recurring occurrences missed before it are not chased (as in the plan). */
  importedAt: string;
  doc: ParsedDocument;
  state: PlanState;
  /** Its executors' kept routing (Routings): the parts are read from it; null, its phrases are matched. */
  routing: ProtocolRouting | null;
}

export type RowState = 'open' | 'done' | 'closed' | 'cancelled';

/** Who controls a protocol's assignments: the protocol's «Контроль … оставить за …», else its issuer's configured controller, else the operator. */
export interface ReportController {
  /** The directory id, or OPERATOR_KEY. */
  key: string;
  ref: string | null;
  name: string;
  /** Where a summary to the controller goes (the operator's address when the entry has none). */
  emails: string[];
  via: 'protocol' | 'issuer' | 'operator';
}

/** The controller key of protocols nobody controls: directory ids never start with '_'. */
export const OPERATOR_KEY = '_operator';

export interface RowOccurrence {
  /** The period ('2021-01') or, for a one-off, the due day as written. */
  key: string;
  /** «за январь 2021 года»; '' for a one-off. */
  label: string;
  /** The due day as the protocol writes it. */
  due: IsoDate;
  /** The due day a postponement set, or null. */
  postponedTo: IsoDate | null;
  /** The day the deadline really ends on: the due day (or the postponed one) moved off non-working days. */
  deadline: IsoDate;
  /** The instant it ends: end of office hours of `deadline`, or the time the item names. */
  deadlineAt: string;
}

export interface ReportRow {
  protocol: { key: string; kind: ProtocolKind; number: string | null; date: IsoDate | null; body: string | null };
  item: string | null;
  /** The assignment's text, cut short for a table. */
  text: string;
  /** The part: `key` is the planner's part key (a directory id, or a key made of an unmatched name). */
  part: { key: string; ref: string | null; name: string; role: 'executor' | 'co-executor' };
  deadline: { kind: DeadlineKind; text: string };
  /** Null for an assignment without due dates. */
  occurrence: RowOccurrence | null;
  state: RowState;
  /** The closure in force at `now`, when the row is not open. */
  closure: Closure | null;
  /** Working days to the deadline; negative once it has passed. Null when closed or without due dates. */
  daysLeft: number | null;
  overdue: boolean;
  optional: boolean;
  controller: ReportController;
}

/** Which open rows to list. */
export type ReportKind = { kind: 'open' } | { kind: 'dueSoon'; days: number } | { kind: 'overdue' };

export interface ReportQuery {
  kind: ReportKind;
  /** A directory id, a group id (every member), or a name phrase matched through the directory. */
  executor?: string | null;
  /** A directory id or a name phrase of the controller; 'operator' for what nobody else controls. */
  controller?: string | null;
}

/** One executor's record over its part-occurrences whose deadline has passed, or that are closed. */
export interface ExecutorRecord {
  part: { key: string; ref: string | null; name: string };
  /** Done no later than the deadline's end. */
  onTime: number;
  /** Done after it. */
  late: number;
  /** Closed («снять с контроля») without being counted done. */
  closed: number;
  /** Still open after the deadline. */
  overdue: number;
  /** onTime / (onTime + late + overdue); null when none of those. */
  rate: number | null;
}
