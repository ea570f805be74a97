import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeText, readDocument } from '../../src/document/index.js';
import { toAsciiPunctuation } from '../fixtures/encodings/ascii-punctuation.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const encodings = (name: string): string => join(fixtures, 'encodings', name);
const seed002 = readFileSync(join(fixtures, 'seeds', '002_cea077b6f9d77646.txt'), 'utf8');
const unixLines = (text: string): string => text.replace(/\r\n?/g, '\n');

describe('seed 002 saved in the encodings Russian offices use', () => {
  it.each([
    ['seed-002.windows-1251.txt', 'windows-1251', seed002],
    ['seed-002.koi8-r.txt', 'koi8-r', toAsciiPunctuation(seed002)],
    ['seed-002.cp866.txt', 'cp866', toAsciiPunctuation(seed002)],
    ['seed-002.utf-8-bom.txt', 'utf-8', seed002],
    ['seed-002.utf-16le.txt', 'utf-16le', seed002],
    ['seed-002.crlf.txt', 'utf-8', seed002],
  ])('%s decodes as %s to the text of the seed', (name, encoding, expected) => {
    const decoded = decodeText(readFileSync(encodings(name)), name);
    expect(decoded.encoding).toBe(encoding);
    expect(unixLines(decoded.text)).toBe(expected);
  });

  it.each(['seed-002.windows-1251.txt', 'seed-002.utf-8-bom.txt', 'seed-002.utf-16le.txt', 'seed-002.crlf.txt'])(
    '%s reads into the same numbered lines as the UTF-8 seed',
    async (name) => {
      const document = await readDocument(encodings(name));
      const original = await readDocument(join(fixtures, 'seeds', '002_cea077b6f9d77646.txt'));
      expect(document.lines).toEqual(original.lines);
      expect(document.sha256).not.toBe(original.sha256);
    },
  );
});

describe('text encodings', () => {
  it('reads UTF-16 big-endian with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('Срок – 1 марта 2021 года.', 'utf-16be')]);
    expect(decodeText(bytes, 'be.txt')).toEqual({ text: 'Срок – 1 марта 2021 года.', encoding: 'utf-16be' });
  });

  it('tells KOI8-R from Windows-1251 in an all-capitals heading, where case says nothing', () => {
    const heading = 'ПРОТОКОЛ ЗАСЕДАНИЯ КОМИССИИ ПО ЦИФРОВОМУ РАЗВИТИЮ ЧЕЛЯБИНСКОЙ ОБЛАСТИ';
    expect(decodeText(iconv.encode(heading, 'koi8-r'), 'caps.txt')).toEqual({ text: heading, encoding: 'koi8-r' });
    expect(decodeText(iconv.encode(heading, 'windows-1251'), 'caps.txt')).toEqual({ text: heading, encoding: 'windows-1251' });
  });

  it('tells KOI8-R from Windows-1251 in a single short line', () => {
    const text = 'Срок: до 25 ноября';
    expect(decodeText(iconv.encode(text, 'koi8-r'), 'short.txt').encoding).toBe('koi8-r');
    expect(decodeText(iconv.encode(text, 'windows-1251'), 'short.txt').encoding).toBe('windows-1251');
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(Buffer.from('Protocol 4/2019\n'), 'ascii.txt')).toEqual({ text: 'Protocol 4/2019\n', encoding: 'utf-8' });
  });

  it('refuses Latin-1 text, which no Cyrillic code page reads as Russian', () => {
    const latin1 = Buffer.from('Le procès-verbal de la réunion est approuvé à l’unanimité, déjà signé.', 'latin1');
    expect(() => decodeText(latin1, 'french.txt')).toThrow(InputError);
    expect(() => decodeText(latin1, 'french.txt')).toThrow(/кодировка текста не распознана.*сохраните файл как текст в кодировке UTF-8/);
  });

  it('refuses bytes that are no text in any encoding', () => {
    const bytes = Buffer.alloc(300);
    let state = 1;
    for (let i = 0; i < bytes.length; i += 1) {
      state = (state * 48271) % 2147483647;
      bytes[i] = 0x80 + (state % 0x80);
    }
    expect(() => decodeText(bytes, 'noise.txt')).toThrow(/кодировка текста не распознана/);
  });

  it('refuses NUL bytes as binary, also in UTF-16 without a byte-order mark', () => {
    const error = catchError(() => decodeText(iconv.encode('Протокол № 4/2019', 'utf-16le'), 'no-bom.txt'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.file).toBe('no-bom.txt');
    expect(error.reason).toMatch(/это двоичный файл/);
  });

  it('refuses text that is mostly control characters, with or without a byte-order mark', () => {
    const controls = Buffer.from('\x01\x02\x03\x04 текст \x05\x06\x07\x08');
    expect(() => decodeText(controls, 'controls.txt')).toThrow(/это двоичный файл/);
    expect(() => decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), controls]), 'controls.txt')).toThrow(/это двоичный файл/);
  });

  it('refuses a byte-order mark followed by bytes that do not match it', () => {
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0xcf, 0xf0, 0xee]);
    expect(() => decodeText(bytes, 'bad-bom.txt')).toThrow(/метка кодировки UTF-8, но дальше текст не в UTF-8/);
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x41]), 'odd.txt')).toThrow(/дальше текст не в UTF-16LE/);
  });

  it('refuses UTF-32, naming it', () => {
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'utf32.txt')).toThrow(/^utf32\.txt: текст в кодировке UTF-32, её srok не читает; сохраните файл как текст в кодировке UTF-8$/);
  });
});

function catchError(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}
