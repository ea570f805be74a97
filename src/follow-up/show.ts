import { addDays, localDay, officeInstant } from '../calendar/index.js';
import type { SrokConfig } from '../config/types.js';
import type { DeadlineKind, IsoDate, ParsedDocument } from '../domain.js';
import { EMPTY_STATE, planDocument, planStateOf, scopeField, type PlanState, type PlannedStep, type Postponement, type StateRecords, type StateScope, type StepKind } from '../plan/index.js';
import { itemSegment, trackSegments } from '../plan/step-id.js';
import { ruDate } from '../plan/subject.js';
import { assignmentEntries, type ProtocolRouting } from '../records/routing.js';
import type { AuditEntry, LedgerEntry, StoredProtocol, TrackNext } from '../store/index.js';
import { isRecurring, occurrencesUntil, type OccurrenceInfo } from './occurrence-list.js';
import { localInstant, type FollowUpDeps } from './operations.js';
import { partsOf, type AssignmentPart } from './parts.js';
import { actName, resolveAssignment, type Reference } from './reference.js';
import { controllerAddresses, listRequests, type PostponementRequest } from './requests.js';

/**
 * `srok show`: one assignment as it stands — its text and deadline, each part's state
 * per occurrence, what was sent (the ledger), the next step of each track, the
 * postponement requests and the history. showAssignment reads; assembleReport and
 * formatReport are pure.
 */
export type CellState =
  | { state: 'open' }
  | { state: 'done' | 'closed' | 'cancelled'; at: string; by: string; reason: string | null }
  | { state: 'postponed'; to: IsoDate; sequence: number; at: string; by: string; reason: string | null };

export interface CellReport {
  /** The occurrence key; null for an assignment without due dates. */
  occurrence: string | null;
  label: string;
  /** The due day in force: as written, or as postponed. */
  due: IsoDate | null;
  state: CellState;
}

export interface PartReport {
  key: string;
  ref: string | null;
  name: string;
  role: 'executor' | 'co-executor';
  cells: CellReport[];
}

export interface SentReport {
  stepId: string;
  kind: StepKind;
  /** The part key; 'summary' / 'operator' for the item's own mails. */
  part: string;
  occurrence: string | null;
  plannedAt: string;
  state: LedgerEntry['state'];
  /** When the ledger last changed: the sending time of a sent mail. */
  at: string | null;
  reason: string | null;
}

export interface PendingReport {
  track: string;
  part: string;
  occurrence: string;
  stepId: string;
  kind: StepKind | null;
  at: string;
}

export interface AssignmentReport {
  protocol: { key: string; name: string; number: string | null; date: IsoDate | null; body: string | null; title: string | null };
  item: string | null;
  text: string;
  recommendation: boolean;
  optional: boolean;
  deadline: { kind: DeadlineKind; text: string; date: IsoDate | null };
  /** Where results go: the addresses written in the item. */
  sendTo: string[];
  /** Where escalations and postponement requests go. */
  controller: string[];
  parts: PartReport[];
  /** Earlier occurrences of a recurring assignment with nothing recorded, not listed. */
  earlierOccurrences: number;
  sent: SentReport[];
  pending: PendingReport[];
  requests: PostponementRequest[];
  history: AuditEntry[];
  /** ISO instant the report is for, and the zone its times are shown in. */
  now: string;
  zone: string;
}

export async function showAssignment(deps: Omit<FollowUpDeps, 'scheduler'>, ref: Reference): Promise<AssignmentReport> {
  const now = deps.clock.now();
  const config = deps.config();
  const { protocolKey, stored, assignment } = await resolveAssignment(deps.store, ref);
  const [routing, records, audit, tracks, requests] = await Promise.all([
    deps.routings.routingOf(stored),
    deps.store.getStateRecords(protocolKey),
    deps.store.getAudit(protocolKey),
    deps.store.getTracks(protocolKey),
    listRequests(deps, protocolKey),
  ]);
  const candidates = sentCandidates(stored, routing, config, records, audit, assignment.item, now);
  const ledger = await deps.store.ledger.getMany([...candidates.keys()]);
  return assembleReport({ stored, routing, item: assignment.item, config, records, audit, tracks, requests, ledger, candidates, now });
}

export interface ReportInput {
  stored: StoredProtocol;
  /** Its kept routing (Routings; null: its executor phrases are matched). */
  routing: ProtocolRouting | null;
  item: string | null;
  config: SrokConfig;
  records: StateRecords;
  audit: AuditEntry[];
  tracks: Map<string, TrackNext>;
  requests: PostponementRequest[];
  ledger: LedgerEntry[];
  /** The steps whose ledger entries were read, by id. */
  candidates: Map<string, PlannedStep>;
  now: Date;
}

/** Of a recurring assignment: the occurrences that came due before today listed at most, with the next one. */
const RECENT_OCCURRENCES = 3;

export function assembleReport(input: ReportInput): AssignmentReport {
  const { stored, config, records, now } = input;
  const { doc } = stored;
  const assignment = doc.assignments.find((a) => a.item === input.item);
  if (!assignment) throw new RangeError(`item ${input.item ?? '(unnumbered)'} is not an assignment of ${stored.key}`);
  const zone = config.settings.timezone;
  const today = localDay(now, zone);
  const state = planStateOf(records);
  const { shown, earlier } = occurrencesShown(doc, assignment, records, today);
  const parts = partsOf(assignment, config, assignmentEntries(input.routing, doc, assignment)).map((part) => partReport(part, shown, state, assignment.item));

  const sent = input.ledger
    .map((entry): SentReport | null => {
      const step = input.candidates.get(entry.mailId);
      if (!step) return null;
      return {
        stepId: entry.mailId,
        kind: step.kind,
        part: trackSegments(step.track).part,
        occurrence: step.occurrence?.key ?? null,
        plannedAt: step.at,
        state: entry.state,
        at: entry.updatedAt,
        reason: entry.reason,
      };
    })
    .filter((s): s is SentReport => s !== null)
    .sort((a, b) => (a.at ?? a.plannedAt).localeCompare(b.at ?? b.plannedAt) || a.stepId.localeCompare(b.stepId));

  const prefixes = itemPrefixes(stored.key, assignment.item, assignment.line);
  const pending = [...input.tracks]
    .filter(([track]) => prefixes.some((p) => track.startsWith(p)))
    .map(([track, next]): PendingReport => {
      const { part, occurrence } = trackSegments(track);
      return { track, part, occurrence, stepId: next.stepId, kind: kindOfStepId(next.stepId), at: next.at };
    })
    .sort((a, b) => a.at.localeCompare(b.at) || a.track.localeCompare(b.track));

  const h = doc.protocol;
  return {
    protocol: { key: stored.key, name: actName(h), number: h.number, date: h.date, body: h.body, title: h.title },
    item: assignment.item,
    text: assignment.text,
    recommendation: assignment.recommendation,
    optional: assignment.optional,
    deadline: { kind: assignment.deadline.kind, text: assignment.deadline.text, date: assignment.deadline.date },
    sendTo: [...new Set([...assignment.emails, ...assignment.sendTo.flatMap((s) => (s.email !== null ? [s.email] : []))])],
    controller: controllerAddresses(doc, config),
    parts,
    earlierOccurrences: earlier,
    sent,
    pending,
    requests: input.requests.filter((r) => r.item === assignment.item),
    history: input.audit.filter((e) => e.scope === undefined || e.scope.item === assignment.item),
    now: now.toISOString(),
    zone,
  };
}

/**
 * The ids a mail about this item may have been sent under, from the protocol's date to
 * `now`: the plan as imported, as it stands, and under each postponement the history
 * records (every one gave its part-occurrences new ids).
 */
export function sentCandidates(stored: StoredProtocol, routing: ProtocolRouting | null, config: SrokConfig, records: StateRecords, audit: readonly AuditEntry[], item: string | null, now: Date): Map<string, PlannedStep> {
  const zone = config.settings.timezone;
  const { doc } = stored;
  const start = doc.protocol.date !== null ? officeInstant(doc.protocol.date, '00:00', zone) : new Date(stored.importedAt);
  if (start.getTime() > now.getTime()) return new Map();
  const states: PlanState[] = [EMPTY_STATE, planStateOf(records)];
  for (const entry of audit) {
    const p = postponementOfEntry(entry);
    if (p === null || entry.scope?.item !== item) continue;
    states.push(planStateOf({ closures: new Map(), postponements: new Map([[scopeField(p.scope), p.postponement]]) }));
  }
  const steps = new Map<string, PlannedStep>();
  for (const state of states) {
    const plan = planDocument(doc, config, { now: start, until: now }, { state, only: { item }, ...(routing !== null ? { routing } : {}) });
    for (const step of plan.steps) if (!steps.has(step.id)) steps.set(step.id, step);
  }
  return steps;
}

function postponementOfEntry(entry: AuditEntry): { scope: StateScope; postponement: Postponement } | null {
  if (entry.action !== 'postpone' || entry.scope === undefined) return null;
  const to = entry.detail?.['to'];
  const sequence = entry.detail?.['sequence'];
  if (typeof to !== 'string' || typeof sequence !== 'number') return null;
  return { scope: entry.scope, postponement: { to, sequence, at: entry.at, by: entry.actor, reason: null } };
}

function occurrencesShown(doc: ParsedDocument, assignment: ParsedDocument['assignments'][number], records: StateRecords, today: IsoDate): { shown: Array<OccurrenceInfo | null>; earlier: number } {
  const kind = assignment.deadline.kind;
  if (kind === 'none' || kind === 'continuous' || kind === 'unparsed') return { shown: [null], earlier: 0 };
  const all = occurrencesUntil(doc, assignment, addDays(today, 400));
  if (!isRecurring(assignment)) return { shown: all.slice(0, 1), earlier: 0 };
  const next = all.findIndex((o) => o.due >= today);
  const end = next < 0 ? all.length : next + 1;
  const begin = Math.max(0, end - 1 - RECENT_OCCURRENCES);
  // An occurrence something was recorded for is shown whenever it fell.
  const recorded = new Set<string>();
  for (const field of [...records.closures.keys(), ...records.postponements.keys()]) {
    const segments = field.split('|');
    if (segments[0] === 'o') recorded.add(segments[2] ?? '');
    if (segments[0] === 'po') recorded.add(segments[3] ?? '');
  }
  const shown = all.filter((o, i) => (i >= begin && i < end) || recorded.has(o.key));
  return { shown, earlier: all.slice(0, begin).filter((o) => !recorded.has(o.key)).length };
}

function partReport(part: AssignmentPart, occurrences: ReadonlyArray<OccurrenceInfo | null>, state: PlanState, item: string | null): PartReport {
  const cells = occurrences.map((occurrence): CellReport => {
    const key = occurrence?.key ?? '';
    const closure = state.closure(item, part.key, key);
    const moved = state.postponement(item, part.key, key);
    const due = moved?.to ?? occurrence?.due ?? null;
    const base = { occurrence: occurrence?.key ?? null, label: occurrence?.label ?? '', due };
    if (closure) return { ...base, state: { state: closure.how, at: closure.at, by: closure.by, reason: closure.reason } };
    if (moved) return { ...base, state: { state: 'postponed', to: moved.to, sequence: moved.sequence, at: moved.at, by: moved.by, reason: moved.reason } };
    return { ...base, state: { state: 'open' } };
  });
  return { key: part.key, ref: part.ref, name: part.name, role: part.role, cells };
}

/** The item's tracks start with these (an item number written twice gets its line added, as the planner does). */
function itemPrefixes(key: string, item: string | null, line: number): string[] {
  const segment = itemSegment(item, line);
  return [`${key}.${segment}.`, `${key}.${segment}-l${line}.`];
}

/** The kind of a step from its tag ('r-3wd', 'overdue', 'e2', 's0', 'n3', 'set-…', with '.v1' after a postponement). */
export function kindOfStepId(stepId: string): StepKind | null {
  const tag = stepId.split('.')[4] ?? '';
  if (tag.startsWith('r-')) return 'reminder';
  if (tag === 'overdue') return 'overdue';
  if (/^e\d+$/.test(tag)) return 'escalation';
  if (/^s\d+$/.test(tag)) return 'summary';
  if (/^n\d+$/.test(tag)) return 'status';
  if (tag.startsWith('set-')) return 'operator';
  return null;
}

// Formatting: pure, for people.

export function formatReport(report: AssignmentReport): string {
  const { zone } = report;
  const at = (iso: string | null) => (iso === null ? '—' : localInstant(iso, zone));
  const out: string[] = [];
  out.push(`${capital(report.protocol.name)}${report.protocol.body ? ` — ${report.protocol.body}` : ''}`);
  out.push(`  ключ ${report.protocol.key}`);
  const flags = [report.recommendation ? 'рекомендация' : null, report.optional ? 'при наличии' : null].filter(Boolean).join(', ');
  out.push(`п. ${report.item ?? '—'}${flags ? ` (${flags})` : ''}`);
  out.push(`  ${report.text.replace(/\s*\n\s*/gu, '\n  ')}`);
  out.push(`  срок: ${deadlineLine(report)}`);
  if (report.sendTo.length > 0) out.push(`  куда направить результат: ${report.sendTo.join(', ')}`);
  out.push(`  контролёр: ${report.controller.join(', ') || '—'}`);

  out.push('', `${report.parts.length > 1 ? 'Исполнители' : 'Исполнитель'} (${report.parts.length}):`);
  const width = Math.max(...report.parts.map((p) => p.key.length), 4);
  const single = report.parts.every((p) => p.cells.length <= 1);
  for (const part of report.parts) {
    const head = `  ${part.key.padEnd(width)}  ${part.name}${part.role === 'co-executor' ? ' (соисполнитель)' : ''}`;
    if (single) {
      const cell = part.cells[0];
      out.push(`${head} — ${cell ? cellWords(cell, zone) : 'открыто'}`);
      continue;
    }
    out.push(head);
    for (const cell of part.cells) out.push(`      ${cell.occurrence ?? '—'}${cell.label ? ` ${cell.label}` : ''}, срок ${cell.due ? ruDate(cell.due) : '—'}: ${cellWords(cell, zone)}`);
  }
  if (report.earlierOccurrences > 0) out.push(`  (не показаны более ранние сроки без отметок: ${report.earlierOccurrences})`);

  out.push('', `Отправлено (${report.sent.length}):`);
  if (report.sent.length === 0) out.push('  пока ничего');
  for (const s of report.sent) {
    const what = s.state === 'sent' ? 'отправлено' : s.state === 'failed' ? `НЕ ДОСТАВЛЕНО: ${s.reason ?? 'причина не записана'}` : s.state === 'sending' ? 'отправляется' : 'будет повторено';
    out.push(`  ${at(s.at ?? s.plannedAt)}  ${(STEP_WORDS[s.kind] ?? s.kind).padEnd(12)}  ${s.part.padEnd(width)}  ${(s.occurrence ?? '').padEnd(10)}  ${stepTag(s.stepId).padEnd(12)}  ${what}`);
  }

  out.push('', `Следующие письма (${report.pending.length}):`);
  if (report.pending.length === 0) out.push('  нет: больше ничего не запланировано');
  for (const p of report.pending) {
    out.push(`  ${at(p.at)}  ${(p.kind ? (STEP_WORDS[p.kind] ?? p.kind) : 'письмо').padEnd(12)}  ${p.part.padEnd(width)}  ${p.occurrence.padEnd(10)}  ${stepTag(p.stepId)}`);
  }

  if (report.requests.length > 0) {
    out.push('', `Запросы на перенос срока (${report.requests.length}):`);
    for (const r of report.requests) {
      const asked = r.to !== null ? `на ${ruDate(r.to)}` : 'без новой даты';
      const decided =
        r.status === 'open'
          ? `ЖДЁТ РЕШЕНИЯ — srok postpone --request ${r.id}`
          : `${r.status === 'accepted' ? 'согласовано' : 'отказано'} ${at(r.decidedAt)}, ${r.decidedBy ?? '?'}${r.decidedTo ? `, новый срок ${ruDate(r.decidedTo)}` : ''}`;
      out.push(`  ${r.id}  ${at(r.requestedAt)}  ${r.partName} (${r.part}) просит перенести ${asked}${r.reason ? ` («${r.reason}»)` : ''}, ${r.requestedBy}: ${decided}`);
    }
  }

  out.push('', 'История:');
  for (const e of report.history) out.push(`  ${at(e.at)}  ${e.actor}  ${historyWords(e)}`);
  return `${out.join('\n')}\n`;
}

function deadlineLine(report: AssignmentReport): string {
  const { deadline } = report;
  if (deadline.kind === 'none') return 'не установлен';
  const written = deadline.text ? `«${deadline.text}»` : '';
  return deadline.date !== null ? `${written} → ${ruDate(deadline.date)}` : `${written} (${DEADLINE_KINDS[deadline.kind] ?? deadline.kind})`;
}

export function cellWords(cell: CellReport, zone: string): string {
  const s = cell.state;
  const why = (reason: string | null) => (reason ? ` («${reason}»)` : '');
  switch (s.state) {
    case 'open':
      return 'открыто';
    case 'postponed':
      return `срок перенесён на ${ruDate(s.to)} (перенос № ${s.sequence}) ${localInstant(s.at, zone)}, ${s.by}${why(s.reason)}`;
    default:
      return `${CELL_STATES[s.state] ?? s.state} ${localInstant(s.at, zone)}, ${s.by}${why(s.reason)}`;
  }
}

/** One history entry in Russian words, as `srok show` and the protocol page list it. */
export function historyWords(e: AuditEntry): string {
  const scope = e.scope ? [e.scope.item ? `п. ${e.scope.item}` : null, e.scope.part, e.scope.occurrence].filter(Boolean).join(' ') || 'всё поручение' : '';
  const d = e.detail ?? {};
  const reason = typeof d['reason'] === 'string' && d['reason'] !== '' ? ` «${d['reason']}»` : '';
  const to = typeof d['to'] === 'string' ? ` → ${ruDate(d['to'])}` : '';
  const request = String(d['request'] ?? '?');
  switch (e.action) {
    case 'import':
      return `импорт${typeof d['file'] === 'string' ? ` ${d['file']}` : ''}`;
    case 'close':
      return `${CLOSE_WORDS[String(d['how'] ?? '')] ?? 'закрыто'}: ${scope}${reason}`;
    case 'postpone':
      return `срок перенесён: ${scope}${to}${typeof d['sequence'] === 'number' ? ` (перенос № ${d['sequence']})` : ''}${reason}`;
    case 'postpone-request':
      return `просьба перенести срок (запрос ${request}): ${scope}${to}${reason}`;
    case 'postpone-request-accepted':
      return `перенос согласован (запрос ${request}): ${scope}${to}${reason}`;
    case 'postpone-request-refused':
      return `в переносе отказано (запрос ${request}): ${scope}${reason}`;
    case 'review-wait':
      return `ждёт проверки оператором${typeof d['reasons'] === 'number' ? ` (замечаний: ${d['reasons']})` : ''}`;
    case 'approve':
      return 'проверено и одобрено: письма поставлены в расписание';
    case 'correct':
      return `исправлено при проверке: ${scope || `строка ${String(d['line'] ?? '?')}`} — ${CORRECTION_WORDS[String(d['what'] ?? '')] ?? String(d['what'] ?? '')}${typeof d['remembered'] === 'string' ? ` (запомнено «${d['remembered']}»)` : ''}`;
    default:
      return `${e.action}${scope ? `: ${scope}` : ''}`;
  }
}

const DEADLINE_KINDS: Record<string, string> = { recurring: 'повторяется', continuous: 'постоянно', unparsed: 'не распознан', relative: 'относительный', date: 'дата' };

/** The step kinds as the plan and the page name them, short enough for a column. */
const STEP_WORDS: Record<string, string> = { reminder: 'напоминание', overdue: 'просрочка', escalation: 'эскалация', status: 'запрос', summary: 'сводка', operator: 'оператору' };

const CELL_STATES: Record<string, string> = { done: 'исполнено', cancelled: 'снято с контроля', closed: 'снято с контроля протоколом' };

const CORRECTION_WORDS: Record<string, string> = {
  executor: 'исполнитель',
  deadline: 'срок',
  'not-assignment': 'не поручение',
  assignment: 'сделано поручением',
  kind: 'вид пункта',
  recommendation: 'рекомендация',
};

const CLOSE_WORDS: Record<string, string> = { done: 'исполнено', cancelled: 'снято с контроля', closed: 'снято с контроля протоколом' };

/** The step of an id without its track: 'r-3wd', 'e2.v1' (the JSON has the whole id). */
function stepTag(stepId: string): string {
  return stepId.split('.').slice(4).join('.');
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
