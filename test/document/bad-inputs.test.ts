import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { documentFromBytes, readDocument } from '../../src/document/index.js';
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
    ['empty.txt', /is empty/],
    ['whitespace-only.txt', /holds no text \(only whitespace\)/],
    ['garbage.bin', /is a binary file, not text.*save the protocol as \.docx, \.txt \(UTF-8\) or \.md/],
    ['text-renamed.docx', /is not a Word \.docx document \(it is not a ZIP archive\); if it holds plain text, rename it to \.txt/],
    ['no-document.docx', /is a ZIP archive but not a Word \.docx document \(it has no word\/document\.xml\)/],
    ['truncated.docx', /the \.docx is damaged: .*cut short/],
  ])('%s', async (name, reason) => {
    const error = await refusal(readDocument(bad(name)));
    expect(error.file).toBe(bad(name));
    expect(error.reason).toMatch(reason);
    expect(error.message).toBe(`${bad(name)}: ${error.reason}`);
  });

  it('refuses a file that does not exist', async () => {
    const error = await refusal(readDocument(join(temp, 'no-such-protocol.docx')));
    expect(error.reason).toBe('does not exist; check the path');
  });

  it('refuses a directory', async () => {
    const error = await refusal(readDocument(temp));
    expect(error.file).toBe(temp);
    expect(error.reason).toMatch(/is a directory, not a document/);
  });

  it('refuses a Word document whose body holds no text', async () => {
    const error = await refusal(() => documentFromBytes('blank.docx', docxFromXml({ body: '<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>' })));
    expect(error.reason).toMatch(/holds no text/);
  });

  it('refuses a .docx whose document part is broken XML, naming the part', async () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: '<w:document xmlns:w="urn:x"><w:body><w:p>' }]);
    const error = await refusal(() => documentFromBytes('broken.docx', bytes));
    expect(error.reason).toMatch(/^word\/document\.xml inside the \.docx is damaged \(Invalid .*"w:p".* found at line 1, column 1\)/);
  });

  it('refuses an XML part that declares a DTD, which could expand without bound', async () => {
    const bytes = writeZip([
      { name: 'word/document.xml', data: '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="urn:x"/>' },
    ]);
    expect((await refusal(() => documentFromBytes('dtd.docx', bytes))).reason).toMatch(/is damaged \(unexpected declaration/);
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
    expect(error.reason).toBe('is a ZIP archive, not plain text; if it is a Word document, rename it to .docx');
  });
});

describe('size limits', () => {
  it('refuses a file over maxBytes, saying its size, the limit and how to raise it', async () => {
    const file = join(fixtures, 'seeds', '002_cea077b6f9d77646.txt');
    const error = await refusal(readDocument(file, { maxBytes: 4096 }));
    expect(error.reason).toBe(
      'is 7.6 KiB, over the limit of 4 KiB; if it really is one protocol, raise the limit with --max-bytes or config input.maxBytes',
    );
  });

  it('gives exact byte counts when the file is only just over the limit', async () => {
    const file = join(fixtures, 'seeds', '002_cea077b6f9d77646.txt');
    const size = (await readFile(file)).length;
    const error = await refusal(readDocument(file, { maxBytes: size - 1 }));
    expect(error.reason).toMatch(new RegExp(`^is ${size} bytes, over the limit of ${size - 1} bytes;`));
  });

  it('applies the same limit to bytes already in memory, such as an upload', async () => {
    const error = await refusal(() => documentFromBytes('upload.txt', new TextEncoder().encode('ПРОТОКОЛ № 4/2019'), { maxBytes: 16 }));
    expect(error.reason).toMatch(/^is 27 bytes, over the limit of 16 bytes; .*--max-bytes/);
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
      'word/document.xml inside the .docx unpacks to 70 MiB, over the 64 MiB a document part may have; ' +
        'the file is not a normal Word document (possibly a zip bomb)',
    );
  });

  it('stops unpacking a part that lies about its size', async () => {
    const liar = writeZip([{ name: 'word/document.xml', data: ' '.repeat(70 * 1024 * 1024), declaredSize: 1000 }]);
    const error = await refusal(() => documentFromBytes('liar.docx', liar));
    expect(error.reason).toBe(
      'word/document.xml inside the .docx unpacks to more than the 1000 bytes its ZIP directory declares; ' +
        'the file is damaged or not a normal Word document (possibly a zip bomb)',
    );
  });
});
