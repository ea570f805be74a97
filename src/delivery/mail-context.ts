import { createHash } from 'node:crypto';
import { localDay } from '../calendar/index.js';
import type { SrokConfig } from '../config/types.js';
import { partsOfRouted } from '../directory/index.js';
import type { Assignment, ParsedDocument } from '../domain.js';
import type { MailContext, MailLine } from '../mail/types.js';
import { partKey, type PlannedStep } from '../plan/index.js';
import { addresseeReason } from '../plan/addressee.js';
import { assignmentEntries, keptEntry, type ProtocolRouting } from '../records/routing.js';
import type { PlanState } from '../records/state.js';

/**
 * From a planned step and the stored protocol to what its mail says. The numbers that
 * depend on the moment of sending — working days left, who has done it — are worked
 * out here, at send time, not at planning time.
 */
export function findAssignment(doc: ParsedDocument, item: string | null): Assignment | null {
  return doc.assignments.find((a) => a.item === item) ?? null;
}

/** Recipient sets and thread keys recur mail after mail: their hashes are kept, a bounded number. */
const SHORT_HASHES = new Map<string, string>();
const SHORT_HASHES_KEPT = 4096;

export function shortHashOf(text: string): string {
  let hash = SHORT_HASHES.get(text);
  if (hash === undefined) {
    hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    if (SHORT_HASHES.size >= SHORT_HASHES_KEPT) SHORT_HASHES.clear();
    SHORT_HASHES.set(text, hash);
  }
  return hash;
}

/** The same for every mail about one assignment to one set of recipients: their mail client threads them. */
export function threadKeyOf(step: PlannedStep): string {
  const who = [...step.recipients.to].map((a) => a.toLowerCase()).sort().join(',');
  return `${step.protocol.key}.${step.item ?? '-'}.${shortHashOf(who)}`;
}

/** Working days from today (local) to the deadline; negative once it has passed. */
export function daysLeft(config: SrokConfig, now: Date, deadline: string, deadlineAt: string): number {
  const today = localDay(now, config.settings.timezone);
  if (now.getTime() > Date.parse(deadlineAt) && today >= deadline) {
    // Overdue: count the working days since the deadline, at least one.
    return -Math.max(1, config.calendar.workingDaysBetween(deadline, today));
  }
  return Math.max(0, config.calendar.workingDaysBetween(today, deadline));
}

export function protocolOf(doc: ParsedDocument): MailContext['protocol'] {
  const h = doc.protocol;
  return { number: h.number, date: h.date, body: h.body, title: h.title, kind: h.kind };
}

export function assignmentOf(a: Assignment): NonNullable<MailContext['assignment']> {
  return {
    item: a.item,
    text: a.text,
    recommendation: a.recommendation,
    optional: a.optional,
    executors: a.executors.map((e) => ({ name: e.name, role: e.role })),
    sendTo: a.sendTo.map((s) => ({ text: s.text, name: s.name, email: s.email })),
    emails: a.emails,
  };
}

/** Who has and has not done the occurrence, per part of the executors (co-executors are not owed a report). */
function summaryOf(step: PlannedStep, a: Assignment, entries: ReadonlyArray<string | null> | null, config: SrokConfig, state: PlanState): MailContext['summary'] {
  const occ = step.occurrence;
  if (!occ) return null;
  const rows: NonNullable<MailContext['summary']> = [];
  for (const [index, e] of a.executors.entries()) {
    if (e.role !== 'executor') continue;
    for (const part of partsOfRouted(keptEntry(entries, index), e.ref, e.text, config.directory, config.settings.operator.email)) {
      const closure = state.closure(a.item, partKey(part.ref, part.name), occ.key);
      const done = closure !== null && closure.how === 'done';
      rows.push({ name: part.name, done, doneAt: done ? closure.at : null });
    }
  }
  return rows;
}

export interface ContextInput {
  step: PlannedStep;
  doc: ParsedDocument;
  state: PlanState;
  /** The protocol's kept routing (null: a document never kept, whose executor phrases are matched). */
  routing: ProtocolRouting | null;
  config: SrokConfig;
  now: Date;
  threadRoot: string | null;
  links?: MailContext['links'];
}

export function stepMailContext({ step, doc, state, routing, config, now, threadRoot, links }: ContextInput): MailContext {
  const a = findAssignment(doc, step.item);
  const occ = step.occurrence;
  const deadline = occ ? a?.deadline : null;
  return {
    kind: step.kind,
    mailId: step.id,
    threadKey: threadKeyOf(step),
    threadRoot,
    to: [...step.recipients.to],
    cc: [...step.recipients.cc],
    subject: step.subject,
    now: now.toISOString(),
    protocol: protocolOf(doc),
    assignment: a ? assignmentOf(a) : null,
    occurrence: occ
      ? {
          label: occ.label,
          due: occ.due,
          deadline: occ.deadline,
          deadlineAt: occ.deadlineAt,
          time: deadline?.time ?? null,
          daysLeft: daysLeft(config, now, occ.deadline, occ.deadlineAt),
          sequence: occ.sequence,
          uid: occ.uid,
        }
      : null,
    part: step.part ? { name: step.part.name, role: step.part.role } : null,
    escalation: step.kind === 'escalation' ? { level: step.index, targetName: step.addressee.name } : null,
    addressee: { name: step.addressee.name, reason: addresseeReason(step.addressee) },
    summary: step.kind === 'summary' && a ? summaryOf(step, a, assignmentEntries(routing, doc, a), config, state) : null,
    lines: null,
    operatorNote:
      step.kind === 'operator'
        ? `Срок пункта ${step.item ?? '—'} не распознан: «${a?.deadline.text ?? ''}». Установите срок командой srok postpone или исправьте протокол и импортируйте его заново; до тех пор исполнителям ничего не отправляется.${fallbackNote(step, config)}`
        : null,
    links: links ?? null,
  };
}

/**
 * A step planned on the fallback rules (no calendar file for its year) says so to the
 * operator: its day may move once the Government's decree on days off is added.
 */
export function fallbackNote(step: PlannedStep, config: SrokConfig): string {
  if (step.calendar !== 'fallback') return '';
  const days = [step.localAt.slice(0, 10), ...(step.occurrence ? [step.occurrence.deadline] : [])];
  const years = [...new Set(days.filter((d) => config.calendar.knowledge(d) === 'fallback').map((d) => d.slice(0, 4)))].sort();
  const which = years.length === 1 ? `на ${years[0]} год` : `на ${years.join(' и ')} годы`;
  return ` Это письмо запланировано без производственного календаря ${which}: учтены только выходные и праздники ст. 112 ТК РФ; добавьте файл календаря, когда выйдет постановление о переносе выходных дней.`;
}

/** One line of a digest or catch-up mail standing for a step. */
export function stepLine(step: PlannedStep, doc: ParsedDocument, config: SrokConfig, now: Date): MailLine {
  const a = findAssignment(doc, step.item);
  const h = doc.protocol;
  const date = h.date ? `${h.date.slice(8, 10)}.${h.date.slice(5, 7)}.${h.date.slice(0, 4)}` : null;
  const protocol = [h.kind === 'letter' ? 'Письмо' : 'Протокол', h.number ? `№ ${h.number}` : null, date ? `от ${date}` : null]
    .filter(Boolean)
    .join(' ');
  return {
    kind: step.kind,
    subject: step.subject,
    protocol: h.body ? `${protocol}, ${h.body}` : protocol,
    item: step.item,
    text: a?.text ?? '',
    deadline: step.occurrence?.deadline ?? null,
    daysLeft: step.occurrence ? daysLeft(config, now, step.occurrence.deadline, step.occurrence.deadlineAt) : null,
    optional: step.optional,
    partName: step.part?.name ?? null,
  };
}
