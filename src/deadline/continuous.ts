import { quotedAt } from './normalize.js';
import { B, E } from './numbers.js';

/**
 * Terms that never end: «постоянно», «на постоянной основе», «регулярно», «на
 * регулярной основе», «ежедневно», «раз в 3 дня», and an ask for regular action without a period
 * («принять меры по регулярному информированию …»).
 */

/** In a «Срок» phrase any of these words makes the term continuous. */
const IN_PHRASE =
  /раз(?:а)?\s+в\s+(?:\d{1,2}|два|две|три|четыре|пять)\s+(?:дня|дней)|каждые\s+(?:\d{1,2}|два|три|четыре|пять)\s+(?:дня|дней)|впредь|постоянн|регулярн|ежедневн|систематическ|бессрочн|круглосуточн|круглогодичн|круглый\s+год|до\s+особого\s+(?:распоряжения|указания)|в\s+течение\s+всего\s+(?:срока|периода)|на\s+протяжении\s+всего|^\s*(?:весь|в\s+течение\s+всего)\s+период(?:а)?\s*$/u;

/** In free text only the words that make the ordered action itself a lasting one («постоянная комиссия» is a body, not a term). */
const IN_FREE_TEXT = new RegExp(
  // Not the first word of a quoted name: газета «Ежедневные новости».
  // («с периодичностью раз в 3 дня размещать …», «каждые два дня»: a repetition of days, which no schedule of srok holds.)
  // (An opening quote only — after a space, a bracket or the start —: «… службы Котласского округа» на постоянной основе …» is not one.)
  `${B}(?<!(?:^|[\\s(])"\\s?)(?:(?:с\\s+периодичностью\\s+)?(?:не\\s+реже\\s+)?(?:одного\\s+)?раз(?:а)?\\s+в\\s+(?:\\d{1,2}|два|две|три|четыре|пять)\\s+(?:дня|дней)|каждые\\s+(?:\\d{1,2}|два|три|четыре|пять)\\s+(?:дня|дней)|впредь|постоянно|на\\s+постоянной\\s+основе|в\\s+постоянном\\s+режиме|регулярн[а-я]*|на\\s+регулярной\\s+основе|ежедневн[а-я]*|систематическ[а-я]*|круглогодичн[а-я]*|круглый\\s+год|постоянн(?:ый|ого|ому|ым|ом|ое|ая|ую|ой)\\s+(?:[а-я]+(?:ую|ый|ое|ой|ые)\\s+)?(?:контрол|мониторинг|информировани|взаимодейств|сопровожд|анализ|учет|обновлени|актуализаци|наблюдени|надзор)[а-я]*|постоянн(?:ую|ая)\\s+(?:[а-я]+(?:ую|ая)\\s+)?готовность)${E}`,
  'u',
);

export function isContinuousPhrase(n: string): boolean {
  return IN_PHRASE.test(n);
}

/** Where free text asks for lasting action, or null. */
/** A participle right after the adverb: «сведений, регулярно запрашиваемых Министерством …» describes a noun, not the task. */
const PARTICIPLE_AFTER = /^\s+[а-я]+(?:ем|им|ющ|ящ|ащ|ущ|енн|ённ|анн|янн)(?:ых|ые|ого|ой|ому|ым|ыми|ая|ую|ий|ее|ее|ие|их|его|ему|им|ими|ся|ихся|ийся|аяся)(?![а-я])/u;

/** «создать маневренные группы для постоянного контроля …»: what a body is created for, not how long the task lasts. */
const CREATED_FOR = /(?<![а-я])(?:созда|образова|сформирова|учреди)[а-я]*(?![а-я])[^.;]*?(?:для|в\s+целях|с\s+целью)\s+$/u;

export function continuousIn(n: string): { start: number; end: number } | null {
  const all = new RegExp(IN_FREE_TEXT.source, 'gu');
  for (const m of n.matchAll(all)) {
    if (/^(?:регулярн|постоянн|систематическ|ежедневн)[а-я]*$/u.test(m[0].trim()) && /о$|и$/u.test(m[0].trim()) && PARTICIPLE_AFTER.test(n.slice(m.index + m[0].length))) continue;
    if (CREATED_FOR.test(n.slice(Math.max(0, m.index - 200), m.index))) continue;
    // (A word of a cited title or a name: письмо «О передаче ежедневной информации …», «Регулярный вестник».)
    if (quotedAt(n, m.index, m.index + m[0].length)) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}
