import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import type { ParsedDocument } from '../domain.js';
import { DOC_DICTIONARY_1 } from './doc-dictionary.js';

/**
 * The stored form of a parsed document, read on every job: a one-line JSON header that
 * Lua reads without inflating (the version is the import's concurrency check), then
 * the document as raw-deflated JSON with a preset dictionary (doc-dictionary.ts).
 * Deflate shrinks a protocol about ten times (seed 000: 9.9 kB of JSON → 0.9 kB); the
 * assignment text that `items` repeats costs a few bytes of back-reference. Sync zlib:
 * a few kB inflate in microseconds, less than a hand-off to the thread pool.
 */
export interface DocHeader {
  /** Format of the value: 1 = raw deflate with DOC_DICTIONARY_1. A later format gets a new number. */
  f: 1;
  /** Version of the protocol: 1 at first import, +1 per corrected file. */
  v: number;
  /** ISO instant of this version's import. */
  at: string;
  // Nothing the document holds itself (its content hash is doc.source.sha256): a small
  // document's value then fits a smaller allocation.
}

const NEWLINE = 0x0a;

const DEFLATE_OPTIONS = { level: constants.Z_DEFAULT_COMPRESSION, dictionary: DOC_DICTIONARY_1 };

export function encodeDoc(header: DocHeader, doc: ParsedDocument): Buffer {
  // zlib's default level: level 9 takes half as long again for some 6 % less (a 100-assignment protocol: 5.8 kB in 0.6 ms against 5.5 kB in 0.9 ms).
  const body = deflateRawSync(jsonUtf8(doc), DEFLATE_OPTIONS);
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]);
}

/**
 * The bytes of Buffer.from(JSON.stringify(value), 'utf8'), written in one pass into room
 * for the worst case (Buffer.from reads the string twice: to measure it, then to write
 * it). The whole string at once: written piece by piece, a small document took twice
 * as long (a one-assignment protocol: 22 µs against 11), a large one no less.
 */
export function jsonUtf8(value: object): Buffer {
  const json = JSON.stringify(value);
  // At most 3 bytes of UTF-8 per UTF-16 unit.
  const bytes = Buffer.allocUnsafe(json.length * 3);
  return bytes.subarray(0, bytes.write(json, 0, 'utf8'));
}

export function decodeHeader(value: Buffer): DocHeader {
  const end = value.indexOf(NEWLINE);
  if (end < 0) throw new Error('stored document has no header line');
  const header = JSON.parse(value.subarray(0, end).toString('utf8')) as DocHeader;
  if (header.f !== 1) throw new Error(`stored document format ${String(header.f)} is not known to this version of srok`);
  return header;
}

export function decodeDoc(value: Buffer): { header: DocHeader; doc: ParsedDocument } {
  const header = decodeHeader(value);
  const body = value.subarray(value.indexOf(NEWLINE) + 1);
  const doc = JSON.parse(inflateRawSync(body, { dictionary: DOC_DICTIONARY_1 }).toString('utf8')) as ParsedDocument;
  return { header, doc };
}
