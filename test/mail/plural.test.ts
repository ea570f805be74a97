import { describe, expect, it } from 'vitest';
import { ASSIGNMENTS, countOf, DAYS, plural, WORKING_DAYS } from '../../src/mail/plural.js';
import { daysPhrase } from '../../src/mail/view.js';

describe('Russian plurals', () => {
  it.each([
    [1, '1 рабочий день'],
    [2, '2 рабочих дня'],
    [4, '4 рабочих дня'],
    [5, '5 рабочих дней'],
    [11, '11 рабочих дней'],
    [12, '12 рабочих дней'],
    [14, '14 рабочих дней'],
    [21, '21 рабочий день'],
    [22, '22 рабочих дня'],
    [25, '25 рабочих дней'],
    [101, '101 рабочий день'],
    [111, '111 рабочих дней'],
    [0, '0 рабочих дней'],
  ])('writes %i working days as «%s»', (n, phrase) => {
    expect(countOf(n, WORKING_DAYS)).toBe(phrase);
  });

  it('declines дней and поручений the same way', () => {
    expect([1, 3, 7, 21].map((n) => `${n} ${plural(n, DAYS)}`)).toEqual(['1 день', '3 дня', '7 дней', '21 день']);
    expect([1, 2, 5, 22].map((n) => countOf(n, ASSIGNMENTS))).toEqual(['1 поручение', '2 поручения', '5 поручений', '22 поручения']);
  });

  it('writes a negative count without its sign', () => {
    expect(countOf(-1, WORKING_DAYS)).toBe('1 рабочий день');
  });

  it('says how the deadline stands, with the verb agreeing with the number', () => {
    expect(daysPhrase(3, false)).toBe('осталось 3 рабочих дня');
    expect(daysPhrase(1, false)).toBe('остался 1 рабочий день');
    expect(daysPhrase(21, false)).toBe('остался 21 рабочий день');
    expect(daysPhrase(0, false)).toBe('срок истекает сегодня');
    expect(daysPhrase(-1, false)).toBe('просрочено на 1 рабочий день');
    expect(daysPhrase(-22, false)).toBe('просрочено на 22 рабочих дня');
  });

  it('never calls an optional reply overdue', () => {
    expect(daysPhrase(-2, true)).toBe('срок прошёл 2 рабочих дня назад');
  });
});
