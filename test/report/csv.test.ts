import { describe, expect, it } from 'vitest';
import { csvDocument } from '../../src/report/csv.js';
import { readCsv } from './support.js';

describe('CSV for Excel', () => {
  it('quotes a field with a comma, a quote or a line break, doubles the quotes inside, and ends every record with CRLF', () => {
    const text = csvDocument(['Пункт', 'Текст'], [['1.2', 'направить "сведения", до 25.11'], ['3', 'строка\r\nещё одна'], ['4', null], ['5', -3]]);
    expect(text).toBe('\uFEFFПункт,Текст\r\n1.2,"направить ""сведения"", до 25.11"\r\n3,"строка\r\nещё одна"\r\n4,\r\n5,-3\r\n');
    expect(readCsv(text.slice(1))).toEqual([
      ['Пункт', 'Текст'],
      ['1.2', 'направить "сведения", до 25.11'],
      ['3', 'строка\r\nещё одна'],
      ['4', ''],
      ['5', '-3'],
    ]);
  });
});
