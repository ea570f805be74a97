/**
 * Scans read by OCR (Tesseract, rus+eng). The scans are made from the LibreOffice PDFs
 * of four sample protocols by test/fixtures/formats/make-formats.ts: 200 dpi grey
 * pages, turned by 0.8° (alternately either way), with sensor noise and specks, as
 * JPEG; wrapped in PDFs without a text layer as a scanner writes them, and page 1 of
 * seed 000 also as a .jpg (strips of it as .png and a two-page .tif).
 *
 * Together the four protocols hold 20 assignments: at most one may be lost, and no
 * deadline read wrong may go without a warning.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import type { Assignment, ParsedDocument } from '../../src/domain.js';
import { documentFromBytes, readDocument } from '../../src/document/index.js';
import { forgetTools } from '../../src/document/ocr/tools.js';
import { readProtocol } from '../../src/read-protocol.js';
import { SAMPLES, SCANNED } from '../fixtures/formats/make-formats.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'formats');
let config: SrokConfig;

beforeAll(() => {
  config = loadConfig('config');
});

const deadlineOf = (a: Assignment): string => `${a.deadline.kind}:${a.deadline.date ?? a.deadline.firstDue ?? ''}`;

describe('scanned PDFs of four protocols (20 assignments)', () => {
  const scans: Record<string, ParsedDocument> = {};
  const texts: Record<string, ParsedDocument> = {};

  beforeAll(async () => {
    for (const name of SCANNED) {
      texts[name] = await readProtocol(SAMPLES[name]!, config);
      scans[name] = await readProtocol(join(DIR, `scan-${name}.pdf`), config);
    }
  }, 180_000);

  it('lose at most 1 assignment in 20 and state no wrong deadline as sure', () => {
    let total = 0;
    let lost = 0;
    const wrongAndSure: string[] = [];
    for (const name of SCANNED) {
      const scan = scans[name]!;
      const warned = new Set(scan.warnings.map((w) => w.line));
      for (const expected of texts[name]!.assignments) {
        total += 1;
        const got = scan.assignments.find((a) => a.item === expected.item);
        if (got === undefined) {
          lost += 1;
          continue;
        }
        if (deadlineOf(got) !== deadlineOf(expected) && !warned.has(got.line)) wrongAndSure.push(`${name} ${got.item}: ${deadlineOf(got)}`);
      }
    }
    expect(total).toBe(20);
    expect(lost).toBeLessThanOrEqual(1);
    expect(wrongAndSure).toEqual([]);
  });

  it('say which pages were read by OCR and how surely, and give every item its page', () => {
    for (const name of SCANNED) {
      const scan = scans[name]!;
      expect(scan.source.format).toBe('pdf');
      expect(scan.source.ocr?.pages).toEqual([1, 2]);
      expect(scan.source.ocr?.confidence).toBeGreaterThan(0.7);
      expect(scan.assignments.every((a) => a.page === 1 || a.page === 2)).toBe(true);
    }
  });

  it('warn on an assignment read from doubtful words, naming them and the page to compare with', () => {
    const warnings = SCANNED.flatMap((name) => scans[name]!.warnings.filter((w) => w.code === 'ocr_low_confidence'));
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning.message).toMatch(/^(?:пункт [\d.]+|поручение в строке \d+) \(страница \d\) распознан[о]? со скана неуверенно \(\d+ %(?:, неуверенно прочитаны: «[^»]+»(?:, «[^»]+»)*)?\); сверьте со сканом исполнителей, срок и адреса$/);
    }
  });

  it('read e-mail addresses in Latin letters, and name any address read wrong in a warning', () => {
    for (const name of SCANNED) {
      const scan = scans[name]!;
      for (const expected of texts[name]!.assignments) {
        const got = scan.assignments.find((a) => a.item === expected.item);
        if (got === undefined) continue;
        expect(got.emails.join(' ')).not.toMatch(/\p{Script=Cyrillic}/u);
        for (const email of got.emails.filter((e) => !expected.emails.includes(e))) {
          expect(scan.warnings.find((w) => w.line === got.line)?.message).toContain(`«${email}»`);
        }
      }
    }
  });
});

describe('page images', () => {
  it('a .jpg of page 1 of seed 000 (200 dpi, grey, noise, 0.8°) gives its two assignments with their deadlines', async () => {
    const scan = await readProtocol(join(DIR, 'scan-000-page1.jpg'), config);
    expect(scan.source.format).toBe('image');
    expect(scan.protocol.number).toBe('4/2019');
    expect(scan.assignments.map((a) => [a.item, deadlineOf(a)])).toEqual([
      ['1.2', 'date:2019-11-25'],
      ['2.2', 'date:2019-11-07'],
    ]);
  }, 60_000);

  it('a .png and each page of a two-page .tif are read, the pages numbered', async () => {
    const png = await readDocument(join(DIR, 'scan-000-strip.png'));
    expect(png.lines.slice(0, 2)).toEqual(['ПРОТОКОЛ № 4/2019', 'заседания рабочей группы']);
    expect(png.confidence?.every((c) => c !== null && c > 0.5)).toBe(true);
    const tif = await readDocument(join(DIR, 'scan-000-strip.tif'));
    expect(tif.pageCount).toBe(2);
    expect(tif.ocrPages).toEqual([1, 2]);
    expect(tif.lines[0]).toBe('ПРОТОКОЛ № 4/2019');
    expect(tif.lines.some((line) => /Председательствовал/.test(line))).toBe(true);
    expect(tif.pages?.at(-1)).toBe(2);
  }, 60_000);
});

describe('what OCR needs, and its limits', () => {
  let empty: string;
  beforeAll(async () => {
    empty = await mkdtemp(join(tmpdir(), 'srok-no-tools-'));
  });
  afterAll(async () => {
    await rm(empty, { recursive: true, force: true });
  });

  it('without Tesseract installed, a scan is refused naming the Debian packages to install', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = empty;
    forgetTools();
    try {
      await expect(readDocument(join(DIR, 'scan-000-strip.png'))).rejects.toThrow(
        /scan-000-strip\.png: это изображение: текст в нём читается распознаванием; для распознавания нужен Tesseract, а он не установлен: установите пакеты Debian tesseract-ocr и tesseract-ocr-rus \(apt-get install tesseract-ocr tesseract-ocr-rus\)$/,
      );
      await expect(readDocument(join(DIR, 'scan-seed-004.pdf'))).rejects.toThrow(/для распознавания сканированного PDF нужна программа pdftoppm, а она не установлена: установите пакет Debian poppler-utils/);
    } finally {
      process.env['PATH'] = path;
      forgetTools();
    }
  });

  it('names the missing language data', async () => {
    const bytes = await readFile(join(DIR, 'scan-000-strip.png'));
    await expect(documentFromBytes('strip.png', bytes, { ocr: { languages: 'rus+kaz' } })).rejects.toThrow(
      /у Tesseract нет данных для языка kaz: установите пакет Debian tesseract-ocr-kaz \(apt-get install tesseract-ocr-kaz\)$/,
    );
  });

  it('stops a page that takes longer than its time limit and says which limit to raise', async () => {
    const bytes = await readFile(join(DIR, 'scan-000-strip.png'));
    await expect(documentFromBytes('slow.png', bytes, { ocr: { pageTimeoutMs: 1 } })).rejects.toThrow(
      'slow.png: страница 1 не распознана за 0,001 с (предел input.ocr.pageTimeoutSeconds); пришлите скан меньшего разрешения или документ с текстовым слоем, либо поднимите предел',
    );
  });

  it('refuses a scan when OCR is switched off, saying where to switch it on', async () => {
    const bytes = await readFile(join(DIR, 'scan-seed-004.pdf'));
    await expect(documentFromBytes('scan.pdf', bytes, { ocr: { enabled: false } })).rejects.toThrow(
      'scan.pdf: PDF — скан без текстового слоя, а распознавание выключено (input.ocr.enabled: false в config/srok.yaml); включите его или пришлите документ с текстом',
    );
  });

  it('refuses a broken image with what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'srok-bad-image-'));
    const file = join(dir, 'photo.jpg');
    await writeFile(file, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 1, 2, 3]));
    await expect(readDocument(file)).rejects.toThrow(/photo\.jpg: изображение не читается \(.*\); откройте его и сохраните заново в PNG, JPEG или TIFF$/);
    await rm(dir, { recursive: true, force: true });
  });
});
