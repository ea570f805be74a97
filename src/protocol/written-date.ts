import { TWO_DIGIT_PIVOT } from '../deadline/dates.js';
import { nearMonth } from '../deadline/month-typos.js';
import type { IsoDate } from '../domain.js';

/**
 * Dates as they stand in headers and in references to other acts: «30 октября 2019
 * года», «"26" ноября 2020 года», «27.03.2020», «от 17.11.2020 г.». Deadlines have
 * their own, richer grammar in src/deadline; this one only reads a full date.
 */
const MONTHS: Record<string, number> = {
  январ: 1,
  феврал: 2,
  март: 3,
  апрел: 4,
  ма: 5,
  июн: 6,
  июл: 7,
  август: 8,
  сентябр: 9,
  октябр: 10,
  ноябр: 11,
  декабр: 12,
};

function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  // «мая»/«май» would be caught by «ма»; test the longer stems first.
  for (const [stem, n] of Object.entries(MONTHS).sort((a, b) => b[0].length - a[0].length)) {
    if (w.startsWith(stem) && (stem !== 'ма' || /^ма[йяе]$/.test(w))) return n;
  }
  // «РАСПОРЯЖЕНИЕ № 45 ОТ 06 АГУСТА 2012Г.»: a month with one letter missed, between a day and a year.
  return nearMonth(w);
}

function iso(y: number, m: number, d: number): IsoDate | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface FoundDate {
  date: IsoDate;
  index: number;
  length: number;
}

const WORDS = /(?:[«"“„]\s?)?(\d{1,2})(?:\s?[»"”])?\s*([А-Яа-яЁё]+)(?:\s?[»"”])?\s+(\d{4})(?:\s*(?:года|г\.|г(?![А-ЯЁа-яёA-Za-z0-9_])))?/g;
// («01.04. 2019 г.»: a space after the second dot before a four-digit year.)
const DIGITS = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?: (?=\d{4}))?(\d{4}|\d{2})(?![\d.]*\d)(?:\s*(?:года|г\.|г(?![А-ЯЁа-яёA-Za-z0-9_])))?/g;

/** Every full date written in the text, in order. */
export function findWrittenDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(WORDS)) {
    const month = monthOf(m[2]!);
    if (month === null) continue;
    const date = iso(Number(m[3]), month, Number(m[1]));
    if (date) found.push({ date, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(DIGITS)) {
    let year = Number(m[3]);
    // («от 20.07.41» in a 1941 resolution: a two-digit year above 30 is of the last century — no act is dated in the 2030s
    // yet; raise the bound when acts are.)
    if (m[3]!.length === 2) year += year > TWO_DIGIT_PIVOT ? 1900 : 2000;
    const date = iso(year, Number(m[2]), Number(m[1]));
    if (date) found.push({ date, index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first full date of the text, or null. */
export function readWrittenDate(text: string): IsoDate | null {
  return findWrittenDates(text)[0]?.date ?? null;
}
