/**
 * Repairs of single OCR words that no Russian document contains, so that the reader's
 * patterns match what is printed:
 *
 * - a Cyrillic word with a Latin look-alike letter in it («OOO» in «информацию OOО»,
 *   «Рeкомендовать») is written in Cyrillic, and a Latin word or an e-mail address with
 *   a Cyrillic look-alike in Latin («admhmаo.ru»);
 * - a number with a letter that looks like a digit («2О19», «З1.12.2020», «l5») is
 *   written in digits.
 *
 * Only letters whose shapes are the same in both scripts are swapped; a word that is
 * plausible as read is left as it is.
 */

const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]));
const DIGIT_LOOKALIKES: Record<string, string> = { О: '0', O: '0', о: '0', o: '0', З: '3', з: '3', l: '1', I: '1', '|': '1', б: '6' };

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const char of text) if (pattern.test(char)) n += 1;
  return n;
}

function mapChars(text: string, table: Record<string, string>): string {
  let out = '';
  for (const char of text) out += table[char] ?? char;
  return out;
}

export function fixOcrWord(word: string): string {
  if (word.includes('@')) return mapChars(word, CYRILLIC_TO_LATIN);
  const digits = count(word, /\d/);
  const lookalikes = count(word, /[ОOоoЗзlI|б]/);
  // «2О19», «25.1l.2019»: digits with a letter or two that look like digits.
  if (digits >= 2 && lookalikes > 0 && lookalikes <= 2 && digits + lookalikes === count(word, /[\p{L}\d|]/u)) {
    return mapChars(word, DIGIT_LOOKALIKES);
  }
  const cyrillic = count(word, CYRILLIC);
  const latin = count(word, LATIN);
  if (cyrillic === 0 || latin === 0) return word;
  if (cyrillic >= latin) {
    const fixed = mapChars(word, LATIN_TO_CYRILLIC);
    return count(fixed, LATIN) === 0 ? fixed : word;
  }
  const fixed = mapChars(word, CYRILLIC_TO_LATIN);
  return count(fixed, CYRILLIC) === 0 ? fixed : word;
}
