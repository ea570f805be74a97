import { addDays, localDay } from '../calendar/index.js';
import type { Ladder } from '../config/schema.js';
import type { SrokConfig } from '../config/types.js';
import { occurrences } from '../deadline/index.js';
import { partsOfRouted } from '../directory/index.js';
import type { Assignment, IsoDate, ParsedDocument } from '../domain.js';
import { addressTarget } from '../plan/escalation-target.js';
import { partKey } from '../plan/index.js';
import { findIssuer, type IssuerRule } from '../plan/issuer.js';
import { momentsOf, type Moments } from '../plan/moments.js';
import { deadlineEnd } from '../plan/occurrence-timeline.js';
import { ladderFor } from '../plan/resolve-ladder.js';
import { keptEntry, routedEntries } from '../records/routing.js';
import type { Closure, PlanState, Postponement } from '../records/state.js';
import { daysLeft } from '../delivery/mail-context.js';
import { OPERATOR_KEY, type ReportController, type ReportRow, type ReportSource, type RowOccurrence } from './types.js';

/**
 * Every part-occurrence of the stored protocols as it stands at `now`: one row each,
 * open or closed. Pure: the protocols, their state, the config and the clock come in.
 *
 * The occurrences are the planner's (src/plan/plan-document.ts), read the same way so
 * the numbers agree with the plan: the same parts (a group gives one per member; an
 * executor named twice counts once, as executor), the same due days moved off
 * non-working days under each part's ladder, the same postponements, and of a
 * recurring assignment the same occurrences chased — the latest one missed when the
 * protocol was imported and every later one. Of those, a row is made for each one
 * whose deadline has ended by `now` and for the next one still ahead (the period that
 * holds `now`); occurrences further ahead are not owed yet.
 */
export function reportRows(sources: readonly ReportSource[], config: SrokConfig, now: Date): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const source of sources) rows.push(...protocolRows(source, config, now));
  return rows;
}

/** How far past `now` occurrences are read, so that the next one of a yearly assignment is found. */
const AHEAD_DAYS = 800;
/** The longest text a row keeps; the whole text is in the protocol. */
const TEXT_CHARS = 160;
/** What the state is asked for an item's own view (no part) and for what belongs to no occurrence, as the planner asks. */
const NO_PART = '';
const NO_OCCURRENCE = '';
/** What the planner calls the part of an assignment that names nobody. */
const NOBODY = 'исполнитель не указан';

interface Part {
  key: string;
  ref: string | null;
  name: string;
  role: 'executor' | 'co-executor';
}

interface Due {
  index: number;
  key: string;
  due: IsoDate;
  label: string;
  /** The due day moved under the assignment's own ladder: whether it was missed at import is judged on it. */
  deadline: IsoDate;
}

interface Setting {
  config: SrokConfig;
  moments: Moments;
  nowMs: number;
  today: IsoDate;
  /** The instant missed recurring occurrences are judged from: the import (never later than now). */
  chaseMs: number;
  chaseDay: IsoDate;
}

function protocolRows(source: ReportSource, config: SrokConfig, now: Date): ReportRow[] {
  const { doc, state } = source;
  const zone = config.settings.timezone;
  const nowMs = now.getTime();
  const imported = Date.parse(source.importedAt);
  const chaseMs = Number.isNaN(imported) ? nowMs : Math.min(imported, nowMs);
  const setting: Setting = { config, moments: momentsOf(config), nowMs, today: localDay(now, zone), chaseMs, chaseDay: localDay(new Date(chaseMs), zone) };
  const issuer = findIssuer(doc, config.ladders.issuers, config.directory);
  const controller = controllerOf(doc, issuer, config);
  const protocol = { key: source.key, kind: doc.protocol.kind, number: doc.protocol.number, date: doc.protocol.date, body: doc.protocol.body };
  const rows: ReportRow[] = [];
  const entries = routedEntries(source.routing, doc);
  for (const [index, assignment] of doc.assignments.entries()) {
    // As in the planner: items that only close or extend earlier ones, or name nobody and no deadline, owe nothing.
    if (assignment.executors.length === 0 && (assignment.closes.length > 0 || assignment.deadline.kind === 'none')) continue;
    const base = (occurrence: RowOccurrence | null, part: Part): Omit<ReportRow, 'state' | 'closure' | 'daysLeft' | 'overdue'> => ({
      protocol,
      item: assignment.item,
      text: shortText(assignment.text),
      part: { key: part.key, ref: part.ref, name: part.name, role: part.role },
      deadline: { kind: assignment.deadline.kind, text: assignment.deadline.text },
      occurrence,
      optional: assignment.optional,
      controller,
    });
    const parts = partsOf(assignment, entries?.[index] ?? null, config);
    const kind = assignment.deadline.kind;
    if (kind === 'none' || kind === 'continuous' || kind === 'unparsed') {
      for (const part of parts) {
        const closure = closedBy(state, assignment.item, part.key, NO_OCCURRENCE, nowMs);
        rows.push({ ...base(null, part), state: closure?.how ?? 'open', closure, daysLeft: null, overdue: false });
      }
      continue;
    }
    for (const { part, occurrence, key } of datedCells(doc, assignment, parts, issuer, state, setting)) {
      const closure = closedBy(state, assignment.item, part.key, key, nowMs);
      if (closure !== null) {
        rows.push({ ...base(occurrence, part), state: closure.how, closure, daysLeft: null, overdue: false });
        continue;
      }
      const passed = nowMs > Date.parse(occurrence.deadlineAt);
      rows.push({
        ...base(occurrence, part),
        state: 'open',
        closure: null,
        daysLeft: daysLeft(config, now, occurrence.deadline, occurrence.deadlineAt),
        overdue: passed && !assignment.optional,
      });
    }
  }
  return rows;
}

/** The closure in force at `now` (one recorded for a later instant has not happened yet). */
function closedBy(state: PlanState, item: string | null, part: string, occurrence: string, nowMs: number): Closure | null {
  const closure = state.closure(item, part, occurrence);
  return closure !== null && Date.parse(closure.at) <= nowMs ? closure : null;
}

/** The part-occurrences of an assignment with due dates that the report shows (see reportRows). */
function* datedCells(
  doc: ParsedDocument,
  assignment: Assignment,
  parts: readonly Part[],
  issuer: IssuerRule | null,
  state: PlanState,
  setting: Setting,
): Generator<{ part: Part; occurrence: RowOccurrence; key: string }> {
  const { config, moments } = setting;
  const { deadline } = assignment;
  const time = deadline.time;
  const recurring = deadline.kind === 'recurring';
  const baseLadder = ladderFor(assignment, issuer, null, config);
  const from = earliest([doc.protocol.date, deadline.rule?.starts ?? null, deadline.firstDue, deadline.date, setting.today]);
  const dues: Due[] = occurrences(deadline, { from, until: addDays(setting.today, AHEAD_DAYS) }).map((o, index) => ({
    index,
    key: o.key,
    due: o.due,
    label: o.label,
    deadline: config.calendar.moveToWorkingDay(o.due, baseLadder.moveDeadline),
  }));
  if (dues.length === 0) return;
  const moveOf = (due: Due, part: string): Postponement | null => postponementOf(state, assignment, due, part, dues, moments);
  const endMs = (day: IsoDate): number => deadlineEnd(moments, day, time).ms;

  // Which occurrences the plan chases, judged on the item's own view, as the planner does.
  const itemDay = (due: Due): IsoDate => {
    const moved = moveOf(due, NO_PART);
    return moved ? config.calendar.moveToWorkingDay(moved.to, baseLadder.moveDeadline) : due.deadline;
  };
  const missed = (day: IsoDate): boolean => (day !== setting.chaseDay ? day < setting.chaseDay : endMs(day) < setting.chaseMs);
  const latest = recurring ? dues.map((due) => missed(itemDay(due))).lastIndexOf(true) : -1;
  const latestDue = dues[latest];
  const latestMs = latestDue ? endMs(itemDay(latestDue)) : -Infinity;
  const chased = (due: Due, moved: Postponement | null, ladder: Ladder): boolean => {
    if (latest < 0 || due.index >= latest) return true;
    return moved !== null && endMs(config.calendar.moveToWorkingDay(moved.to, ladder.moveDeadline)) >= latestMs;
  };

  for (const part of parts) {
    const ladder = ladderFor(assignment, issuer, part.ref, config);
    let next: { occurrence: RowOccurrence; key: string; ms: number } | null = null;
    for (const due of dues) {
      const moved = moveOf(due, part.key);
      if (!chased(due, moved, ladder)) continue;
      const day = config.calendar.moveToWorkingDay(moved?.to ?? due.due, ladder.moveDeadline);
      const end = deadlineEnd(moments, day, time);
      const occurrence: RowOccurrence = { key: due.key, label: due.label, due: due.due, postponedTo: moved?.to ?? null, deadline: day, deadlineAt: end.at };
      if (!recurring || end.ms < setting.nowMs) {
        yield { part, occurrence, key: due.key };
      } else if (next === null || end.ms < next.ms) {
        next = { occurrence, key: due.key, ms: end.ms };
      }
    }
    if (next !== null) yield { part, occurrence: next.occurrence, key: next.key };
  }
}

/**
 * The postponement that moves an occurrence for a part (NO_PART: for the item), as the
 * planner reads it: of a recurring assignment, a record that names no occurrence moves
 * only the occurrence still open when it was decided, and only when it gives more time.
 */
function postponementOf(state: PlanState, assignment: Assignment, due: Due, part: string, dues: readonly Due[], moments: Moments): Postponement | null {
  const { item, deadline } = assignment;
  const record = state.postponement(item, part, due.key);
  if (record === null || deadline.kind !== 'recurring') return record;
  const general = state.postponement(item, part, NO_OCCURRENCE);
  if (general === null || !samePostponement(general, record)) return record;
  if (record.to <= due.due) return null;
  const next = dues[due.index + 1];
  if (next === undefined) return record;
  return deadlineEnd(moments, next.deadline, deadline.time).ms >= Date.parse(record.at) ? record : null;
}

function samePostponement(a: Postponement, b: Postponement): boolean {
  return a === b || (a.to === b.to && a.sequence === b.sequence && a.at === b.at && a.by === b.by);
}

/** The parts of an assignment as the planner routes them, from its kept entries (null: its phrases are matched). */
function partsOf(assignment: Assignment, entries: ReadonlyArray<string | null> | null, config: SrokConfig): Part[] {
  const operator = config.settings.operator.email;
  if (assignment.executors.length === 0) return [{ key: partKey(null, NOBODY), ref: null, name: NOBODY, role: 'executor' }];
  const parts = new Map<string, Part>();
  for (const [index, executor] of assignment.executors.entries()) {
    for (const routed of partsOfRouted(keptEntry(entries, index), executor.ref, executor.text, config.directory, operator)) {
      const id = routed.ref ?? `name:${routed.name}`;
      const known = parts.get(id);
      if (known) {
        // Named twice (as executor and co-executor): the executor's role answers for it.
        if (executor.role === 'executor') known.role = 'executor';
        continue;
      }
      parts.set(id, { key: partKey(routed.ref, routed.name), ref: routed.ref, name: routed.name, role: executor.role });
    }
  }
  return [...parts.values()];
}

/** The controller of a protocol, chosen as the planner chooses the target of a 'controller' escalation. */
export function controllerOf(doc: ParsedDocument, issuer: IssuerRule | null, config: SrokConfig): ReportController {
  const { directory, settings } = config;
  const fromProtocol = doc.controller?.ref ?? null;
  const ref = fromProtocol ?? issuer?.controller ?? null;
  const entry = ref !== null ? directory.get(ref) : undefined;
  if (!entry) return { key: OPERATOR_KEY, ref: null, name: settings.operator.name, emails: [settings.operator.email], via: 'operator' };
  const address = addressTarget('controller', { directory, operatorEmail: settings.operator.email, controllerRef: entry.id, partRef: null, executorRef: null });
  return { key: entry.id, ref: entry.id, name: entry.name, emails: address.emails, via: fromProtocol !== null ? 'protocol' : 'issuer' };
}

/** The text cut at a word near TEXT_CHARS, with «…». */
export function shortText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= TEXT_CHARS) return flat;
  const cut = flat.slice(0, TEXT_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > TEXT_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

function earliest(days: Array<IsoDate | null>): IsoDate {
  const known = days.filter((day): day is IsoDate => day !== null);
  return known.reduce((a, b) => (b < a ? b : a));
}
