import { MONTHS_GENITIVE, MONTHS_NOMINATIVE } from './numbers.js';

/**
 * A word after a day number that is almost a month («до 25 нобяря 2019») is a typo:
 * the phrase is reported rather than read without that date.
 */

const DAY_AND_WORD = /(?<![\p{L}\p{N}])"?(\d{1,2})"?\s+([а-я]{4,10})(?![\p{L}])/gu;
const KNOWN = new Set<string>([...MONTHS_GENITIVE, ...MONTHS_NOMINATIVE, 'марте', 'мае', 'июне', 'июле']);

export interface MonthTypo {
  word: string;
  /** The month it is closest to, genitive. */
  month: string;
}

export function monthTypo(n: string): MonthTypo | null {
  for (const m of n.matchAll(DAY_AND_WORD)) {
    const word = m[2] ?? '';
    if (KNOWN.has(word) || /^(?:январ|феврал|апрел|сентябр|октябр|ноябр|декабр|август|июн|июл)[ьяе]$/u.test(word)) continue;
    for (const month of MONTHS_GENITIVE) {
      if (month.length >= 4 && editDistance(word, month) <= 2) return { word, month };
    }
  }
  return null;
}

/**
 * The month (1–12) a word misses by one letter («АГУСТА» for «августа», «ноябя»), or null. For a header's date, which
 * is no deadline: there one slip of the keyboard is read, where a deadline with it is reported.
 */
export function nearMonth(word: string): number | null {
  const w = word.toLowerCase();
  if (w.length < 5) return null;
  const close = MONTHS_GENITIVE.map((month, i) => ({ i, d: editDistance(w, month) })).filter((c) => c.d <= 1);
  return close.length === 1 ? close[0]!.i + 1 : null;
}

/** Levenshtein distance with transpositions counted as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}
