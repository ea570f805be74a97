import { daysInMonth, formatIso } from '../calendar/civil-date.js';
import type { IsoDate } from '../domain.js';
import { E, MONTH, MONTH_DAY_WORD, monthDayValue, monthValue } from './numbers.js';

/**
 * Calendar dates as officials write them — «25 ноября 2019 года», «28.10.2015г.»,
 * ««15» мая 2021 г.», «25.11.99», «к 1 сентября» — found in normalized text, with the
 * word that introduces each one and the time written next to it.
 */

/** What the words before a date make of it. */
export type DateRole =
  /** «до», «к», «не позднее», «по», «в срок до», «Срок:»: the day something is due. */
  | 'due'
  /** «с», «начиная с»: the start of a window. */
  | 'from'
  /** «от 17.11.2020 г. № 952-рп»: the date of a cited act, never a deadline. */
  | 'citation'
  /** «за», «на», «по состоянию на»: the day a report speaks of. */
  | 'aside'
  /** Nothing before it: «Срок – 18 декабря 2020 года» once the label is gone. */
  | 'bare';

export interface DateHit {
  /** Offsets in the normalized text, the end after «г.» / «года». */
  start: number;
  end: number;
  day: number;
  month: number;
  /** Four digits as written, or null when no year is written. */
  year: number | null;
  /** «25.11.99»: the century is chosen later. */
  twoDigitYear: boolean;
  role: DateRole;
  /** 'HH:MM' when a time is written next to the date: «до 17-00 27.04.2010». */
  time: string | null;
  /** Where the date and its time start and end together. */
  spanStart: number;
  spanEnd: number;
}

const YEAR = '((?:1[89]|2[01])\\d{2})';
/** «г.», «г», «года», «году», «гг.» after a year; the dot of «г.» is kept with it. */
export const YEAR_SUFFIX = '(?:\\s*(?:года|году|годом|год|гг|г)(?:\\.|(?!\\p{L})))?';

// («18-19 января 2025 года»: the last day of a range of days is a date too.)
const WORD_DATE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}:.\\-])|(?<=(?<![\\p{N}.])\\d{1,2}-))"?\\s?(\\d{1,2})(?:\\s?-?\\s?(?:го|е|ое|му))?\\s?"?\\s*${MONTH}(?:\\s*,?\\s*${YEAR}${E}${YEAR_SUFFIX})?`,
  'gu',
);
/** «до первого ноября 2025 года», «к двадцать пятому декабря»: the day as an ordinal word. */
const ORDINAL_DATE = new RegExp(`(?<![\\p{L}])${MONTH_DAY_WORD}\\s+${MONTH}(?:\\s*,?\\s*${YEAR}${E}${YEAR_SUFFIX})?`, 'gu');
/** «к 15.III-42 г.», «1.VI.1943»: the month in Roman numerals, as older acts write it. */
const ROMAN_DATE = new RegExp(`(?<![\\p{N}.\\p{L}])(\\d{1,2})\\s?\\.\\s?(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\\s?[.-]\\s?(\\d{4}|\\d{2})(?!\\p{N})(?!\\s?\\.\\s?[ivx]{1,4}(?![\\p{L}]))${YEAR_SUFFIX}`, 'gu');
const ROMAN_MONTHS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

const DIGIT_DATE = new RegExp(
  `(?<![\\p{N}.])(\\d{1,2})\\s?\\.\\s?(\\d{1,2})\\s?\\.\\s?(\\d{4}|\\d{2})(?!\\p{N})${YEAR_SUFFIX}`,
  'gu',
);
const ISO_DATE = /(?<!\p{N})(\d{4})-(\d{2})-(\d{2})(?!\p{N})/gu;
/** «до 10.06» without a year; only where the whole phrase is a deadline, and never «17.00». */
const SHORT_DATE = /(?<![\p{N}.,:-])(\d{1,2})\.(\d{2})(?!\p{N}|\s?\.\s?\d)(?!\s*(?:час|ч\.))/gu;

// «10.30», «10:30 час.», «10 часов 30 минут», «10 час.»
const TIME = '(?:([01]?\\d|2[0-3])\\s?[:.-]\\s?([0-5]\\d)(?!\\p{N}|\\s?\\.\\s?\\d)(?:\\s*(?:час(?:ов|ам|а)?|ч)\\.?)?|([01]?\\d|2[0-3])\\s*час(?:ов|ам|а)?\\s+([0-5]?\\d)\\s*мин(?:ут[аы]?(?!\\p{L})|\\.)?|([01]?\\d|2[0-3])\\s*(?:час(?:ов|ам|а)?(?!\\p{L})|ч\\.))';
const TIME_BEFORE = new RegExp(`(?:(до|в|к|не\\s+позднее)\\s+)?(?:${TIME})\\s*,?\\s*$`, 'u');
// («17 апреля 2021 года, начало с 9:00», «… с 10.00» — an event's start, unless a «до …» hour follows: «с 9:00 до 18:00».)
const TIME_AFTER = new RegExp(`^\\s*,?\\s*(?:(?:начало|сбор|время\\s+начала)\\s*[:–—-]?\\s*)?(?:(до|в|к|с|не\\s+позднее)\\s+)?(?:${TIME})(?!\\s*(?:до|[-–—])\\s*\\d)`, 'u');

const ROLE_RULES: ReadonlyArray<readonly [RegExp, DateRole]> = [
  [/(?:^|[^\p{L}])от\s*$/u, 'citation'],
  [/(?:^|[^\p{L}])(?:по\s+состоянию\s+на|за|на)\s*$/u, 'aside'],
  [/(?:^|[^\p{L}])(?:начиная\s+)?со?\s*$/u, 'from'],
  [/(?:^|[^\p{L}])(?:до|к|по|не\s+позднее|не\s+позже|срок(?:и)?(?:\s+исполнения)?\s*[:-]?|в\s+срок)\s*$/u, 'due'],
];
/** «… от 17.11.2020 г. № 952-рп»: a number right after the date makes it a citation too. */
const NUMBER_AFTER = /^\s*(?:№|n\s?\d)/u;

export interface ScanOptions {
  /** Accept «до 10.06» without a year (only in a phrase known to be a deadline). */
  shortDates: boolean;
}

/** Every date written in `n` (normalized), in text order, invalid ones («31 февраля») included. */
export function scanDates(n: string, options: ScanOptions): DateHit[] {
  const raw: Array<Omit<DateHit, 'role' | 'time' | 'spanStart' | 'spanEnd'>> = [];
  for (const m of n.matchAll(WORD_DATE)) {
    const month = monthValue(m[2] ?? '');
    if (month === null) continue;
    raw.push({ start: m.index, end: m.index + m[0].length, day: Number(m[1]), month, year: m[3] ? Number(m[3]) : null, twoDigitYear: false });
  }
  for (const m of n.matchAll(ORDINAL_DATE)) {
    const month = monthValue(m[2] ?? '');
    const day = monthDayValue(m[1] ?? '');
    if (month === null || day === null) continue;
    raw.push({ start: m.index, end: m.index + m[0].length, day, month, year: m[3] ? Number(m[3]) : null, twoDigitYear: false });
  }
  for (const m of n.matchAll(DIGIT_DATE)) {
    const y = m[3] ?? '';
    raw.push({ start: m.index, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[2]), year: Number(y), twoDigitYear: y.length === 2 });
  }
  for (const m of n.matchAll(ROMAN_DATE)) {
    const y = m[3] ?? '';
    raw.push({ start: m.index, end: m.index + m[0].length, day: Number(m[1]), month: ROMAN_MONTHS.indexOf(m[2]!) + 1, year: Number(y), twoDigitYear: y.length === 2 });
  }
  for (const m of n.matchAll(ISO_DATE)) {
    raw.push({ start: m.index, end: m.index + m[0].length, day: Number(m[3]), month: Number(m[2]), year: Number(m[1]), twoDigitYear: false });
  }
  if (options.shortDates) {
    for (const m of n.matchAll(SHORT_DATE)) {
      const day = Number(m[1]);
      const month = Number(m[2]);
      // «17.00» is a time, not a date: only a possible day and month count here.
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      raw.push({ start: m.index, end: m.index + m[0].length, day, month, year: null, twoDigitYear: false });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: DateHit[] = [];
  let lastEnd = -1;
  for (const r of raw) {
    if (r.start < lastEnd) continue;
    lastEnd = r.end;
    hits.push(withContext(n, r));
  }
  return hits;
}

function withContext(n: string, r: Omit<DateHit, 'role' | 'time' | 'spanStart' | 'spanEnd'>): DateHit {
  let before = n.slice(Math.max(0, r.start - 40), r.start);
  let time: string | null = null;
  let spanStart = r.start;
  let spanEnd = r.end;
  let timeIntroDue = false;
  const tb = TIME_BEFORE.exec(before);
  if (tb) {
    time = timeOf(tb);
    timeIntroDue = tb[1] !== undefined && tb[1] !== 'в';
    spanStart = r.start - (before.length - tb.index);
    before = before.slice(0, tb.index);
  } else {
    const ta = TIME_AFTER.exec(n.slice(r.end, r.end + 30));
    if (ta) {
      time = timeOf(ta);
      spanEnd = r.end + ta[0].length;
    }
  }
  let role: DateRole = timeIntroDue ? 'due' : 'bare';
  if (!timeIntroDue) role = ROLE_RULES.find(([re]) => re.test(before))?.[1] ?? 'bare';
  if (NUMBER_AFTER.test(n.slice(r.end, r.end + 8))) role = 'citation';
  return { ...r, role, time, spanStart, spanEnd };
}

function timeOf(m: RegExpExecArray): string {
  const hours = Number(m[2] ?? m[4] ?? m[6] ?? '0');
  const minutes = (m[3] ?? m[5] ?? '00').padStart(2, '0');
  return `${String(hours).padStart(2, '0')}:${minutes}`;
}

export type YearSource =
  /** A year the phrase names elsewhere: «с 1 апреля по 1 мая 2011 года», «до 1 сентября текущего года». */
  | { kind: 'phrase'; year: number }
  /**
   * No year anywhere: the first such date on or after the document's date; with no document date, the year the text
   * writes that same day with elsewhere (`namedDays`, «MM-DD» → year).
   */
  | { kind: 'document'; documentDate: IsoDate | null; namedDays?: ReadonlyMap<string, number> };

export type DateReading = { ok: true; date: IsoDate } | { ok: false; code: 'date_invalid' | 'deadline_unparsed'; message: string };

/** The ISO date of a hit; `written` is how it reads in the text, for messages. */
export function resolveDate(hit: DateHit, years: YearSource, written: string): DateReading {
  const { day, month } = hit;
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    return { ok: false, code: 'date_invalid', message: `«${written}» — такой даты нет в календаре` };
  }
  if (hit.year !== null) {
    const year = hit.twoDigitYear ? fullYear(hit.year, years) : hit.year;
    if (day > daysInMonth(year, month)) {
      return { ok: false, code: 'date_invalid', message: `«${written}» — такой даты нет в календаре: в ${year} году нет ${day}.${pad(month)}` };
    }
    return { ok: true, date: formatIso(year, month, day) };
  }
  if (years.kind === 'phrase') {
    if (day > daysInMonth(years.year, month)) {
      return { ok: false, code: 'date_invalid', message: `«${written}» — такой даты нет в ${years.year} году` };
    }
    return { ok: true, date: formatIso(years.year, month, day) };
  }
  if (years.documentDate === null) {
    // «… субботника … 11 октября 2014 года» earlier in a letter with no date of its own: «Приглашаем Вас 11 октября …» is that day.
    const named = years.namedDays?.get(dayKey(month, day));
    if (named !== undefined && day <= daysInMonth(named, month)) return { ok: true, date: formatIso(named, month, day) };
    return { ok: false, code: 'deadline_unparsed', message: `«${written}»: год не указан, а даты документа, от которой его взять, нет` };
  }
  const date = firstOnOrAfter(month, day, years.documentDate);
  return date === null
    ? { ok: false, code: 'date_invalid', message: `«${written}» — такой даты нет в календаре` }
    : { ok: true, date };
}

/** The first (month, day) on or after `from`; a 29 February may take a few years. */
export function firstOnOrAfter(month: number, day: number, from: IsoDate): IsoDate | null {
  const fromYear = Number(from.slice(0, 4));
  for (let year = fromYear; year <= fromYear + 8; year += 1) {
    if (day > daysInMonth(year, month)) continue;
    const date = formatIso(year, month, day);
    if (date >= from) return date;
  }
  return null;
}

/** Two-digit years up to this one are read as 20xx, the later ones as 19xx (when nothing nearer says which). */
export const TWO_DIGIT_PIVOT = 30;

/** «25.11.99»: the century that puts the year nearest the document's; without one, as a document's own date is read. */
function fullYear(yy: number, years: YearSource): number {
  const reference = years.kind === 'phrase' ? years.year : years.documentDate !== null ? Number(years.documentDate.slice(0, 4)) : null;
  if (reference === null) return yy <= TWO_DIGIT_PIVOT ? 2000 + yy : 1900 + yy;
  const candidates = [1900 + yy, 2000 + yy, 2100 + yy];
  return candidates.reduce((best, c) => (Math.abs(c - reference) < Math.abs(best - reference) ? c : best));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A day of the year as «MM-DD», the key of `namedDays`. */
export function dayKey(month: number, day: number): string {
  return `${pad(month)}-${pad(day)}`;
}

const YEAR_WORD = /(?<![\p{N}.])((?:1[89]|2[01])\d{2})(?!\p{N})\s*(?:года|году|год|г\.|г(?!\p{L}))/u;
const RELATIVE_YEAR = /(текущ|этого|следующ|будущ|очередн|предстоящ)[а-я]*\s+(?:календарн[а-я]+\s+)?год|(?<![\p{L}])(т)\.\s?г\./u;

/** Where a date without a year takes one: a year the phrase names (not a cited act's), else the document. */
export function yearsIn(n: string, documentDate: IsoDate | null, hits: readonly DateHit[], namedDays?: ReadonlyMap<string, number>): YearSource {
  const dated = hits.find((h) => h.year !== null && !h.twoDigitYear && h.role !== 'citation');
  if (dated && dated.year !== null) return { kind: 'phrase', year: dated.year };
  const written = YEAR_WORD.exec(n);
  if (written) return { kind: 'phrase', year: Number(written[1]) };
  const relative = RELATIVE_YEAR.exec(n);
  if (relative && documentDate !== null) {
    // «т.г.» is «текущего года».
    const shift = /^(?:следующ|будущ|очередн|предстоящ)/u.test(relative[1] ?? '') ? 1 : 0;
    return { kind: 'phrase', year: Number(documentDate.slice(0, 4)) + shift };
  }
  return namedDays !== undefined ? { kind: 'document', documentDate, namedDays } : { kind: 'document', documentDate };
}

