import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { scoreRussianText } from '../../src/document/russian-text-score.js';
import { toAsciiPunctuation } from '../fixtures/encodings/ascii-punctuation.js';

const seedsDir = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const seeds = readdirSync(seedsDir).map((name) => [name, toAsciiPunctuation(readFileSync(join(seedsDir, name), 'utf8'))] as const);
const codePages = ['windows-1251', 'koi8-r', 'cp866'];

describe('how Russian a decoding reads', () => {
  for (const [name, text] of seeds) {
    for (const written of codePages) {
      it(`${name} written in ${written} reads as Russian only when decoded as ${written}`, () => {
        const bytes = iconv.encode(text, written);
        for (const decodedAs of codePages) {
          const score = scoreRussianText(iconv.decode(bytes, decodedAs));
          expect(score.plausible, `decoded as ${decodedAs}`).toBe(decodedAs === written);
          if (decodedAs === written) expect(score.letterFit).toBeGreaterThan(-3.2);
        }
      });
    }
  }

  it('counts Ё and ё as Cyrillic letters and a capital after a small letter as odd', () => {
    expect(scoreRussianText('Ёлка ёжик').letters).toBe(8);
    expect(scoreRussianText('пРОТОКОЛ заседания').oddWords).toBe(0.5);
    expect(scoreRussianText('Протокол ЗАСЕДАНИЯ').oddWords).toBe(0);
  });

  it('finds box-drawing characters odd and Russian typography not', () => {
    expect(scoreRussianText('«Срок» – № 5…').oddSymbols).toBe(0);
    expect(scoreRussianText('╚Срок╩').oddSymbols).toBeCloseTo(2 / 6);
  });
});
