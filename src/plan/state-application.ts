import type { Assignment, IsoDate } from '../domain.js';
import type { PlanState, Postponement } from '../records/state.js';
import type { Moments } from './moments.js';
import { deadlineEnd, type OccurrenceInput } from './occurrence-timeline.js';

/**
 * State application: what the recorded state (src/records) does to the plan — a
 * part-occurrence closed at some instant loses its steps from then on, a postponed one
 * follows the ladder of its new deadline. Pure; a null state changes nothing.
 */

/** The occurrence segment of a record that names no occurrence (the whole assignment). */
export const NO_OCCURRENCE = '';

/** One occurrence as read from the deadline, before any postponement. */
export interface Due {
  index: number;
  key: string;
  /** `key` as an id segment. */
  segment: string;
  input: OccurrenceInput;
  /** The deadline day under the assignment's own ladder: whether it has passed is judged on it. */
  deadline: IsoDate;
}

/**
 * The postponement that moves an occurrence for a part (NO_PART: for the item), or
 * null. Of a recurring assignment, a record that names no occurrence — «продлить срок
 * исполнения п. 5 до …» is stored for the whole assignment — concerns the report owed
 * when it was decided, not every period: it moves only an occurrence still open then
 * (no later one had passed its deadline), and only when it gives more time.
 */
export function postponementOf(state: PlanState | null, moments: Moments, assignment: Assignment, due: Due, part: string, dues: readonly Due[]): Postponement | null {
  if (state === null) return null;
  const { item, deadline } = assignment;
  const record = state.postponement(item, part, due.key);
  if (record === null || deadline.kind !== 'recurring') return record;
  const general = state.postponement(item, part, NO_OCCURRENCE);
  if (general === null || !samePostponement(general, record)) return record;
  if (record.to <= due.input.due) return null;
  const next = dues[due.index + 1];
  if (next === undefined) return record;
  return deadlineEnd(moments, next.deadline, deadline.time).ms >= instantMs(record.at, 'postponement') ? record : null;
}

/** The instant (epoch ms) from which the state closes a track, or Infinity while it is open. */
export function closedFrom(state: PlanState | null, item: string | null, part: string, occurrence: string): number {
  if (state === null) return Infinity;
  const closure = state.closure(item, part, occurrence);
  return closure ? instantMs(closure.at, 'closure') : Infinity;
}

/** The instant every part of an occurrence is closed by, or Infinity while one is open. */
export function allClosedFrom(state: PlanState | null, item: string | null, parts: ReadonlyArray<{ segment: string }>, occurrence: string): number {
  if (state === null || parts.length === 0) return Infinity;
  let last = -Infinity;
  for (const routed of parts) {
    last = Math.max(last, closedFrom(state, item, routed.segment, occurrence));
    if (last === Infinity) break;
  }
  return last;
}

export function instantMs(iso: string, what: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${what} time '${iso}' is not an ISO instant`);
  return ms;
}

/** Two lookups that found the same record (a state may hand out copies, so compare what it says). */
function samePostponement(a: Postponement, b: Postponement): boolean {
  return a === b || (a.to === b.to && a.sequence === b.sequence && a.at === b.at && a.by === b.by);
}
