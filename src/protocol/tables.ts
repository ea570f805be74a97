import type { Block } from './layout.js';
import { joinWrapped, SURNAME_INITIALS } from './text.js';

/**
 * Plan tables: a row of cells (tab- or bar-separated) under a header row that names the
 * columns («№ п/п», «Мероприятие», «Срок исполнения», «Ответственный исполнитель»). A row
 * gives one task with its deadline cell and its executors, written in the nominative.
 */

export interface Columns {
  number: number | null;
  task: number | null;
  deadline: number | null;
  executors: number | null;
  /** How many cells the header names. */
  width: number;
  /** Columns whose names answer for nothing in the row: «Контроль», «Согласовано», «Отметка о выполнении». */
  notExecutors?: number[];
  /** A control table's «Решение» beside the task: «Снять с контроля», «Продлить срок исполнения до …», «Оставить на контроле». */
  decision?: number;
  /** «Информация об исполнении», «Ход исполнения»: a report's column, telling what was done about each task. */
  report?: number;
}

// («№ пункта перечня», «№ пункта протокола»: the numbers of another list's items, which the rows keep.)
const NUMBER_COLUMN = /^(?:(?:№|n|no|nn|№№|номер)\s*(?:п\s*[/\\]\s*п|пп|п\.|пункта(?:\s+[а-яё]+){0,2})?|п\s*[/\\]\s*п|пп)\.?$/iu;
const TASK_COLUMN = /(?:мероприяти|наименовани|содержани|поручени|задач|решени|действи|вопрос|работ[аы]?(?![\p{L}])|описани|вид\s|услуг|предложени|меры|цел[ьи]|форм[аы]?(?![\p{L}])|объект|отч[её]т)/iu;
const DEADLINE_COLUMN = /(?:срок|дата|время\s+проведения|период\s+исполнения|когда)/iu;
const EXECUTOR_COLUMN =
  /(?:ответственн|^ответствен\.$|исполнител|кто\s+исполняет|отв\.|^наименование\s+(?:муниципальн|орган|организаци|учреждени|предприяти|получател)[а-яё]*(?:\s+[а-яё]+)?$)/iu;

/** The columns of a header row, or null when the row does not name a deadline or executor column. */
/** Whether a header names a task's column («Мероприятие», «Наименование мероприятия», «Содержание поручения»). */
export function namesTask(cells: readonly string[]): boolean {
  return cells.some((c) => TASK_COLUMN.test(c.trim()) && c.trim().length < 80);
}

export function readColumns(cells: readonly string[]): Columns | null {
  const cols: Columns = { number: null, task: null, deadline: null, executors: null, width: cells.length };
  cells.forEach((raw, i) => {
    const c = raw.trim();
    if (c === '') return;
    // («Контроль», «Согласовано», «Отметка о выполнении», «Примечание»: names there answer for nothing in the row.)
    if (/^(?:контрол|согласован|отметк|примечани|подпис)/iu.test(c)) (cols.notExecutors ??= []).push(i);
    // («Поручение (протокол, пункт) | Ответственный | Решение»: what the meeting decided about each task listed.)
    // («№ п/п | Пункт протокола | Содержание поручения | Срок исполнения | Информация об исполнении»: a report on others' tasks.)
    // («… | Отметка о выполнении», «… | Отметка об исполнении»: the same, as a school's report writes it.)
    if (cols.report === undefined && /^(?:(?:информация|сведения|отметка)\s+об?\s+(?:исполнении|выполнении|ходе\s+(?:исполнения|выполнения))|ход\s+(?:исполнения|выполнения)|результаты?\s+(?:исполнения|выполнения)|исполнение|выполнение)$/iu.test(c)) cols.report = i;
    else if (cols.task !== null && cols.decision === undefined && /^(?:решение|принятое\s+решение|решение\s+(?:совещания|комиссии|по\s+(?:поручению|исполнению)))$/iu.test(c)) cols.decision = i;
    else if (cols.number === null && NUMBER_COLUMN.test(c)) cols.number = i;
    else if (cols.deadline === null && DEADLINE_COLUMN.test(c) && c.length < 60) cols.deadline = i;
    else if (cols.executors === null && EXECUTOR_COLUMN.test(c) && c.length < 80) cols.executors = i;
    else if (cols.task === null && TASK_COLUMN.test(c) && c.length < 80) cols.task = i;
  });
  if (cols.deadline === null && cols.executors === null) return null;
  // («Дата выезда | Муниципальный район | Населенные пункты»: a schedule of visits names no task and no one who answers.)
  if (cols.task === null && cols.executors === null) return null;
  if (cols.task === null) {
    // The task is the first column that is none of the others.
    const taken = new Set([cols.number, cols.deadline, cols.executors]);
    const free = cells.findIndex((_, i) => !taken.has(i));
    cols.task = free >= 0 ? free : null;
  }
  return cols;
}

/** The columns of a header's first line, with those its second line names where the first named none. */
export function mergeColumns(first: Columns, second: Columns): Columns {
  return {
    number: first.number ?? second.number,
    task: first.task ?? second.task,
    deadline: first.deadline ?? second.deadline,
    executors: first.executors ?? second.executors,
    width: Math.max(first.width, second.width),
    ...(first.notExecutors || second.notExecutors ? { notExecutors: [...(first.notExecutors ?? []), ...(second.notExecutors ?? [])] } : {}),
    ...(first.decision !== undefined || second.decision !== undefined ? { decision: first.decision ?? second.decision } : {}),
    ...(first.report !== undefined || second.report !== undefined ? { report: first.report ?? second.report } : {}),
  };
}

export interface Row {
  block: Block;
  number: string | null;
  task: string;
  deadline: string;
  executors: string;
  /** The control table's decision on the task (see `Columns.decision`), or ''. */
  decision: string;
  /** What a report's column says was done about the task (see `Columns.report`), or ''. */
  report: string;
}

/** Persons' names and nothing else: «Лапшакова Н.Д. Глазунова Н.С.», «Иванов И.И., Петров П.П.». */
const NAMES_ONLY = new RegExp(`^(?:${SURNAME_INITIALS}[,;]?\\s*)+$`, 'u');

/** The number cell of the next block with cells after the one at `index`, or null. */
function nextRowNumber(blocks: readonly Block[], index: number, columns: Columns): string | null {
  const next = blocks.slice(index + 1).find((x) => x.cells);
  if (!next?.cells || columns.number === null) return null;
  return (next.cells[columns.number] ?? '').trim().replace(/\.$/u, '');
}

/** The rows of one table: each block with cells after its header, a wrapped row joined to the one above. */
export function readRows(blocks: readonly Block[], columns: Columns): Row[] {
  const rows: Row[] = [];
  const at = (cells: readonly string[], i: number | null): string => (i === null ? '' : (cells[i] ?? '').trim());
  for (const [index, b] of blocks.entries()) {
    let cells = b.cells;
    if (!cells) continue;
    // «2.1. ⇥ Создание … ⇥ 2025 - 2026 гг. ⇥ Министерство …; / органы местного самоуправления … ⇥ создание не менее 450 мест»:
    // a row whose cell went on past a paragraph break in a Word copy — its first cell ends the row's last, the rest follow it
    // (a line that goes on in lower case, or after a last cell left open by a comma or semicolon; not a row of its own).
    const last = rows[rows.length - 1];
    const lastCells = last?.block.cells;
    if (last && lastCells && lastCells.length < columns.width && cells.length >= 2 && lastCells.length + cells.length - 1 <= columns.width && !/^\d{1,3}(?:\.\d{1,3})*\.?$/u.test(cells[0]!.trim()) && (/^\p{Ll}/u.test(cells[0]!.trim()) || /[,;-]$/u.test(lastCells[lastCells.length - 1]!.trim()))) {
      cells = [...lastCells.slice(0, -1), `${lastCells[lastCells.length - 1]!.trim()} ${cells[0]!.trim()}`, ...cells.slice(1)];
      last.block = { ...last.block, cells, endLine: b.endLine };
      last.task = at(cells, columns.task);
      last.deadline = at(cells, columns.deadline) || last.deadline;
      last.executors = at(cells, columns.executors);
      continue;
    }
    // («1 «а»», «11 «б»», «5 б)»: an item of another list and its letter, as a table of its tasks numbers them.)
    const numberCell = at(cells, columns.number).replace(/\.$/u, '').replace(/^(\d{1,3}(?:\.\d{1,3})*)\.?\s*(?:[«"„]([а-я])[»"“]|\(?([а-я])\))$/u, (_m, n: string, a?: string, b?: string) => `${n}.${a ?? b ?? ''}`);
    const task = at(cells, columns.task);
    const deadline = at(cells, columns.deadline);
    let executors = at(cells, columns.executors);
    // «6. | Участие в районном КВН. | октябрь | Лапшакова Н.Д. Глазунова Н.С. | |»: a row whose cells slid left over an empty one
    // (its place) — the persons named in another column are whom the empty executors' cell meant.
    if (executors === '' && columns.executors !== null) {
      const taken = new Set([columns.number, columns.task, columns.deadline, ...(columns.notExecutors ?? [])]);
      const names = cells.findIndex((c, i) => !taken.has(i) && NAMES_ONLY.test(c.trim()));
      if (names >= 0) executors = cells[names]!.trim();
    }
    const filled = cells.filter((c) => c.trim() !== '').length;
    // «1. | Организационные мероприятия | | |» over «1.1. …», «1.2. …»: a section's heading, numbered, is no row.
    const own = /^\d{1,3}$/u.test(numberCell) ? numberCell : null;
    if (own !== null && deadline === '' && executors === '' && nextRowNumber(blocks, index, columns)?.startsWith(`${own}.`)) continue;
    // «| 1 | 2 | 3 | 4 |» under the header: the columns' own numbers, no row.
    if (filled >= 3 && cells.filter((c) => c.trim() !== '').every((c, k) => c.trim() === String(k + 1))) continue;
    // A section heading spans the row: «1. Организационные мероприятия».
    if (filled === 1 && deadline === '' && executors === '') continue;
    // («3.а»: a lettered sub-row of row 3.)
    const number = /^\d{1,3}(?:\.\d{1,3})*(?:\.[а-я])?$/u.test(numberCell) ? numberCell : null;
    const previous = rows[rows.length - 1];
    if (number === null && previous && columns.number !== null && task !== '' && deadline === '' && executors === '' && numberCell === '') {
      previous.task = `${previous.task} ${task}`;
      continue;
    }
    // « ⇥ по обеспечению доступности для инва- ⇥ 2015 г. ⇥ инвалидов,»: a row of a PDF's table going on line by line, every
    // column at once, its number cell empty (a tab copy keeps the empty cell).
    // (One cell at least goes on its column — in lower case or figures, or after a hyphen or a comma.)
    const goesOn = (was: string, more: string): boolean => more !== '' && (/^[\p{Ll}\d]/u.test(more) || /[-,]$/u.test(was));
    if (number === null && previous && b.goesOnRow === true && columns.number === 0 && (goesOn(previous.task, task) || goesOn(previous.deadline, deadline) || goesOn(previous.executors, executors))) {
      const add = (was: string, more: string): string => (more === '' ? was : was === '' ? more : joinWrapped([was, more]));
      previous.task = add(previous.task, task);
      previous.deadline = add(previous.deadline, deadline);
      previous.executors = add(previous.executors, executors);
      continue;
    }
    if (task === '' && deadline === '' && executors === '') continue;
    // An empty deadline cell under a filled one: the cell was merged over these rows in the original table.
    const missing = columns.deadline !== null && cells.length <= columns.deadline;
    const carried = !missing && deadline === '' && columns.deadline !== null && number !== null && previous !== undefined && previous.deadline !== '' && (task !== '' || executors !== '');
    rows.push({ block: b, number, task, deadline: carried ? previous.deadline : deadline, executors, decision: at(cells, columns.decision ?? null), report: at(cells, columns.report ?? null) });
  }
  return rows;
}

/**
 * Tables that lost their grid when copied to text, found on the cleaned lines:
 * - one cell per line, each closed by «|» (a legal database's rendering) or not at all
 *   (a Word table read paragraph by paragraph): the header names K columns, then every row
 *   is K cells, the first a row number;
 * - rows flattened onto one line with no separator, under a header line «N п/п Мероприятие
 *   Срок исполнения Исполнители»: the row is split at its deadline phrase;
 * - one cell after another, each cell wrapped over several lines (a web page's table): a row
 *   runs from its number to the next, and is split into task, deadline and executors by what
 *   its lines hold (see stackedTable).
 * Each found row becomes a line-range with its cells; the layout turns it into a row block.
 */
export interface FoundRow {
  /** 0-based first and last line of the row. */
  from: number;
  to: number;
  cells: string[];
  /** Text on the row's line before the table (a plan saved on one line: its title before the header). */
  lead?: string;
}

const COLUMN_NAME =
  /^(?:№|n|no|nn|№№)\s*(?:п\s*[/\\]\s*п|пп|п\.)?\.?$|^п\s*[/\\]\s*п$|^(?:наименовани|затрат|стоимост|сумма|проводимые|отм\.|мероприяти|содержание|срок|сроки|ответствен|исполнител|руководител|примечани|отметка|объем|объём|источник|дата|время|место|вид\s|задач|поручени|решени|ожидаем|результат|показател|финансирован|кто\s|контрол|согласован)/iu;
/** («NN пп Мероприятие Срок исполнения Исполнители»: the number column as «NN пп» too.) */
const HEADER_LINE = /^(?:N|№|NN|№№)\s*(?:п\s*\/\s*п|пп)\.?\s+\S/iu;
/** The deadline column's name in a flat header line: «Срок исполнения», «Сроки», «Дата». */
const FLAT_DEADLINE = /(?<![\p{L}])(?:срок|дата|время\s+проведения)/iu;

function stripPipe(line: string): { text: string; closed: boolean } {
  const t = line.trim();
  if (/\|\s*$/u.test(t)) return { text: t.replace(/\s*\|\s*$/u, '').trim(), closed: true };
  return { text: t, closed: false };
}

function isRowNumber(text: string): string | null {
  // (Not a time under a date in a term cell, «01.00», «09.30»: no row's number starts with a nought.)
  const m = /^(?!0)(\d{1,3}(?:\.\d{1,3})*)[.)]?$/u.exec(text.trim());
  return m ? m[1]! : null;
}

/** Month, date, «Постоянно», quarter: what a deadline cell of a flat row starts with. */
const MONTH_WORD = '(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*';
const DEADLINE_START = new RegExp(
  `(?:^|\\s)((?:(?:до|не\\s+позднее|в\\s+течение|с|по|к)\\s+(?=\\d|${MONTH_WORD}|(?:i{1,3}|iv)\\s+квартал|конца|года|месяца|квартала)|ежемесячно|ежеквартально|ежегодно|еженедельно|ежедневно|постоянно|регулярно|весь\\s+период|по\\s+мере|(?:i{1,3}|iv)\\s+квартал|\\d{1,2}\\.?\\s*[-–—]\\s*\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}(?:г\\.?)?|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}(?:г\\.?)?|\\d{1,2}[-:]\\d{2}(?![\\d.])|\\d{1,2}\\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)|${MONTH_WORD}|(?<![\\p{L}](?:на|за|от|в)\\s)(?:19|20)\\d{2}\\s*(?:год[а-яё]*|г\\.))(?![\\p{L}]))`,
  'iu',
);
/** What a deadline cell holds, as one run: dates, months, ranges, times, «года», commas. */
const DEADLINE_RUN =
  /^(?:\s*(?:до|не\s+позднее|в\s+течение|с|по|к|и|ежемесячно|ежеквартально|ежегодно|еженедельно|ежедневно|постоянно|регулярно|весь|период|год(?:ы|а|ах|ов)?|г\.?|гг\.?|(?:-?(?:го|е)\s+)?числа\s+месяца\s*,?\s+следующего\s+за\s+отч[её]тн[а-яё]*(?:\s+(?:месяцем|кварталом|периодом|годом))?|\d{1,2}\.\d{1,2}(?:\.\d{2,4}(?:г(?![\p{L}])\.?)?)?|\d{1,2}[.:-]\d{2}|\d{1,4}|(?:i{1,3}|iv)|квартал[а-яё]*|полугоди[а-яё]*|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*|час\.?|мин\.?)(?![\p{L}])|\s*[,;]|\s*[-–—](?:(?![\p{L}])|(?=(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр))))+/iu;

type FlatColumn = 'task' | 'deadline' | 'executors';

/** The columns a flat header line names, in its order: «N п/п Мероприятие Срок исполнения Ответственный». */
function flatOrder(header: string): FlatColumn[] {
  return (['task', 'deadline', 'executors'] as const)
    .map((k) => ({ k, at: header.search(k === 'task' ? /мероприяти|наименовани|содержани/iu : k === 'deadline' ? FLAT_DEADLINE : /ответствен|исполнител/iu) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.k);
}

/** The header row's cells for those columns, as the table reader names them. */
function flatHeaderCells(order: readonly FlatColumn[]): string[] {
  return ['№ п/п', ...order.map((k) => (k === 'task' ? 'Мероприятие' : k === 'deadline' ? 'Срок исполнения' : 'Ответственные'))];
}

/** Split a flat row «Task … До 28.04.06 Кулешова Р.В. Звягина М.А.» into its cells by the header's column order. */
export function splitFlatRow(text: string, order: ReadonlyArray<'task' | 'deadline' | 'executors'>): string[] | null {
  const di = order.indexOf('deadline');
  if (di < 0) return null;
  // The deadline cell starts after at least two words of the task.
  const words = text.split(/\s+/u);
  if (words.length < 3) return null;
  const skip = words.slice(0, 2).join(' ').length;
  const m = DEADLINE_START.exec(text.slice(skip));
  if (!m) return null;
  const start = skip + m.index + (m[0].length - m[1]!.length);
  const run = DEADLINE_RUN.exec(text.slice(start));
  const end = start + (run ? run[0].trimEnd().length : m[1]!.length);
  const task = text.slice(0, start).trim();
  const deadline = text.slice(start, end).trim().replace(/[,;–—-]\s*$/u, '');
  const rest = text.slice(end).trim();
  const cells: Record<'task' | 'deadline' | 'executors', string> = { task, deadline, executors: order.includes('executors') ? rest : '' };
  if (!order.includes('executors') && rest !== '') cells.task = `${task} ${rest}`.trim();
  return order.map((k) => cells[k]);
}

function letteredSubRows(lines: readonly string[], at: number, number: string, text: string, order: readonly FlatColumn[]): { rows: FoundRow[]; to: number } | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || !/^а\)\s/u.test(lines[at + 1] ?? '')) return null;
  const executors = text.slice(colon + 1).trim();
  if (executors === '' || !/^[А-ЯЁ]/u.test(executors)) return null;
  const rows: FoundRow[] = [];
  let k = at + 1;
  for (let letter = 0; k < lines.length; k += 1, letter += 1) {
    const sub = /^([а-я])\)\s+(\S.*)$/u.exec(lines[k]!);
    if (!sub || sub[1] !== 'абвгдежзиклмнопрстуфхцчшщэюя'[letter]) break;
    const cells = splitFlatRow(sub[2]!, ['task', 'deadline']);
    if (!cells) return null;
    const byColumn: Record<FlatColumn, string> = { task: cells[0]!, deadline: cells[1]!, executors };
    rows.push({ from: k, to: k, cells: [`${number}.${sub[1]!}`, ...order.map((c) => byColumn[c])] });
  }
  return rows.length >= 2 ? { rows, to: k - 1 } : null;
}

export function findTables(lines: readonly string[]): FoundRow[] {
  const rows: FoundRow[] = [];
  // The header of the last table drawn in characters, for the same table going on after a page break.
  let boxHeader: string[] | null = null;
  const trimmed = lines.map((l) => l.trim());
  let i = 0;
  while (i < trimmed.length) {
    // A plan saved on one line: its header and its rows run together.
    const inline = trimmed[i]!.length >= 200 ? inlinePlan(trimmed[i]!, i) : null;
    if (inline) {
      rows.push(...inline);
      i += 1;
      continue;
    }
    // A reporting schedule flattened to lines: «N п/п Наименование финансового органа Ежемесячная отчетность Годовая
    // отчетность», then «1 Администрация … ежемесячно 3-го числа месяца, следующего за отчетным … с 29.01.09 по 02.02.09».
    const schedule = HEADER_LINE.test(trimmed[i]!) ? scheduleTable(trimmed, i) : null;
    if (schedule) {
      rows.push(...schedule.rows);
      i = schedule.end;
      continue;
    }
    // Columns aligned with spaces (a PDF's text laid out as on the page): the header line names them, each cell wraps
    // inside its column.
    const aligned = ALIGNED_HEADER.test(lines[i]!) && !lines[i]!.includes('\t') && !lines[i]!.includes('|') ? alignedTable(lines, i) : null;
    if (aligned) {
      rows.push(...aligned.rows);
      i = aligned.end;
      continue;
    }
    // Flat rows under a one-line header.
    // (The header may wrap too: «… Срок исполнения Ответст- / венные за исполнение».)
    const headerTo = HEADER_LINE.test(trimmed[i]!) ? flatHeaderEnd(trimmed, i) : i;
    const header = joinWrapped(trimmed.slice(i, headerTo + 1));
    if (HEADER_LINE.test(trimmed[i]!) && FLAT_DEADLINE.test(header) && !/[\t|]/u.test(header)) {
      const order = flatOrder(header);
      rows.push({ from: i, to: headerTo, cells: flatHeaderCells(order) });
      let expect = 1;
      let j = headerTo + 1;
      // A money column after the executors («Финансовые затраты (тыс. рублей)»): its figure ends each row.
      const money = /(?:затрат|сумм|стоимост|финансировани)/iu.test(header.slice(Math.max(0, header.search(/ответствен|исполнител/iu))));
      for (; j < trimmed.length; j += 1) {
        const t = trimmed[j]!;
        if (t === '') continue;
        // «1 2 3 4 5»: the columns' own numbers under the header.
        if (expect === 1 && /^1(?:\s+\d{1,2}){2,}$/u.test(t)) continue;
        // («1.Организация …»: the number glued to the text.)
        const m = /^(\d{1,3})(?:[.)]?\s+|[.)](?=[А-ЯЁ«"]))(\S.*)$/u.exec(t);
        if (!m || Number(m[1]) !== expect) break;
        // «3 Участие в областных конференциях, посвященных: Администрация …, представители … / а) открытию … март 2013 г. /
        // б) Дню эколога июнь 2013 г.»: lettered sub-rows, each with its own term, the row's executors after its colon.
        const lettered = order.includes('executors') ? letteredSubRows(trimmed, j, m[1]!, m[2]!, order) : null;
        if (lettered) {
          rows.push(...lettered.rows);
          j = lettered.to;
          expect += 1;
          continue;
        }
        // A row wrapped onto more lines (a copy hard-wrapped at a column): its lines up to the next row's number.
        const row = flatRowLines(trimmed, j, m[2]!, expect + 1, (text) => splitFlatRow(money ? text.replace(/\s+\d[\d\s]*(?:[,.]\d+)?$/u, '') : text, order));
        if (!row) break;
        rows.push({ from: j, to: row.to, cells: [m[1]!, ...row.cells] });
        j = row.to;
        expect += 1;
      }
      i = j;
      continue;
    }
    // A table drawn in characters («/-----\», «|-----+-----|»): a row's cells wrap onto lines of their own.
    // (Not Markdown's rule under a header row, «| № п/п | Решение | … |» / «|---|---|---|»: its rows are a line each.)
    const markdownRule = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/u.test(trimmed[i]!) && /^\|.*\|$/u.test(trimmed[i - 1] ?? '');
    if (BOX_BORDER.test(trimmed[i]!) && !markdownRule) {
      const found = boxTable(trimmed, i, boxHeader);
      if (found) {
        boxHeader = found.rows[0]!.cells;
        rows.push(...found.rows);
        i = found.end;
        continue;
      }
    }
    // Cells separated by «|» (a legal database's rendering): on one line or one per line, a cell may wrap.
    // (The next line with text: a copy may put a blank line after every line.)
    let after = i + 1;
    while (after < trimmed.length && after <= i + 2 && trimmed[after] === '') after += 1;
    // (Not a title's short last line, «ПЛАН / мероприятий», over a table whose header row opens with its own «|».)
    const opensHeader = /^\|?\s*(?:№|n|no|nn)(?:\s|\||$)/iu.test(trimmed[after] ?? '');
    const pipeNear = trimmed[i]!.includes('|') || (trimmed[i]!.length < 25 && (trimmed[after] ?? '').includes('|') && !opensHeader);
    // A «|» table starts with a column's name («N», «№ п/п», «Мероприятия»): test that before reading the zone.
    const firstCell = trimmed[i]!.split('|')[0]!.trim();
    if (pipeNear && !trimmed[i]!.startsWith('|') && (COLUMN_NAME.test(firstCell) || COLUMN_NAME.test(`${firstCell} ${(trimmed[after] ?? '').split('|')[0]!.trim()}`))) {
      const found = pipedTable(trimmed, i);
      if (found) {
        rows.push(...found.rows);
        i = found.end;
        continue;
      }
    }
    // A «|» table whose copy starts below its header, at a row's number.
    if (pipeNear && isRowNumber(firstCell) !== null) {
      const found = headerlessPipedTable(trimmed, i);
      if (found) {
        rows.push(...found.rows);
        i = found.end;
        continue;
      }
    }
    // One cell per line with no separator: the header names K columns, a row starts at its number
    // (or is a group of lines between blank lines); or the table went column by column.
    if (!trimmed[i]!.includes('|')) {
      const found = paragraphColumns(trimmed, i) ?? stackedTable(trimmed, i) ?? lineTable(trimmed, i) ?? columnTable(trimmed, i) ?? cellRunTable(trimmed, i);
      if (found) {
        rows.push(...found.rows);
        i = found.end;
        continue;
      }
    }
    i += 1;
  }
  return withDittos(rows);
}

/** A cell that repeats the one above it: «-//-», «-"-», «то же», «— // —». */
const DITTO = /(?:^|(?<=[\s,;]))(?:[-–—]\s*\/\/\s*[-–—]|[-–—]\s*"\s*[-–—]|то\s+же)(?=$|[\s,;])/iu;

/**
 * «1.2.2. | по организации … | -//- | -//- |», «то же»: the cells of each row that repeat the row above, read as that row's (a
 * table's rows in order, null where no row stands; the number's and the task's cells are each row's own; «-//-, управляющие
 * организации» keeps what it adds).
 */
export function resolveDittos(rows: ReadonlyArray<readonly string[] | null>): Array<readonly string[] | null> {
  let above: readonly string[] | null = null;
  return rows.map((cells) => {
    if (!cells) {
      above = null;
      return cells;
    }
    const from = above;
    if (!from || from.length !== cells.length || !cells.some((c, k) => k > 1 && DITTO.test(c))) {
      if (!cells.some((c) => DITTO.test(c))) above = cells;
      return cells;
    }
    const out = cells.map((c, k) => (k > 1 && DITTO.test(c) && (from[k] ?? '') !== '' ? c.replace(DITTO, from[k]!).trim() : c));
    above = out;
    return out;
  });
}

function withDittos(rows: FoundRow[]): FoundRow[] {
  const read = resolveDittos(rows.map((r) => r.cells));
  return rows.map((r, k) => (read[k] === r.cells ? r : { ...r, cells: [...read[k]!] }));
}

/** Words of a table header's wrapped names: «п/п», «исполнения», «исполнители», «проведения», «(ответственные)». */
const HEADER_WORDS = /^(?:\(?(?:п\s*\/\s*п|пп|исполнения|исполнители|исполнитель|проведения|мероприятия|мероприятий|выполнения|(?:за\s+)?исполнение|ответственные|ответственный|лица|срок|сроки|примечание)\)?[\s,.]*)+$/iu;

/** A header line whose column names stand apart by runs of spaces, one of them a term's or an executor's. */
const ALIGNED_HEADER = /\S\s{3,}(?:срок|дата|ответственн|исполнител)/iu;

interface Segment {
  text: string;
  at: number;
}

/** The runs of a line parted by two spaces or more, with where each starts. */
function segmentsOf(line: string): Segment[] {
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ text: m[0], at: m.index }));
}

/**
 * Runs that cross a column's start, where a cell's text came within one space of the next cell («… перенесших ежемесячно
 * до 5 числа»): parted at the word that starts at the column (or the nearest to it, within two characters).
 */
function splitAtColumns(segs: readonly Segment[], columns: readonly number[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segs) {
    let rest = seg;
    for (const c of columns) {
      if (c <= rest.at || c >= rest.at + rest.text.length) continue;
      const words = [...rest.text.matchAll(/(?<=^| )\S/gu)].map((m) => rest.at + m.index).filter((w) => w > rest.at);
      const cut = words.find((w) => Math.abs(w - c) <= 2);
      if (cut === undefined) continue;
      out.push({ text: rest.text.slice(0, cut - rest.at).trimEnd(), at: rest.at });
      rest = { text: rest.text.slice(cut - rest.at), at: cut };
    }
    out.push(rest);
  }
  return out;
}

/**
 * A table whose columns are aligned with spaces, as `pdftotext -layout` and a typed copy lay them out:
 *
 *     № п/п Наименование мероприятия          Срок исполнения      Ответственные исполнители
 *     1.1.  Актуализация регистра пациентов,  ежемесячно до 5      Ляпина О.А., заведующий
 *           перенесших ОКС                    числа                поликлиникой
 *
 * The header's names give where each column starts («№ п/п Наименование …» with one space names two: the number's and the
 * task's, where its second name starts). A row starts at a line with a row number in the number column; the lines after it
 * with that column empty go on each cell. A numbered section's heading alone on its line («1. Организационные
 * мероприятия»), rules, a page's bare number, the header repeated on the next page and the running head above it are
 * skipped. The table ends at a line that starts left of the task column with no row number, after a blank line, or at
 * prose wider than the table's cells.
 */
function alignedTable(lines: readonly string[], from: number): { rows: FoundRow[]; end: number } | null {
  const header = lines[from]!;
  const parts = segmentsOf(header);
  if (parts.length < 3) return null;
  // Column starts: each name's start; a first name «№ п/п Наименование …» holds the number's column and the task's.
  const starts: Array<{ kind: 'number' | 'task' | 'deadline' | 'executors' | 'other'; at: number }> = [];
  for (const p of parts) {
    const numbered = /^((?:№|N|NN)\s*(?:п\s*\/\s*п|пп)?\.?)\s+(\S.*)$/iu.exec(p.text);
    if (numbered && starts.length === 0) {
      starts.push({ kind: 'number', at: p.at });
      starts.push({ kind: 'task', at: p.at + p.text.indexOf(numbered[2]!) });
      continue;
    }
    const kind = NUMBER_COLUMN.test(p.text) ? 'number' : DEADLINE_COLUMN.test(p.text) ? 'deadline' : EXECUTOR_COLUMN.test(p.text) ? 'executors' : TASK_COLUMN.test(p.text) ? 'task' : 'other';
    starts.push({ kind, at: p.at });
  }
  const taskAt = starts.findIndex((c) => c.kind === 'task');
  if (starts[0]?.kind !== 'number' || taskAt < 0 || !starts.some((c) => c.kind === 'deadline') || starts.length > 6) return null;
  const column = (at: number): number => {
    let k = 0;
    for (let c = 0; c < starts.length; c += 1) if (at >= starts[c]!.at - 2) k = c;
    return k;
  };
  const width = Math.max(...lines.slice(from, from + 40).map((l) => l.length));
  const rows: FoundRow[] = [];
  let current: { from: number; to: number; cells: string[][] } | null = null;
  const flush = (): void => {
    if (!current) return;
    const cells = current.cells.map((c) => joinWrapped(c));
    const byKind = (kind: string): string => cells.filter((_, k) => starts[k]!.kind === kind).join(' ').trim();
    rows.push({ from: current.from, to: current.to, cells: [byKind('number').replace(/\.$/u, ''), byKind('task'), byKind('deadline'), byKind('executors')] });
    current = null;
  };
  // The header's names may wrap onto a line or two of their own: «п/п … исполнения … исполнители».
  const headerLines = new Set([header.trim()]);
  let k = from + 1;
  while (k < lines.length && k <= from + 2 && lines[k]!.trim() !== '' && !/^\s*\d/u.test(lines[k]!) && segmentsOf(lines[k]!).every((seg) => HEADER_WORDS.test(seg.text))) {
    headerLines.add(lines[k]!.trim());
    k += 1;
  }
  let blank = false;
  let end = k;
  for (; k < lines.length; k += 1) {
    const line = lines[k]!;
    const t = line.trim();
    if (t === '') {
      blank = true;
      continue;
    }
    // Rules, a page's bare number, the header again.
    if (/^[-=_—–\s]{10,}$/u.test(t) || (/^\d{1,3}$/u.test(t) && line.search(/\S/u) > width / 2) || headerLines.has(t)) continue;
    const segs = splitAtColumns(segmentsOf(line), starts.slice(1).map((c) => c.at));
    // The running head above a repeated header: one run at the margin (not a row's last line going on in its columns).
    const next = lines.slice(k + 1, k + 3).find((l) => l.trim() !== '');
    const runs = segmentsOf(line);
    if (next !== undefined && next.trim() === header.trim() && runs.length === 1 && runs[0]!.at < starts[taskAt]!.at - 2) continue;
    const first = segs[0]!;
    const number = first.at < starts[taskAt]!.at - 1 ? /^(\d{1,3}(?:\.\d{1,3})*)\.?$/u.exec(first.text) : null;
    // («1. Организационные мероприятия» alone in the task column: a section's heading.)
    // («II. Санитарная очистка и содержание территории» centred over the columns: a section's heading in Roman figures.)
    if (!number && ((segs.length === 1 && /^\d{1,2}\.\s+[А-ЯЁ]/u.test(first.text) && column(first.at) <= taskAt) || (runs.length === 1 && /^[IVX]{1,5}\.\s+[А-ЯЁ]/u.test(runs[0]!.text)))) {
      flush();
      continue;
    }
    if (number) {
      flush();
      current = { from: k, to: k, cells: starts.map(() => []) };
      current.cells[0]!.push(number[1]!);
      for (const s of segs.slice(1)) current.cells[column(s.at)]!.push(s.text);
      blank = false;
      end = k + 1;
      continue;
    }
    // A line that starts left of the task column, or after a blank line at the margin: the table has ended.
    if (!current || first.at < starts[taskAt]!.at - 2 || (blank && first.at <= 2)) break;
    for (const s of segs) current.cells[column(s.at)]!.push(s.text);
    current.to = k;
    end = k + 1;
    blank = false;
  }
  flush();
  if (rows.length < 2) return null;
  return { rows: [{ from, to: from, cells: ['№ п/п', 'Мероприятие', 'Срок исполнения', 'Ответственные'] }, ...rows], end };
}

/** Where a term starts in a schedule's row: a frequency, «до …», «не позднее …», «с 29.01.09 по …». */
const SCHEDULE_TERM = /(?<![\p{L}])(?:ежемесячно|ежеквартально|ежегодно|еженедельно|раз\s+в\s+(?:месяц|квартал|полугодие|год)|не\s+позднее|до\s+\d|с\s+\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\s+по)(?![\p{L}])/giu;

/**
 * A reporting schedule whose rows are a body and its terms, one per kind of report: the header names the body's column
 * («Наименование … органа», «… организации», «Исполнитель») and reports («… отчетность», «Сроки представления …»), no
 * task column; a row is its number, the body, then each term. Each term is an entry of the row's number, the body its
 * executor, the schedule's title (the line above the header) its task. Rows are counted from 1; the lines between the
 * header and the first row (form numbers) are the header's. Two rows at least, each with a term.
 */
function scheduleTable(lines: readonly string[], from: number): { rows: FoundRow[]; end: number } | null {
  // (The header may wrap: «… органа Ежемесячная / отчетность Годовая отчетность».)
  const header = joinWrapped(lines.slice(from, flatHeaderEnd(lines, from) + 1));
  if (!/наименовани[а-яё]*\s+(?:[а-яё]+\s+)?(?:орган|организаци|учреждени|муниципальн|получател)|исполнител/iu.test(header) || !/отч[её]тн|отч[её]т|представлени/iu.test(header)) return null;
  if (/мероприяти|содержани|срок\s+исполнени/iu.test(header)) return null;
  let title = '';
  for (let k = from - 1; k >= 0 && k >= from - 4; k -= 1) {
    if (lines[k] !== '') {
      title = lines[k]!;
      break;
    }
  }
  const out: FoundRow[] = [{ from, to: from, cells: flatHeaderCells(['task', 'deadline', 'executors']) }];
  // Rows from their numbers, counted from 1; a line that starts with no number goes on with the row above (a copy
  // hard-wrapped at a column). The lines between the header and the first row (form numbers) are the header's.
  const found: Array<{ number: string; from: number; to: number; parts: string[] }> = [];
  let skipped = 0;
  let j = from + 1;
  for (; j < lines.length && j <= from + 400; j += 1) {
    const t = lines[j]!;
    if (t === '') continue;
    const m = /^(\d{1,3})\.?\s+(\S.*)$/u.exec(t);
    const last = found[found.length - 1];
    if (m && Number(m[1]) === found.length + 1) found.push({ number: m[1]!, from: j, to: j, parts: [m[2]!] });
    else if (last && !m && !/^(?:глава|министр|начальник|председатель|руководитель|заместитель|директор)(?![\p{L}])/iu.test(t)) {
      last.parts.push(t);
      last.to = j;
    } else if (!last && skipped < 4) skipped += 1;
    else break;
  }
  for (const row of found) {
    const body = joinWrapped(row.parts);
    const starts = [...body.matchAll(SCHEDULE_TERM)]
      .map((x) => x.index)
      .filter((at, k, all) => k === 0 || !/^(?:ежемесячно|ежеквартально|ежегодно|еженедельно)[\s,]*$/iu.test(body.slice(all[k - 1]!, at)));
    if (starts.length === 0 || starts[0]! < 3) return null;
    const name = body.slice(0, starts[0]).trim();
    starts.forEach((at, k) => {
      const term = body.slice(at, starts[k + 1] ?? body.length).trim().replace(/[,;]\s*$/u, '');
      out.push({ from: row.from, to: row.to, cells: [row.number, title, term, name] });
    });
  }
  // (The lines between the header and the first row — the forms' numbers, «приложение N 1 к письму …» — are the header row's.)
  if (found[0]) out[0]!.to = found[0].from - 1;
  return found.length >= 2 ? { rows: out, end: (found[found.length - 1]?.to ?? j) + 1 } : null;
}

/** Where a flat header starts inside a line: «№п/п Мероприятие Дата Ответственный», «N п/п Наименование … Срок …». */
const INLINE_HEADER = /(?:№|(?<![\p{L}])N)\s*п\s*[/\\]\s*п\.?\s+(?=\S)/iu;

/**
 * A plan whose header and rows were saved on one line («План мероприятий … №п/п Мероприятие Дата Ответственный 1. Викторина …
 * февраль Смирнова Н. Э. 2. Сценическая композиция … 12 марта Прищепа Т. В. …»): the rows part at their numbers, counted
 * from 1, and each is split at its term as a flat row is. The text before the header is a paragraph of its own. Three
 * rows at least, each with a term, or the line is left as it is.
 */
function inlinePlan(line: string, at: number): FoundRow[] | null {
  const h = INLINE_HEADER.exec(line);
  if (!h) return null;
  // «1. Викторина …», or «1 Благоустройство …» with no dot before a capital.
  const rowStart = (n: number): RegExp => new RegExp(`(?:^|\\s)${n}(?:[.)]\\s+(?=\\S)|\\s+(?=[А-ЯЁ«"]))`, 'u');
  const first = rowStart(1).exec(line.slice(h.index + h[0].length));
  if (!first) return null;
  const headerEnd = h.index + h[0].length + first.index;
  const header = line.slice(h.index, headerEnd);
  if (header.length > 200 || !FLAT_DEADLINE.test(header) || !/мероприяти|наименовани|содержани/iu.test(header)) return null;
  const order = flatOrder(header);
  // The rows' starts: «1. », «2. », … in turn, each after a space.
  const starts: Array<{ n: number; at: number; text: number }> = [];
  let from = headerEnd;
  for (let n = 1; n < 500; n += 1) {
    const m = rowStart(n).exec(line.slice(from));
    if (!m) break;
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    starts.push({ n, at: start, text: from + m.index + m[0].length });
    from = from + m.index + m[0].length;
  }
  const rows: FoundRow[] = [];
  for (const [k, s] of starts.entries()) {
    const text = line.slice(s.text, starts[k + 1]?.at ?? line.length).trim().replace(/\s*\|$/u, '');
    const cells = splitFlatRow(text, order);
    if (!cells) break;
    rows.push({ from: at, to: at, cells: [String(s.n), ...cells] });
  }
  if (rows.length < 3) return null;
  const lead = line.slice(0, h.index).trim();
  const head: FoundRow = { from: at, to: at, cells: flatHeaderCells(order), ...(lead !== '' ? { lead } : {}) };
  return [head, ...rows];
}

/** The last line of a flat header at `from`: up to two lines more, while no row and no row of column numbers starts. */
function flatHeaderEnd(lines: readonly string[], from: number): number {
  let to = from;
  for (let k = from + 1; k <= from + 2 && k < lines.length; k += 1) {
    const line = lines[k]!;
    if (line === '' || startsFlatRow(line, 1) || /^1(?:\s+\d{1,2}){2,}$/u.test(line) || line.length > 60) break;
    to = k;
  }
  return to;
}

/** A line that starts flat row `n` («3 Ремонт …», «3. Ремонт …»). */
function startsFlatRow(text: string, n: number): boolean {
  const m = /^(\d{1,3})(?:[.)]?\s+\S|[.)][А-ЯЁ«"])/u.exec(text);
  return m !== null && Number(m[1]) === n;
}

/**
 * Flat row `from` with the lines it wrapped onto: a line joins while the row has no deadline
 * cell yet, when it goes on in lower case or with the rest of a date («2011 года»), or when it
 * stands before the next row's number. At most four lines join, or all up to the next row's number within ten.
 */
function flatRowLines(lines: readonly string[], from: number, first: string, next: number, split: (text: string) => string[] | null): { to: number; cells: string[] } | null {
  let text = first;
  let to = from;
  let cells = split(text);
  // The next row within ten lines, with no blank line before it: every line up to it is this row's.
  let nextAt = -1;
  for (let k = from + 1; k < lines.length && k <= from + 10 && lines[k] !== ''; k += 1) {
    if (startsFlatRow(lines[k]!, next)) {
      nextAt = k;
      break;
    }
  }
  for (let k = from + 1; k < lines.length && (k <= from + 4 || k < nextAt); k += 1) {
    const line = lines[k]!;
    if (line === '' || startsFlatRow(line, next)) break;
    // («… администрации города / Чебоксары» and then the table's end: a name's last word wrapped onto a line of its own.)
    const lastWord = nextAt < 0 && /^[А-ЯЁ][а-яё-]+$/u.test(line) && /[а-яё]$/u.test(text) && (lines[k + 1] ?? '') === '';
    const goesOn = cells === null || /^[а-яё0-9(«",.;:–—-]/u.test(line) || k < nextAt || lastWord;
    if (!goesOn) break;
    const joined = joinWrapped([text, line]);
    const again = split(joined);
    if (again === null && cells !== null) break;
    text = joined;
    cells = again;
    to = k;
  }
  return cells === null ? null : { to, cells };
}

interface Cell {
  text: string;
  from: number;
  to: number;
  /** The last cell of a copy cut inside it: the row's cells after it are missing, not empty. */
  cut?: boolean;
}

/** A rule line of a table drawn in characters: «/------\», «|-------+------|», «+=====+». */
const BOX_BORDER = /^[/\\|+]?[-=+|]{10,}[/\\|+]?$/u;

/**
 * A table drawn in characters, as legal databases print one: rows between rule lines, each row's
 * cells apart by «|», a cell wrapped onto the next lines of the row (which leave the other cells
 * blank). A row ends at a rule line or where the next line starts a new number; the first row is
 * the header. A heading across the table («| 1. Организационное обеспечение |») is a row of one cell.
 */
function boxTable(lines: readonly string[], from: number, carried: readonly string[] | null = null): { rows: FoundRow[]; end: number } | null {
  const rows: FoundRow[] = [];
  let current: { from: number; to: number; cells: string[] } | null = null;
  const close = (): void => {
    if (current) rows.push({ from: current.from, to: current.to, cells: current.cells.map((c) => joinWrapped([c]).trim()) });
    current = null;
  };
  // A rule line after every row (not only under the header): the lines between two rules are one row, whatever its
  // first cell holds (a form's «| - МВД, ГУВД, УВД субъектов | 10 числа после | / | Российской Федерации, УВДТ, | … |»).
  let rules = 0;
  let segments = 0;
  let inSegment = false;
  for (let k = from + 1; k < lines.length && (BOX_BORDER.test(lines[k]!) || lines[k]!.startsWith('|')); k += 1) {
    if (BOX_BORDER.test(lines[k]!)) {
      rules += 1;
      inSegment = false;
    } else if (!inSegment) {
      segments += 1;
      inSegment = true;
    }
  }
  const ruled = segments >= 3 && rules >= segments;
  let j = from + 1;
  for (; j < lines.length; j += 1) {
    const t = lines[j]!;
    if (BOX_BORDER.test(t)) {
      close();
      continue;
    }
    if (!t.startsWith('|')) break;
    const cells = t.replace(/^\|/u, '').replace(/\|\s*$/u, '').split('|').map((c) => c.trim());
    const width = rows[0]?.cells.length ?? current?.cells.length ?? cells.length;
    const continues =
      current !== null &&
      cells.length === current.cells.length &&
      (cells[0] === '' || (ruled && !/^\d{1,3}(?:\.\d{1,3})*\.?$/u.test(cells[0]!)) || (rows.length === 0 && current.from === j - 1 && width === cells.length && /^(?:п\/п|пп)$/iu.test(cells[0]!)));
    if (current && continues) {
      const open = current;
      cells.forEach((c, k) => {
        if (c !== '') open.cells[k] = open.cells[k] === '' ? c : /-$/u.test(open.cells[k]!) ? `${open.cells[k]}${c}` : `${open.cells[k]} ${c}`;
      });
      open.to = j;
      continue;
    }
    close();
    current = { from: j, to: j, cells };
  }
  close();
  // («┌──┬──┐ / │1 │2 │3 │ … / ├──┼──┤ / │1.3. │Мониторинг …»: the table going on after a page break, its columns' numbers under the
  // top rule; its header is the one the table had on the page before.)
  const numbersOnly = (cells: readonly string[]): boolean => cells.length >= 3 && cells.every((c, k) => c === String(k + 1));
  if (rows[0] && numbersOnly(rows[0].cells) && carried && carried.length === rows[0].cells.length && rows.length >= 2) {
    rows[0] = { from, to: rows[0].to, cells: [...carried] };
  }
  const header = rows[0];
  if (!header || header.cells.length < 3 || rows.length < 2 || !header.cells.some((c) => /срок|дата|ответствен|исполнител|представля/iu.test(c))) return null;
  // The header starts at the top rule, so the rows that follow keep their own lines.
  rows[0] = { ...header, from };
  const width = header.cells.length;
  for (const r of rows) while (r.cells.length < width) r.cells.push('');
  return { rows: formSchedule(rows), end: j };
}

/** A statistical form's periodicity in its title: «ФОРМА N 4-МВ-НОН / квартальная» → the adverb its terms take. */
const FORM_PERIOD: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}])(?:месячная|ежемесячная)(?![\p{L}])/iu, 'ежемесячно'],
  [/(?<![\p{L}])(?:квартальная|ежеквартальная)(?![\p{L}])/iu, 'ежеквартально'],
  [/(?<![\p{L}])(?:полугодовая)(?![\p{L}])/iu, 'раз в полугодие'],
  [/(?<![\p{L}])(?:годовая|ежегодная)(?![\p{L}])/iu, 'ежегодно'],
];

/**
 * The title block of a statistical form, «Представляют: | Сроки представления: | ФОРМА N … квартальная»: who reports is
 * the first column, each listed after «-» and sending «в» the body that gathers the reports («- ГИАЦ МВД России; -
 * территориальные органы ФСКН России в ФСКН России»); the terms («10 числа после отчетного периода») recur as often as
 * the form's title says. Rows of any other table are returned as they are.
 */
function formSchedule(rows: FoundRow[]): FoundRow[] {
  const header = rows[0]!.cells;
  const who = header.findIndex((c) => /^представля(?:ют|ет)\s*:?$/iu.test(c.trim()));
  const term = header.findIndex((c) => /^сроки?\s+представлени/iu.test(c.trim()));
  if (who < 0 || term < 0) return rows;
  const period = FORM_PERIOD.find(([re]) => header.some((c) => re.test(c)))?.[1] ?? null;
  // (The form's own cell, «ФОРМА N 4-МВ-НОН квартальная», names what is reported: the task of every row.)
  const form = header.findIndex((c) => /^форма\s/iu.test(c.trim()));
  return rows.map((r, i) => {
    if (i === 0) return { ...r, cells: r.cells.map((c, k) => (k === who ? 'Исполнитель' : c)) };
    const cells = [...r.cells];
    const reporters = (cells[who] ?? '')
      .split(/\s*;\s*(?=[-–—]\s)/u)
      .map((p) => p.replace(/^[-–—]\s*/u, '').replace(/\s+в\s+[А-ЯЁ][^;]*$/u, '').replace(/[;,.\s]+$/u, '').trim())
      .filter((p) => p !== '');
    cells[who] = reporters.join('; ');
    if (form >= 0 && (cells[form] ?? '').trim() === '') cells[form] = header[form]!.trim();
    const t = (cells[term] ?? '').trim();
    if (period !== null && t !== '' && !/(?<![\p{L}])(?:еже[а-яё]+о|раз\s+в)(?![\p{L}])/iu.test(t)) cells[term] = `${period} ${t}`;
    return { ...r, cells };
  });
}

/** The cells of a «|»-separated zone from line `from`: the zone ends where thirty lines in a row hold no «|». */
function pipedCells(lines: readonly string[], from: number): { cells: Cell[]; end: number } {
  let last = from;
  for (let j = from; j < lines.length && j - last <= 30; j += 1) if (lines[j]!.includes('|')) last = j;
  const cells: Cell[] = [];
  let acc: string[] = [];
  let start = from;
  // («№ п/п | Решение | Ответственный | Срок» with no border at either end: each line is a row, its end the last cell's, though a
  // row with empty cells ends in «| |».)
  const width = lines[from]!.split('|').length;
  const borderless = width >= 3 && !/^\s*\|/u.test(lines[from]!) && !/\|\s*$/u.test(lines[from]!);
  // («4 | Ускорить выполнение работ …, | Отдел ЖКХ … | до 01.09.2017 | / ⇥ | обеспечить еженедельный контроль … | | |»: in a
  // borderless table a line whose number cell is blank goes on the row above it, cell by cell.)
  const own = lines.slice(0, last + 1).map((l) => l);
  if (borderless) {
    for (let j = from + 1; j <= last; j += 1) {
      const pieces = own[j]!.split('|');
      const above = own[j - 1]!.split('|');
      if (pieces.length !== width || above.length !== width || pieces[0]!.trim() !== '' || above[0]!.trim() === '' || pieces.every((x) => x.trim() === '')) continue;
      own[j - 1] = above.map((x, k) => (pieces[k]!.trim() === '' ? x : `${x.trimEnd()} ${pieces[k]!.trim()}`)).join('|');
      own[j] = '';
    }
  }
  for (let j = from; j <= last; j += 1) {
    // (Markdown's rule under the header, «|---|---|---|», is no row.)
    if (/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u.test(own[j]!)) continue;
    const pieces = own[j]!.split('|');
    pieces.forEach((piece, k) => {
      const text = piece.trim();
      if (acc.length === 0 && text === '' && k < pieces.length - 1) start = j;
      if (text !== '') {
        if (acc.length === 0) start = j;
        acc.push(text);
      }
      if (k < pieces.length - 1 || (borderless && pieces.length === width && (j === from || /^\s*\d{1,3}(?:\.\d{1,3})*\.?\s*$/u.test(pieces[0]!)))) {
        cells.push({ text: joinWrapped(acc), from: start, to: j });
        acc = [];
      }
    });
  }
  // A copy cut inside a cell («3. | Сформировать две оперативные группы … стоящих при проведении / ав» and nothing after):
  // the unfinished cell is the table's last, and the end of the text ends it.
  const rest = lines.slice(last + 1);
  const cut = rest.filter((l) => l.trim() !== '');
  if (cut.length > 0 && rest.length <= 30 && /\|\s*$/u.test(lines[last] ?? '') && cells.length > 0) {
    const first = last + 1 + rest.findIndex((l) => l.trim() !== '');
    cells.push({ text: joinWrapped(cut.map((l) => l.trim())), from: first, to: lines.length - 1, cut: true });
    return { cells, end: lines.length };
  }
  return { cells, end: last + 1 };
}

function headerOf(cells: readonly Cell[], wrapped = false): Cell[] {
  const names: Cell[] = [];
  for (const c of cells) {
    if (c.text === '' && names.length === 0) continue;
    const last = names[names.length - 1];
    // («Срок» / «исполнения», «Ответственные» / «исполнители»: a name wrapped onto a line of its own, in lower case.)
    if (wrapped && last && c.from === last.to + 1 && /^\p{Ll}[\p{Ll}\s,()-]{2,30}$/u.test(c.text) && !/^п\s*\/\s*п/iu.test(c.text) && !/^(?:№|n)$/iu.test(last.text)) {
      names[names.length - 1] = { text: `${last.text} ${c.text}`, from: last.from, to: c.to };
      continue;
    }
    // («Срок исполнения» / «(дата, время проведения)»: a name's note in parentheses on a line of its own.)
    if (last && /^\([^()]{2,50}\)$/u.test(c.text)) {
      names[names.length - 1] = { text: `${last.text} ${c.text}`, from: last.from, to: c.to };
      continue;
    }
    if (c.text === '' || c.text.length > 60 || !COLUMN_NAME.test(c.text)) break;
    // «№» / «п/п» on two lines: one column's name.
    if (last && /^(?:№|n)$/iu.test(last.text) && /^п\s*\/\s*п\.?$/iu.test(c.text) && c.from === last.to + 1) {
      names[names.length - 1] = { text: `${last.text} ${c.text}`, from: last.from, to: c.to };
      continue;
    }
    names.push(c);
  }
  const hasTerm = names.some((n) => /срок|ответственн|исполнител|дата|время/iu.test(n.text));
  return names.length >= 3 && hasTerm ? names : [];
}

/** A person's name alone in a cell, maybe with «(по согласованию)» or a comma after it: «Тюркин А.М.», «Петров И. И.,». */
const NAME_PIECE = new RegExp(`^(?:\\(по\\s+согласованию\\)[,;]?\\s*)?${SURNAME_INITIALS}(?:\\s*\\(по\\s+согласованию\\))?[,;]?$`, 'u');
/** The rest of an executors cell on a line of its own: «(по согласованию),», «главы администраций муниципальных районов …». */
const EXECUTOR_PIECE = /^(?:\(по\s+согласованию\)[,;]?(?:\s+\p{Ll}.*)?|(?:глав[аы]|руководител[ьи]|начальник[иа]?|директор[аы]?|заместител[ьи]|специалист[ыа]?|председател[ьи])\s+\p{Ll}[^.]*|\p{Ll}[^.:]*|[^.:]*,\s*[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?[,;]?)$/u;

/** A post or a body that answers, capitalised on a line of its own: «Глава поселения», «Старосты населённых пунктов», «МКУ «…»». */
const POST_PIECE = /^(?:(?:Глав[аы]|Руководител[ьи]|Начальник[иа]?|Директор[аы]?|Заместител[ьи]|Специалист[ыа]?|Председател[ьи]|Старост[аы]|Инспектор[аы]?|Член(?:ы)?|Секретар[ьи])(?:\s[^.:;]{0,80})?|(?:МКУ|МБУ|МУП|МКОУ|МБОУ|МАУ|ГКУ|ГБУ|ОМВД|ЕДДС|Отдел|Управление|Администрация)\s[^:;]{2,80})$/u;

/** Group body cells into rows of `width`: at number cells when the first column is «№», else by count. */
function rowsOf(body: readonly Cell[], width: number, numbered: boolean): FoundRow[] {
  const rows: FoundRow[] = [];
  let r = 0;
  // «1 | 2 | 3 | 4 |»: the columns' own numbers.
  if (body.slice(0, width).every((c, k) => c.text === String(k + 1))) r = width;
  let expect = 1;
  while (r < body.length) {
    if (numbered) {
      const number = isRowNumber(body[r]!.text);
      if (number === null) {
        // A row whose number cell is empty, or a section heading written as a row («| Организация … : | | |»): width cells
        // up to the next number (or the next empty number cell).
        const after = body[r + width];
        if (body[r]!.text === '' && (body[r + 1]?.text ?? '') !== '' && (after === undefined || after.text === '' || isRowNumber(after.text) !== null)) {
          const cells = body.slice(r, r + width).map((c) => c.text);
          while (cells.length < width) cells.push('');
          rows.push({ from: body[r + 1]!.from, to: body[Math.min(body.length, r + width) - 1]!.to, cells });
          r += width;
          continue;
        }
        // A section heading across the row («1. Подготовительные мероприятия») or an empty cell.
        // («Дом Культуры | | | | |»: a heading over the section's rows, its other cells empty.)
        // («II. Поддержка и развитие добровольческой деятельности»: a section numbered in Roman figures.)
        if (/^(?:\d{1,3}|[IVX]{1,5})\.?\s+\S/u.test(body[r]!.text) || body[r]!.text === '' || (r + 1 < body.length && isRowNumber(body[r + 1]!.text) !== null) || (body[r]!.text.length <= 80 && body[r + 1]?.text === '' && body[r + 2]?.text === '')) {
          r += 1;
          continue;
        }
        break;
      }
      if (Number(number.split('.')[0]) < expect - 1) break;
      const next = String(Number(number.split('.')[0]) + 1);
      let e = r + 1;
      while (e < body.length && e - r < width && isRowNumber(body[e]!.text)?.split('.')[0] !== next) e += 1;
      let cells = body.slice(r, e).map((c) => c.text);
      // «3. / Проведение месячника … / с 12.08. / по 12.09. / Феськов В.М., Матвеев С.С. / главы сельских поселений / 4.»: a
      // span's end in a cell of its own, and the executors on two more, before the next row's number.
      if (e - r === width && width >= 3) {
        let x = e;
        while (x < body.length && x - r < width + 3 && isRowNumber(body[x]!.text)?.split('.')[0] !== next) x += 1;
        const extra = body.slice(e, x).map((c) => c.text);
        const span = cells.findIndex((c, k) => k > 0 && /^с\s+\d/iu.test(c) && /^по\s+\d/iu.test(cells[k + 1] ?? ''));
        if (extra.length > 0 && x < body.length && span > 0 && extra.length <= 2) {
          const merged = [...cells.slice(0, span), `${cells[span]!} ${cells[span + 1]!}`, ...cells.slice(span + 2), ...extra];
          cells = [...merged.slice(0, width - 1), merged.slice(width - 1).join(', ')];
          e = x;
        }
      }
      // «1. / Организовать … / 30.05.2017 / Максимкин В.М. / Тюркин А.М. / Тултаев П.Н. / (по согласованию), / главы
      // администраций … / 2.»: a Word cell with one name per paragraph, copied a paragraph a line — the names after the row's
      // last cell, up to the next row's number (or the copy's end), go on that cell.
      if (e - r === width && width >= 3 && (NAME_PIECE.test(cells[width - 1]!) || POST_PIECE.test(cells[width - 1]!) || EXECUTOR_PIECE.test(cells[width - 1]!))) {
        let x = e;
        // (A line that goes on a phrase the line above left open, «муниципальных районов / Республики Мордовия,», is its.)
        const open = (k: number): boolean => k > e && /\p{Ll}$/u.test(body[k - 1]!.text) && !/[.:]/u.test(body[k]!.text);
        // (Up to the next row's number, «1.4.» or «2.», or a numbered section's heading, «2. Организационное сопровождение».)
        const rowStarts = (k: number): boolean => isRowNumber(body[k]!.text) !== null || /^\d{1,3}\.\s+[А-ЯЁ]/u.test(body[k]!.text);
        // (Not a post that opens past a wider gap than the row's own cells leave between them: «… / Сидоров С.С. / (blank) /
        // Глава поселения / Иванов И.И.» is the signature under the table.)
        let gap = 1;
        for (let k = r + 1; k < e; k += 1) gap = Math.max(gap, body[k]!.from - body[k - 1]!.to);
        const signs = (k: number): boolean => body[k]!.from - body[k - 1]!.to > gap && /^[А-ЯЁ]/u.test(body[k]!.text) && POST_PIECE.test(body[k]!.text);
        while (x < body.length && x - e < 8 && !rowStarts(x) && !signs(x) && (body[x]!.text === '' || NAME_PIECE.test(body[x]!.text) || EXECUTOR_PIECE.test(body[x]!.text) || POST_PIECE.test(body[x]!.text) || open(x))) x += 1;
        const signed = x < body.length && signs(x);
        const extra = body.slice(e, x).map((c) => c.text).filter((t) => t !== '');
        if (extra.length > 0 && (x === body.length || rowStarts(x) || signed)) {
          // (Each name is one more executor; a line that goes on the phrase above it, or a «(по согласованию)», is not.)
          // (A name right after a post with no name yet is that post's: «Специалист по ГО и ЧС / Лукина О.В.».)
          const named = (text: string): boolean => /[А-ЯЁ]\.\s?[А-ЯЁ]\.?\)?[,;]?$/u.test(text);
          const joined = extra.reduce((all, piece) => `${all}${/[,;(]$|\p{Ll}$/u.test(all) || piece.startsWith('(') || (NAME_PIECE.test(piece) && !named(all) && POST_PIECE.test(all.split(/,\s*/u).pop() ?? '')) ? ' ' : ', '}${piece}`, cells[width - 1]!.trim());
          cells = [...cells.slice(0, width - 1), joined.replace(/\s+/gu, ' ')];
          e = x;
        }
      }
      // (A row cut short by the end of the copy keeps only the cells it has: the others are missing, not empty. The copy's
      // last cell ending in mid-word, «… мемориального комплекса «Речечк», is such a cut.)
      const cutAtEnd = e === body.length && e - r < width && !/[.;:!?»")]\s*$/u.test(body[e - 1]!.text);
      while (cells.length < width && !body[e - 1]!.cut && !cutAtEnd) cells.push('');
      rows.push({ from: body[r]!.from, to: body[e - 1]!.to, cells });
      expect = Number(number.split('.')[0]) + 1;
      r = e;
    } else {
      const slice = body.slice(r, r + width);
      if (slice.length < width || slice.every((c) => c.text === '')) break;
      rows.push({ from: slice[0]!.from, to: slice[slice.length - 1]!.to, cells: slice.map((c) => c.text) });
      r += width;
    }
  }
  return rows;
}

function pipedTable(lines: readonly string[], from: number): { rows: FoundRow[]; end: number } | null {
  const { cells, end } = pipedCells(lines, from);
  const names = headerOf(cells);
  if (names.length === 0) return null;
  const width = names.length;
  const body = cells.slice(cells.indexOf(names[width - 1]!) + 1);
  const numbered = /^(?:№|n|no|nn|№№|п\/п|пп)/iu.test(names[0]!.text);
  const rows = [{ from, to: names[width - 1]!.to, cells: names.map((n) => n.text) }, ...rowsOf(body, width, numbered)];
  return { rows, end: Math.max(end, rows[rows.length - 1]!.to + 1) };
}

/**
 * A «|» table whose copy starts below its header («9. | Информирование учителей … | По графику педсоветов | Михайлова
 * Н.Н. Лабецкая Е.Л. |», then «10 | …»): rows counted on from the first one's number, each a task, then a cell that
 * reads as a term, then the executors. Three such rows at least; a row without a term cell ends the table.
 */
function headerlessPipedTable(lines: readonly string[], from: number): { rows: FoundRow[]; end: number } | null {
  const { cells, end } = pipedCells(lines, from);
  const filled = cells.filter((c) => c.text !== '');
  const rows: FoundRow[] = [];
  let k = 0;
  let expect = Number(isRowNumber(filled[0]?.text ?? '')?.split('.')[0] ?? NaN);
  while (k < filled.length && isRowNumber(filled[k]!.text) === String(expect)) {
    let e = k + 1;
    while (e < filled.length && isRowNumber(filled[e]!.text) !== String(expect + 1)) e += 1;
    const own = filled.slice(k + 1, e).map((c) => c.text);
    const term = own.findIndex((c, j) => j > 0 && termCell(c));
    if (term < 1 || own.length - term > 2) break;
    rows.push({ from: filled[k]!.from, to: filled[e - 1]!.to, cells: [String(expect), own.slice(0, term).join(' '), own[term]!, own.slice(term + 1).join(' ')] });
    expect += 1;
    k = e;
  }
  if (rows.length < 3) return null;
  return { rows: [{ from: rows[0]!.from, to: rows[0]!.from, cells: ['№', 'Мероприятие', 'Срок', 'Ответственный'] }, ...rows], end: Math.max(rows[rows.length - 1]!.to + 1, Math.min(end, rows[rows.length - 1]!.to + 4)) };
}

/** One cell per line: the header's lines name the columns; a row starts at a line that is its number. */
function lineTable(lines: readonly string[], from: number): { rows: FoundRow[]; end: number } | null {
  // The header first, on the next dozen lines: most lines start no table, and the body scan is long.
  const head: Cell[] = [];
  for (let j = from; j < lines.length && head.length < 12; j += 1) if (lines[j] !== '') head.push({ text: lines[j]!, from: j, to: j });
  if (headerOf(head).length === 0) return null;
  const cells: Cell[] = [];
  for (let j = from; j < lines.length; j += 1) {
    const t = lines[j]!;
    if (t === '') {
      // A blank line inside the header is a copy that parts every cell («Наименование мероприятия / (blank) / Сроки …»).
      if (cells.length > 0 && cells.length < 12 && headerOf(cells).length === 0 && !cells.every((c) => COLUMN_NAME.test(c.text) && c.text.length <= 60)) return null;
      continue;
    }
    cells.push({ text: t, from: j, to: j });
    if (cells.length > 4000) break;
  }
  // («№ / п/п / Наименование мероприятия / Срок / исполнения / Ответственные / исполнители / Ожидаемый / результат», numbered
  // rows whose cells wrap onto lines of their own: the names read with their wrapped lines, the rows by what their lines hold.)
  // (Only when some name did wrap: the names read line by line differ.)
  const wrappedNames = headerOf(cells.slice(0, 16), true);
  const plainNames = headerOf(cells.slice(0, 12));
  if (wrappedNames.length >= 4 && wrappedNames.map((n) => n.text).join('|') !== plainNames.map((n) => n.text).join('|')) {
    const byLines = segmentRows(cells.slice(cells.indexOf(wrappedNames[wrappedNames.length - 1]!) + 1), wrappedNames);
    if (byLines.length >= 2) {
      const rows = [{ from, to: wrappedNames[wrappedNames.length - 1]!.to, cells: wrappedNames.map((n) => n.text) }, ...byLines];
      return { rows, end: rows[rows.length - 1]!.to + 1 };
    }
  }
  const names = plainNames;
  if (names.length === 0) return null;
  const width = names.length;
  const body = cells.slice(cells.indexOf(names[width - 1]!) + 1);
  // A blank line after every cell of the header («Наименование мероприятия / (blank) / Сроки / (blank) / …»): the copy
  // parts cells by blank lines, and a cell's text may wrap onto more lines — each run of lines is one cell. (Rows
  // with a number column are parted at their numbers, and their cells may hold lines of two columns: read both ways.)
  const byParagraph = names.every((n, k) => k === 0 || n.from - names[k - 1]!.to >= 2);
  if (!/^(?:№|n|no|nn|№№|п\/п)/iu.test(names[0]!.text)) {
    return (byParagraph ? unnumberedLineTable(names, paragraphCells(body), from) : null) ?? unnumberedLineTable(names, body, from);
  }
  const paragraphRows = byParagraph ? rowsOf(paragraphCells(body), width, true) : [];
  const lineRows = rowsOf(body, width, true);
  // (Rows read line by line come first; the joined cells only when they give more rows. When no row reads line by
  // line, a row's task and term may share a paragraph: groupTable and the other readers take it.)
  let numbered = lineRows.length > 0 && paragraphRows.length > lineRows.length ? paragraphRows : lineRows;
  // (Cells that wrap onto more lines with no blank line between them: each row's lines read by what they hold.)
  const bySegment = segmentRows(body, names);
  const terms = (rows: readonly FoundRow[], at: number): number => rows.filter((r) => termCell(r.cells[at] ?? '')).length;
  const termAt = names.findIndex((n) => /срок|дата/iu.test(n.text));
  // (Or more rows with as many terms: rows whose empty cells the copy left as blank lines.)
  if (termAt > 0 && ((bySegment.length >= numbered.length && terms(bySegment, termAt) > terms(numbered, termAt)) || (bySegment.length > numbered.length && terms(bySegment, termAt) === terms(numbered, termAt)))) numbered = bySegment;
  if (numbered.length === 0) return groupTable(lines, names, names[width - 1]!.to + 1);
  const rows = [{ from, to: names[width - 1]!.to, cells: names.map((n) => n.text) }, ...numbered];
  return { rows, end: rows[rows.length - 1]!.to + 1 };
}

/**
 * «1. / Представить график … с лик- / указанием численности … / ООО «СтройИнвест-Т» / (по согласованию) / в течение 10 рабочих
 * дней / 2. …»: a numbered row whose cells wrap onto lines of their own with no blank line to part them, read by what its lines
 * hold — the task, its lines going on in lower case; the term, the first line after the task that reads as one; the executors,
 * the lines between or after them (as the header orders the columns: task, executors, term, or task, term, executors).
 */
function segmentRows(all: readonly Cell[], names: readonly Cell[]): FoundRow[] {
  const at = (re: RegExp): number => names.findIndex((n) => re.test(n.text));
  const task = at(/мероприяти|наименовани|содержани|поручени|задач|вопрос|решени/iu);
  const term = at(/срок|дата/iu);
  const who = at(/ответствен|исполнител/iu);
  // (A fifth column after the executors, «Ожидаемый результат», «Примечание»: its lines follow the executors', which go on
  // only after a line that ends with a comma.)
  const tail = names.length === 5 && /результат|примечани|отметк/iu.test(names[4]!.text) ? 4 : -1;
  // («№ | Поручение | Ответственный исполнитель | Срок исполнения | Отметка об исполнении»: the mark after the term, as well.)
  if (task !== 1 || term < 0 || who < 0 || (names.length !== 4 && tail < 0) || (tail >= 0 && !((who === 3 && term === 2) || (who === 2 && term === 3)))) return [];
  // The columns' own numbers under the header («1 / 2 / 3 / 4 / 5»), and the header again after a page break with its page's
  // number before it, are no part of any row.
  const header = new Set(names.flatMap((n) => n.text.split(/\s+(?=\p{Ll})/u).concat(n.text)));
  const numbersRun = (k: number): number => {
    let w = 0;
    while (k + w < all.length && all[k + w]!.text === String(w + 1)) w += 1;
    return w;
  };
  const body: Cell[] = [];
  for (let i = 0; i < all.length; i += 1) {
    const c = all[i]!;
    if (numbersRun(i) === names.length && (i === 0 || header.has(all[i - 1]!.text))) {
      i += names.length - 1;
      continue;
    }
    if (header.has(c.text) || /^(?:№|n)$/iu.test(c.text) || /^п\s*\/\s*п\.?$/iu.test(c.text)) continue;
    if (/^\d{1,3}$/u.test(c.text) && /^(?:№|n)$/iu.test(all[i + 1]?.text ?? '')) continue;
    body.push(c);
  }
  const rows: FoundRow[] = [];
  const numberAt = (k: number): string | null => (k < body.length ? isRowNumber(body[k]!.text) : null);
  let k = 0;
  // (A question's own table under «РЕШИЛИ:» starts at its first decision: «2.1.».)
  while (k < body.length && numberAt(k) !== '1' && !/^\d{1,2}\.1$/u.test(numberAt(k) ?? '')) k += 1;
  while (k < body.length && numberAt(k) !== null) {
    const current = numberAt(k)!;
    const number = body[k]!;
    let e = k + 1;
    // (The last row ends at the signature under the table: «Министр            Ю.В. Ракитин».)
    // (Nor the control clause under it: «Контроль за исполнением решений комиссии оставляю за собой.»)
    while (e < body.length && !(numberAt(e) !== null && followsRow(current, numberAt(e)!)) && !/^[-–—]\s*\d{1,3}\s*[-–—]$/u.test(body[e]!.text) && !SIGNATURE_CELL.test(body[e]!.text) && !CONTROL_CELL.test(body[e]!.text) && !SECTION_CELL.test(body[e]!.text)) e += 1;
    const own = body
      .slice(k + 1, e)
      // (A page's bare number inside a row, where the page broke in the middle of a cell.)
      .filter((c) => c.text !== '' && !/^\d{1,3}$/u.test(c.text))
      // (A section's heading between two rows, «II. Поддержка и развитие …», is no part of the row above it.)
      .filter((c, i, list) => !(/^(?:[IVX]{1,5}|\d{1,3})\.\s+[А-ЯЁ]/u.test(c.text) && i === list.length - 1));
    if (own.length === 0) break;
    // The task's lines: up to the first line that reads as a term; before a term column, lines that go on in lower case or
    // after a hyphen, or (when the term comes right after the task) any line before the term.
    const firstTerm = own.findIndex((c, i) => i >= 1 && termCell(c.text));
    let t = 1;
    if (term < who && firstTerm > 0) t = firstTerm;
    else while (t < own.length && (/^\p{Ll}/u.test(own[t]!.text) || /[-‑]$/u.test(own[t - 1]!.text)) && !termCell(own[t]!.text)) t += 1;
    // («1.1. / Информацию принять к сведению. / (blank) / (blank)»: a row whose executors and term are empty cells, which the copy
    // left as blank lines — the task alone, or with its executors, and no term.)
    const found = own.findIndex((c, i) => i >= t && termCell(c.text));
    if (found < 0 && (own.length > 3 || term < who)) break;
    const d = found < 0 ? own.length : found;
    let dEnd = found < 0 ? own.length : d + 1;
    // («ежеквартально, до» / «10 числа месяца,» / «следующего за» / «отчетным кварталом», «по мере» / «необходимости»: a term
    // wrapped in its cell goes on after a line left open.)
    while (dEnd < own.length && (allDeadline(own[dEnd]!.text) || (/[,-]$|(?:^|\s)(?:до|с|по|за|мере|в\s+течение)$/u.test(own[dEnd - 1]!.text) && /^[\p{Ll}\d]/u.test(own[dEnd]!.text)))) dEnd += 1;
    const taskText = joinWrapped(own.slice(0, t).map((c) => c.text));
    const termText = own.slice(d, dEnd).map((c) => c.text).join(' ');
    let whoLines = term > who ? own.slice(t, d) : own.slice(dEnd);
    const cells = names.map(() => '');
    if (tail >= 0 && term > who) cells[tail] = joinWrapped(own.slice(dEnd).map((c) => c.text));
    else if (tail >= 0 && whoLines.length > 1) {
      // The executors go on while a line ends open (a comma, a semicolon, a preposition, an open bracket or quote) or the next
      // one goes on a name (lower case, a genitive, «МКУ …» after a semicolon); the result starts at the first line that does not.
      let w = 1;
      const open = (text: string): number => (text.match(/[(«]/gu)?.length ?? 0) - (text.match(/[)»]/gu)?.length ?? 0);
      let depth = open(whoLines[0]!.text);
      while (w < whoLines.length) {
        const prev = whoLines[w - 1]!.text;
        const line = whoLines[w]!.text;
        // («Комитет социального» / «развития Администрации» / «Петрозаводского» / «городского округа»: an adjective left hanging,
        // a capitalised genitive going on.)
        const goesOn = depth > 0 || /[,;]$/u.test(prev) || nameGoesOn(prev, line);
        if (!goesOn) break;
        depth += open(line);
        w += 1;
      }
      cells[tail] = joinWrapped(whoLines.slice(w).map((c) => c.text));
      whoLines = whoLines.slice(0, w);
    }
    cells[0] = number.text;
    cells[task] = taskText;
    cells[term] = termText;
    cells[who] = executorsCell(whoLines.map((c) => c.text));
    rows.push({ from: number.from, to: own[own.length - 1]!.to, cells });
    k = e;
    // («По второму вопросу / СЛУШАЛИ: …»: the protocol's next question ends the table; its own table follows under it.)
    if (k < body.length && SECTION_CELL.test(body[k]!.text)) break;
    // (Past a page break's number and header to the next row.)
    while (k < body.length && !(numberAt(k) !== null && followsRow(current, numberAt(k)!))) k += 1;
  }
  return rows;
}

/** Whether row number `next` can follow `prev` in a table: «3» after «2», «2.1» after «2», «1.2» after «1.1», «2.1» after «1.3». */
function followsRow(prev: string, next: string): boolean {
  const a = prev.split('.').map(Number);
  const b = next.split('.').map(Number);
  if (b.length === a.length + 1 && a.every((x, i) => b[i] === x) && b[a.length] === 1) return true;
  for (let level = 0; level < Math.min(a.length, b.length); level += 1) {
    if (a.slice(0, level).every((x, i) => b[i] === x) && b[level] === a[level]! + 1 && b.slice(level + 1).every((x) => x === 1)) return true;
  }
  return false;
}

/** A protocol's next question after a table: «По второму вопросу», «СЛУШАЛИ: …», «РЕШИЛИ:». */
const SECTION_CELL = /^(?:[Пп]о\s+[а-яё]+\s+вопросу(?:\s+повестки(?:\s+дня)?)?\s*:?$|(?:[IVX]{1,4}\.\s*)?(?:СЛУШАЛИ|ВЫСТУПИЛИ|РЕШИЛИ)(?![\p{L}]))/u;

/** The act's control clause under a table: «Контроль за исполнением решений комиссии оставляю за собой.» */
const CONTROL_CELL = /^Контроль\s+(?:за\s+)?(?:исполнени|выполнени)[а-яё]*\s+\S.*(?:оставляю\s+за\s+собой|возложить|возлагаю|осуществля)/iu;

/** A post and a name with initials set apart by a run of spaces: a signature line, not a cell. */
const SIGNATURE_CELL = /^[А-ЯЁ][а-яё]+(?:\s+\S+){0,8}?\s{3,}(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/u;

/** Cells that stand on adjacent lines joined: each run of lines between blank lines is one cell. */
function paragraphCells(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (last && c.from === last.to + 1) out[out.length - 1] = { text: joinWrapped([last.text, c.text]), from: last.from, to: c.to };
    else out.push(c);
  }
  return out;
}

/** What a deadline cell of a plan says when it is not a date: «Весь период», «постоянно», «ежемесячно», «в течение года». */
const TERM_WORDS = /^(?:весь\s+период|постоянно|ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно|в\s+течение|в\s+теч\.|по\s+мере|в\s+период|регулярно|по\s+необходимости|по\s+отдельному|в\s+соответствии|по\s+(?:графику|плану|просьбе|запросу|заявк[аме])|(?:\d|один|два|две|три)\s+раза?\s+в\s+(?:год|полугодие|квартал|четверть|месяц|неделю|день)|к\s+(?:следующему|очередному)\s+(?:заседанию|совещанию)|незамедлительно)/iu;

/** «первая декада марта», «в начале апреля», «конец мая», «середина июня»: a part of a month. */
const MONTH_PART = new RegExp(`^(?:(?:перв|втор|трет|последн)[а-яё]*\\s+декад[а-яё]*|(?:в\\s+)?(?:начал[оае]|конц[еа]|конец|середин[аеуы])(?:\\s+месяца)?)\\s+${MONTH_WORD}`, 'iu');

function termCell(text: string): boolean {
  return startsDeadline(text) || allDeadline(text) || TERM_WORDS.test(text) || MONTH_PART.test(text) || new RegExp(`^${MONTH_WORD}(?:[\\s,–—-]+${MONTH_WORD})*`, 'iu').test(text);
}

/**
 * One cell per line under a header with no number column («Наименование мероприятия / Сроки / Ответственный»):
 * the rows by count, as long as each row's deadline cell reads as a term.
 */
function unnumberedLineTable(names: readonly Cell[], body: readonly Cell[], from: number): { rows: FoundRow[]; end: number } | null {
  const width = names.length;
  const termAt = names.findIndex((n) => DEADLINE_COLUMN.test(n.text));
  const taskAt = names.findIndex((n) => TASK_COLUMN.test(n.text));
  if (termAt < 0 || taskAt < 0) return null;
  if (termAt === 0 && taskAt === 1) return dateFirstTable(names, body, from);
  const numbered = isRowNumber(body[0]?.text ?? '') !== null ? numberedUnderPlainHeader(names, body, from) : gluedNumbers(body) ? numberedUnderPlainHeader(names, splitGluedNumbers(body), from) : null;
  if (numbered) return numbered;
  const rows: FoundRow[] = [];
  for (let r = 0; r + width <= body.length; r += width) {
    const slice = body.slice(r, r + width);
    const term = slice[termAt]!.text;
    if (!termCell(term) || termCell(slice[taskAt]!.text)) break;
    rows.push({ from: slice[0]!.from, to: slice[width - 1]!.to, cells: ['', ...slice.map((c) => c.text)] });
  }
  if (rows.length < 2) return null;
  return { rows: [{ from, to: names[width - 1]!.to, cells: ['№', ...names.map((n) => n.text)] }, ...rows], end: rows[rows.length - 1]!.to + 1 };
}

/** A section's heading in roman numbers («I. Общие организационные мероприятия»). */
const ROMAN_SECTION = /^([IVX]{1,5})\.\s+(\S.*)$/u;
/** A row's number glued to its task's first line («1.1. Уточнить персональный состав …»). */
const GLUED_ROW = /^(\d{1,3}(?:\.\d{1,3})*)(?:[.)]?\s+|[.)](?=[А-ЯЁ«"]))(\S.*)$/u;

/** The body's first row (after any sections in roman numbers) starts with its number glued to the task. */
function gluedNumbers(body: readonly Cell[]): boolean {
  const first = body.find((c) => !ROMAN_SECTION.test(c.text));
  return first !== undefined && /^\d{1,3}(?:\.\d{1,3})*[.)](?:\s|[А-ЯЁ«"])/u.test(first.text);
}

/** Numbers glued to their text, and sections in roman numbers, parted into a number cell and a text cell. */
function splitGluedNumbers(body: readonly Cell[]): Cell[] {
  return body.flatMap((c) => {
    const m = ROMAN_SECTION.exec(c.text) ?? (/^\d{1,3}(?:\.\d{1,3})*[.)](?:\s|[А-ЯЁ«"])/u.test(c.text) ? GLUED_ROW.exec(c.text) : null);
    return m ? [{ ...c, text: m[1]! }, { ...c, text: m[2]! }] : [c];
  });
}

/**
 * A header with no number column over rows that are numbered all the same, one cell per line («1.» / task /
 * term / place over two lines / executors), sections with their own number and no term between them: a row
 * runs from its number to the next; its term is the first cell after the task that reads as one, its
 * executors the last cell, the task everything before the term.
 */
function numberedUnderPlainHeader(names: readonly Cell[], body: readonly Cell[], from: number): { rows: FoundRow[]; end: number } | null {
  const kinds = names.map((n) => (DEADLINE_COLUMN.test(n.text) ? 'term' : EXECUTOR_COLUMN.test(n.text) ? 'executors' : TASK_COLUMN.test(n.text) ? 'task' : 'other'));
  if (!kinds.includes('term') || !kinds.includes('task')) return null;
  // Each number line opens a group; sections («1.» / «Организационные мероприятия» / «1.1» / …) are groups with no term.
  const starts = body.flatMap((c, i) => (isRowNumber(c.text) !== null || /^[IVX]{1,5}$/u.test(c.text) ? [i] : []));
  const rows: FoundRow[] = [];
  for (let k = 0; k < starts.length; k += 1) {
    const at = starts[k]!;
    let end = starts[k + 1] ?? body.length;
    if (end - at > names.length + 5) end = at + names.length + 5;
    const cells = body.slice(at + 1, end).map((c) => c.text);
    const term = cells.findIndex((c, i) => i > 0 && termCell(c));
    if (term < 1) {
      // A section heading has a line or two; anything longer without a term ends the table.
      if (cells.length <= 2 && k + 1 < starts.length) continue;
      break;
    }
    const task = cells.slice(0, term).join(' ');
    const last = kinds.includes('executors') && cells.length - 1 > term ? cells.length - 1 : -1;
    const others = cells.slice(term + 1, last < 0 ? cells.length : last).join(' ');
    let otherUsed = false;
    const row = kinds.map((kind) => {
      if (kind === 'task') return task;
      if (kind === 'term') return cells[term]!;
      if (kind === 'executors') return last < 0 ? '' : cells[last]!;
      if (otherUsed) return '';
      otherUsed = true;
      return others;
    });
    rows.push({ from: body[at]!.from, to: body[end - 1]!.to, cells: [isRowNumber(body[at]!.text)!, ...row] });
  }
  // One row is a table when the header names its task, term and executors columns all three (a copy cut after its first row).
  if (rows.length < (kinds.includes('executors') ? 1 : 2)) return null;
  return { rows: [{ from, to: names[names.length - 1]!.to, cells: ['№', ...names.map((n) => n.text)] }, ...rows], end: rows[rows.length - 1]!.to + 1 };
}

/**
 * An events plan whose first column is the date («Дата, время / Наименование мероприятия / Место проведения /
 * Руководитель / Ответственное лицо»), one cell per line: a row starts at a date, a time on the line under it
 * belongs to it, and a cell that wrapped onto two lines leaves its row longer — its last cells are the last columns.
 */
function dateFirstTable(names: readonly Cell[], body: readonly Cell[], from: number): { rows: FoundRow[]; end: number } | null {
  const width = names.length;
  const isDate = (t: string) => /^\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*(?:г\.|года))?(?:\s*[-–—]\s*\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*(?:г\.|года))?)?$/u.test(t) || DATE_LINE.test(t);
  const starts = body.flatMap((c, i) => (isDate(c.text) ? [i] : []));
  if (starts.length < 2 || starts[0] !== 0) return null;
  const rows: FoundRow[] = [];
  for (let k = 0; k < starts.length; k += 1) {
    const group = body.slice(starts[k]!, starts[k + 1] ?? body.length).map((c) => c);
    // The last row ends where its cells do: no more than the columns and a wrapped cell or two.
    if (k === starts.length - 1) group.splice(width + 2);
    let date = group.shift()!.text;
    if (group[0] && /^\d{1,2}[:.]\d{2}$/u.test(group[0].text)) date = `${date} ${group.shift()!.text}`;
    if (group.length < width - 1) break;
    const task = group.shift()!.text;
    // The last columns take the last cells; cells left over join the column after the task.
    const tail = group.splice(group.length - (width - 3)).map((c) => c.text);
    rows.push({ from: body[starts[k]!]!.from, to: (body[(starts[k + 1] ?? body.length) - 1] ?? body[starts[k]!]!).to, cells: ['', date, task, group.map((c) => c.text).join(' '), ...tail] });
  }
  if (rows.length < 2) return null;
  return { rows: [{ from, to: names[width - 1]!.to, cells: ['№', ...names.map((n) => n.text)] }, ...rows], end: rows[rows.length - 1]!.to + 1 };
}

const DATE_LINE = /^[«"]?\d{1,2}[»"]?\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+\d{4}\s*(?:г\.|года)?)?\.?$|^\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:г\.|года)?$/iu;
/** A responsible person's line: «полковник Котенок А.А.», «Иванов И.И.», «А.Котенок». */
const PERSON_LINE = /^(?:[а-яё-]+\s+){0,3}(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+)\s*$/u;

/**
 * Rows as groups of lines between blank lines, under day headings («26 августа 2020 г.»): the
 * first line is the task, a person's line the executor, the day heading the date.
 */
function groupTable(lines: readonly string[], names: readonly Cell[], from: number): { rows: FoundRow[]; end: number } | null {
  const groups: Array<{ from: number; to: number; lines: string[] }> = [];
  let current: { from: number; to: number; lines: string[] } | null = null;
  let j = from;
  for (; j < lines.length; j += 1) {
    const t = lines[j]!;
    if (t === '') {
      if (current) groups.push(current);
      current = null;
      continue;
    }
    if (!current) current = { from: j, to: j, lines: [] };
    current.lines.push(t);
    current.to = j;
  }
  if (current) groups.push(current);
  const rows: FoundRow[] = [];
  let day = '';
  for (const g of groups) {
    if (DATE_LINE.test(g.lines[0]!)) {
      day = g.lines[0]!;
      continue;
    }
    const person = g.lines.findIndex((l) => PERSON_LINE.test(l));
    // Groups before the first day heading are the header's leftovers; after it, a group with no person ends the table.
    if (day === '') continue;
    if (person <= 0) break;
    // «полковник / Котенок А.А.»: the rank on a line of its own goes with the name.
    const rank = person > 1 && /^[а-яё-]+(?:\s+[а-яё-]+)?$/u.test(g.lines[person - 1]!) ? `${g.lines[person - 1]!} ` : '';
    const name = (rank + g.lines[person]!).replace(/^(?:[а-яё-]+\s+){1,3}(?=[А-ЯЁ])/u, '');
    rows.push({ from: g.from, to: g.to, cells: ['', g.lines[0]!, day, name] });
  }
  if (rows.length < 2) return null;
  return { rows: [{ from: names[0]!.from, to: names[names.length - 1]!.to, cells: ['№', 'Мероприятие', 'Срок', 'Ответственный'] }, ...rows], end: rows[rows.length - 1]!.to + 1 };
}

/**
 * A table copied column by column: the header's K names, then the first column's numbered
 * cells («1. Подготовить …», «2. …»), then each other column's N values in the same order.
 */
function columnTable(lines: readonly string[], from: number): { rows: FoundRow[]; end: number } | null {
  const names: Cell[] = [];
  let j = from;
  for (; j < lines.length && names.length < 8; j += 1) {
    const t = lines[j]!;
    if (t === '' || t.length > 60 || !COLUMN_NAME.test(t)) break;
    names.push({ text: t, from: j, to: j });
  }
  if (names.length < 2 || !names.some((n) => /срок|ответственн|исполнител/iu.test(n.text))) return null;
  // The first column: numbered cells, each possibly wrapped.
  const tasks: Cell[] = [];
  for (; j < lines.length; j += 1) {
    const t = lines[j]!;
    if (t === '') {
      if (tasks.length > 0) break;
      continue;
    }
    const m = /^(\d{1,3})[.)](?:\s+\S|[А-ЯЁ«"])/u.exec(t);
    if (m && Number(m[1]) === tasks.length + 1) tasks.push({ text: t, from: j, to: j });
    else if (tasks.length > 0 && !/^\d/u.test(t) && t.length < 80) {
      const last = tasks[tasks.length - 1]!;
      last.text = `${last.text} ${t}`;
      last.to = j;
    } else break;
  }
  const n = tasks.length;
  if (n < 2) return null;
  const values: Cell[] = [];
  for (; j < lines.length && values.length < n * (names.length - 1); j += 1) {
    const t = lines[j]!;
    if (t === '') continue;
    if (t.length > 40) break;
    values.push({ text: t, from: j, to: j });
  }
  if (values.length < n * (names.length - 1)) return null;
  const rows: FoundRow[] = tasks.map((task, r) => {
    const number = /^(\d{1,3})[.)]/u.exec(task.text)![1]!;
    const others = names.slice(1).map((_, c) => values[c * n + r]!.text);
    return { from: task.from, to: task.to, cells: [number, task.text.replace(/^\d{1,3}[.)]\s*/u, ''), ...others] };
  });
  // The row cells sit apart from their numbers; the last value ends the table.
  const header: FoundRow = { from, to: names[names.length - 1]!.to, cells: ['№', ...names.map((x) => x.text)] };
  const last = values[values.length - 1]!;
  rows[rows.length - 1]!.to = Math.max(rows[rows.length - 1]!.to, last.to);
  return { rows: [header, ...rows], end: last.to + 1 };
}

/**
 * A table a PDF's converter gave column by column, each cell a paragraph between blank lines: «№ / п/п», the row numbers
 * «1» … «N», then each column — its name (one line or two) and its N cells, each cell wrapped over lines of its own
 * («Содержание поручения / (blank) / Представить … / … по неделям / (blank) / Представлять …», «Ответственный /
 * исполнитель / (blank) / ООО «…» / (Давыдов К.М.)», «Срок / исполнения / (blank) / до 20.02.2026»). Rows are put
 * together by their places in the columns; the table is read only when every column has exactly N cells.
 */
function paragraphColumns(lines: readonly string[], from: number): { rows: FoundRow[]; end: number } | null {
  if (!/^(?:№|n|no|nn|№№)(?:\s*п\s*[/\\]\s*п)?\.?$/iu.test(lines[from]!)) return null;
  // (A copy that lost its blank lines — each cell a line — is read a line a cell.)
  return columnsOf(lines, from, true) ?? columnsOf(lines, from, false);
}

function columnsOf(lines: readonly string[], from: number, byParagraph: boolean): { rows: FoundRow[]; end: number } | null {
  // Paragraphs: runs of lines between blank lines (or single lines), from the number column's name on.
  const paragraphs: Array<{ from: number; to: number; lines: string[] }> = [];
  for (let j = from; j < lines.length && paragraphs.length < 400; j += 1) {
    if (lines[j] === '') continue;
    const start = j;
    while (byParagraph && j + 1 < lines.length && lines[j + 1] !== '') j += 1;
    paragraphs.push({ from: start, to: j, lines: lines.slice(start, j + 1) });
  }
  // The number column: its name (with «п/п» on the next line or not), then «1», «2», … each alone.
  let k = 0;
  const head = paragraphs[k]!;
  if (head.lines.length > 2) return null;
  k += 1;
  if (head.lines.length === 1 && /^п\s*[/\\]\s*п\.?$/iu.test(paragraphs[k]?.lines.join(' ') ?? '')) k += 1;
  const numbers: Array<{ from: number; to: number; lines: string[] }> = [];
  while (k < paragraphs.length && paragraphs[k]!.lines.length === 1 && isRowNumber(paragraphs[k]!.lines[0]!) === String(numbers.length + 1)) numbers.push(paragraphs[k++]!);
  const n = numbers.length;
  if (n < 2) return null;
  // Each further column: a name of a line or two that names a column, then n cells.
  const names: string[] = [];
  const columns: string[][] = [];
  let end = numbers[n - 1]!.to;
  while (k < paragraphs.length) {
    const name = paragraphs[k]!;
    const nameText = name.lines.join(' ');
    if (name.lines.length > 2 || nameText.length > 60 || !COLUMN_NAME.test(nameText)) break;
    const cells = paragraphs.slice(k + 1, k + 1 + n);
    // (A paragraph a cell may hold a long task: «Подготовка зданий муниципальных учреждений образования, культуры и спорта к …».)
    if (cells.length < n || cells.some((c) => c.lines.some((l) => l.length > (byParagraph ? 240 : 90)))) break;
    names.push(nameText);
    columns.push(cells.map((c) => joinWrapped(c.lines)));
    end = cells[n - 1]!.to;
    k += 1 + n;
  }
  const cols = readColumns(['№', ...names]);
  if (columns.length < 2 || cols === null || cols.task === null || (cols.deadline === null && cols.executors === null)) return null;
  // (Read a line a cell, a cell that wraps shifts every cell after it: only a table whose cells close their quotes and brackets,
  // and whose terms read as terms, is taken.)
  const balanced = (x: string): boolean => (x.match(/«/gu) ?? []).length === (x.match(/»/gu) ?? []).length && (x.match(/\(/gu) ?? []).length === (x.match(/\)/gu) ?? []).length;
  if (!byParagraph && (cols.deadline === null || !columns.every((col) => col.every(balanced)) || !columns[cols.deadline - 1]!.every((x) => termCell(x) || allDeadline(x)))) return null;
  const rows: FoundRow[] = [{ from, to: numbers[0]!.from - 1, cells: ['№', ...names] }];
  numbers.forEach((num, r) => {
    const next = numbers[r + 1];
    rows.push({ from: num.from, to: next ? next.from - 1 : end, cells: [String(r + 1), ...columns.map((c) => c[r]!)] });
  });
  return { rows, end: end + 1 };
}

type StackedColumn = 'task' | 'deadline' | 'place' | 'executors';

/** A line that starts a deadline cell: «до 10 декабря», «с 8 по 20», «01.11.2007», «к 25 декабря», «В течение года». */
function startsDeadline(text: string): boolean {
  const m = DEADLINE_START.exec(text);
  return m !== null && m.index === 0 && DEADLINE_RUN.test(text);
}

/** The whole line is a deadline cell's text («с 8 по 20», «декабря 2009 г.»). */
function allDeadline(text: string): boolean {
  const run = DEADLINE_RUN.exec(text);
  return run !== null && run[0].trimEnd().length >= text.replace(/[.,;\s]+$/u, '').length;
}

/**
 * One cell after another with the cells wrapped over lines, blank lines between some of them:
 * «N / п/п / Мероприятие / Дата проведения / и место / Ответственные», then rows from «1.» to
 * «2.» … A row's lines up to the first that starts a deadline are its task, the lines that hold
 * only the deadline follow, then groups of lines apart by blank lines: the place (when the header
 * names one before the executors) and the executors. A group that holds a task and a deadline of
 * its own is a row without a number. The header's column names may wrap too.
 */
function stackedTable(lines: readonly string[], from: number): { rows: FoundRow[]; end: number } | null {
  const first = lines[from]!;
  if (!/^(?:n|№|№№|nn|no)(?:\s|$)|^п\s*\/\s*п/iu.test(first) || first.length > 60) return null;
  const head: string[] = [];
  let j = from;
  for (; j < lines.length && head.length < 14; j += 1) {
    const t = lines[j]!;
    if (t === '') continue;
    if (isRowNumber(t) !== null || t.length > 60) break;
    head.push(t);
  }
  const header = head.join(' ');
  const columns = (
    [
      ['task', /мероприяти|наименовани|содержани|задач/iu],
      ['deadline', /(?<![\p{L}])(?:срок|дата)/iu],
      ['place', /(?<![\p{L}])место/iu],
      ['executors', /ответствен|исполнител/iu],
    ] as const
  )
    .map(([k, re]) => ({ k: k as StackedColumn, at: header.search(re) }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((c) => c.k);
  // «Дата проведения и место» is one column: the place is the deadline's when they share a name.
  const placeApart = columns.includes('place') && !/(?:срок|дата)[^,]{0,30}\s+и\s+место/iu.test(header);
  if (!columns.includes('deadline') || !columns.includes('executors') || columns.indexOf('deadline') > columns.indexOf('executors')) return null;
  const placeBefore = placeApart && columns.indexOf('place') > columns.indexOf('deadline') && columns.indexOf('place') < columns.indexOf('executors');

  // The body: segments from one row number to the next.
  interface Line {
    text: string;
    at: number;
  }
  const segments: Array<{ number: string; lines: Line[] }> = [];
  let expect = 1;
  let k = j;
  let current: { number: string; lines: Line[] } | null = null;
  for (; k < lines.length; k += 1) {
    const t = lines[k]!;
    const number = isRowNumber(t);
    const n = number === null ? NaN : Number(number.split('.')[0]);
    if (number !== null && (n === expect || n === 1)) {
      current = { number, lines: [] };
      segments.push(current);
      expect = n + 1;
      continue;
    }
    // Prose after the table (a long sentence, a signature) ends it.
    if (t.length > 90) break;
    // («2. Информационное сопровождение» over «2.1.»: a numbered section's heading, no part of the row above it.)
    if (/^\d{1,3}\.\s+[А-ЯЁ]/u.test(t) && isRowNumber(lines.slice(k + 1).find((l) => l !== '') ?? '') !== null) continue;
    if (current) current.lines.push({ text: t, at: k });
    else if (t !== '' && k - j > 6) return null;
  }
  const rows: FoundRow[] = [];
  for (const seg of segments) {
    const parsed = stackedRows(seg.lines, placeBefore);
    if (parsed.length === 0) break;
    parsed.forEach((r, idx) => rows.push({ from: r.from, to: r.to, cells: [idx === 0 ? seg.number : '', r.task, r.deadline, r.executors] }));
  }
  if (rows.length < 2) return null;
  const end = rows[rows.length - 1]!.to + 1;
  return { rows: [{ from, to: Math.max(from, j - 1), cells: ['№', 'Мероприятие', 'Срок', 'Ответственный'] }, ...rows], end };
}

/** The rows held by one numbered segment: its own, and any rows without a number after it. */
function stackedRows(
  seg: ReadonlyArray<{ text: string; at: number }>,
  placeBefore: boolean,
): Array<{ from: number; to: number; task: string; deadline: string; executors: string }> {
  const out: Array<{ from: number; to: number; task: string; deadline: string; executors: string }> = [];
  let i = 0;
  while (i < seg.length) {
    while (i < seg.length && seg[i]!.text === '') i += 1;
    if (i >= seg.length) break;
    const from = seg[i]!.at;
    const task: string[] = [];
    for (; i < seg.length && !startsDeadline(seg[i]!.text); i += 1) if (seg[i]!.text !== '') task.push(seg[i]!.text);
    if (i >= seg.length || task.length === 0) break;
    const deadline: string[] = [seg[i]!.text];
    for (i += 1; i < seg.length && seg[i]!.text !== '' && allDeadline(seg[i]!.text) && !PERSON_LINE.test(seg[i]!.text); i += 1) deadline.push(seg[i]!.text);
    // «с 12.08.» / (blank) / «по 12.09.»: a span's end in a cell of its own after a blank line.
    if (/^с\s/iu.test(deadline[0]!) && deadline.length === 1) {
      let next = i;
      while (next < seg.length && seg[next]!.text === '') next += 1;
      if (next < seg.length && /^по\s+\d/iu.test(seg[next]!.text) && allDeadline(seg[next]!.text)) {
        deadline.push(seg[next]!.text);
        i = next + 1;
      }
    }
    // Groups of lines apart by blank lines: the place (when it comes first), then the executors.
    const groups: Array<Array<{ text: string; at: number }>> = [];
    let group: Array<{ text: string; at: number }> = [];
    let j = i;
    for (; j < seg.length; j += 1) {
      const t = seg[j]!;
      if (t.text === '') {
        if (group.length > 0) groups.push(group);
        group = [];
        // A group that holds a task and a deadline is the next row.
        continue;
      }
      if (group.length === 0 && groups.length >= (placeBefore ? 2 : 1) && seg.slice(j).some((x) => startsDeadline(x.text))) break;
      group.push(t);
    }
    if (group.length > 0) groups.push(group);
    let executorsGroup = groups[placeBefore && groups.length > 1 ? 1 : 0] ?? [];
    // The place and the persons in one group: the persons are the lines that end it.
    if (placeBefore && groups.length === 1) {
      let k = executorsGroup.length;
      while (k > 0 && isPersonLine(executorsGroup[k - 1]!.text)) k -= 1;
      if (k < executorsGroup.length) executorsGroup = executorsGroup.slice(k);
    }
    const to = executorsGroup[executorsGroup.length - 1]?.at ?? seg[i - 1]!.at;
    out.push({ from, to, task: joinWrapped(task), deadline: deadline.join(' '), executors: executorsCell(executorsGroup.map((x) => x.text)) });
    i = j;
  }
  return out;
}

/**
 * A table with no header whose rows were copied cell after cell, each cell a run of lines: the row
 * number alone on a line, the task's lines (sub-actions on «- » lines), a run of lines that are only
 * dates, a run of persons' names. When the task has as many sub-actions as the row has dates and
 * persons, the k-th sub-action is due on the k-th date by the k-th person (each an entry of the same
 * row); otherwise the row is one task with all its dates and persons.
 */
function cellRunTable(lines: readonly string[], from: number): { rows: FoundRow[]; end: number } | null {
  if (isRowNumber(lines[from]!) !== '1') return null;
  const rows: FoundRow[] = [];
  let expect = 1;
  let i = from;
  while (i < lines.length && isRowNumber(lines[i]!) === String(expect)) {
    const number = String(expect);
    let j = i + 1;
    const take = (test: (t: string) => boolean): Array<{ text: string; at: number }> => {
      const run: Array<{ text: string; at: number }> = [];
      for (; j < lines.length; j += 1) {
        const t = lines[j]!;
        if (t === '') continue;
        if (!test(t)) break;
        run.push({ text: t, at: j });
      }
      return run;
    };
    const task = take((t) => isRowNumber(t) === null && !allDeadline(t) && !isPersonLine(t));
    // «07.05.04» reads as a number of three levels too; a row's next number is a whole one («2»).
    const dates = take((t) => allDeadline(t) && !isPersonLine(t) && (isRowNumber(t) === null || /^\d{1,2}\.\d{1,2}\.\d{2,4}$/u.test(t)));
    // Persons' names, or (when the cell names bodies, «Инвентаризационные комиссии субъектов …») the lines up to the next number.
    let persons = take((t) => isPersonLine(t));
    if (persons.length === 0) persons = take((t) => isRowNumber(t) === null && !allDeadline(t) && t.length <= 200).slice(0, 6);
    if (task.length === 0 || dates.length === 0 || persons.length === 0) break;
    // Sub-actions: «- подвести итоги месячника / по благоустройству» (a dash line and its wrapped lines).
    const subs: Array<{ text: string; at: number }> = [];
    const head: string[] = [];
    for (const line of task) {
      if (/^[-–—]\s+\S/u.test(line.text)) subs.push({ text: line.text.replace(/^[-–—]\s+/u, ''), at: line.at });
      else if (subs.length > 0) subs[subs.length - 1]!.text += ` ${line.text}`;
      else head.push(line.text);
    }
    const to = persons[persons.length - 1]!.at;
    // Rows take lines in order: the first row of the table starts after the number line, which stands for the header.
    const start = rows.length === 0 ? i + 1 : i;
    if (subs.length > 1 && subs.length === dates.length && dates.length === persons.length) {
      subs.forEach((sub, k) => {
        const next = subs[k + 1];
        rows.push({ from: k === 0 ? start : sub.at, to: next ? next.at - 1 : to, cells: [number, joinWrapped([...head, '–', sub.text]), dates[k]!.text, persons[k]!.text] });
      });
    } else {
      rows.push({ from: start, to, cells: [number, joinWrapped(task.map((t) => t.text)), dates.map((d) => d.text).join(', '), persons.map((x) => x.text).join('\n')] });
    }
    expect += 1;
    i = j;
    while (i < lines.length && lines[i] === '') i += 1;
  }
  if (expect <= 2) return null;
  const end = rows[rows.length - 1]!.to + 1;
  return { rows: [{ from, to: from, cells: ['№', 'Мероприятие', 'Срок', 'Ответственный'] }, ...rows], end };
}

function isPersonLine(text: string): boolean {
  return PERSON_LINE.test(text.replace(/[,;]\s*$/u, ''));
}

/** An executors cell's lines, one executor a line: a person's line is one, a body's name wrapped over lines is joined. */
/**
 * A cell's line that goes on the name of the line before: after a line left open (a hyphen, a conjunction or preposition, an
 * adjective left hanging) or opening with a genitive («Комитет социального» / «развития Администрации» /
 * «Петрозаводского городского округа»).
 */
function nameGoesOn(prev: string, line: string): boolean {
  return /-$|\s(?:и|по|при|в|на)$|[а-яё](?:ого|его|ых|их|ый|ая|яя|ое|ее|ской|ной)$/u.test(prev) || /^[А-ЯЁа-яё][а-яё]+(?:ого|его|ой|ей|ых|их|ии)(?![\p{L}])/u.test(line);
}

function executorsCell(lines: readonly string[]): string {
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    if (isPersonLine(line)) {
      out.push(line);
      open = false;
    } else if (open && !/^[(\p{Ll}]/u.test(line) && !nameGoesOn(out[out.length - 1]!, line)) {
      // («Департамент благоустройства … администрации города» / «МБУ «Городское управление дорог»»: a name of its own.)
      out.push(line);
    } else if (open) out[out.length - 1] = joinWrapped([out[out.length - 1]!, line]);
    else {
      out.push(line);
      open = true;
    }
    if (/[,;]\s*$/u.test(line)) open = false;
  }
  return out.join('\n');
}
