/**
 * A real PDF of an official document, as its publisher made it: the Rosstandart
 * administrative regulation whose text is in the corpus as acts/011
 * (`test/fixtures/formats/rosstandart-regulation.pdf`, from the same repository and act,
 * `LowPulsage/Table-project` at c672810, `…/Documents/Адм.регламент_Росстандарт_2173_20092019.pdf`).
 * It reads from its text layer and parses as its text does.
 */
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import { readProtocol } from '../../src/read-protocol.js';

const PDF = join(import.meta.dirname, '..', 'fixtures', 'formats', 'rosstandart-regulation.pdf');
let config: SrokConfig;
beforeAll(() => {
  config = loadConfig('config');
});

describe('a real PDF of an official document', () => {
  it('is read from its text layer, all 20 pages, no OCR', async () => {
    const parsed = await readProtocol(PDF, config);
    expect(parsed.source.pages).toBe(20);
    expect(parsed.source.ocr).toBeUndefined();
    expect(parsed.items.length).toBeGreaterThan(0);
  });

  it('reads as its text in the corpus (acts/011): the same items, the same assignments (none: it is a regulation)', async () => {
    // The corpus text starts with two provenance lines, which the reader is not to see.
    const text = (await readFile(join(import.meta.dirname, '..', 'corpus', 'acts', 'docs', '011.txt'), 'utf8')).split('\n').slice(2).join('\n');
    const file = join(await mkdtemp(join(tmpdir(), 'srok-corpus-')), '011.txt');
    await writeFile(file, text);
    const fromText = await readProtocol(file, config);
    const fromPdf = await readProtocol(PDF, config);
    expect(fromPdf.items.map((i) => [i.item, i.kind])).toEqual(fromText.items.map((i) => [i.item, i.kind]));
    expect(fromPdf.assignments.map((a) => [a.item, a.deadline.kind])).toEqual(fromText.assignments.map((a) => [a.item, a.deadline.kind]));
    expect(fromPdf.assignments).toEqual([]);
  });
});
