/**
 * Writes a list counter the way Word displays it for a level's `w:numFmt`.
 *
 * Russian protocols use decimal («1.2.»), Russian letters («а)», Word's
 * `russianLower`), Latin letters and Roman numerals; anything rarer falls back to
 * decimal, which keeps the item number readable.
 */

/** Word's Russian alphabet for lists: ё, й, ъ, ы and ь are skipped, as in Word. */
const RUSSIAN_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';
const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function formatListNumber(value: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimal':
      return String(value);
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case 'lowerLetter':
      return letters(value, LATIN_LETTERS);
    case 'upperLetter':
      return letters(value, LATIN_LETTERS).toUpperCase();
    // OpenDocument's letters without «letter sync»: a … z, aa, ab … as spreadsheet columns.
    case 'lowerLetterBijective':
      return bijective(value, LATIN_LETTERS);
    case 'upperLetterBijective':
      return bijective(value, LATIN_LETTERS).toUpperCase();
    case 'russianLower':
      return letters(value, RUSSIAN_LETTERS);
    case 'russianUpper':
      return letters(value, RUSSIAN_LETTERS).toUpperCase();
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/** Word's letter lists repeat the letter past the alphabet: 27 → «aa», 53 → «aaa». */
function letters(value: number, alphabet: string): string {
  if (value < 1) return String(value);
  const index = (value - 1) % alphabet.length;
  const repeat = Math.floor((value - 1) / alphabet.length) + 1;
  return alphabet.charAt(index).repeat(repeat);
}

function bijective(value: number, alphabet: string): string {
  if (value < 1) return String(value);
  let rest = value;
  let out = '';
  while (rest > 0) {
    rest -= 1;
    out = alphabet.charAt(rest % alphabet.length) + out;
    rest = Math.floor(rest / alphabet.length);
  }
  return out;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  let rest = value;
  let out = '';
  for (const [amount, digits] of ROMAN) {
    while (rest >= amount) {
      out += digits;
      rest -= amount;
    }
  }
  return out;
}
