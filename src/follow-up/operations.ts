import { countOf, ENTRIES, EXECUTORS, PENDING_STEPS } from '../mail/plural.js';
import { addDays, localDay, localTime } from '../calendar/index.js';
import type { Clock } from '../clock.js';
import type { SrokConfig } from '../config/types.js';
import type { IsoDate } from '../domain.js';
import { planStateOf, scopeField, type Closure, type CloseHow, type PlanState, type Postponement, type StateRecords, type StateScope } from '../records/state.js';
import { ruDate } from '../plan/subject.js';
import type { Routings } from '../records/routing.js';
import type { Rescheduler, ScheduleSummary } from './rescheduler.js';
import type { Store } from '../store/index.js';
import { FollowUpError } from './follow-up-error.js';
import { deadlineWords, isRecurring, occurrencesUntil, type OccurrenceInfo } from './occurrence-list.js';
import { parseDay, resolveTarget, type Reference, type Target } from './reference.js';

/**
 * The follow-up operations: mark done, postpone, cancel — for a whole assignment, one
 * executor's part, one occurrence, or one part-occurrence. Each is recorded through the
 * store (a state record and its audit entry: who, when, what, why) and followed at once
 * by a re-plan of the protocol, so a closed part's pending step is removed and a
 * postponed one gets the ladder of its new deadline under new step ids. What was sent
 * stays sent: the ledger is keyed by step ids, and a new deadline never reuses one.
 *
 * The CLI calls these now; the HTTP API will call the same functions.
 */
export interface FollowUpDeps {
  store: Store;
  /** Scheduling as follow-up sees it: the protocol's jobs re-planned after a change. */
  scheduler: Rescheduler;
  /** The routing kept with each protocol: an assignment's parts are read from it. */
  routings: Routings;
  config: () => SrokConfig;
  clock: Clock;
}

export interface Change {
  /** Who: 'cli:<user>', 'link:<recipient>', 'api:<token name>'. */
  actor: string;
  /** Why; required to postpone and to cancel. */
  reason?: string | null;
}

export type OperationAction = 'done' | 'cancel' | 'postpone';

export interface OperationResult {
  action: OperationAction;
  /** Whether any state record was written. */
  changed: boolean;
  protocolKey: string;
  item: string | null;
  /** The records written, one per scope. */
  recorded: Array<{ scope: StateScope; closure?: Closure; postponement?: Postponement }>;
  /** The scopes left as they were, and why («already done …»). */
  unchanged: Array<{ scope: StateScope; why: string }>;
  /** The re-plan that followed a change: pending steps added and removed. */
  schedule: ScheduleSummary | null;
  /** What happened, in one paragraph for a person. */
  message: string;
}

/** Mark done («исполнено»): the steps of what is done stop from now on; its summary counts it done. */
export async function markDone(deps: FollowUpDeps, ref: Reference, change: Change): Promise<OperationResult> {
  return close(deps, ref, change, 'done');
}

/** Cancel («отменено»): like done, but recorded as cancelled, and only with a reason. */
export async function cancel(deps: FollowUpDeps, ref: Reference, change: Change): Promise<OperationResult> {
  if (!hasText(change.reason)) throw new FollowUpError('bad-request', 'для снятия с контроля нужна причина (--reason "…"): история хранит, почему поручение перестали контролировать');
  return close(deps, ref, change, 'cancelled');
}

/**
 * Postpone to `to`: the part-occurrences named follow the ladder of the new deadline,
 * with the next .ics SEQUENCE. Refused when `to` is in the past or before a deadline in
 * force; a recurring assignment is postponed one occurrence at a time.
 */
export async function postpone(deps: FollowUpDeps, ref: Reference, to: string, change: Change): Promise<OperationResult> {
  if (!hasText(change.reason)) throw new FollowUpError('bad-request', 'для переноса срока нужна причина (--reason "…"), например письмо, в котором об этом просили');
  const day = parseDay(to, '--to');
  const now = deps.clock.now();
  const config = deps.config();
  const today = localDay(now, config.settings.timezone);
  const target = await resolveTarget(deps, config, ref, today);
  const { assignment, what } = target;
  const occurrence = postponableOccurrence(target, today);
  if (day < today) throw new FollowUpError('bad-request', `--to ${ruDate(day)} уже прошло (сегодня ${ruDate(today)}); срок можно перенести только на сегодня или позже`);
  const records = await deps.store.getStateRecords(target.protocolKey);
  const state = planStateOf(records);
  const item = assignment.item;

  // Check every scope before writing anything: a refused postponement changes nothing.
  const toRecord: StateScope[] = [];
  const unchanged: OperationResult['unchanged'] = [];
  const blocked: string[] = [];
  let closedParts = 0;
  for (const scope of scopesOf(target)) {
    const keys = scope.part !== undefined ? [scope.part] : target.parts.map((p) => p.key);
    const open: string[] = [];
    for (const part of keys) {
      const closure = state.closure(item, part, occurrence.key);
      if (overridden(records, item, part, occurrence.key, scope)) {
        // Postponed on its own (or its occurrence, which the planner ranks above a part): it keeps that deadline; say so rather than pretend to move it.
        unchanged.push({ scope: { ...scope, part }, why: `у исполнителя ${partName(target, part)} свой перенесённый срок (${ownDue(state, item, part, occurrence.key, occurrence.due)}); перенесите его отдельно: --executor ${part}` });
      } else if (closure !== null) {
        closedParts += 1;
        unchanged.push({ scope: { ...scope, part }, why: `${partName(target, part)}: ${closureWords(closure, config)}; переносить нечего` });
      } else {
        open.push(part);
      }
    }
    if (open.length === 0) continue;
    const dues = open.map((part) => ({ part, due: state.postponement(item, part, occurrence.key)?.to ?? occurrence.due }));
    for (const { part, due } of dues) {
      if (day < due) blocked.push(`${partName(target, part)}: ${ruDate(due)}`);
    }
    if (dues.every(({ due }) => due === day)) {
      unchanged.push({ scope, why: `${scopeWords(target, scope)}: срок уже ${ruDate(day)}` });
      continue;
    }
    toRecord.push(scope);
  }
  if (blocked.length > 0) {
    throw new FollowUpError('bad-request', `--to ${ruDate(day)} раньше действующего срока, а перенос только даёт больше времени — ${blocked.slice(0, 5).join('; ')}${blocked.length > 5 ? `; и ещё ${blocked.length - 5}` : ''}`);
  }
  // Only what is closed was named: a mistake to report, not a postponement that changed nothing.
  if (toRecord.length === 0 && closedParts > 0 && closedParts === unchanged.length) {
    throw new FollowUpError('bad-request', `${what}: ${unchanged.map((u) => u.why).join('; ')}`);
  }

  const recorded: OperationResult['recorded'] = [];
  const decision = { to: day, at: now.toISOString(), by: change.actor, reason: change.reason?.trim() ?? null };
  for (const scope of toRecord) {
    const postponement = await deps.store.recordPostponement(target.protocolKey, scope, decision, { now, actor: change.actor });
    recorded.push({ scope, postponement });
  }
  return finish(deps, target, 'postpone', recorded, unchanged);
}

/**
 * The occurrence a postponement moves: the one named, or the one due date of a one-off
 * assignment. An assignment without due dates has nothing to postpone, and a recurring
 * one is postponed one occurrence at a time.
 */
export function postponableOccurrence(target: Target, today: IsoDate): OccurrenceInfo {
  const { assignment, what } = target;
  const kind = assignment.deadline.kind;
  if (kind === 'none' || kind === 'continuous') throw new FollowUpError('bad-request', `у поручения (${what}) нет срока, который можно перенести (${deadlineWords(assignment)})`);
  if (kind === 'unparsed') {
    throw new FollowUpError('bad-request', `срок поручения (${what}) не распознан (${deadlineWords(assignment)}); исправьте его в протоколе и импортируйте файл заново`);
  }
  if (isRecurring(assignment) && target.occurrence === null) {
    const next = occurrencesUntil(target.stored.doc, assignment, addDays(today, 400)).find((o) => o.due >= today);
    throw new FollowUpError('bad-request', `поручение (${what}) повторяется (${assignment.deadline.text}): переносите по одному сроку, указав --occurrence <период>${next ? `, например --occurrence ${next.key} (срок ${ruDate(next.due)})` : ''}`);
  }
  const occurrence = target.occurrence ?? occurrencesUntil(target.stored.doc, assignment, today)[0];
  if (!occurrence) throw new FollowUpError('not-found', `у поручения (${what}) нет даты, которую можно перенести`);
  return occurrence;
}

async function close(deps: FollowUpDeps, ref: Reference, change: Change, how: CloseHow): Promise<OperationResult> {
  const now = deps.clock.now();
  const config = deps.config();
  const target = await resolveTarget(deps, config, ref, localDay(now, config.settings.timezone));
  const state = await deps.store.getPlanState(target.protocolKey);
  const item = target.assignment.item;
  const recorded: OperationResult['recorded'] = [];
  const unchanged: OperationResult['unchanged'] = [];
  const closure: Closure = { at: now.toISOString(), how, by: change.actor, reason: change.reason?.trim() || null };
  for (const scope of scopesOf(target)) {
    const earliest = earliestClosure(cellsOf(target, scope).map(({ part, occurrence }) => state.closure(item, part, occurrence)));
    if (earliest !== undefined) {
      unchanged.push({ scope, why: `${scopeWords(target, scope)}: уже ${closureWords(earliest, config)}` });
      continue;
    }
    const changed = await deps.store.recordClosure(target.protocolKey, scope, closure, { now, actor: change.actor });
    if (changed) recorded.push({ scope, closure });
    else unchanged.push({ scope, why: `${scopeWords(target, scope)}: в тот же момент закрыто другим запросом` });
  }
  return finish(deps, target, how === 'done' ? 'done' : 'cancel', recorded, unchanged);
}

async function finish(
  deps: FollowUpDeps,
  target: Target,
  action: OperationAction,
  recorded: OperationResult['recorded'],
  unchanged: OperationResult['unchanged'],
): Promise<OperationResult> {
  // Re-plan at once: the closed part's pending job goes, a postponed one gets its new ladder.
  const schedule = recorded.length > 0 ? await deps.scheduler.scheduleProtocol(target.protocolKey) : null;
  const lines: string[] = [];
  const verb = action === 'done' ? 'отмечено исполненным' : action === 'cancel' ? 'снято с контроля' : 'срок перенесён';
  for (const r of recorded) {
    const to = r.postponement ? ` на ${ruDate(r.postponement.to)} (перенос № ${r.postponement.sequence})` : '';
    lines.push(`${scopeWords(target, r.scope)}: ${verb}${to}`);
  }
  for (const u of unchanged) lines.push(`${u.why}; ничего не изменено`);
  const replan = schedule ? `перепланировано: снято ${countOf(schedule.removed, PENDING_STEPS)}, добавлено ${schedule.added}` : null;
  const head = `${target.what}${recorded.length === 0 ? '' : ` (${countOf(recorded.length, ENTRIES)}, ${recorded[0]?.closure?.by ?? recorded[0]?.postponement?.by ?? '?'})`}`;
  const message = [head, ...lines.map((l) => `  ${l}`), ...(replan ? [`  ${replan}`] : [])].join('\n');
  return { action, changed: recorded.length > 0, protocolKey: target.protocolKey, item: target.assignment.item, recorded, unchanged, schedule, message };
}

/** One scope per named part (or one for the whole assignment), narrowed to the occurrence when one is named. */
export function scopesOf(target: Target): StateScope[] {
  const item = target.assignment.item;
  const occurrence = target.occurrence !== null ? { occurrence: target.occurrence.key } : {};
  if (target.named === null) return [{ item, ...occurrence }];
  return target.named.map((part) => ({ item, part: part.key, ...occurrence }));
}

/**
 * An occurrence key no record names: looked up with it, the state answers only with
 * records for every occurrence (the assignment's, a part's).
 */
const EVERY_OCCURRENCE = '\u0000every';

/** The part-occurrences a scope covers, as the state is asked about them. */
function cellsOf(target: Target, scope: StateScope): Array<{ part: string; occurrence: string }> {
  const parts = scope.part !== undefined ? [scope.part] : target.parts.map((p) => p.key);
  const { assignment } = target;
  let occurrence: string;
  if (scope.occurrence !== undefined) occurrence = scope.occurrence;
  else if (isRecurring(assignment)) occurrence = EVERY_OCCURRENCE;
  else if (assignment.deadline.kind === 'none' || assignment.deadline.kind === 'continuous' || assignment.deadline.kind === 'unparsed') occurrence = '';
  // A one-off has its one occurrence whatever the window.
  else occurrence = occurrencesUntil(target.stored.doc, assignment, '9999-12-31')[0]?.key ?? '';
  return parts.map((part) => ({ part, occurrence }));
}

/** The closure that closes every cell (the latest of each cell's earliest), or undefined when one is open. */
function earliestClosure(closures: ReadonlyArray<Closure | null>): Closure | undefined {
  if (closures.length === 0 || closures.some((c) => c === null)) return undefined;
  return (closures as Closure[]).reduce((a, b) => (b.at > a.at ? b : a));
}

/** The planner's order for postponements: part-occurrence, occurrence, part, assignment; the first found wins. */
function overridden(records: StateRecords, item: string | null, part: string, occurrence: string, scope: StateScope): boolean {
  const order = [scopeField({ item, part, occurrence }), scopeField({ item, occurrence }), scopeField({ item, part }), scopeField({ item })];
  const own = order.indexOf(scopeField(scope.part !== undefined ? { ...scope, part } : scope));
  return order.slice(0, Math.max(own, 0)).some((field) => records.postponements.has(field));
}

function ownDue(state: PlanState, item: string | null, part: string, occurrence: string, due: IsoDate): string {
  const p = state.postponement(item, part, occurrence);
  return p ? `${ruDate(p.to)}, перенос № ${p.sequence}` : ruDate(due);
}

function scopeWords(target: Target, scope: StateScope): string {
  const occurrence = scope.occurrence !== undefined ? `срок ${scope.occurrence}${target.occurrence?.label ? ` (${target.occurrence.label})` : ''}` : null;
  const part = scope.part !== undefined ? partName(target, scope.part) : null;
  if (part && occurrence) return `${part}, ${occurrence}`;
  if (part) return part;
  if (occurrence) return `${occurrence}, все исполнители`;
  return `всё поручение (${countOf(target.parts.length, EXECUTORS)})`;
}

export function partName(target: Pick<Target, 'parts'>, key: string): string {
  const part = target.parts.find((p) => p.key === key);
  return part ? `${part.name} (${part.key})` : key;
}

/** «исполнено 2019-11-12 10:00, cli:ivanova («письмо № 12»)». */
export function closureWords(closure: Closure | null, config: SrokConfig): string {
  if (closure === null) return 'открыто';
  const how = closure.how === 'done' ? 'исполнено' : closure.how === 'cancelled' ? 'снято с контроля' : 'снято с контроля протоколом';
  return `${how} ${localInstant(closure.at, config.settings.timezone)}, ${closure.by}${closure.reason ? ` («${closure.reason}»)` : ''}`;
}

/** An ISO instant as 'YYYY-MM-DD HH:MM' in the office zone. */
export function localInstant(iso: string, zone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return `${localDay(instant, zone)} ${localTime(instant, zone)}`;
}

function hasText(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '';
}
