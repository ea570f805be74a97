/**
 * Real PDFs of official documents (test/corpus/pdf): read from their text layer, and
 * the one whose text is also in the corpus as .txt (acts/011) parses alike.
 */
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import { readProtocol } from '../../src/read-protocol.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
let config: SrokConfig;
beforeAll(() => {
  config = loadConfig('config');
});

describe('real PDFs of official documents', () => {
  it.each([
    ['001.pdf', 20],
    ['002.pdf', 2],
    ['003.pdf', 4],
  ])('%s is read from its text layer, every page, no OCR', async (name, pages) => {
    const parsed = await readProtocol(join(CORPUS, 'pdf', 'docs', name), config);
    expect(parsed.source.pages).toBe(pages);
    expect(parsed.source.ocr).toBeUndefined();
    const gold = JSON.parse(await readFile(join(CORPUS, 'pdf', 'gold', name.replace('.pdf', '.json')), 'utf8')) as { protocol: { number: string | null; date: string | null } };
    expect(parsed.protocol.number).toBe(gold.protocol.number);
    expect(parsed.protocol.date).toBe(gold.protocol.date);
    expect(parsed.items.length).toBeGreaterThan(0);
  });

  it('the Rosstandart regulation reads from its PDF as from its text: the same items, the same assignments', async () => {
    // The corpus text starts with two provenance lines, which the reader is not to see.
    const text = (await readFile(join(CORPUS, 'acts', 'docs', '011.txt'), 'utf8')).split('\n').slice(2).join('\n');
    const file = join(await mkdtemp(join(tmpdir(), 'srok-corpus-')), '011.txt');
    await writeFile(file, text);
    const fromText = await readProtocol(file, config);
    const fromPdf = await readProtocol(join(CORPUS, 'pdf', 'docs', '001.pdf'), config);
    expect(fromPdf.items.map((i) => [i.item, i.kind])).toEqual(fromText.items.map((i) => [i.item, i.kind]));
    expect(fromPdf.assignments.map((a) => [a.item, a.deadline.kind])).toEqual(fromText.assignments.map((a) => [a.item, a.deadline.kind]));
  });
});
