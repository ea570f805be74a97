import { localDay, localTime } from '../calendar/index.js';
import { countOf, EXECUTORS, NEAREST, plural, WORKING_DAYS } from '../mail/plural.js';
import { daysPhrase } from '../mail/view.js';
import { ruDate } from '../plan/subject.js';
import { deadlineWords } from './csv.js';
import type { ExecutorRecord, ReportKind, ReportRow } from './types.js';

/**
 * The report for people: a heading that says what was asked and as of when, then one
 * line per row in fixed columns. The words for how a deadline stands are the mails'
 * own («просрочено на 3 рабочих дня»), so a report and a reminder never disagree.
 */
export function formatRows(rows: readonly ReportRow[], kind: ReportKind, now: Date, zone: string): string {
  const heading = `${kindTitle(kind)} на ${ruDate(localDay(now, zone))} ${localTime(now, zone)} (${zone}): ${rows.length}`;
  if (rows.length === 0) return `${heading}\n`;
  const overdue = rows.filter((row) => row.overdue).length;
  const lines = table(
    ['Состояние', 'Срок', 'Протокол', 'П.', 'Исполнитель', 'Поручение'],
    rows.map((row) => [standing(row), deadlineCell(row), protocolCell(row), row.item ?? '—', `${cut(row.part.name, 44)}${row.part.role === 'co-executor' ? ' (соисп.)' : ''}`, cut(row.text, 70)]),
  );
  const tally = kind.kind === 'open' && overdue > 0 ? `; просрочено ${overdue}` : '';
  return `${heading}${tally}\n\n${lines.join('\n')}\n`;
}

export function formatRecords(records: readonly ExecutorRecord[], now: Date, zone: string): string {
  const heading = `Исполнение в срок на ${ruDate(localDay(now, zone))} ${localTime(now, zone)} (${zone}): ${countOf(records.length, EXECUTORS)}`;
  if (records.length === 0) return `${heading}\n`;
  const lines = table(
    ['Исполнитель', 'В срок', 'С опозд.', 'Просрочено', 'Снято', 'Доля в срок'],
    records.map((r) => [cut(r.part.name, 60), String(r.onTime), String(r.late), String(r.overdue), String(r.closed), r.rate === null ? '—' : `${Math.round(r.rate * 100)}%`]),
  );
  const note = 'В срок / с опозданием: отмечено исполненным до или после окончания срока; снято: снято с контроля без признания исполненным.';
  return `${heading}\n\n${lines.join('\n')}\n\n${note}\n`;
}

function kindTitle(kind: ReportKind): string {
  switch (kind.kind) {
    case 'open':
      return 'Открытые поручения';
    case 'overdue':
      return 'Просроченные поручения';
    case 'dueSoon':
      return `Срок в ${plural(kind.days, NEAREST)} ${countOf(kind.days, WORKING_DAYS)}`;
  }
}

function standing(row: ReportRow): string {
  if (row.occurrence === null || row.daysLeft === null) return deadlineWords(row);
  return row.optional ? `${daysPhrase(row.daysLeft, true)} (при наличии)` : daysPhrase(row.daysLeft, false);
}

function deadlineCell(row: ReportRow): string {
  const occurrence = row.occurrence;
  if (occurrence === null) return '—';
  const day = ruDate(occurrence.deadline);
  const period = occurrence.label ? ` ${occurrence.label}` : '';
  return occurrence.postponedTo !== null ? `${day} (перенесён)${period}` : `${day}${period}`;
}

function protocolCell(row: ReportRow): string {
  const { number, date, body } = row.protocol;
  if (number !== null) return `№ ${number}${date ? ` от ${ruDate(date)}` : ''}`;
  // Without a number a protocol is known by its date and issuer.
  return cut(`${date ? `от ${ruDate(date)}, ` : ''}${body ?? row.protocol.key}`, 40);
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** Columns padded to their widest cell; the last one is left ragged. */
function table(header: readonly string[], cells: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)];
}
