import { describe, expect, it } from 'vitest';
import { csvDocument } from '../../src/report/csv.js';
import { readCsv } from './support.js';

describe('CSV for Excel', () => {
  it('separates fields with semicolons, as Russian Excel does, quotes a field with a semicolon, a quote or a line break, writes decimal commas, and ends every record with CRLF', () => {
    const text = csvDocument(['Пункт', 'Текст', 'Доля'], [['1.2', 'направить "сведения"; до 25.11, в срок', 0.75], ['3', 'строка\r\nещё одна', 1], ['4', null, null], ['5', 'a,b', -3]]);
    expect(text).toBe('\uFEFFПункт;Текст;Доля\r\n1.2;"направить ""сведения""; до 25.11, в срок";0,75\r\n3;"строка\r\nещё одна";1\r\n4;;\r\n5;a,b;-3\r\n');
    expect(readCsv(text.slice(1))).toEqual([
      ['Пункт', 'Текст', 'Доля'],
      ['1.2', 'направить "сведения"; до 25.11, в срок', '0,75'],
      ['3', 'строка\r\nещё одна', '1'],
      ['4', '', ''],
      ['5', 'a,b', '-3'],
    ]);
  });
});
