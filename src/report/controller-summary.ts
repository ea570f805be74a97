import type { MailLine } from '../mail/types.js';
import { ruDate } from '../plan/subject.js';
import { isDueSoon, sortRows } from './select.js';
import type { ReportController, ReportRow } from './types.js';

/**
 * What each controller is told: among the assignments they control, what is overdue
 * and what is due within `dueSoonDays` working days. Optional items («при наличии»)
 * are left out — nothing is owed, so there is nothing to control. One line per
 * assignment-occurrence, naming every executor whose part is in that state, so
 * 22 municipalities behind on one item make one line, not 22. Pure.
 */
export interface ControllerSummary {
  controller: ReportController;
  overdue: MailLine[];
  dueSoon: MailLine[];
}

export function controllerSummaries(rows: readonly ReportRow[], dueSoonDays: number): ControllerSummary[] {
  const byController = new Map<string, { controller: ReportController; overdue: ReportRow[]; dueSoon: ReportRow[] }>();
  for (const row of sortRows(rows)) {
    if (row.optional) continue;
    const overdue = row.overdue;
    if (!overdue && !isDueSoon(row, dueSoonDays)) continue;
    let entry = byController.get(row.controller.key);
    if (!entry) {
      entry = { controller: row.controller, overdue: [], dueSoon: [] };
      byController.set(row.controller.key, entry);
    }
    (overdue ? entry.overdue : entry.dueSoon).push(row);
  }
  return [...byController.values()]
    .map(({ controller, overdue, dueSoon }) => ({ controller, overdue: linesOf(overdue, 'overdue'), dueSoon: linesOf(dueSoon, 'reminder') }))
    .sort((a, b) => a.controller.key.localeCompare(b.controller.key));
}

/** «Сводка для контролёра: 3 просрочено, 1 скоро срок». */
export function summarySubject(summary: Pick<ControllerSummary, 'overdue' | 'dueSoon'>): string {
  return `Сводка для контролёра: ${summary.overdue.length} просрочено, ${summary.dueSoon.length} скоро срок`;
}

/** Rows of one state grouped by assignment-occurrence and deadline, in the order they come (overdue longest first). */
function linesOf(rows: readonly ReportRow[], kind: 'overdue' | 'reminder'): MailLine[] {
  const groups = new Map<string, ReportRow[]>();
  for (const row of rows) {
    const key = [row.protocol.key, row.item ?? '-', row.occurrence?.key ?? '', row.occurrence?.deadline ?? ''].join('\u0001');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].flatMap((group): MailLine[] => {
    const [first] = group;
    if (!first) return [];
    const deadline = first.occurrence?.deadline ?? null;
    const period = first.occurrence?.label ? `${first.occurrence.label}, ` : '';
    const names = group.map((row) => (row.part.role === 'co-executor' ? `${row.part.name} (соисполнитель)` : row.part.name));
    return [{
      kind,
      subject: `${protocolName(first)}${first.item !== null ? `, п. ${first.item}` : ''} — ${kind === 'overdue' ? 'просрочено' : 'скоро срок'}: ${period}срок ${deadline === null ? '—' : ruDate(deadline)}`,
      protocol: protocolName(first) + (first.protocol.body ? `, ${first.protocol.body}` : ''),
      item: first.item,
      text: first.text,
      deadline,
      daysLeft: first.daysLeft,
      optional: false,
      partName: names.join('; '),
      partCount: names.length,
    }];
  });
}

const ACTS: Record<string, string> = { protocol: 'Протокол', letter: 'Письмо', order: 'Приказ', resolution: 'Постановление', plan: 'План' };

/** «Протокол № 4/2019 от 30.10.2019», as the step lines of a digest name it. */
function protocolName(row: ReportRow): string {
  const { kind, number, date } = row.protocol;
  return [ACTS[kind] ?? 'Документ', number !== null ? `№ ${number}` : null, date !== null ? `от ${ruDate(date)}` : null].filter(Boolean).join(' ');
}
