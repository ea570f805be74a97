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

/** Abbreviations written with a dot before a small letter: «г. Ханты-Мансийск» aside, «ул. », «тел. », «т. е.». */
const ABBREVIATIONS = new Set([
  'г', 'гг', 'ул', 'д', 'п', 'пп', 'ст', 'т', 'тел', 'обл', 'им', 'руб', 'коп', 'тыс', 'млн', 'млрд', 'см', 'стр', 'кв', 'корп',
  'доб', 'исх', 'вх', 'р', 'ч', 'мин', 'е', 'др', 'пр', 'проч', 'напр', 'рис', 'табл', 'прим', 'с', 'гл', 'разд', 'ред', 'изд',
  'вып', 'пер', 'пос', 'просп', 'наб', 'пл', 'каб', 'эт', 'оф', 'зам', 'нач', 'отд', 'упр', 'гос', 'мун', 'ао', 'окр',
]);

/**
 * Repairs of a paragraph read by OCR that need its neighbours:
 * - an item number with a comma, colon or semicolon for a dot («3.2: Рекомендовать»,
 *   «1,2. Принять») is written with dots, as the reader expects;
 * - a dot that a speck put after a word in the middle of a sentence («направить. в»,
 *   «Органам. исполнительной») is dropped, unless the word is an abbreviation («ул. »,
 *   «тел. »), and a dot between two words is a space («Челябинской.области»);
 * - quotes Russian text does not use, stuck to a word («‘распоряжением»), go;
 * - an e-mail address split by a space before its last letters («SolnovaK V@…») is one again;
 * - «=» stuck to a hyphen («Ханты-=Мансийского») goes.
 */
export function tidyOcrLine(line: string): string {
  let text = line.replace(/-=|=-/g, '-');
  // Quotes Russian text does not use, stuck to a word by a speck: «‘распоряжением», «области’», «`27.03.2020».
  text = text.replace(/[‘`](?=[\p{Script=Cyrillic}\d])|(?<=[\p{Script=Cyrillic}\d])[’`]/gu, '');
  // «SolnovaK V@admhmao.ru»: an address split in two; an address whose name is one or two letters is rare.
  text = text.replace(/(^|[\s(])([A-Za-z0-9._%+-]*[A-Za-z0-9]) ([A-Za-z0-9]{1,2}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g, '$1$2$3');
  // «Челябинской.области»: a dot for a space between two words.
  text = text.replace(/(\p{Script=Cyrillic}{3,})\.(\p{Script=Cyrillic}{3,})/gu, '$1 $2');
  text = text.replace(/^(\d{1,2}(?:[.,]\d{1,2}){0,3})[.,:;](\s+)(?=\p{Lu})/u, (_whole, number: string, space: string) => `${number.replace(/,/g, '.')}.${space}`);
  text = text.replace(/(^|[\s«(])(\p{Ll}+|\p{Lu}\p{Ll}+)\.(\s+)(?=\p{Ll})/gu, (whole, before: string, word: string, space: string) =>
    ABBREVIATIONS.has(word.toLowerCase()) ? whole : `${before}${word}${space}`,
  );
  return text;
}
