import type { SrokConfig } from '../config/types.js';
import { normalizeName } from '../store/identity.js';
import { ReportError } from './report-error.js';
import { OPERATOR_KEY, type ReportKind, type ReportQuery, type ReportRow } from './types.js';

/**
 * The rows a report lists: the open ones of the kind asked for, of the executor and
 * controller asked for, overdue first (the longest overdue on top), then by deadline;
 * rows without due dates last. Pure.
 */
export function selectRows(rows: readonly ReportRow[], query: ReportQuery, config: SrokConfig): ReportRow[] {
  const ofKind = kindFilter(query.kind);
  const ofExecutor = query.executor ? executorFilter(query.executor, rows, config) : () => true;
  const ofController = query.controller ? controllerFilter(query.controller, rows, config) : () => true;
  return sortRows(rows.filter((row) => row.state === 'open' && ofKind(row) && ofExecutor(row) && ofController(row)));
}

/** Open, and the deadline not yet ended but at most `days` working days away (an optional row whose deadline went by is neither). */
export function isDueSoon(row: ReportRow, days: number): boolean {
  return row.state === 'open' && row.occurrence !== null && row.daysLeft !== null && row.daysLeft >= 0 && row.daysLeft <= days;
}

function kindFilter(kind: ReportKind): (row: ReportRow) => boolean {
  switch (kind.kind) {
    case 'open':
      return () => true;
    case 'overdue':
      return (row) => row.overdue;
    case 'dueSoon':
      return (row) => isDueSoon(row, kind.days);
  }
}

export function sortRows(rows: readonly ReportRow[]): ReportRow[] {
  const rank = (row: ReportRow): number => (row.overdue ? 0 : row.occurrence !== null ? 1 : 2);
  return [...rows].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compare(a.occurrence?.deadlineAt ?? '', b.occurrence?.deadlineAt ?? '') ||
      compare(a.protocol.date ?? '', b.protocol.date ?? '') ||
      compare(a.protocol.key, b.protocol.key) ||
      compareItems(a.item, b.item) ||
      compare(a.part.name, b.part.name),
  );
}

/**
 * Which parts `--executor` names: a directory id (a group: every member), a name or
 * alias the directory matches in any case, any entry whose name contains the phrase,
 * or an executor that matches no entry, by its name. Nothing of that: an error that
 * says what to write.
 */
export function executorFilter(phrase: string, rows: readonly ReportRow[], config: SrokConfig): (row: ReportRow) => boolean {
  const wanted = phrase.trim().replace(/^@/, '');
  if (wanted === '') throw new ReportError('--executor пуст; укажите код из справочника (например, chel-minfin), код группы (например, khmao-omsu) или часть названия');
  const refs = new Set(entriesNamed(wanted, config).flatMap((id) => [id, ...config.directory.parts(id).map((member) => member.id)]));
  const needle = normalizeName(wanted);
  const byName = (row: ReportRow): boolean => row.part.ref === null && normalizeName(row.part.name).includes(needle);
  if (refs.size === 0 && !rows.some(byName)) {
    throw new ReportError(`«${wanted}» не совпадает ни с записью справочника, ни с исполнителем; укажите код из справочника (например, chel-minfin), код группы (например, khmao-omsu) или часть названия (например, Сургут)`);
  }
  return (row) => (row.part.ref !== null && refs.has(row.part.ref)) || byName(row);
}

/** Which rows `--controller` names: a directory id, a name the directory matches, part of a name, or 'operator'. */
export function controllerFilter(phrase: string, rows: readonly ReportRow[], config: SrokConfig): (row: ReportRow) => boolean {
  const wanted = phrase.trim().replace(/^@/, '');
  if (wanted === '') throw new ReportError("--controller пуст; укажите код из справочника (например, chel-mininform), часть названия или operator");
  if (wanted.toLowerCase() === 'operator') return (row) => row.controller.key === OPERATOR_KEY;
  const refs = new Set(entriesNamed(wanted, config));
  const needle = normalizeName(wanted);
  const matches = (row: ReportRow): boolean => (row.controller.ref !== null && refs.has(row.controller.ref)) || normalizeName(row.controller.name).includes(needle);
  if (refs.size === 0 && !rows.some(matches)) {
    const known = [...new Set(rows.map((row) => (row.controller.ref ?? 'operator')))].sort().join(', ');
    throw new ReportError(`«${wanted}» не совпадает ни с одним контролёром; укажите код из справочника${known ? ` (сохранённые протоколы контролируют: ${known})` : ''}, часть названия или operator`);
  }
  return matches;
}

/** Directory ids a phrase names: the id itself, the entry the directory matches, and every entry whose name or alias contains the phrase. */
function entriesNamed(phrase: string, config: SrokConfig): string[] {
  const { directory } = config;
  const byId = directory.get(phrase) ?? directory.get(phrase.toLowerCase());
  if (byId) return [byId.id];
  const ids = new Set<string>();
  const matched = directory.match(phrase);
  if (matched) ids.add(matched.entry.id);
  const needle = normalizeName(phrase);
  // A short phrase («Сургут») is a fragment of a name, not a name in some case: look for it inside names too.
  for (const entry of directory.entries) {
    if ([entry.name, ...entry.aliases].some((name) => normalizeName(name).includes(needle))) ids.add(entry.id);
  }
  return [...ids];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** «2» before «10», «1.2» before «1.10»; unnumbered items last. */
function compareItems(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'ru', { numeric: true });
}
