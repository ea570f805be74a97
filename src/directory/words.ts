/**
 * The significant words of an executor or controller phrase, normalised and stemmed,
 * so that «Министерству …», «Министерством …» and «Министерство …» compare equal.
 */
import { newStemmer } from 'snowball-stemmers';

const russian = newStemmer('russian');

/**
 * Prepositions, conjunctions and particles carry no name: «совместно с Министерством»,
 * «за Министерством», «на заместителя», «в Депинформтехнологий»; nor does «адрес» in
 * «в адрес Министерства …», which names where a result goes.
 */
const STOP_WORDS = new Set([
  'в', 'во', 'на', 'за', 'с', 'со', 'к', 'ко', 'по', 'о', 'об', 'обо', 'от', 'до', 'из', 'для', 'при',
  'у', 'под', 'над', 'через', 'и', 'или', 'а', 'также', 'совместно', 'не', 'том', 'числе', 'адрес',
]);

/** Abbreviations that stand for words a full name spells out. */
const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['хмао', ['ханты', 'мансийского', 'автономного', 'округа']],
]);

/** Lowercase, ё → е, quotes and punctuation to spaces, every dash to a hyphen. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

/** The words that can carry a name: hyphenated words split, stop words, initials and numbers dropped. */
export function significantWords(text: string): string[] {
  const words: string[] = [];
  for (const token of normalizeText(text).split(/[\s-]+/)) {
    if (token.length < 2 || STOP_WORDS.has(token) || /^\d+$/.test(token)) continue;
    words.push(...(EXPANSIONS.get(token) ?? [token]));
  }
  return words;
}

/** A significant word and its snowball stem. */
export interface Term {
  word: string;
  stem: string;
}

export function stemWord(word: string): string {
  return /[а-я]/.test(word) ? russian.stem(word) : word;
}

export function termsOf(text: string): Term[] {
  return significantWords(text).map((word) => ({ word, stem: stemWord(word) }));
}

/**
 * The same word in another case. Equal stems, or each stem a prefix of the other word:
 * the Russian snowball stemmer cuts «органы» to «орга» but «органам» to «орган» (it
 * takes «-ны» for a verb ending) and «Когалым» to «когал» but «Когалыма» to «когалым»
 * (it takes «-ым» for an adjective ending). «Сургута» and «Сургутского» stay apart:
 * «сургутск» is no prefix of «сургута».
 */
export function sameWord(a: Term, b: Term): boolean {
  if (a.stem === b.stem) return true;
  return a.stem.length >= 2 && b.stem.length >= 2 && a.word.startsWith(b.stem) && b.word.startsWith(a.stem);
}
