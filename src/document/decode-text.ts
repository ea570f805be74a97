/**
 * Bytes of a text file → string, with the encoding it was written in.
 *
 * A byte-order mark decides when there is one; otherwise valid UTF-8 is UTF-8, and
 * anything else is tried as the single-byte Cyrillic encodings Russian offices still
 * produce (Windows-1251 above all, KOI8-R and DOS 866 from older systems), keeping
 * the decoding that reads as Russian. Nothing is guessed silently: when none does,
 * the file is refused.
 */
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import { scoreRussianText } from './russian-text-score.js';

export interface DecodedText {
  text: string;
  /** 'utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r' or 'cp866'. */
  encoding: string;
}

/** Tried in this order; on equal scores the earlier (more common) one wins. */
const SINGLE_BYTE_ENCODINGS = ['windows-1251', 'koi8-r', 'cp866'] as const;

/** Share of control bytes above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.05;

const SAVE_AS_UTF8 = 'сохраните файл как текст в кодировке UTF-8';

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new InputError(file, `текст в кодировке UTF-32, её srok не читает; ${SAVE_AS_UTF8}`);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(strict('utf-8', bytes.subarray(3), file), file);
  if (startsWith(bytes, [0xff, 0xfe])) return checked(strict('utf-16le', bytes.subarray(2), file), file);
  if (startsWith(bytes, [0xfe, 0xff])) return checked(strict('utf-16be', bytes.subarray(2), file), file);

  if (looksBinary(bytes)) throw binary(file);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  let best: { decoded: DecodedText; score: number } | null = null;
  for (const encoding of SINGLE_BYTE_ENCODINGS) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
    const score = scoreRussianText(text);
    if (score.plausible && (best === null || score.score > best.score)) {
      best = { decoded: { text, encoding }, score: score.score };
    }
  }
  if (best === null) {
    throw new InputError(
      file,
      'кодировка текста не распознана: это не UTF-8, а в кодировках Windows-1251, KOI8-R и DOS 866 ' +
        `текст не читается как русский; ${SAVE_AS_UTF8}`,
    );
  }
  return best.decoded;
}

/** NUL bytes, or more than a few other control bytes, mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (isControl(byte)) controls += 1;
  }
  return controls > bytes.length * MAX_CONTROL_SHARE;
}

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and DOS end-of-file. */
function isControl(code: number): boolean {
  return (code < 0x20 && !(code >= 0x09 && code <= 0x0d) && code !== 0x1a) || code === 0x7f;
}

function checked(decoded: DecodedText, file: string): DecodedText {
  let controls = 0;
  for (let i = 0; i < decoded.text.length; i += 1) {
    const code = decoded.text.charCodeAt(i);
    if (code === 0) throw binary(file);
    if (isControl(code)) controls += 1;
  }
  if (controls > decoded.text.length * MAX_CONTROL_SHARE) throw binary(file);
  return decoded;
}

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, file: string): DecodedText {
  const text = tryDecode(encoding, bytes);
  if (text === null) {
    const name = encoding.toUpperCase();
    throw new InputError(file, `в начале файла стоит метка кодировки ${name}, но дальше текст не в ${name}; ${SAVE_AS_UTF8}`);
  }
  return { text, encoding };
}

function tryDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    if (encoding === 'utf-16be') return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(swapPairs(bytes));
    // ignoreBOM keeps a second mark after the one already removed: it is content, not a mark.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16BE → UTF-16LE byte order; TextDecoder's own UTF-16BE depends on the ICU build. */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  // An odd trailing byte is kept so the strict decoder rejects it.
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1]!;
  return swapped;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function binary(file: string): InputError {
  return new InputError(
    file,
    'это двоичный файл, а не текст (в нём есть нулевые или управляющие байты); ' +
      'сохраните протокол как .docx, .txt (UTF-8) или .md',
  );
}
