import { describe, expect, it } from 'vitest';
import { decodeDoc, encodeDoc, jsonUtf8 } from '../../src/store/doc-codec.js';
import { PROTOCOLS, readFixture, SEEDS } from './store-setup.js';

describe('the stored form of a document', () => {
  it('writes the same UTF-8 JSON as JSON.stringify for every seed and fixture protocol, and reads it back', async () => {
    for (const file of [...Object.values(SEEDS), ...Object.values(PROTOCOLS)]) {
      const doc = await readFixture(file);
      expect(jsonUtf8(doc).equals(Buffer.from(JSON.stringify(doc), 'utf8'))).toBe(true);
      expect(decodeDoc(encodeDoc({ f: 1, v: 2, at: '2019-11-01T09:00:00.000Z' }, doc))).toEqual({ header: { f: 1, v: 2, at: '2019-11-01T09:00:00.000Z' }, doc });
    }
  });

  it('writes what JSON.stringify writes for fields and elements with no JSON form, empty objects and four-byte characters', () => {
    const cases: object[] = [
      {},
      { a: undefined },
      { a: undefined, b: 1, c: () => 1, d: [undefined, () => 1, 2, { e: undefined }], f: null },
      { 2: 'два', 1: ['один'], name: 'Ёлкин «Ж» 😀', nested: { list: [[], {}], text: '\u2028' } },
      { items: [], assignments: [{ text: 'Срок – 18 декабря 2021 года.' }] },
      [1, 'два'],
      { toJSON: () => ({ x: 1 }) },
      { at: new Date('2021-03-01T06:00:00Z'), list: [new Date('2021-03-02T06:00:00Z')] },
    ];
    for (const value of cases) expect(jsonUtf8(value).toString('utf8')).toBe(JSON.stringify(value));
  });
});
