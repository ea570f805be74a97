import type { ExecutorRecord, ReportRow } from './types.js';

/**
 * CSV as RFC 4180 writes it — comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled inside — behind a UTF-8 byte
 * order mark: without it Excel reads the file as the local ANSI code page and the
 * Cyrillic comes out garbled. Dates are ISO (YYYY-MM-DD), which Excel and every other
 * tool read as dates.
 */
export const BOM = '\uFEFF';

export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(header: readonly string[], records: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): string {
  return BOM + [header, ...records].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const ROW_HEADER = [
  'Протокол',
  'Дата протокола',
  'Орган',
  'Ключ протокола',
  'Пункт',
  'Текст',
  'Исполнитель',
  'Код исполнителя',
  'Роль',
  'Период',
  'Срок по протоколу',
  'Перенесён на',
  'Срок',
  'Состояние',
  'Рабочих дней до срока',
  'Просрочено',
  'При наличии',
  'Контролёр',
] as const;

const STATES: Record<ReportRow['state'], string> = { open: 'открыто', done: 'исполнено', closed: 'снято с контроля', cancelled: 'отменено' };

export function rowsCsv(rows: readonly ReportRow[]): string {
  return csvDocument(
    ROW_HEADER,
    rows.map((row) => [
      row.protocol.number,
      row.protocol.date,
      row.protocol.body,
      row.protocol.key,
      row.item,
      row.text,
      row.part.name,
      row.part.ref,
      row.part.role === 'executor' ? 'исполнитель' : 'соисполнитель',
      row.occurrence?.label || null,
      row.occurrence?.due ?? deadlineWords(row),
      row.occurrence?.postponedTo ?? null,
      row.occurrence?.deadline ?? null,
      STATES[row.state],
      row.daysLeft,
      row.overdue ? 'да' : 'нет',
      row.optional ? 'да' : 'нет',
      row.controller.name,
    ]),
  );
}

const RECORD_HEADER = ['Исполнитель', 'Код исполнителя', 'В срок', 'С опозданием', 'Просрочено', 'Снято с контроля', 'Доля в срок'] as const;

export function recordsCsv(records: readonly ExecutorRecord[]): string {
  return csvDocument(
    RECORD_HEADER,
    records.map((r) => [r.part.name, r.part.ref, r.onTime, r.late, r.overdue, r.closed, r.rate === null ? null : r.rate.toFixed(2)]),
  );
}

/** How a deadline without due dates is written in a table: «без срока», «постоянно», «не распознан: …». */
export function deadlineWords(row: Pick<ReportRow, 'deadline'>): string {
  switch (row.deadline.kind) {
    case 'none':
      return 'без срока';
    case 'continuous':
      return 'постоянно';
    case 'unparsed':
      return `срок не распознан: «${row.deadline.text}»`;
    default:
      return row.deadline.text;
  }
}
