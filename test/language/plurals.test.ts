import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countOf, DOCUMENTS, EXECUTORS, STEPS, WORKING_DAYS } from '../../src/mail/plural.js';

/**
 * Every counted Russian noun comes from the plural helper (src/mail/plural.ts): a number
 * interpolated right before a noun written by hand («${n} шагов») reads «1 шагов» or
 * «2 шагов» sooner or later. This test reads the source and finds such places.
 */
const ROOT = path.resolve(import.meta.dirname, '../../src');

/** Stems of the nouns srok counts in what people read (and the abbreviations it once used). */
const COUNTED = /^(?:раб\.\s*дн|исполнит|шаг|пис[ье]м|письм|поручени|дн[еяи]|день|файл|строк|запис|получател|эскалац|напоминани|ошиб|час|минут|недел|адрес|документ|пункт|част|раз$|мес|элемент|знак|символ|байт|групп|муниципал|орган|протокол(?:а|ов)?$|шт)/iu;
/** `${…}` followed by a Cyrillic word. */
const INTERPOLATED_WORD = /\$\{((?:[^{}]|\{[^{}]*\})*)\}\s*([а-яё][а-яё.]*(?:\s*дн\.)?)/giu;
/** What is not a count: a year («в 2019 году»), a list of items, a choice of words. */
const NOT_A_COUNT = /year|items\.join|\?|ruDate|label|name|text|title|^how$/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

export function handWrittenCounts(source: string): string[] {
  const found: string[] = [];
  source.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(INTERPOLATED_WORD)) {
      const [whole, expression = '', word = ''] = match;
      if (COUNTED.test(word) && !NOT_A_COUNT.test(expression)) found.push(`${i + 1}: ${whole}`);
    }
  });
  return found;
}

describe('counted nouns', () => {
  it('finds a number written before a noun by hand, and lets the helper’s words and years through', () => {
    expect(handWrittenCounts('out.push(`${file}: — ${plan.steps.length} шагов`);')).toEqual(['1: ${plan.steps.length} шагов']);
    expect(handWrittenCounts('`${records.length} исполнит.`')).toHaveLength(1);
    expect(handWrittenCounts('`в ближайшие ${kind.days} раб. дн.`')).toHaveLength(1);
    expect(handWrittenCounts('`— ${countOf(plan.steps.length, STEPS)}`')).toEqual([]);
    expect(handWrittenCounts('`за ${year} год`')).toEqual([]);
  });

  it('are written by the plural helper everywhere in src/', () => {
    const found = sourceFiles(ROOT).flatMap((file) => handWrittenCounts(readFileSync(file, 'utf8')).map((hit) => `${path.relative(ROOT, file)}:${hit}`));
    expect(found).toEqual([]);
  });

  it('the helper agrees the noun with the number', () => {
    expect([1, 2, 5, 11, 21, 22, 2633].map((n) => countOf(n, STEPS))).toEqual(['1 шаг', '2 шага', '5 шагов', '11 шагов', '21 шаг', '22 шага', '2633 шага']);
    expect(countOf(3, WORKING_DAYS)).toBe('3 рабочих дня');
    expect(countOf(1, EXECUTORS)).toBe('1 исполнитель');
    expect(countOf(4, DOCUMENTS)).toBe('4 документа');
  });
});
