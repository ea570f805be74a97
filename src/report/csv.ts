import type { ExecutorRecord, ReportRow } from './types.js';

/**
 * CSV as Russian Excel opens it with a double click: fields separated by semicolons (the
 * list separator of the Russian locale; a comma would put a whole row in one cell),
 * decimal commas, CRLF line ends, a field quoted when it holds a semicolon, a quote or a
 * line break, quotes doubled inside (RFC 4180 otherwise) — behind a UTF-8 byte order
 * mark: without it Excel reads the file as the local ANSI code page and the Cyrillic
 * comes out garbled. Dates are ISO (YYYY-MM-DD), which Excel and every other tool read
 * as dates. The same tables go to .xlsx (xlsx.ts) with the same columns.
 */
export const BOM = '\uFEFF';
export const SEPARATOR = ';';

export type Cell = string | number | boolean | null;

/** A report as a table: the header and one record per line, shared by CSV and .xlsx. */
export interface Table {
  header: readonly string[];
  records: ReadonlyArray<ReadonlyArray<Cell>>;
}

export function csvField(value: Cell): string {
  const text = value === null ? '' : typeof value === 'number' ? String(value).replace('.', ',') : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(header: readonly string[], records: ReadonlyArray<ReadonlyArray<Cell>>): string {
  return BOM + [header, ...records].map((fields) => fields.map(csvField).join(SEPARATOR)).join('\r\n') + '\r\n';
}

export function csvOf(table: Table): string {
  return csvDocument(table.header, table.records);
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
  return csvOf(rowsTable(rows));
}

export function rowsTable(rows: readonly ReportRow[]): Table {
  return {
    header: ROW_HEADER,
    records: rows.map((row) => [
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
  };
}

const RECORD_HEADER = ['Исполнитель', 'Код исполнителя', 'В срок', 'С опозданием', 'Просрочено', 'Снято с контроля', 'Доля в срок'] as const;

export function recordsCsv(records: readonly ExecutorRecord[]): string {
  return csvOf(recordsTable(records));
}

export function recordsTable(records: readonly ExecutorRecord[]): Table {
  return {
    header: RECORD_HEADER,
    records: records.map((r) => [r.part.name, r.part.ref, r.onTime, r.late, r.overdue, r.closed, r.rate === null ? null : Math.round(r.rate * 100) / 100]),
  };
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
