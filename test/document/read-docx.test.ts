import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentText } from '../../src/domain.js';
import { documentFromBytes, readDocument } from '../../src/document/index.js';
import { docxFromXml, para } from './docx-package.js';
import { writeZip } from './zip-writer.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const docx = (name: string): string => join(fixtures, 'docx', name);
const seed000 = join(fixtures, 'seeds', '000_12c0b910ab9569f9.txt');
const seed002 = join(fixtures, 'seeds', '002_cea077b6f9d77646.txt');
/** Line `n` as a person counts it, from 1. */
const line = (document: DocumentText, n: number): string | undefined => document.lines[n - 1];

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'srok-docx-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('protocol 4/2019 with its item numbers only as Word list numbering', () => {
  it('puts the number Word displays in front of each question and decision, on the seed line numbers', async () => {
    const document = await readDocument(docx('seed-000-word-numbering.docx'));
    expect(document.format).toBe('docx');
    expect(document.encoding).toBe('docx');
    expect(line(document, 30)).toBe(
      '1. Сводный рейтинг по развитию электронного правительства в муниципальных образованиях Ханты-Мансийского автономного округа – Югры.',
    );
    expect(line(document, 38)).toMatch(/^1\.1\. Принять к сведению информацию о рейтинге/);
    expect(line(document, 40)).toMatch(/^1\.2\. Рекомендовать органам местного самоуправления Ханты-Мансийского/);
    expect(line(document, 42)).toBe('Срок: до 25 ноября 2019 года.');
    expect(line(document, 44)).toBe('2. О рассмотрении предложений ООО «ФинПромМаркет-XXI».');
    expect(line(document, 51)).toBe('2.1. Принять к сведению информацию ООО «ФинПромМаркет-XXI».');
    expect(line(document, 69)).toMatch(/^4\. Об исполнении принятых протокольных решений/);
    expect(line(document, 75)).toMatch(/^4\.1\. Считать исполненными и снять с контроля поручения, предусмотренные пунктами 1\.2\.1/);
  });

  it('reads line for line the same as the Markdown seed it was made from', async () => {
    const markdown = join(temp, 'protocol-4-2019.md');
    await copyFile(seed000, markdown);
    const fromMarkdown = await readDocument(markdown);
    const fromWord = await readDocument(docx('seed-000-word-numbering.docx'));
    expect(fromWord.lines).toEqual(fromMarkdown.lines);
    expect(fromWord.lines).toHaveLength(82);
  });

  it('keeps the line breaks inside the title paragraph as separate lines', async () => {
    const document = await readDocument(docx('seed-000-word-numbering.docx'));
    expect(document.lines.slice(2, 7)).toEqual([
      'ПРОТОКОЛ № 4/2019',
      'заседания рабочей группы',
      'по координации цифрового развития муниципальных образований',
      'Ханты-Мансийского автономного округа – Югры',
      '(далее – рабочая группа)',
    ]);
  });
});

describe('protocol 4/2019 with typed item numbers', () => {
  it('reads the same lines as the version numbered by Word', async () => {
    const typed = await readDocument(docx('seed-000-typed-numbers.docx'));
    const numbered = await readDocument(docx('seed-000-word-numbering.docx'));
    expect(typed.lines).toEqual(numbered.lines);
    expect(line(typed, 40)).toMatch(/^1\.2\. Рекомендовать/);
    // Same text, different files: the hash is of the bytes.
    expect(typed.sha256).not.toBe(numbered.sha256);
  });
});

describe('the Chelyabinsk protocol with items 1–10 as a one-level Word list', () => {
  it('reads the same lines as the plain-text seed', async () => {
    const fromWord = await readDocument(docx('seed-002-word-numbering.docx'));
    const fromText = await readDocument(seed002);
    expect(fromWord.lines).toEqual(fromText.lines);
  });

  it('numbers on across the «Срок» paragraphs between the items', async () => {
    const document = await readDocument(docx('seed-002-word-numbering.docx'));
    const numbered = document.lines.filter((text) => /^\d+\. /.test(text)).map((text) => text.split(' ')[0]);
    expect(numbered).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.']);
    expect(line(document, 59)).toMatch(/^10\. Контроль и мониторинг исполнения настоящих поручений оставить за Министерством/);
  });
});

describe('lettered sub-items', () => {
  it('labels the third level «а)», «б)», «в)» and restarts the letters under each decision', async () => {
    const lines = (await readDocument(docx('lettered-sub-items.docx'))).lines;
    expect(lines.slice(3, 16)).toEqual([
      '1. Об организации мониторинга цифровой трансформации.',
      'РЕШИЛИ:',
      '1.1. Принять к сведению информацию о ходе цифровой трансформации.',
      '1.2. Органам местного самоуправления обеспечить:',
      'а) назначение ответственных за цифровую трансформацию;',
      'б) представление планов мероприятий;',
      'в) размещение сведений на официальных сайтах.',
      'Срок: до 1 мая 2021 года.',
      '2. О подготовке отчета.',
      '2.1. Министерству цифрового развития подготовить отчет',
      'по итогам:',
      'а) I квартала;',
      'б) II квартала.',
    ]);
  });

  it('reads a tab as a space, skips hidden text and starts a new line at a line break', async () => {
    const lines = (await readDocument(docx('lettered-sub-items.docx'))).lines;
    expect(lines[10]).toBe('Срок: до 1 мая 2021 года.');
    expect(lines.join('\n')).not.toContain('черновик');
    expect(lines[12]).toBe('2.1. Министерству цифрового развития подготовить отчет');
    expect(lines[13]).toBe('по итогам:');
  });

  it('gives every table row one line of tab-separated cells, a cell of several paragraphs joined by spaces', async () => {
    const lines = (await readDocument(docx('lettered-sub-items.docx'))).lines;
    expect(lines.slice(16)).toEqual(['Исполнитель\tСрок', 'Министерство цифрового развития отдел мониторинга\t30 июня 2021 года', 'Председатель комиссии']);
  });
});

describe('lists that restart, go on and start at 3', () => {
  it('numbers each list as Word displays it', async () => {
    const lines = (await readDocument(docx('restart-and-start.docx'))).lines;
    expect(lines).toEqual([
      'I. Общие положения',
      'Первый список:',
      '1. один',
      '2. два',
      '3. три',
      'Тот же список, начатый заново:',
      '1. один',
      '2. два',
      'Первый экземпляр продолжает общий счет:',
      '3. три',
      'Другой список:',
      '1. один',
      'Первый список продолжается после другого:',
      '4. четыре',
      'II. Поручения',
      'Список с третьего пункта:',
      '3. три',
      '4. четыре',
      'Нумерация заново, снова с третьего:',
      '3. три',
    ]);
  });
});

describe('numbering given by paragraph styles', () => {
  it('numbers paragraphs that only name a numbered style, through basedOn as well', async () => {
    const lines = (await readDocument(docx('style-numbering.docx'))).lines;
    expect(lines).toEqual([
      '1. О ходе исполнения поручений.',
      '1.1. Принять к сведению информацию.',
      '1.2. Продолжить работу.',
      '2. О плане на 2022 год.',
      '2.1. Утвердить план.',
    ]);
  });
});

describe('files named otherwise', () => {
  it('reads a Word document under an unknown extension by its content, and .DOCX in capitals', async () => {
    for (const name of ['protocol.bin', 'PROTOCOL.DOCX']) {
      const file = join(temp, name);
      await copyFile(docx('seed-002-word-numbering.docx'), file);
      const document = await readDocument(file);
      expect(document.format).toBe('docx');
      expect(line(document, 25)).toMatch(/^1\. Утвердить Положение о Подкомиссии/);
    }
  });
});

describe('text of a .docx as a reader sees it', () => {
  const lines = async (body: string): Promise<string[]> => (await documentFromBytes('case.docx', docxFromXml({ body }))).lines;

  it('leaves out deleted revisions and field instructions but keeps inserted text and field results', async () => {
    expect(
      await lines(
        '<w:p><w:r><w:t>Срок: до </w:t></w:r><w:del><w:r><w:delText>1 мая</w:delText></w:r></w:del>' +
          '<w:ins><w:r><w:t>1 июня</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
          '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
          '<w:r><w:t> 2021 года</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      ),
    ).toEqual(['Срок: до 1 июня 2021 года']);
  });

  it('turns non-breaking spaces into spaces and keeps «» quotes and dashes', async () => {
    expect(await lines(para('конкурс\u00a0«Лучший муниципалитет» – 2020'))).toEqual(['конкурс «Лучший муниципалитет» – 2020']);
  });

  it('reads a page break between words as a new line, and one at the start of a paragraph as none', async () => {
    expect(
      await lines(
        '<w:p><w:r><w:br w:type="page"/><w:t>Приложение</w:t></w:r></w:p>' +
          '<w:p><w:r><w:t>конец страницы</w:t><w:br w:type="page"/><w:t>начало следующей</w:t></w:r></w:p>',
      ),
    ).toEqual(['Приложение', 'конец страницы', 'начало следующей']);
  });

  it('reads text boxes once, after the paragraph that anchors them', async () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>УТВЕРЖДАЮ</w:t></w:r></w:p></w:txbxContent>';
    expect(
      await lines(
        '<w:p><w:r><w:t>Протокол</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
          `<mc:Choice Requires="wps"><w:drawing>${box}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box}</w:pict></mc:Fallback>` +
          '</mc:AlternateContent></w:r></w:p>',
      ),
    ).toEqual(['Протокол', 'УТВЕРЖДАЮ']);
  });

  it('reads a document whose WordprocessingML prefix is not w:', async () => {
    const bytes = writeZip([
      {
        name: 'word/document.xml',
        data:
          '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>' +
          '<x:p><x:r><x:t>Пункт 1.</x:t></x:r></x:p></x:body></x:document>',
      },
    ]);
    expect((await documentFromBytes('custom-prefix.docx', bytes)).lines).toEqual(['Пункт 1.']);
  });
});
