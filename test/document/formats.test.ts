/**
 * Every sample protocol, converted by LibreOffice to .docx, .doc, .odt, .rtf and .pdf
 * (test/fixtures/formats/make-formats.ts), reads to the same assignments as its .txt:
 * item, deadline kind and date, executors, addresses. The item numbers exist in the
 * converted files only as list numbering, and the PDFs are typeset: justified,
 * hyphenated, with page numbers and a running foot.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import type { Assignment, ParsedDocument } from '../../src/domain.js';
import { documentFromBytes, readDocument } from '../../src/document/index.js';
import { readProtocol } from '../../src/read-protocol.js';
import { BENCH_SAMPLE, SAMPLES } from '../fixtures/formats/make-formats.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'formats');
const FORMATS = ['docx', 'doc', 'odt', 'rtf', 'pdf'] as const;

let config: SrokConfig;
const text: Record<string, ParsedDocument> = {};

beforeAll(async () => {
  config = loadConfig('config');
  for (const [name, file] of Object.entries({ ...SAMPLES, ...BENCH_SAMPLE })) text[name] = await readProtocol(file, config);
});

/** What an assignment must keep whatever the format. */
function essence(a: Assignment) {
  return {
    item: a.item,
    kind: a.deadline.kind,
    date: a.deadline.date,
    firstDue: a.deadline.firstDue,
    recommendation: a.recommendation,
    executors: a.executors.map((e) => `${e.role}:${e.name}:${e.ref ?? ''}`),
    emails: a.emails,
    optional: a.optional,
    closes: a.closes.map((c) => `${c.protocol.number}:${c.items.join(',')}`),
  };
}

describe('LibreOffice conversions of the samples read as their .txt', () => {
  // ten-pages: the 10-page protocol of `npm run bench` — 58 assignments, a 9-page PDF whose every page opens alike.
  const cases = Object.keys({ ...SAMPLES, ...BENCH_SAMPLE }).flatMap((name) => FORMATS.map((format) => [name, format] as const));
  it.each(cases)('%s.%s: the same assignments, deadlines, executors and addresses', async (name, format) => {
    const parsed = await readProtocol(join(DIR, `${name}.${format}`), config);
    const expected = text[name]!;
    expect(parsed.source.format).toBe(format);
    expect(parsed.assignments.map(essence)).toEqual(expected.assignments.map(essence));
    expect(parsed.protocol.number).toBe(expected.protocol.number);
    expect(parsed.protocol.date).toBe(expected.protocol.date);
    expect(parsed.noted).toEqual(expected.noted);
  });
});

describe('list numbering is read from each format', () => {
  it.each(['doc', 'odt', 'rtf', 'docx'])('%s: the labels LibreOffice displays, three levels deep', async (format) => {
    const doc = await readDocument(join(DIR, `working-group-3-2019.${format}`));
    const labelled = doc.lines.filter((line) => /^\d+(\.\d+)*\. /.test(line)).map((line) => line.split(' ')[0]);
    expect(labelled).toEqual(['1.', '1.1.', '1.2.', '1.2.1.', '1.2.2.', '2.', '2.1.', '2.2.', '3.', '3.1.', '3.2.', '4.', '4.1.', '4.2.', '4.2.1.', '4.2.2.', '5.', '5.1.', '5.2.']);
  });

  it('.doc, .odt and .rtf give the very same lines', async () => {
    const lines = await Promise.all(['doc', 'odt', 'rtf'].map(async (format) => (await readDocument(join(DIR, `seed-000.${format}`))).lines));
    expect(lines[1]).toEqual(lines[0]);
    expect(lines[2]).toEqual(lines[0]);
  });
});

describe('a typeset PDF', () => {
  it('drops page numbers and the running foot, and joins hyphenated words and wrapped lines into paragraphs', async () => {
    const doc = await readDocument(join(DIR, 'seed-000.pdf'));
    expect(doc.format).toBe('pdf');
    expect(doc.pageCount).toBe(2);
    expect(doc.lines.some((line) => /страница \d из \d/.test(line))).toBe(false);
    expect(doc.lines).not.toContain('2');
    // LibreOffice hyphenated «муниципаль-ных» and «ци-фровой»; the words are whole again.
    expect(doc.lines.join('\n')).not.toMatch(/\p{L}-\s|муниципаль-ных|ци-фровой/u);
    expect(doc.lines).toContain(
      '1.2. Рекомендовать органам местного самоуправления Ханты-Мансийского автономного округа – Югры направить в Депинформтехнологий Югры (на адрес электронной почты SolnovaKV@admhmao.ru) предложения по критериям оценки участников и порядок начисления баллов конкурса «Лучший муниципалитет по цифровой трансформации» на 2020 год (при наличии).',
    );
    // A hyphen that belongs to the word stays: «Ханты-Мансийского» broken after its hyphen is still one word.
    expect(doc.lines.join('\n')).toMatch(/Ханты-Мансийского автономного округа – Югры/);
  });

  it('gives each item and assignment the page it starts on, keeping the line numbers of the contract', async () => {
    const parsed = await readProtocol(join(DIR, 'seed-000.pdf'), config);
    expect(parsed.source.pages).toBe(2);
    expect(parsed.source.ocr).toBeUndefined();
    expect(parsed.assignments.map((a) => [a.item, a.page])).toEqual([
      ['1.2', 1],
      ['2.2', 1],
      ['3.2', 2],
      ['4.1', 2],
    ]);
    expect(parsed.items.every((item) => Number.isInteger(item.line) && (item.page === 1 || item.page === 2))).toBe(true);
  });

  it('formats without pages add no page fields', async () => {
    const parsed = await readProtocol(join(DIR, 'seed-000.docx'), config);
    expect(parsed.source.pages).toBeUndefined();
    expect(parsed.assignments.every((a) => a.page === undefined)).toBe(true);
  });

  it('refuses a PDF with more pages than input.maxPages, saying how to raise it', async () => {
    const bytes = await readFile(join(DIR, 'seed-000.pdf'));
    await expect(documentFromBytes('long.pdf', bytes, { maxPages: 1 })).rejects.toThrow(
      'long.pdf: в PDF 2 страницы, больше предела input.maxPages (1); если это один протокол, поднимите предел в config/srok.yaml',
    );
  });
});
