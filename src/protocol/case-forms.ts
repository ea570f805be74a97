import { capitalizeFirst } from './text.js';

/**
 * Nominative forms of the head words of a body's name written in the genitive
 * («заседания рабочей группы по …», «в адрес Министерства …») or the accusative
 * («в Министерство …», «в администрацию города»). Only the leading adjectives and the
 * first noun change; the dependent tail stays as written. The dative and instrumental
 * forms of executors are handled by the directory's inflection.
 */

const PREPOSITIONS = new Set(['по', 'при', 'в', 'во', 'на', 'с', 'со', 'за', 'для', 'об', 'о']);

function adjectiveGenitiveToNominative(word: string): string | null {
  const lower = word.toLowerCase();
  const rules: Array<[RegExp, string]> = [
    [/([кгх])ой$/u, '$1ая'], // «рабочей» is below; «центральной» here
    [/ной$/u, 'ная'],
    [/ской$/u, 'ская'],
    [/ого$/u, 'ый'],
    [/его$/u, 'ий'],
    [/ей$/u, 'ая'],
    [/ой$/u, 'ая'],
  ];
  for (const [re, to] of rules) {
    if (re.test(lower)) return keepCase(word, lower.replace(re, to));
  }
  return null;
}

function nounGenitiveToNominative(word: string): string {
  const lower = word.toLowerCase();
  const rules: Array<[RegExp, string]> = [
    [/ии$/u, 'ия'], // комиссии, коллегии, подкомиссии, администрации
    [/ния$/u, 'ние'], // совещания, управления
    [/ства$/u, 'ство'], // министерства, правительства
    [/теля$/u, 'тель'], // заместителя, председателя, руководителя
    [/ы$/u, 'а'], // группы
    [/([^аеёиоуыэюя])а$/u, '$1'], // совета, штаба, комитета, департамента
  ];
  for (const [re, to] of rules) {
    if (re.test(lower)) return keepCase(word, lower.replace(re, to));
  }
  return word;
}

function keepCase(original: string, lowered: string): string {
  return original[0] === original[0]?.toUpperCase() ? capitalizeFirst(lowered) : lowered;
}

/** «рабочей группы по координации …» → «Рабочая группа по координации …». */
export function genitiveToNominative(phrase: string): string {
  const words = phrase.split(' ');
  const out = [...words];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    if (PREPOSITIONS.has(w.toLowerCase())) break;
    const adjective = adjectiveGenitiveToNominative(w);
    if (adjective !== null && i + 1 < words.length) {
      out[i] = adjective;
      continue;
    }
    out[i] = nounGenitiveToNominative(w);
    break;
  }
  return capitalizeFirst(out.join(' '));
}

/** «администрацию города» → «администрация города»; «Министерство …» stays. */
export function accusativeToNominative(phrase: string): string {
  const words = phrase.split(' ');
  const out = [...words];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    if (/(ую|юю)$/u.test(lower)) {
      out[i] = keepCase(w, lower.replace(/ую$/u, 'ая').replace(/юю$/u, 'яя'));
      continue;
    }
    if (/ию$/u.test(lower)) out[i] = keepCase(w, lower.replace(/ию$/u, 'ия'));
    else if (/[^аеёиоуыэюя]у$/u.test(lower) && lower.length > 3) out[i] = keepCase(w, lower.replace(/у$/u, 'а'));
    break;
  }
  return out.join(' ');
}

/** «первом заместителе главы района» (after «при») → «первый заместитель главы района»: the head only. */
export function prepositionalToNominative(phrase: string): string {
  const words = phrase.split(' ');
  const out = [...words];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    if (/(?:ом|ем)$/u.test(lower) && i + 1 < words.length && lower.length > 4) {
      out[i] = keepCase(w, lower.replace(/ом$/u, 'ый').replace(/([нщ])ем$/u, '$1ий'));
      continue;
    }
    if (/^главе$/u.test(lower)) out[i] = keepCase(w, 'глава');
    else if (/теле$/u.test(lower)) out[i] = keepCase(w, lower.replace(/е$/u, 'ь'));
    else if (/[^аеёиоуыэюя]е$/u.test(lower)) out[i] = keepCase(w, lower.replace(/е$/u, ''));
    break;
  }
  return capitalizeFirst(out.join(' '));
}
