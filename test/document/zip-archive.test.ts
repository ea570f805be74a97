import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { documentFromBytes } from '../../src/document/index.js';
import { ZipArchive } from '../../src/document/zip-archive.js';
import { writeZip } from './zip-writer.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = `<w:document ${W}><w:body><w:p><w:r><w:t>1. Утвердить положение.</w:t></w:r></w:p></w:body></w:document>`;

describe('the ZIP container of a .docx', () => {
  it('reads stored and deflated parts alike', async () => {
    for (const stored of [true, false]) {
      const bytes = writeZip([{ name: 'word/document.xml', data: documentXml, stored }]);
      expect((await documentFromBytes('p.docx', bytes)).lines).toEqual(['1. Утвердить положение.']);
    }
  });

  it('reads an archive written with ZIP64 records', async () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: documentXml }], { zip64: true });
    const part = await (await ZipArchive.open(bytes, 'p.docx')).read('word/document.xml', 1 << 20);
    expect(part?.bytes.length).toBe(Buffer.byteLength(documentXml));
    expect((await documentFromBytes('p.docx', bytes)).lines).toEqual(['1. Утвердить положение.']);
  });

  it('finds parts whatever the case of their names, as OPC requires', async () => {
    const bytes = writeZip([{ name: 'Word/Document.XML', data: documentXml }]);
    expect((await documentFromBytes('p.docx', bytes)).lines).toEqual(['1. Утвердить положение.']);
    const part = await (await ZipArchive.open(bytes, 'p.docx')).read('word/document.xml', 1 << 20);
    expect(part?.name).toBe('Word/Document.XML');
  });

  it('tolerates part names that would be unsafe to unpack to disk, since nothing is written', async () => {
    const bytes = writeZip([
      { name: '../outside.xml', data: '<x/>' },
      { name: '/word/document.xml', data: documentXml },
    ]);
    expect((await documentFromBytes('p.docx', bytes)).lines).toEqual(['1. Утвердить положение.']);
  });

  it('finds the main document through the package relationships when it is not word/document.xml', async () => {
    const bytes = writeZip([
      {
        name: '_rels/.rels',
        data:
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/>' +
          '</Relationships>',
      },
      { name: 'word/document2.xml', data: documentXml },
    ]);
    expect((await documentFromBytes('p.docx', bytes)).lines).toEqual(['1. Утвердить положение.']);
  });

  it('returns null for a part the archive does not have', async () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: documentXml }]);
    expect(await (await ZipArchive.open(bytes, 'p.docx')).read('word/numbering.xml', 1 << 20)).toBeNull();
  });

  it('refuses an encrypted entry', async () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: documentXml, flags: 1 }]);
    await expect(documentFromBytes('p.docx', bytes)).rejects.toThrow(
      /word\/document\.xml внутри \.docx зашифрован; сохраните документ без пароля/,
    );
  });

  it('refuses an archive with strongly encrypted entries', async () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: documentXml, flags: 0x41 }]);
    await expect(documentFromBytes('p.docx', bytes)).rejects.toThrow(/файл \.docx зашифрован; сохраните документ без пароля/);
  });

  it('refuses a compression method Word does not write', async () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: documentXml, method: 12 }]);
    await expect(documentFromBytes('p.docx', bytes)).rejects.toThrow(/сжат методом ZIP номер 12, которым офисные программы не пользуются/);
  });

  it('refuses an archive whose directory points past its end', async () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: documentXml }]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint32(bytes.length - 6, bytes.length + 100, true);
    const error = await ZipArchive.open(bytes, 'p.docx').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).reason).toMatch(/оглавление ZIP-архива противоречиво/);
  });

  it('refuses a part whose data is shorter than its directory says', async () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: documentXml, declaredSize: Buffer.byteLength(documentXml) + 10 }]);
    await expect(documentFromBytes('p.docx', bytes)).rejects.toThrow(/файл \.docx повреждён: word\/document\.xml в нём не читается/);
  });
});
