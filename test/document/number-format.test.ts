import { describe, expect, it } from 'vitest';
import { formatListNumber } from '../../src/document/number-format.js';

describe('list counters in Word number formats', () => {
  it.each([
    [3, 'decimal', '3'],
    [3, 'decimalZero', '03'],
    [12, 'decimalZero', '12'],
    [1, 'russianLower', 'а'],
    [9, 'russianLower', 'и'],
    // Word skips й: the tenth Russian list letter is к.
    [10, 'russianLower', 'к'],
    [2, 'russianUpper', 'Б'],
    [2, 'lowerLetter', 'b'],
    [27, 'upperLetter', 'AA'],
    [4, 'upperRoman', 'IV'],
    [1994, 'upperRoman', 'MCMXCIV'],
    [9, 'lowerRoman', 'ix'],
    [5, 'none', ''],
    [5, 'ordinalText', '5'],
  ])('%i in %s reads %s', (value, format, expected) => {
    expect(formatListNumber(value, format)).toBe(expected);
  });

  it('falls back to digits where letters and Roman numerals have no zero', () => {
    expect(formatListNumber(0, 'lowerLetter')).toBe('0');
    expect(formatListNumber(0, 'upperRoman')).toBe('0');
  });
});
