/**
 * One input file → numbered lines (DocumentText), whatever its format. Either the
 * whole document is read or an InputError says why not: never a partial result.
 *
 *   .txt .md            decode-text.ts (encodings), strip-markdown.ts
 *   .docx               read-docx.ts (Word numbering)
 *   .doc                read-doc.ts (Word 97–2003, its list numbering)
 *   .rtf                read-rtf.ts (labels from \listtext)
 *   .odt .fodt          read-odt.ts (OpenDocument list numbering)
 *   .pdf                read-pdf.ts (text layer; pages without one by OCR)
 *   .png .jpg .tif      read-image.ts (OCR)
 *   .eml                read-mail.ts: each attachment is a document of its own
 */
import { createHash } from 'node:crypto';
import type { DocumentFormat, DocumentText } from '../domain.js';
import { InputError } from '../errors.js';
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, tooLarge } from './limits.js';
import { DEFAULT_OCR, type OcrOptions } from './ocr/ocr-options.js';
import type { PagedText } from './paged-text.js';
import { readFileBytes } from './read-file-bytes.js';
import { looksLikeMarkdown, stripMarkdown } from './strip-markdown.js';
import { decodeEntities, normaliseLine, splitLines } from './text-lines.js';

export interface ReadDocumentOptions {
  /** Largest file accepted, in bytes; default 20 MiB (`--max-bytes`, config `input.maxBytes`). */
  maxBytes?: number;
  /** Most pages a PDF may have (config `input.maxPages`). */
  maxPages?: number;
  /** OCR of scans and images (config `input.ocr`). */
  ocr?: Partial<OcrOptions>;
}

export async function readDocument(file: string, options: ReadDocumentOptions = {}): Promise<DocumentText> {
  const maxBytes = maxBytesOf(options);
  return documentFromBytes(file, await readFileBytes(file, maxBytes), { ...options, maxBytes });
}

/**
 * The pure part of readDocument, for bytes already in memory (an upload, a mail
 * attachment); `file` names the document in messages and decides the format.
 */
export async function documentFromBytes(
  file: string,
  bytes: Uint8Array,
  options: ReadDocumentOptions = {},
): Promise<DocumentText> {
  const maxBytes = maxBytesOf(options);
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  if (bytes.length === 0) throw new InputError(file, 'файл пуст; укажите файл, в котором записан протокол');
  const format = detectFormat(file, bytes);
  if (format === 'eml') {
    throw new InputError(file, 'это письмо (.eml), а не один документ: импортируйте его целиком (srok import или папка inbox) — каждое вложение станет документом');
  }
  const read = await readFormat(file, bytes, format, options);
  if (read.lines.every((line) => line.trim() === '')) {
    throw new InputError(file, emptyReason(format, read));
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const doc: DocumentText = { file, format, sha256, encoding: read.encoding, lines: read.lines };
  if (read.paged !== null) {
    doc.pages = read.paged.pages;
    doc.pageCount = read.paged.pageCount;
    if (read.paged.ocrPages.length > 0) {
      doc.ocrPages = read.paged.ocrPages;
      doc.confidence = read.paged.confidence;
      doc.doubtful = read.paged.doubtful;
    }
  }
  return doc;
}

interface FormatRead {
  lines: string[];
  encoding: string;
  paged: PagedText | null;
}

function emptyReason(format: DocumentFormat, read: FormatRead): string {
  if (format === 'pdf' && read.paged !== null && read.paged.ocrPages.length === 0) {
    return 'в PDF нет текста: ни текстового слоя, ни изображений страниц; пришлите документ, из которого он был сделан';
  }
  if (read.paged !== null && read.paged.ocrPages.length > 0) {
    return 'распознавание не нашло на страницах текста (пустой или слишком тёмный скан?); отсканируйте документ заново с разрешением 300 dpi';
  }
  return 'в файле нет текста (только пробелы и пустые строки); укажите файл, в котором записан протокол';
}

/**
 * Each format's reader is loaded when a document of that format comes (its ZIP, XML, RTF or
 * PDF code and their packages), so that reading a .txt or .md one loads none of them.
 */
async function readFormat(file: string, bytes: Uint8Array, format: DocumentFormat, options: ReadDocumentOptions): Promise<FormatRead> {
  const ocr: OcrOptions = { ...DEFAULT_OCR, ...options.ocr };
  switch (format) {
    case 'docx': {
      const { readDocxLines } = await import('./read-docx.js');
      return { lines: (await readDocxLines(bytes, file)).map(normaliseLine), encoding: 'docx', paged: null };
    }
    case 'doc': {
      const { readDocLines } = await import('./read-doc.js');
      return { lines: (await readDocLines(bytes, file)).map(normaliseLine), encoding: 'doc', paged: null };
    }
    case 'odt': {
      const { readOdtLines } = await import('./read-odt.js');
      return { lines: (await readOdtLines(bytes, file)).map(normaliseLine), encoding: 'odt', paged: null };
    }
    case 'rtf': {
      const { readRtfLines } = await import('./read-rtf.js');
      const rtf = readRtfLines(bytes, file);
      return { lines: rtf.lines.map(normaliseLine), encoding: rtf.encoding, paged: null };
    }
    case 'pdf': {
      const { readPdf } = await import('./read-pdf.js');
      const paged = await readPdf(bytes, file, { ocr, maxPages: options.maxPages ?? DEFAULT_MAX_PAGES });
      return { lines: paged.lines.map(normaliseLine), encoding: paged.encoding, paged };
    }
    case 'image': {
      const { readImage } = await import('./read-image.js');
      const paged = await readImage(bytes, file, { ocr });
      return { lines: paged.lines.map(normaliseLine), encoding: paged.encoding, paged };
    }
    default:
      return { ...text(file, bytes, format), paged: null };
  }
}

function maxBytesOf(options: ReadDocumentOptions): number {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A wrong limit is the caller's bug (config is validated before it gets here), not bad input.
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new RangeError(`maxBytes must be a positive whole number of bytes, got ${maxBytes}`);
  }
  return maxBytes;
}

function text(file: string, bytes: Uint8Array, format: DocumentFormat): { lines: string[]; encoding: string } {
  const decoded = decodeText(bytes, file);
  const lines = splitLines(decoded.text).map((line) => normaliseLine(decodeEntities(line)));
  // (A text saved as Markdown under «.txt» is read as Markdown.)
  return { lines: format === 'md' || (format === 'txt' && looksLikeMarkdown(lines)) ? stripMarkdown(lines) : lines, encoding: decoded.encoding };
}
