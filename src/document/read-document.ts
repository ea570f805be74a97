/**
 * One input file → numbered lines (DocumentText), whatever its format. Either the
 * whole document is read or an InputError says why not: never a partial result.
 */
import { createHash } from 'node:crypto';
import type { DocumentFormat, DocumentText } from '../domain.js';
import { InputError } from '../errors.js';
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import { DEFAULT_MAX_BYTES, tooLarge } from './limits.js';
import { readDocxLines } from './read-docx.js';
import { readFileBytes } from './read-file-bytes.js';
import { stripMarkdown } from './strip-markdown.js';
import { normaliseLine, splitLines } from './text-lines.js';

export interface ReadDocumentOptions {
  /** Largest file accepted, in bytes; default 20 MiB (`--max-bytes`, config `input.maxBytes`). */
  maxBytes?: number;
}

export async function readDocument(file: string, options: ReadDocumentOptions = {}): Promise<DocumentText> {
  const maxBytes = maxBytesOf(options);
  return documentFromBytes(file, await readFileBytes(file, maxBytes), { maxBytes });
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
  if (bytes.length === 0) throw new InputError(file, 'is empty; pass the file that holds the protocol');
  const format = detectFormat(file, bytes);
  const { lines, encoding } = format === 'docx' ? await docx(file, bytes) : text(file, bytes, format);
  if (lines.every((line) => line.trim() === '')) {
    throw new InputError(file, 'holds no text (only whitespace); pass the file that holds the protocol');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { file, format, sha256, encoding, lines };
}

function maxBytesOf(options: ReadDocumentOptions): number {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A wrong limit is the caller's bug (config is validated before it gets here), not bad input.
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new RangeError(`maxBytes must be a positive whole number of bytes, got ${maxBytes}`);
  }
  return maxBytes;
}

async function docx(file: string, bytes: Uint8Array): Promise<{ lines: string[]; encoding: string }> {
  return { lines: (await readDocxLines(bytes, file)).map(normaliseLine), encoding: 'docx' };
}

function text(file: string, bytes: Uint8Array, format: DocumentFormat): { lines: string[]; encoding: string } {
  const decoded = decodeText(bytes, file);
  const lines = splitLines(decoded.text).map(normaliseLine);
  return { lines: format === 'md' ? stripMarkdown(lines) : lines, encoding: decoded.encoding };
}
