import type { SrokConfig } from '../config/types.js';
import { partsOfRouted } from '../directory/index.js';
import type { ParseWarning } from '../domain.js';
import { planImported, type PlannedStep } from '../plan/index.js';
import { keptEntry, routedEntries, type Routings } from '../records/routing.js';
import type { Store } from '../store/index.js';
import { describeChange } from '../corrections/corrections.js';
import { ruDate, titleOf } from './title.js';
import type { Correction, ReviewState } from '../corrections/types.js';

/** What a review shows of one protocol: what srok understood, what needs a look, the corrections, the plan. */
export interface ReviewReport {
  key: string;
  title: string;
  number: string | null;
  version: number;
  review: ReviewState | null;
  waits: boolean;
  warnings: ParseWarning[];
  assignments: Array<{
    item: string | null;
    line: number;
    text: string;
    recommendation: boolean;
    executors: Array<{ text: string; name: string; ref: string | null; matched: boolean; emails: string[] }>;
    deadline: { kind: string; text: string; date: string | null };
    sendTo: string[];
    emails: string[];
  }>;
  items: Array<{ item: string | null; line: number; kind: string; text: string }>;
  corrections: Correction[];
  /** The plan from now (or, for a waiting protocol, what approving now would queue), first steps first. */
  plan: PlannedStep[];
  lines: string[] | null;
}

export async function reviewReport(deps: { store: Store; routings: Routings; config: () => SrokConfig }, key: string, now: Date, options: { planSteps?: number } = {}): Promise<ReviewReport | null> {
  const { store } = deps;
  const config = deps.config();
  const { stored, state, review, routing: kept } = await store.getProtocolWithState(key, { tracks: false });
  if (!stored) return null;
  const doc = stored.doc;
  // What approving would send, routed as the scheduler routes: the kept routing, made again only when its basis changed.
  const routing = await deps.routings.routingOf(stored, kept);
  const entries = routedEntries(routing, doc);
  const plan = planImported(stored, config, state, now, { routing }, 400 * 24 * 3600 * 1000).steps.slice(0, options.planSteps ?? 60);
  return {
    key,
    title: titleOf(doc),
    number: doc.protocol.number,
    version: stored.version,
    review,
    waits: review?.state === 'waiting',
    warnings: doc.warnings,
    assignments: doc.assignments.map((a, i) => ({
      item: a.item,
      line: a.line,
      text: a.text,
      recommendation: a.recommendation,
      executors: a.executors.map((e, j) => {
        const parts = partsOfRouted(keptEntry(entries?.[i] ?? null, j), e.ref, e.text, config.directory, config.settings.operator.email);
        return { text: e.text, name: e.name, ref: parts[0]?.ref ?? e.ref, matched: !parts.some((p) => p.unmatched), emails: [...new Set(parts.flatMap((p) => p.emails))] };
      }),
      deadline: { kind: a.deadline.kind, text: a.deadline.text, date: a.deadline.date ?? a.deadline.firstDue },
      sendTo: a.sendTo.map((s) => s.name ?? s.email ?? s.text),
      emails: a.emails,
    })),
    items: doc.items.map((i) => ({ item: i.item, line: i.line, kind: i.kind, text: i.text })),
    corrections: stored.corrections ?? [],
    plan,
    lines: await store.getText(key),
  };
}

const KIND_RU: Record<string, string> = {
  reminder: 'напоминание',
  overdue: 'просрочка',
  escalation: 'эскалация',
  status: 'запрос статуса',
  summary: 'сводка',
  operator: 'оператору',
};

export function deadlineWords(d: ReviewReport['assignments'][number]['deadline']): string {
  if (d.kind === 'date' || d.kind === 'relative' || d.kind === 'period') return d.date ? `до ${ruDate(d.date)}${d.text ? ` («${d.text}»)` : ''}` : d.text;
  if (d.kind === 'recurring') return `повторяется: «${d.text}»${d.date ? `, первый срок ${ruDate(d.date)}` : ''}`;
  if (d.kind === 'continuous') return 'постоянно';
  if (d.kind === 'none') return 'без срока';
  return `не распознан: «${d.text}»`;
}

/** `srok review PROTOCOL`, in Russian. */
export function formatReviewReport(r: ReviewReport): string {
  const out: string[] = [`${r.title} (${r.key}, редакция ${r.version})`];
  if (r.waits) out.push(`Ждёт проверки с ${ruDate(r.review!.since.slice(0, 10))}: ничего не отправляется, пока протокол не одобрен (srok approve ${r.number ?? r.key}).`);
  else if (r.review?.state === 'approved') out.push(`Одобрен: ${r.review.by ?? '?'}, ${r.review.at?.slice(0, 16).replace('T', ' ') ?? ''}.`);
  out.push('', 'Что понято:');
  for (const a of r.assignments) {
    const text = a.text.replace(/\s+/gu, ' ');
    out.push(`  п. ${a.item ?? '—'} (строка ${a.line})${a.recommendation ? ' [рекомендация]' : ''}: ${text.length > 110 ? `${text.slice(0, 110)}…` : text}`);
    for (const e of a.executors) out.push(`      исполнитель: ${e.name}${e.matched ? ` [${e.ref ?? ''}] → ${e.emails.join(', ')}` : ' [нет в справочнике] → оператору'}`);
    if (a.executors.length === 0) out.push('      исполнитель не назван → оператору');
    out.push(`      срок: ${deadlineWords(a.deadline)}`);
    if (a.sendTo.length > 0) out.push(`      результат направить: ${a.sendTo.join('; ')}`);
    if (a.emails.length > 0) out.push(`      адреса: ${a.emails.join(', ')}`);
  }
  if (r.assignments.length === 0) out.push('  поручений нет');
  out.push('', r.warnings.length > 0 ? 'Что проверить:' : 'Замечаний нет.');
  for (const w of r.warnings) out.push(`  ${w.line === null ? '' : `строка ${w.line}: `}${w.message}`);
  if (r.corrections.length > 0) {
    out.push('', 'Исправления:');
    for (const c of r.corrections) out.push(`  ${c.item !== null ? `п. ${c.item}` : `строка ${c.line}`}: ${describeChange(c.change)} — ${c.by}, ${c.at.slice(0, 16).replace('T', ' ')}${c.stale ? ` — НЕ ПРИМЕНЕНО: ${c.stale}` : ''}`);
  }
  out.push('', r.plan.length > 0 ? (r.waits ? 'План (уйдёт после одобрения):' : 'План:') : 'План пуст.');
  for (const s of r.plan.slice(0, 20)) out.push(`  ${s.localAt}  ${(KIND_RU[s.kind] ?? s.kind).padEnd(15)} п. ${s.item ?? '—'}  → ${s.recipients.to.join(', ')}`);
  if (r.plan.length > 20) out.push(`  … и ещё ${r.plan.length - 20}`);
  out.push('', 'Исправить: srok fix \'<протокол> п.<пункт>\' --executor ID | --deadline \'текст\' | --not-assignment | --kind KIND | --recommendation | --no-recommendation');
  return `${out.join('\n')}\n`;
}
