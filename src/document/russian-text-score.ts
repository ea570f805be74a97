/**
 * How much a decoded string looks like Russian text, used to tell Windows-1251 from
 * KOI8-R (and both from garbage) when the bytes carry no encoding of their own.
 *
 * Decoding with the wrong one of the two permutes the letters and swaps their case,
 * so three signals separate them well: letter frequencies, case inside words
 * («пРОТОКОЛ» is never written), and symbols no Russian document uses (box drawing).
 */

/** Frequency of Russian letters in running text (per mille), ё counted as е. */
const LETTER_FREQUENCY: Record<string, number> = {
  о: 109.7, е: 84.9, а: 80.1, и: 73.5, н: 67.0, т: 62.6, с: 54.7, р: 47.3, в: 45.4, л: 44.0,
  к: 34.9, м: 32.1, д: 29.8, п: 28.1, у: 26.2, я: 20.1, ы: 19.0, ь: 17.4, г: 17.0, з: 16.5,
  б: 15.9, ч: 14.4, й: 12.1, х: 9.7, ж: 9.4, ш: 7.3, ю: 6.4, ц: 4.8, щ: 3.6, э: 3.2,
  ф: 2.6, ъ: 0.4,
};

/**
 * Mean log-frequency a text must reach to read as Russian. The seeds decoded right
 * score -3.07 to -3.14; decoded with the wrong code page, or random bytes, -3.65 and less.
 */
const RUSSIAN_LOG_FREQUENCY = -3.5;
/** Below this many letters the mean varies too much to reject a decoding on it alone. */
const ENOUGH_LETTERS = 40;

/** Symbols a Russian document may contain beyond ASCII and Cyrillic letters. */
const TYPOGRAPHY = new Set([...'«»„“”‘’‚–—−…№•·°§±×÷©®™€‰′″\u00a0\u00ad\u2009\u202f\ufeff']);

export interface RussianTextScore {
  /** Cyrillic letters seen. */
  letters: number;
  /** Mean natural log of the letters' frequency; about -3.0 for Russian prose. */
  letterFit: number;
  /** Share of words with a lower-case letter before an upper-case one, or mixing scripts. */
  oddWords: number;
  /** Share of non-ASCII characters that are neither Cyrillic letters nor typography. */
  oddSymbols: number;
  /** Higher is more Russian-like; comparable between decodings of the same bytes. */
  score: number;
  plausible: boolean;
}

export function scoreRussianText(text: string): RussianTextScore {
  let letters = 0;
  let logSum = 0;
  let nonAscii = 0;
  let oddSymbolCount = 0;
  let words = 0;
  let oddWordCount = 0;
  // Per word: does it hold Cyrillic, is it odd so far, was the last letter lower-case Cyrillic.
  let inWord = false;
  let cyrillicWord = false;
  let oddWord = false;
  let latinInWord = false;
  let lastLower = false;

  const endWord = (): void => {
    if (cyrillicWord) {
      words += 1;
      if (oddWord || latinInWord) oddWordCount += 1;
    }
    inWord = cyrillicWord = oddWord = latinInWord = lastLower = false;
  };

  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const letter = cyrillicLetterIndex(code);
    const latin = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (letter !== -1) {
      const upper = code < 0x430 && code !== 0x451;
      if (lastLower && upper) oddWord = true;
      lastLower = !upper;
      cyrillicWord = inWord = true;
    } else if (latin) {
      latinInWord = inWord = true;
      lastLower = false;
    } else if (code >= 0x400 && code <= 0x4ff) {
      // Other Cyrillic letters (Ђ, Ї …) belong to words but say nothing of case.
      inWord = true;
    } else if (inWord) {
      endWord();
    }

    if (code < 0x80) continue;
    nonAscii += 1;
    if (letter !== -1) {
      letters += 1;
      logSum += LOG_FREQUENCY[letter]!;
    } else if (!TYPOGRAPHY.has(text[i]!)) {
      oddSymbolCount += 1;
    }
  }
  if (inWord) endWord();

  const letterFit = letters === 0 ? 0 : logSum / letters;
  const oddWords = words === 0 ? 0 : oddWordCount / words;
  const oddSymbols = nonAscii === 0 ? 0 : oddSymbolCount / nonAscii;
  const plausible =
    !text.includes('\uFFFD') &&
    oddSymbols <= 0.2 &&
    oddWords <= 0.25 &&
    (letters < ENOUGH_LETTERS || letterFit >= RUSSIAN_LOG_FREQUENCY);
  const score = (letters === 0 ? -4 : letterFit) - 4 * oddWords - 4 * oddSymbols;
  return { letters, letterFit, oddWords, oddSymbols, score, plausible };
}

const ALPHABET = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';

/** Natural log of each letter's frequency, by position in ALPHABET. */
const LOG_FREQUENCY = [...ALPHABET].map((letter) => Math.log(LETTER_FREQUENCY[letter]! / 1000));

/** А–я and Ё/ё → 0–31 (ё counts as е); anything else → -1. */
function cyrillicLetterIndex(code: number): number {
  if (code >= 0x410 && code <= 0x42f) return code - 0x410;
  if (code >= 0x430 && code <= 0x44f) return code - 0x430;
  if (code === 0x401 || code === 0x451) return 5;
  return -1;
}
