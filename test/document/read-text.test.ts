import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentText } from '../../src/domain.js';
import { documentFromBytes, readDocument } from '../../src/document/index.js';

const seeds = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const seed000 = join(seeds, '000_12c0b910ab9569f9.txt');
const seed001 = join(seeds, '001_4c2d8d8cedb7b5a3.txt');
const seed002 = join(seeds, '002_cea077b6f9d77646.txt');
const seed004 = join(seeds, '004_f307fc0c0e58b4a0.txt');
const line = (document: DocumentText, n: number): string | undefined => document.lines[n - 1];

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'srok-text-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

async function asMarkdown(seed: string): Promise<DocumentText> {
  const file = join(temp, `${seed.split('/').pop()!.replace('.txt', '')}.md`);
  await copyFile(seed, file);
  return readDocument(file);
}

describe('plain-text protocols', () => {
  it('keeps the seed line numbering: line 30 of protocol 4/2019 is question 1', async () => {
    const document = await readDocument(seed000);
    expect(document.format).toBe('txt');
    expect(document.encoding).toBe('utf-8');
    expect(document.lines).toHaveLength(82);
    expect(line(document, 1)).toBe('');
    // (The seed is Markdown saved as «.txt»: read as Markdown, its marks gone, its lines in place.)
    expect(line(document, 3)).toBe('ПРОТОКОЛ № 4/2019');
    expect(line(document, 40)).toMatch(/^1\.2\. Рекомендовать органам местного самоуправления/);
    expect(line(document, 82)).toBe('П.И.Ципорин');
  });

  it('hashes the raw bytes and names the file as given', async () => {
    const document = await readDocument(seed002);
    const bytes = await readFile(seed002);
    expect(document.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(document.file).toBe(seed002);
  });

  it('keeps tabs and «» quotes of the information note as written', async () => {
    const document = await readDocument(seed001);
    expect(line(document, 7)).toMatch(/^\tГород Ханты-Мансийск с 2017 года/);
    expect(line(document, 8)).toBe('«Лучший муниципалитет по цифровой трансформации», который проводит Департамент информационных технологий и цифрового развития ');
  });

  it('numbers lines the same with CRLF, CR and LF line ends', async () => {
    const text = 'ПРОТОКОЛ\n\n1. Утвердить.\nСрок – 18 декабря 2020 года.\n';
    const read = async (eol: string): Promise<string[]> =>
      (await documentFromBytes('eol.txt', new TextEncoder().encode(text.replace(/\n/g, eol)))).lines;
    const expected = ['ПРОТОКОЛ', '', '1. Утвердить.', 'Срок – 18 декабря 2020 года.'];
    expect(await read('\n')).toEqual(expected);
    expect(await read('\r\n')).toEqual(expected);
    expect(await read('\r')).toEqual(expected);
  });

  it('counts blank lines at the end of a file but not the final line break', async () => {
    const lines = (await documentFromBytes('end.txt', new TextEncoder().encode('а\nб\n\n'))).lines;
    expect(lines).toEqual(['а', 'б', '']);
  });

  it('turns non-breaking spaces into spaces and leaves dashes and quotes alone', async () => {
    const lines = (await documentFromBytes('nbsp.txt', new TextEncoder().encode('Срок\u00a0–\u00a0«до 25\u202fноября»'))).lines;
    expect(lines).toEqual(['Срок – «до 25 ноября»']);
  });

  it('reads a file with an unknown extension as text', async () => {
    const file = join(temp, 'protocol.prot');
    await copyFile(seed002, file);
    const document = await readDocument(file);
    expect(document.format).toBe('txt');
    expect(document.lines).toEqual((await readDocument(seed002)).lines);
  });
});

describe('Markdown protocols', () => {
  it('strips bold marks and hard-break spaces: line 3 of protocol 4/2019 reads «ПРОТОКОЛ № 4/2019»', async () => {
    const document = await asMarkdown(seed000);
    expect(document.format).toBe('md');
    expect(line(document, 3)).toBe('ПРОТОКОЛ № 4/2019');
    expect(line(document, 7)).toBe('(далее – рабочая группа)');
    expect(line(document, 13)).toBe('Председательствовал:');
    expect(line(document, 15)).toBe('Ципорин – директор Депинформтехнологий Югры,');
    expect(line(document, 30)).toMatch(/^1\. Сводный рейтинг .* – Югры\.$/);
    expect(line(document, 36)).toBe('Решили:');
  });

  it('turns the horizontal rule into an empty line and keeps every line in place', async () => {
    const plain = { lines: (await readFile(seed000, 'utf8')).split(/\r?\n/u) } as DocumentText;
    const markdown = await asMarkdown(seed000);
    expect(line(plain, 32)).toBe('---');
    expect(line(markdown, 32)).toBe('');
    expect(markdown.lines).toHaveLength(plain.lines.length);
    plain.lines.forEach((text, i) => {
      if (!/[*_#\\]|^---$/.test(text)) expect(markdown.lines[i]).toBe(text.trimEnd());
    });
  });

  it('removes bold that spans the four lines of the letterhead of the letter', async () => {
    const document = await asMarkdown(seed004);
    expect(document.lines.slice(4, 8)).toEqual([
      'ДЕПАРТАМЕНТ ОБЩЕСТВЕННЫХ',
      'И ВНЕШНИХ СВЯЗЕЙ',
      'ХАНТЫ-МАНСИЙСКОГО',
      'АВТОНОМНОГО ОКРУГА – ЮГРЫ',
    ]);
  });

  it('accepts the .markdown extension', async () => {
    const file = join(temp, 'protocol.markdown');
    await writeFile(file, '# ПРОТОКОЛ № 4/2019\n\n**1.** Принять к сведению.\n');
    expect((await readDocument(file)).lines).toEqual(['ПРОТОКОЛ № 4/2019', '', '1. Принять к сведению.']);
  });
});

describe('invisible characters some sites put into the text', () => {
  it('fillers after words (U+115F, U+3164) and zero-width marks go, thin and em spaces become spaces, a soft hyphen ending a line becomes a hyphen', async () => {
    const text = 'по\u115f адресу:\n4. Комиссии\u3164 в\u2009срок\u2003до 10.08.2010 органи\u00ad\nзовать\u200d работу\n';
    const lines = (await documentFromBytes('fill.txt', new TextEncoder().encode(text))).lines;
    expect(lines).toEqual(['по адресу:', '4. Комиссии в срок до 10.08.2010 органи-', 'зовать работу']);
  });
});

describe('a text saved as Markdown or copied from a page’s source under «.txt»', () => {
  it('is read as Markdown when it carries two kinds of its marks (escaped item numbers, bold lines, a table’s rule), its entities decoded', async () => {
    const text = '**ПРАВИТЕЛЬСТВО ОБЛАСТИ**\n\n**Р А С П О Р Я Ж Е Н И Е**\n\n1\\. Отделу представить отчет в срок до 15&nbsp;сентября 2016 года.\n\n2\\. Опубликовать настоящее распоряжение в газете &laquo;Новый мир&raquo;.\n';
    const lines = (await documentFromBytes('act.txt', new TextEncoder().encode(text))).lines;
    expect(lines).toContain('ПРАВИТЕЛЬСТВО ОБЛАСТИ');
    expect(lines).toContain('1. Отделу представить отчет в срок до 15 сентября 2016 года.');
    expect(lines).toContain('2. Опубликовать настоящее распоряжение в газете «Новый мир».');
  });
  it('a plain text with a lone «**» or «1\\.» stays as written', async () => {
    const text = 'ПРИКАЗ\n\n1\\. Отделу подготовить план.\nПримечание: ** см. выше.\n';
    expect((await documentFromBytes('plain.txt', new TextEncoder().encode(text))).lines.slice(0, 4)).toEqual(['ПРИКАЗ', '', '1\\. Отделу подготовить план.', 'Примечание: ** см. выше.']);
  });
});
