/**
 * .rtf, .odt and .doc beyond what LibreOffice writes for the samples: code pages,
 * hidden and deleted text, list numbering rules, the same size and zip-bomb limits as
 * .docx, and the damaged or protected files people send.
 */
import { describe, expect, it } from 'vitest';
import CFB from 'cfb';
import iconv from 'iconv-lite';
import { InputError } from '../../src/errors.js';
import { documentFromBytes } from '../../src/document/index.js';
import { readRtfLines } from '../../src/document/read-rtf.js';
import { writeZip } from './zip-writer.js';

async function lines(name: string, data: Uint8Array | string): Promise<string[]> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return (await documentFromBytes(name, bytes)).lines;
}

async function refusal(name: string, data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  try {
    await documentFromBytes(name, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).reason;
  }
  throw new Error(`${name} was read, but it should have been refused`);
}

/** RTF source as Word 97–2003 writes Russian: Windows-1251 bytes as \'hh. */
function cp1251(text: string): string {
  return [...iconv.encode(text, 'windows-1251')].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\'${byte.toString(16)}`)).join('');
}

describe('.rtf', () => {
  it('decodes \\\'hh in the code page of the font (\\fcharset204) and \\uN with its fallback skipped', () => {
    const rtf = `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset204 Arial;}{\\f1\\fnil\\fcharset0 Courier;}}\n` +
      `\\pard\\plain\\f0 ${cp1251('ПРОТОКОЛ № 4/2019')}\\par\n` +
      `\\pard {\\f1 E-mail: dos@admhmao.ru}\\par\n` +
      `\\pard \\uc1\\u1057?\\u1088?\\u1086?\\u1082?: \\u1076?\\u1086? 25 \\u1085?\\u1086?\\u1103?\\u1073?\\u1088?\\u1103? 2019\\par}`;
    const read = readRtfLines(new TextEncoder().encode(rtf), 'p.rtf');
    expect(read.lines).toEqual(['ПРОТОКОЛ № 4/2019', 'E-mail: dos@admhmao.ru', 'Срок: до 25 ноября 2019']);
    expect(read.encoding).toBe('rtf/windows-1252');
  });

  it('keeps list labels from \\listtext, drops headers, footnotes, hidden and deleted text, and shows a field\'s result', async () => {
    const rtf = `{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Times;}}{\\header\\pard ${cp1251('Шапка')}\\par}{\\footer\\pard 1\\par}\n` +
      `\\pard{\\listtext\\pard\\plain 1.2.\\tab}${cp1251('Рекомендовать')}{\\v  ${cp1251('скрыто')}}{\\deleted  ${cp1251('удалено')}}${cp1251(' органам')}{\\super\\chftn{\\footnote ${cp1251('сноска')}}}\\par\n` +
      `\\pard ${cp1251('на адрес')} {\\field{\\*\\fldinst HYPERLINK "mailto:a@b.ru"}{\\fldrslt a@b.ru}}\\par\n` +
      `{\\*\\generator Microsoft Word}\\pard\\intbl ${cp1251('Ячейка 1')}\\cell ${cp1251('Ячейка 2')}\\cell\\row}`;
    expect(await lines('p.rtf', rtf)).toEqual(['1.2. Рекомендовать органам', 'на адрес a@b.ru', 'Ячейка 1', 'Ячейка 2']);
  });

  it('refuses groups nested deeper than any document has', async () => {
    expect(await refusal('deep.rtf', `{\\rtf1 ${'{'.repeat(300)}x${'}'.repeat(300)}}`)).toMatch(/^RTF вложен глубже 256 групп — так документы не пишут/);
  });

  it('reads an RTF saved under a .doc name as RTF, its Russian bytes as Windows-1251 when it names no code page', async () => {
    expect(await lines('old.doc', `{\\rtf1\\ansi ${cp1251('ПРОТОКОЛ')}\\par}`)).toEqual(['ПРОТОКОЛ']);
  });
});

const ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"';

function odt(body: string, styles = ''): Uint8Array {
  return writeZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
    { name: 'content.xml', data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>` },
  ]);
}

const DECIMAL = (level: number, display = level, suffix = '.') =>
  `<text:list-level-style-number text:level="${level}" style:num-suffix="${suffix}" style:num-format="1" text:display-levels="${display}"/>`;

describe('.odt', () => {
  it('numbers lists as LibreOffice shows them: levels, restarts, continued lists, start values, letters', async () => {
    const styles =
      `<text:list-style style:name="L1">${DECIMAL(1)}${DECIMAL(2)}</text:list-style>` +
      `<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="а"/></text:list-style>`;
    const body =
      '<text:list text:style-name="L1"><text:list-item><text:p>Первый вопрос</text:p><text:list><text:list-item><text:p>Принять</text:p></text:list-item><text:list-item><text:p>Поручить</text:p></text:list-item></text:list></text:list-item></text:list>' +
      '<text:p>Срок: до 1 марта.</text:p>' +
      '<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>Второй вопрос</text:p><text:list><text:list-item><text:p>Принять</text:p></text:list-item></text:list></text:list-item><text:list-item text:start-value="7"><text:p>Седьмой</text:p></text:list-item></text:list>' +
      '<text:list text:style-name="L2"><text:list-item><text:p>первое</text:p></text:list-item><text:list-header><text:p>без номера</text:p></text:list-header><text:list-item><text:p>второе</text:p></text:list-item></text:list>' +
      '<text:list text:style-name="L1"><text:list-item><text:p>Новый список</text:p></text:list-item></text:list>';
    expect(await lines('p.odt', odt(body, styles))).toEqual([
      '1. Первый вопрос',
      '1.1. Принять',
      '1.2. Поручить',
      'Срок: до 1 марта.',
      '2. Второй вопрос',
      '2.1. Принять',
      '7. Седьмой',
      'а) первое',
      'без номера',
      'б) второе',
      '1. Новый список',
    ]);
  });

  it('reads spaces, tabs, line breaks and table cells as a reader sees them; skips tracked deletions, comments and footnotes', async () => {
    const body =
      '<text:p>Срок:<text:s text:c="2"/>до<text:tab/>1 марта<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>сноска</text:p></text:note-body></text:note>.<text:line-break/>Вторая строка</text:p>' +
      '<text:tracked-changes><text:changed-region><text:deletion><text:p>удалено</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
      '<text:p><office:annotation><text:p>комментарий</text:p></office:annotation>Министерству   финансов</text:p>' +
      '<table:table><table:table-row><table:table-cell><text:p>Ячейка 1</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>Ячейка 2</text:p></table:table-cell></table:table-row></table:table>';
    expect(await lines('p.odt', odt(body))).toEqual(['Срок:  до 1 марта.', 'Вторая строка', 'Министерству финансов', 'Ячейка 1', 'Ячейка 2']);
  });

  it('reads a flat .fodt', async () => {
    const fodt = `<?xml version="1.0" encoding="UTF-8"?><office:document ${ODF} office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text><text:p>ПРОТОКОЛ № 4/2019</text:p></office:text></office:body></office:document>`;
    expect(await lines('p.fodt', fodt)).toEqual(['ПРОТОКОЛ № 4/2019']);
  });

  it('has the zip-bomb bound of a .docx: a part that unpacks past it is refused before it is unpacked', async () => {
    const bomb = writeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true }, { name: 'content.xml', data: ' '.repeat(70 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await refusal('bomb.odt', bomb)).toBe('content.xml внутри .odt после распаковки занимает 70 МБ, а предел для части документа — 64 МБ; файл — не обычный документ (возможно, ZIP-бомба)');
    const liar = writeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true }, { name: 'content.xml', data: ' '.repeat(70 * 1024 * 1024), declaredSize: 1000 }]);
    expect(await refusal('liar.odt', liar)).toMatch(/^content\.xml внутри \.odt после распаковки занимает больше, чем записано в оглавлении ZIP-архива \(1000 байт\); файл повреждён или это не обычный документ \(/);
  });

  it('refuses a spreadsheet, a password-protected document and one without content, each with what to do', async () => {
    const ods = writeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', stored: true }, { name: 'content.xml', data: '<x/>' }]);
    expect(await refusal('table.odt', ods)).toBe('это не текстовый документ OpenDocument, а электронная таблица (.ods); пришлите протокол как .odt, .docx или PDF');
    const locked = writeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
      { name: 'META-INF/manifest.xml', data: '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>' },
      { name: 'content.xml', data: 'garbage' },
    ]);
    expect(await refusal('locked.odt', locked)).toBe('документ .odt защищён паролем; сохраните его в LibreOffice без пароля');
    const empty = writeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true }]);
    expect(await refusal('empty.odt', empty)).toMatch(/^это ZIP-архив, но не документ OpenDocument \(в нём нет content\.xml\)/);
    expect(await refusal('broken.odt', odt('<text:p>не закрыт'))).toMatch(/^content\.xml внутри \.odt повреждён \(.*\); откройте документ в LibreOffice и сохраните заново$/);
  });
});

/** An OLE compound file with the given streams, as `cfb` writes it. */
function ole(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(container, `/${name}`, Buffer.from(data));
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}

/** The start of a FIB: wIdent, nFib and the flags word. */
function fib(nFib: number, flags: number): Uint8Array {
  const bytes = new Uint8Array(1024);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xa5ec, true);
  view.setUint16(2, nFib, true);
  view.setUint16(0x0a, flags, true);
  return bytes;
}

describe('.doc', () => {
  it('refuses a password-protected .doc, a Word 6/95 file, an encrypted .docx, an Excel workbook and a damaged file, each with what to do', async () => {
    expect(await refusal('locked.doc', ole({ WordDocument: fib(0xc1, 0x0100 | 0x0200), '1Table': new Uint8Array(16) }))).toBe('документ Word защищён паролем; сохраните его в Word без пароля');
    expect(await refusal('word95.doc', ole({ WordDocument: fib(0x65 - 1, 0) }))).toBe('это документ Word 6.0/95 или старше: srok читает .doc начиная с Word 97; откройте его в Word и сохраните как .docx');
    expect(await refusal('locked.docx', ole({ EncryptedPackage: new Uint8Array(64), EncryptionInfo: new Uint8Array(64) }))).toBe('это документ Word, защищённый паролем; сохраните его без пароля');
    expect(await refusal('book.doc', ole({ Workbook: new Uint8Array(64) }))).toBe('это таблица Excel, а не документ Word; пришлите протокол как .doc, .docx или PDF');
    expect(await refusal('cut.doc', ole({ WordDocument: fib(0xc1, 0x0200) }))).toBe('документ Word 97–2003 повреждён (нет потока таблиц 1Table); откройте его в Word и сохраните как .docx');
    expect(await refusal('zeros.doc', ole({ WordDocument: new Uint8Array(1024), '0Table': new Uint8Array(16) }))).toBe(
      'документ Word 97–2003 повреждён (поток WordDocument не начинается с заголовка FIB); откройте его в Word и сохраните как .docx',
    );
  });
});
