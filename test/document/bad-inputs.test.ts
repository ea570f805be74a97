import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { documentFromBytes, readDocument } from '../../src/document/index.js';
import { formatBytes } from '../../src/document/limits.js';
import { BYTES, plural } from '../../src/mail/plural.js';
import { docxFromXml } from './docx-package.js';
import { writeZip } from './zip-writer.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const bad = (name: string): string => join(fixtures, 'bad', name);

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'srok-bad-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

/** The InputError a read rejects with; fails the test on success or on any other error. */
async function refusal(read: Promise<unknown> | (() => unknown)): Promise<InputError> {
  try {
    await (typeof read === 'function' ? read() : read);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('the input was read, but it should have been refused');
}

describe('files that cannot be read are refused with the file and what to do', () => {
  it.each([
    ['empty.txt', /^файл пуст; укажите файл, в котором записан протокол$/],
    ['whitespace-only.txt', /в файле нет текста \(только пробелы и пустые строки\)/],
    ['garbage.bin', /это двоичный файл, а не текст.*сохраните протокол как \.docx, \.txt \(UTF-8\) или \.md/],
    ['text-renamed.docx', /это не документ Word \.docx \(файл не ZIP-архив\); если в нём простой текст, дайте файлу расширение \.txt/],
    ['no-document.docx', /это ZIP-архив, но не документ Word \.docx \(в нём нет word\/document\.xml\)/],
    ['truncated.docx', /файл \.docx повреждён: .*файл обрезан/],
  ])('%s', async (name, reason) => {
    const error = await refusal(readDocument(bad(name)));
    expect(error.file).toBe(bad(name));
    expect(error.reason).toMatch(reason);
    expect(error.message).toBe(`${bad(name)}: ${error.reason}`);
  });

  it('refuses a file that does not exist', async () => {
    const error = await refusal(readDocument(join(temp, 'no-such-protocol.docx')));
    expect(error.reason).toBe('файл не найден; проверьте путь');
  });

  it('refuses a directory', async () => {
    const error = await refusal(readDocument(temp));
    expect(error.file).toBe(temp);
    expect(error.reason).toMatch(/^это папка, а не документ; укажите файл документа \(\.txt, \.md, \.docx/);
  });

  it('refuses a device, which is no regular file', async () => {
    const error = await refusal(readDocument('/dev/null'));
    expect(error.message).toBe(
      '/dev/null: это не обычный файл (устройство, канал или сокет); укажите файл документа (.txt, .md, .docx, .doc, .rtf, .odt, .pdf, .png, .jpg, .tif, .eml)',
    );
  });

  it('refuses a Word document whose body holds no text', async () => {
    const error = await refusal(() => documentFromBytes('blank.docx', docxFromXml({ body: '<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>' })));
    expect(error.reason).toMatch(/в файле нет текста/);
  });

  it('refuses a .docx whose document part is broken XML, naming the part', async () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: '<w:document xmlns:w="urn:x"><w:body><w:p>' }]);
    const error = await refusal(() => documentFromBytes('broken.docx', bytes));
    expect(error.reason).toBe('word/document.xml внутри .docx повреждён (ошибка в разметке XML: строка 1, столбец 1); откройте документ в Word и сохраните заново');
  });

  it('refuses an XML part that declares a DTD, which could expand without bound', async () => {
    const bytes = writeZip([
      { name: 'word/document.xml', data: '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="urn:x"/>' },
    ]);
    expect((await refusal(() => documentFromBytes('dtd.docx', bytes))).reason).toMatch(/повреждён \(в XML есть объявление <!DOCTYPE>/);
  });

  it.each([
    ['old.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], /^документ Word 97–2003 повреждён .*сохраните как \.docx$/],
    ['protected.docx', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], /^документ Word 97–2003 повреждён/],
    ['scan.pdf', [...Buffer.from('%PDF-1.7\n')], /^PDF повреждён или обрезан .*скачайте или скопируйте его заново$/],
    ['page.html.pdf', [...Buffer.from('<html><body>404</body></html>')], /^не PDF: в начале файла нет заголовка %PDF/],
    ['old.rtf', [...Buffer.from('ПРОТОКОЛ')], /^не RTF: файл не начинается с «\{\\rtf»/],
  ])('tells what to do with %s', async (name, bytes, reason) => {
    const error = await refusal(() => documentFromBytes(name, new Uint8Array(bytes)));
    expect(error.reason).toMatch(reason);
  });

  it('refuses a Word document saved under a .txt name and says to rename it', async () => {
    const docx = await readFile(join(fixtures, 'docx', 'seed-002-word-numbering.docx'));
    const error = await refusal(() => documentFromBytes('protocol.txt', docx));
    expect(error.reason).toBe('это ZIP-архив, а не простой текст; если это документ Word, дайте файлу расширение .docx');
  });
});

describe('size limits', () => {
  it('refuses a file over maxBytes, saying its size, the limit and how to raise it', async () => {
    const file = join(fixtures, 'seeds', '002_cea077b6f9d77646.txt');
    const error = await refusal(readDocument(file, { maxBytes: 4096 }));
    expect(error.reason).toBe(
      'размер файла — 7,6 КБ, а предел — 4 КБ; если это действительно один протокол, поднимите предел ключом --max-bytes или параметром input.maxBytes в config/srok.yaml',
    );
  });

  it('gives exact byte counts when the file is only just over the limit', async () => {
    const file = join(fixtures, 'seeds', '002_cea077b6f9d77646.txt');
    const size = (await readFile(file)).length;
    const error = await refusal(readDocument(file, { maxBytes: size - 1 }));
    expect(error.reason).toMatch(new RegExp(`^размер файла — ${size} ${plural(size, BYTES)}, а предел — ${size - 1} ${plural(size - 1, BYTES)};`));
  });

  it('applies the same limit to bytes already in memory, such as an upload', async () => {
    const error = await refusal(() => documentFromBytes('upload.txt', new TextEncoder().encode('ПРОТОКОЛ № 4/2019'), { maxBytes: 16 }));
    expect(error.reason).toMatch(/^размер файла — 27 байт, а предел — 16 байт; .*--max-bytes/);
  });

  it('writes sizes in Russian, with the plural a byte count takes and a decimal comma', () => {
    expect([1, 2, 5, 21, 22, 1000, 1023].map(formatBytes)).toEqual(['1 байт', '2 байта', '5 байт', '21 байт', '22 байта', '1000 байт', '1023 байта']);
    expect([1024, 1536, 20 * 1024 * 1024, 3 * 1024 ** 3].map(formatBytes)).toEqual(['1 КБ', '1,5 КБ', '20 МБ', '3 ГБ']);
  });

  it('reads a file of exactly maxBytes', async () => {
    const file = join(fixtures, 'seeds', '002_cea077b6f9d77646.txt');
    const size = (await readFile(file)).length;
    expect((await readDocument(file, { maxBytes: size })).lines).toHaveLength(59);
  });

  it('rejects a maxBytes that is not a positive whole number as a programming error', async () => {
    await expect(readDocument(bad('empty.txt'), { maxBytes: 0 })).rejects.toThrow(RangeError);
    await expect(readDocument(bad('empty.txt'), { maxBytes: Number.NaN })).rejects.toThrow(RangeError);
  });

  it('refuses a .docx whose document part says it unpacks past the bound, before unpacking it', async () => {
    const bomb = writeZip([{ name: 'word/document.xml', data: ' '.repeat(70 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const error = await refusal(() => documentFromBytes('bomb.docx', bomb));
    expect(error.reason).toBe(
      'word/document.xml внутри .docx после распаковки занимает 70 МБ, а предел для части документа — 64 МБ; ' +
        'файл — не обычный документ Word (возможно, ZIP-бомба)',
    );
  });

  it('stops unpacking a part that lies about its size', async () => {
    const liar = writeZip([{ name: 'word/document.xml', data: ' '.repeat(70 * 1024 * 1024), declaredSize: 1000 }]);
    const error = await refusal(() => documentFromBytes('liar.docx', liar));
    expect(error.reason).toBe(
      'word/document.xml внутри .docx после распаковки занимает больше, чем записано в оглавлении ZIP-архива (1000 байт); ' +
        'файл повреждён или это не обычный документ Word (возможно, ZIP-бомба)',
    );
  });
});
