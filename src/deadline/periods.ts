import { addMonths, daysInMonth, formatIso } from '../calendar/civil-date.js';
import type { IsoDate } from '../domain.js';
import { B, E, MONTH, ORDINAL, monthValue, ordinalValue } from './numbers.js';

/**
 * Spans of the calendar named as a whole: «II квартал 2021 года», «во II квартале
 * 2021 г.», «I полугодие», «первая декада марта», «декабрь 2020 года», «в 2021 году»,
 * «9 месяцев 2021 года», «до конца года», «до конца текущего месяца».
 */

/** What the words before a period make of it. */
export type PeriodRole =
  /** «до конца», «к концу», «не позднее», «в течение», «в», «во», «по», nothing: due by its last day. */
  | 'within'
  /** «до II квартала»: literally "before", read as its last day with a warning. */
  | 'before'
  /** «с», «начиная со»: the start of a recurring rule. */
  | 'from'
  /** «за», «на», «по итогам»: the span a report covers, not a deadline. */
  | 'aside';

export interface PeriodHit {
  start: number;
  end: number;
  role: PeriodRole;
  /** The words that introduce it, normalized: 'до конца', 'во', ''. */
  intro: string;
  unit: PeriodUnit;
  /** Resolved span, or the reason it cannot be dated. */
  span: { start: IsoDate; end: IsoDate } | { error: string };
}

export type PeriodUnit = 'decade' | 'quarter' | 'halfyear' | 'months' | 'years' | 'year' | 'month' | 'current';

const YEAR_SPEC = '(?:\\s+(?:((?:1[89]|2[01])\\d{2})(?!\\p{N})\\s*(?:года|году|год|г\\.|г(?!\\p{L}))?|(текущ|этого|следующ|будущ|очередн|предстоящ)[а-я]*\\s+(?:календарн[а-я]+\\s+)?год[а-я]*))?';

const INTRO = '(начиная\\s+с\\s+(?:отчета|отчетности|информации|доклада|сведений|представления)\\s+за|до\\s+(?:конца|окончания|завершения)|не\\s+позднее\\s+(?:конца|окончания)|к\\s+(?:концу|окончанию)|в\\s+течение|в\\s+ходе|в\\s+срок\\s+до|не\\s+позднее|не\\s+позже|по\\s+итогам|начиная\\s+со?|во|в|на|до|по|за|со?|к)';

/** Relative spans: «года», «текущего года», «месяца», «текущего квартала». */
const RELATIVE_UNIT = '(?:(текущ|этого|следующ|будущ|очередн|отчетн|календарн)[а-я]*\\s+(?:календарн[а-я]+\\s+)?)?(год[а-я]*|месяц[а-я]*|квартал[а-я]*|полугоди[а-я]*)';

const PERIOD = new RegExp(
  [
    `(?:${B}${INTRO}\\s+)?`,
    // «вноябре 1996 года», «в2021 году»: «в» glued to what follows at a former line break reads as «в …».
    `(?:(?:${B}|(?<=${B}в))(?:`,
    // groups 2–5: a decade of a month, its year
    `${ORDINAL}\\s*(?:-?\\s*(?:я|й))?\\s*декад[а-я]*\\s+${MONTH}${YEAR_SPEC}`,
    // 6–8: a quarter, its year
    `|${ORDINAL}\\s*(?:квартал[а-я]*|кв\\.|кв${E})${YEAR_SPEC}`,
    // 9–11: a half-year, its year
    // («во второй половине 2015 г.»: a half only with its year, not «во второй половине дня»)
    `|${ORDINAL}\\s*(?:полугоди[а-я]*|половин[а-я]*(?=\\s+(?:(?:1[89]|2[01])\\d{2}|текущ|этого|следующ|будущ|очередн|предстоящ)))${YEAR_SPEC}`,
    // 12–13: months since January («9 месяцев 2021 года»), the year
    `|(\\d{1,2}|девят[ьи]|шест[ьи]|трех|три|одиннадцат[ьи])\\s+месяц[а-я]*\\s+((?:1[89]|2[01])\\d{2})(?!\\p{N})\\s*(?:года|г\\.|г(?!\\p{L}))`,
    // 14–15: a range of years «2021-2022 годах»
    `|((?:1[89]|2[01])\\d{2})\\s*-\\s*((?:1[89]|2[01])\\d{2})\\s*(?:годах|годы|годов|гг\\.?|г\\.)`,
    // 16: a year «2021 год»
    `|((?:1[89]|2[01])\\d{2})(?!\\p{N})\\s*(?:года|году|год|г\\.|г(?!\\p{L}))`,
    // 17–19: a month and its year; a day number before it makes it a date, not a month
    `|(?<![\\p{N}"]\\s*)${MONTH}${YEAR_SPEC}`,
    // 20–21: «года», «текущего месяца», after «до конца» and kin only
    `|${RELATIVE_UNIT}${E}`,
    '))',
  ].join(''),
  'gu',
);

interface Context {
  documentDate: IsoDate | null;
}

/** «в октябре - ноябре месяце 2001 г.», «в мае-июне 2025 года»: two months of one span, the year written once after them. */
const MONTH_RANGE = new RegExp(
  `${B}(?:(в|во|до\\s+конца|до\\s+окончания|к\\s+концу|в\\s+течение)\\s+)?${MONTH}\\s*-\\s*${MONTH}(?:\\s+месяц[а-я]*)?(?:\\s*,?\\s*((?:1[89]|2[01])\\d{2})(?!\\p{N})\\s*(?:года|году|год|г\\.|г(?!\\p{L}))?)?`,
  'gu',
);

function monthRanges(n: string, ctx: Context): PeriodHit[] {
  const out: PeriodHit[] = [];
  for (const m of n.matchAll(MONTH_RANGE)) {
    const from = monthValue(m[2] ?? '');
    const to = monthValue(m[3] ?? '');
    if (from === null || to === null || to < from) continue;
    const intro = (m[1] ?? '').replace(/\s+/gu, ' ');
    let year: number | null = m[4] !== undefined ? Number(m[4]) : null;
    if (year === null && ctx.documentDate !== null) {
      const docYear = Number(ctx.documentDate.slice(0, 4));
      year = formatIso(docYear, to, daysInMonth(docYear, to)) >= ctx.documentDate ? docYear : docYear + 1;
    }
    const span: Span = year === null ? { error: `«${m[0].trim()}»: год не указан, а даты документа, от которой его взять, нет` } : monthsSpan(year, from, to);
    out.push({ start: m.index, end: m.index + m[0].length, role: roleOf(intro), intro, unit: 'month', span });
  }
  return out;
}

/** A season's or event's noun in the genitive right before a year: «отопительного периода», «сезона», «паводка», «каникул». */
const SEASON_BEFORE = /(?<![\p{L}])(?:(?<!(?:всего|планового|отчетного|бюджетного)\s)(?<=[а-яё]{3,}(?:ого|его)\s)периода|сезона|паводка|половодья|ледохода|навигации|каникул|кампании|месячника|смены)\s+(?:(?:19|20)\d{2}\s*[/–-]\s*)?$/u;

/** Every period named in `n` (normalized), in text order. */
export function scanPeriods(n: string, ctx: Context): PeriodHit[] {
  const ranges = monthRanges(n, ctx);
  const inRange = (start: number, end: number): boolean => ranges.some((r) => start >= r.start && end <= r.end);
  const hits: PeriodHit[] = [...ranges];
  for (const m of n.matchAll(PERIOD)) {
    const glued = m[1] === undefined && m.index > 0 && n.charAt(m.index - 1) === 'в';
    const intro = glued ? 'в' : (m[1] ?? '').replace(/\s+/gu, ' ');
    let read = spanOf(m, intro, ctx);
    if (read === null) continue;
    // «в течение отопительного периода 2024-2025 годов», «в период купального сезона 2013 года»: the year names the season or
    // event before it, whose end is not the year's — the term is not dated.
    if (intro === '' && (read.unit === 'year' || read.unit === 'years') && SEASON_BEFORE.test(n.slice(Math.max(0, m.index - 40), m.index))) {
      read = { unit: read.unit, span: { error: `«${/(?:\S+\s+){1,2}(?:\d{4}\s*[/–-]\s*)?$/u.exec(n.slice(0, m.index))?.[0] ?? ''}${m[0].trim()}»: год назван для сезона или события, а не как срок — его дата не названа` } };
    }
    // «до конца I полугодия 2025/2026 учебного года», «во II четверти учебного года»: a part of a school year, whose halves and
    // quarters are not the calendar's — not dated.
    // (A month of a school year is the calendar's month: «в сентябре 2025-2026 учебного года».)
    if (!('error' in read.span) && /^[\s\d/–-]*(?:гг?\.?|годов|года)?\s*учебн[а-яё]+\s+год/u.test(n.slice(m.index + m[0].length)) && /полугоди|четверт|триместр|семестр|квартал/u.test(m[0])) {
      read = { unit: read.unit, span: { error: `«${m[0].trim()} … учебного года»: часть учебного года, а не календарный период — дата не названа` } };
    }
    const start = glued ? m.index - 1 : m.index;
    if (inRange(start, m.index + m[0].length)) continue;
    hits.push({ start, end: m.index + m[0].length, role: roleOf(intro), intro, unit: read.unit, span: read.span });
  }
  return hits.sort((a, b) => a.start - b.start);
}

function roleOf(intro: string): PeriodRole {
  if (intro === 'за' || intro === 'на' || intro === 'по итогам') return 'aside';
  if (intro === 'с' || intro === 'со' || intro.startsWith('начиная')) return 'from';
  if (intro === 'до') return 'before';
  return 'within';
}

type Span = { start: IsoDate; end: IsoDate } | { error: string };

/** Null when the match is not a period after all (a bare «года» with no «до конца»). */
function spanOf(m: RegExpMatchArray, intro: string, ctx: Context): { unit: PeriodUnit; span: Span } | null {
  const unit = unitOf(m);
  if (unit === null) return null;
  const span = spanOfUnit(m, intro, ctx);
  return span === null ? null : { unit, span };
}

function unitOf(m: RegExpMatchArray): PeriodUnit | null {
  if (m[2] !== undefined) return 'decade';
  if (m[6] !== undefined) return 'quarter';
  if (m[9] !== undefined) return 'halfyear';
  if (m[12] !== undefined) return 'months';
  if (m[14] !== undefined) return 'years';
  if (m[16] !== undefined) return 'year';
  if (m[17] !== undefined) return 'month';
  if (m[21] !== undefined) return 'current';
  return null;
}

function spanOfUnit(m: RegExpMatchArray, intro: string, ctx: Context): Span | null {
  const g = (i: number): string | undefined => m[i + 1];
  if (g(1) !== undefined && g(2) !== undefined) {
    const decade = ordinalValue(g(1) ?? '');
    const month = monthValue(g(2) ?? '');
    if (decade === null || decade > 3 || month === null) return null;
    return yearly(g(3), g(4), ctx, m[0], (year) => decadeSpan(year, month, decade));
  }
  if (g(5) !== undefined) {
    const q = ordinalValue(g(5) ?? '');
    if (q === null) return null;
    const quarter = q === -1 ? 4 : q;
    return yearly(g(6), g(7), ctx, m[0], (year) => monthsSpan(year, quarter * 3 - 2, quarter * 3));
  }
  if (g(8) !== undefined) {
    const h = ordinalValue(g(8) ?? '');
    if (h === null || h > 2) return null;
    const half = h === -1 ? 2 : h;
    return yearly(g(9), g(10), ctx, m[0], (year) => monthsSpan(year, half * 6 - 5, half * 6));
  }
  if (g(11) !== undefined && g(12) !== undefined) {
    const months = monthsCount(g(11) ?? '');
    if (months === null || months < 1 || months > 12) return null;
    return monthsSpan(Number(g(12)), 1, months);
  }
  if (g(13) !== undefined && g(14) !== undefined) {
    return { start: formatIso(Number(g(13)), 1, 1), end: formatIso(Number(g(14)), 12, 31) };
  }
  if (g(15) !== undefined) {
    const year = Number(g(15));
    return monthsSpan(year, 1, 12);
  }
  if (g(16) !== undefined) {
    const month = monthValue(g(16) ?? '');
    if (month === null) return null;
    return yearly(g(17), g(18), ctx, m[0], (year) => monthsSpan(year, month, month));
  }
  if (g(20) !== undefined) return relativeSpan(g(19), g(20) ?? '', intro, ctx, m[0]);
  return null;
}

function monthsCount(token: string): number | null {
  if (/^\d+$/u.test(token)) return Number(token);
  if (token.startsWith('девят')) return 9;
  if (token.startsWith('шест')) return 6;
  if (token.startsWith('тр')) return 3;
  if (token.startsWith('одиннадцат')) return 11;
  return null;
}

/** A span of a year named, relative to the document, or (none named) the first one ending on or after the document's date. */
function yearly(
  written: string | undefined,
  relative: string | undefined,
  ctx: Context,
  text: string,
  spanIn: (year: number) => { start: IsoDate; end: IsoDate },
): Span {
  if (written !== undefined) return spanIn(Number(written));
  if (ctx.documentDate === null) return { error: `«${text.trim()}»: год не указан, а даты документа, от которой его взять, нет` };
  const docYear = Number(ctx.documentDate.slice(0, 4));
  if (relative !== undefined) return spanIn(docYear + yearShift(relative));
  const thisYear = spanIn(docYear);
  return thisYear.end >= ctx.documentDate ? thisYear : spanIn(docYear + 1);
}

function yearShift(relative: string): number {
  return /^(?:следующ|будущ|очередн|предстоящ)/u.test(relative) ? 1 : 0;
}

/** «до конца года», «до конца текущего месяца»: spans around the document's date; a bare «года» needs «до конца» and kin. */
function relativeSpan(qualifier: string | undefined, unit: string, intro: string, ctx: Context, text: string): Span | null {
  const ofEnd = /конца|окончания|завершения|концу|окончанию/u.test(intro);
  const current = qualifier !== undefined && /^(?:текущ|этого|следующ|будущ|очередн)/u.test(qualifier);
  // «в течение года» or «месяца» alone could be a term or a span: that is the caller's vague case.
  if (!ofEnd && !current) return null;
  if (qualifier !== undefined && /^(?:отчетн)/u.test(qualifier)) return null;
  if (ctx.documentDate === null) return { error: `«${text.trim()}» отсчитывается от даты документа, а она не известна` };
  const doc = ctx.documentDate;
  const shift = qualifier !== undefined ? yearShift(qualifier) : 0;
  const year = Number(doc.slice(0, 4));
  const month = Number(doc.slice(5, 7));
  if (unit.startsWith('год')) return monthsSpan(year + shift, 1, 12);
  if (unit.startsWith('месяц')) {
    const first = addMonths(formatIso(year, month, 1), shift);
    const y = Number(first.slice(0, 4));
    const mo = Number(first.slice(5, 7));
    return monthsSpan(y, mo, mo);
  }
  const length = unit.startsWith('квартал') ? 3 : 6;
  const startMonth = Math.floor((month - 1) / length) * length + 1;
  const first = addMonths(formatIso(year, startMonth, 1), shift * length);
  const y = Number(first.slice(0, 4));
  const mo = Number(first.slice(5, 7));
  return monthsSpan(y, mo, mo + length - 1);
}

function monthsSpan(year: number, fromMonth: number, toMonth: number): { start: IsoDate; end: IsoDate } {
  return { start: formatIso(year, fromMonth, 1), end: formatIso(year, toMonth, daysInMonth(year, toMonth)) };
}

function decadeSpan(year: number, month: number, decade: number): { start: IsoDate; end: IsoDate } {
  const last = decade === -1 ? 3 : decade;
  const startDay = (last - 1) * 10 + 1;
  const endDay = last === 3 ? daysInMonth(year, month) : last * 10;
  return { start: formatIso(year, month, startDay), end: formatIso(year, month, endDay) };
}
