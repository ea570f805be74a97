import path from 'node:path';
import type { FileImport, ImportSummary } from '../import.js';
import { ASSIGNMENTS, countOf, plural, type PluralForms } from '../mail/plural.js';

/**
 * What an import tells, per file: what was understood (assignments, parts), what
 * needs a look (executors outside the directory, deadlines srok could not read, with
 * their lines), whether the protocol waits for review, and why a file failed. The
 * same report serves `srok import` (Russian text and --json) and the inbox's log.
 */
export interface FileReport {
  file: string;
  status: 'new' | 'updated' | 'unchanged' | 'failed';
  protocol: string | null;
  /** How an operator names it in `srok review`, `srok approve`: its number, else its key. */
  ref: string | null;
  title: string | null;
  version: number | null;
  assignments: number;
  parts: number;
  scheduled: number;
  unmatchedExecutors: string[];
  unreadableDeadlines: Array<{ line: number | null; message: string }>;
  /** Every warning, after the operators' corrections. */
  warnings: Array<{ line: number | null; code: string; message: string }>;
  waitsForReview: boolean;
  /** failed: why, with the file named. */
  error: string | null;
  line: number | null;
}

const DEADLINE_CODES = new Set(['deadline_vague', 'deadline_unparsed', 'date_invalid']);

export function fileReport(f: FileImport): FileReport {
  if (!f.ok) {
    return { file: f.file, status: 'failed', protocol: null, ref: null, title: null, version: null, assignments: 0, parts: 0, scheduled: 0, unmatchedExecutors: [], unreadableDeadlines: [], warnings: [], waitsForReview: false, error: f.error, line: f.line };
  }
  const warnings = (f.review?.reasons ?? f.result.warnings).map((w) => ({ line: w.line, code: String(w.code), message: w.message }));
  return {
    file: f.file,
    status: f.result.status,
    protocol: f.result.protocolKey,
    ref: f.ref ?? f.result.protocolKey,
    title: f.title ?? null,
    version: f.result.version,
    assignments: f.result.assignments,
    parts: f.parts,
    scheduled: f.scheduled,
    unmatchedExecutors: f.unmatched ?? [],
    unreadableDeadlines: warnings.filter((w) => DEADLINE_CODES.has(w.code)).map((w) => ({ line: w.line, message: w.message })),
    warnings,
    waitsForReview: f.review?.waits ?? false,
    error: null,
    line: null,
  };
}

const PARTS: PluralForms = ['часть', 'части', 'частей'];
const FILES: PluralForms = ['файл', 'файла', 'файлов'];
const NEXT_STEPS: PluralForms = ['ближайший шаг', 'ближайших шага', 'ближайших шагов'];
const STATUS_RU = { new: 'новый', updated: 'исправленная редакция', unchanged: 'без изменений' } as const;

/** One file's lines of `srok import`, in Russian. */
export function fileReportText(r: FileReport): string {
  const name = path.basename(r.file);
  if (r.status === 'failed') return `✗ ${name}: не импортирован — ${reasonOf(r)}\n`;
  const lines = [`${r.waitsForReview ? '…' : '✓'} ${name}: ${r.title ?? r.protocol ?? ''} (${STATUS_RU[r.status]}) — ${countOf(r.assignments, ASSIGNMENTS)}, ${countOf(r.parts, PARTS)}`];
  for (const who of r.unmatchedExecutors) lines.push(`    исполнитель не найден в справочнике: «${who}»`);
  for (const d of r.unreadableDeadlines) lines.push(`    срок не распознан${d.line === null ? '' : ` (строка ${d.line})`}: ${d.message}`);
  const others = r.warnings.filter((w) => !DEADLINE_CODES.has(w.code) && w.code !== 'executor_unmatched');
  for (const w of others) lines.push(`    проверьте${w.line === null ? '' : ` (строка ${w.line})`}: ${w.message}`);
  if (r.waitsForReview) lines.push(`    ждёт проверки: письма уйдут после одобрения — srok review ${quoted(r.ref)}, srok approve ${quoted(r.ref)}`);
  else if (r.status !== 'unchanged') lines.push(`    в расписании: ${countOf(r.scheduled, NEXT_STEPS)}`);
  return `${lines.join('\n')}\n`;
}

/** A reference as the shell takes it. */
function quoted(ref: string | null): string {
  return ref === null ? '' : /^[\w./-]+$/u.test(ref) ? ref : `'${ref.replace(/'/g, "'\\''")}'`;
}

function reasonOf(r: FileReport): string {
  const error = r.error ?? '';
  const prefix = `${r.file}: `;
  return error.startsWith(prefix) ? error.slice(prefix.length) : error;
}

/** The closing lines of `srok import`. */
export function summaryText(s: ImportSummary, waiting: number): string {
  const files = s.new + s.updated + s.unchanged + s.failed;
  const parts = [
    `Итого: ${countOf(files, FILES)} — новых ${s.new}, исправленных ${s.updated}, без изменений ${s.unchanged}, ${plural(s.failed, ['не импортирован', 'не импортировано', 'не импортировано'])} ${s.failed}`,
    `${countOf(s.assignments, ASSIGNMENTS)}, ${countOf(s.parts, PARTS)}, в расписании ${countOf(s.scheduled, NEXT_STEPS)}`,
  ];
  if (waiting > 0) parts.push(`ждут проверки: ${waiting} (srok review)`);
  return `${parts.join('; ')}\n`;
}
