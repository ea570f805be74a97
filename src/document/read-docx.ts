/**
 * Reads a .docx into lines: opens the ZIP package, finds the main document and its
 * numbering and styles parts through the package relationships, and walks the body.
 *
 * Parts are found the way Word finds them (the relationships), with the usual
 * `word/…` names as the fallback for packages written without them.
 */
import { posix } from 'node:path';
import { InputError } from '../errors.js';
import { docxLines } from './docx-lines.js';
import { MAX_DOCX_PART_BYTES } from './limits.js';
import { WordNumbering } from './word-numbering.js';
import { WordStyles } from './word-styles.js';
import { childElement, childElements, parseXml, XmlSyntaxError, type XmlElement } from './xml-tree.js';
import { looksLikeZip, ZipArchive } from './zip-archive.js';

const OFFICE_DOCUMENT = /\/officeDocument$/;
const NUMBERING = /\/numbering$/;
const STYLES = /\/styles$/;

/** Where the main document of a package is, or null when the package has none. */
async function mainDocumentPath(zip: ZipArchive, file: string): Promise<string | null> {
  const rels = await readPart(zip, '_rels/.rels', file);
  const target = rels === null ? null : relationshipTarget(rels, '', OFFICE_DOCUMENT);
  if (target !== null && zip.has(target)) return target;
  return zip.has('word/document.xml') ? 'word/document.xml' : null;
}

export async function readDocxLines(bytes: Uint8Array, file: string): Promise<string[]> {
  if (!looksLikeZip(bytes)) {
    throw new InputError(
      file,
      'это не документ Word .docx (файл не ZIP-архив); если в нём простой текст, дайте файлу расширение .txt, ' +
        'иначе откройте его в Word и сохраните как .docx',
    );
  }
  const zip = await ZipArchive.open(bytes, file);
  const documentPath = await mainDocumentPath(zip, file);
  if (documentPath === null) {
    throw new InputError(
      file,
      'это ZIP-архив, но не документ Word .docx (в нём нет word/document.xml); ' +
        'откройте его в Word и сохраните как .docx',
    );
  }

  const document = (await readPart(zip, documentPath, file))!;
  const rels = await readPart(zip, relationshipsPath(documentPath), file);
  const partPath = (type: RegExp, fallback: string): string => {
    const target = rels === null ? null : relationshipTarget(rels, posix.dirname(documentPath), type);
    return target ?? fallback;
  };
  const stylesXml = await readPart(zip, partPath(STYLES, 'word/styles.xml'), file);
  const numberingXml = await readPart(zip, partPath(NUMBERING, 'word/numbering.xml'), file);

  const styles = stylesXml === null ? WordStyles.empty() : WordStyles.parse(stylesXml);
  const numbering = WordNumbering.parse(numberingXml, styles);
  const body = childElement(document, 'w:body');
  if (body === undefined) {
    throw new InputError(file, `в ${documentPath} внутри .docx нет тела документа (w:body); откройте документ в Word и сохраните заново`);
  }
  return docxLines(body, numbering, styles);
}

/** Parses one XML part, or returns null when the package has no such part. */
async function readPart(zip: ZipArchive, path: string, file: string): Promise<XmlElement | null> {
  const part = await zip.read(path, MAX_DOCX_PART_BYTES);
  if (part === null) return null;
  let xml: string;
  try {
    xml = decodeXml(part.bytes);
  } catch {
    throw new InputError(file, `${part.name} внутри .docx — не текст в UTF-8 или UTF-16; откройте документ в Word и сохраните заново`);
  }
  try {
    return parseXml(xml);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    throw new InputError(
      file,
      `${part.name} внутри .docx повреждён (${error.message}); откройте документ в Word и сохраните заново`,
    );
  }
}

/** XML parts are UTF-8 or, rarely, UTF-16 with a byte-order mark. */
function decodeXml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) {
    const swapped = new Uint8Array(data.length - (data.length % 2));
    for (let i = 0; i + 1 < data.length; i += 2) {
      swapped[i] = data[i + 1]!;
      swapped[i + 1] = data[i]!;
    }
    return new TextDecoder('utf-16le', { fatal: true }).decode(swapped);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(data);
}

function relationshipsPath(partPath: string): string {
  return posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`);
}

/** The package path of the first relationship whose type matches, resolved against `base`. */
function relationshipTarget(rels: XmlElement, base: string, type: RegExp): string | null {
  for (const relationship of childElements(rels, 'rel:Relationship')) {
    const target = relationship.attrs['Target'];
    if (target === undefined || relationship.attrs['TargetMode'] === 'External') continue;
    if (!type.test(relationship.attrs['Type'] ?? '')) continue;
    const path = target.startsWith('/') ? target.slice(1) : posix.join(base, target);
    return posix.normalize(path).replace(/^(\.\.\/)+/, '');
  }
  return null;
}
