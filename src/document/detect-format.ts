/**
 * Decides how to read a file: by its first bytes when they say what the file is (a
 * PDF, an OLE compound file, RTF, a ZIP package, an image), else by its extension. The
 * bytes win over the name: an RTF saved as «.doc» is read as RTF, a .docx renamed to
 * «.doc» as a .docx.
 */
import { extname } from 'node:path';
import type { DocumentFormat } from '../domain.js';
import { InputError } from '../errors.js';
import { looksLikeZip } from './zip-signature.js';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  // Macro-enabled documents and templates are the same package as a .docx.
  '.docm': 'docx',
  '.dotx': 'docx',
  '.dotm': 'docx',
  '.doc': 'doc',
  '.dot': 'doc',
  '.rtf': 'rtf',
  '.odt': 'odt',
  '.ott': 'odt',
  // Flat OpenDocument: the same XML in one file, without the ZIP package.
  '.fodt': 'odt',
  '.pdf': 'pdf',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.tif': 'image',
  '.tiff': 'image',
  '.eml': 'eml',
};

/** Every extension srok reads, for folder listings and messages. */
export const READABLE_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(BY_EXTENSION));

/** «.txt, .md, .docx, .doc, .rtf, .odt, .pdf, .png, .jpg, .tif, .eml»: what to tell a person srok reads. */
export const READABLE_LIST = '.txt, .md, .docx, .doc, .rtf, .odt, .pdf, .png, .jpg, .tif, .eml';

/** Whether a file name has an extension srok reads. */
export function isReadableName(name: string): boolean {
  return READABLE_EXTENSIONS.has(extname(name).toLowerCase());
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = ascii('{\\rtf');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const TIFF_LE = [0x49, 0x49, 0x2a, 0x00];
const TIFF_BE = [0x4d, 0x4d, 0x00, 0x2a];
const PDF = ascii('%PDF-');
/** An OpenDocument package stores its type first, uncompressed: `mimetype` at byte 30, the type at 38. */
const ODF_MIMETYPE = ascii('mimetypeapplication/vnd.oasis.opendocument.');

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/** A PDF may have a few bytes before its header (the format allows 1 024). */
function pdfHeaderAt(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - PDF.length, 1024);
  for (let i = 0; i <= end; i += 1) if (bytes[i] === 0x25 && startsWith(bytes, PDF, i)) return i;
  return -1;
}

export function detectFormat(file: string, bytes: Uint8Array): DocumentFormat {
  const byExtension = BY_EXTENSION[extname(file).toLowerCase()];
  if (pdfHeaderAt(bytes) !== -1) return 'pdf';
  if (startsWith(bytes, OLE)) return 'doc';
  if (startsWith(bytes, RTF)) return 'rtf';
  if (startsWith(bytes, PNG) || startsWith(bytes, JPEG) || startsWith(bytes, TIFF_LE) || startsWith(bytes, TIFF_BE)) {
    return 'image';
  }
  if (looksLikeZip(bytes)) {
    if (startsWith(bytes, ODF_MIMETYPE, 30) || byExtension === 'odt') return 'odt';
    if (byExtension === undefined || byExtension === 'docx' || byExtension === 'doc') return 'docx';
    if (byExtension === 'txt' || byExtension === 'md') {
      throw new InputError(
        file,
        `это ZIP-архив, а не ${byExtension === 'md' ? 'текст Markdown' : 'простой текст'}; ` +
          'если это документ Word, дайте файлу расширение .docx',
      );
    }
    throw new InputError(file, `это ZIP-архив, а не ${describe(byExtension)}; если это документ Word, дайте файлу расширение .docx`);
  }
  switch (byExtension) {
    case 'pdf':
      throw new InputError(file, 'не PDF: в начале файла нет заголовка %PDF (файл повреждён или это страница сайта, сохранённая как .pdf); скачайте документ заново');
    case 'doc':
      throw new InputError(
        file,
        'не документ Word 97–2003: это не составной файл OLE, не RTF и не .docx (возможно, веб-страница, сохранённая как .doc); откройте его в Word и сохраните как .docx',
      );
    case 'rtf':
      throw new InputError(file, 'не RTF: файл не начинается с «{\\rtf»; откройте его в Word и сохраните как .rtf или .docx');
    case 'odt':
      if (/\.fodt$/i.test(file)) return 'odt';
      throw new InputError(file, 'не документ OpenDocument (.odt): это не ZIP-пакет; откройте его в LibreOffice и сохраните заново');
    case 'image':
      throw new InputError(file, 'не изображение PNG, JPEG или TIFF, хотя так назван; пришлите скан в одном из этих форматов или PDF');
    case undefined:
      return 'txt';
    default:
      return byExtension;
  }
}

function describe(format: DocumentFormat): string {
  switch (format) {
    case 'pdf':
      return 'PDF';
    case 'rtf':
      return 'RTF';
    case 'image':
      return 'изображение';
    case 'eml':
      return 'письмо .eml';
    default:
      return `файл .${format}`;
  }
}
