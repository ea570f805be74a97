import type { Deadline } from '../domain.js';
import { monthTypo } from './month-typos.js';
import { normalize } from './normalize.js';
import { B } from './numbers.js';

/**
 * The words of a term in an item where the grammar read none: «… до 10 числа каждого месяца» after a
 * start day, «круглогодичное проведение работ», «в 2-месячный срок со дня утверждения …», «в октябре -
 * ноябре месяце 2001 г.». Saying «без срока» there would state a wrong deadline as sure; the item is
 * reported as unparsed with those words instead, for a person to read.
 *
 * Citations of other acts («от 12.03.2005 № 5», «на 2013 - 2015 годы» inside a quoted title) are not
 * terms, and are blanked out before the scan.
 */

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const NOT_START = '(?<!(?<![\\p{L}])(?:с|со|на|от)\\s+)';
const MONTHS_IN = 'январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр';

const CUES = [
  // a day of the month: «до 10 числа», «5-го числа»
  '\\d{1,2}(?:\\s*-?\\s*(?:го|е))?\\s+числ[а-я]*',
  // a frequency: «ежемесячно», «ежеквартальный», «раз в квартал», «каждый месяц»
  // (an adjective only with a report: «ежемесячный отчёт»; «ежегодного конкурса» names an event, not a term)
  '(?:ежедневн|еженедельн|ежемесячн|ежеквартальн|ежегодн|ежедекадн|круглогодичн)о(?![а-я])',
  '(?:ежедневн|еженедельн|ежемесячн|ежеквартальн|ежегодн|ежедекадн)[а-я]+\\s+(?:отч[её]т|доклад|информаци|сведени|мониторинг)[а-я]*',
  'круглогодичн[а-я]*',
  'раз\\s+в\\s+(?:неделю|месяц|квартал|полугодие|год)',
  'кажд(?:ый|ую|ое|ого)\\s+(?:день|недел[а-я]*|месяц[а-я]*|квартал[а-я]*|год[а-я]*|понедельник|вторник|сред[а-я]*|четверг|пятниц[а-я]*)',
  // a span: «в течение 10 дней», «в месячный срок», «в 2-месячный срок», «в двухнедельный срок»
  'в\\s+течени[еи]\\s*(?:\\d+|[а-я]+)\\s+(?:(?:рабоч|календарн)[а-я]*\\s+)?(?:дн|день|сут|недел|месяц|год|лет|час)[а-я]*',
  // (also with «в» glued to the next word in a stored copy: «вмесячный срок»)
  '(?:в|на)\\s*(?:\\d+\\s*-?\\s*)?[а-я]*(?:дневн|суточн|недельн|месячн)[а-я]*\\s+срок',
  // a day, a month or a quarter named after a term word: «до 5 сентября», «не позднее 01.12», «к III кварталу»
  // (not a time of day, «до 19.00», nor an amount, «до 40 рублей»)
  '(?:до|к|не\\s+позднее|не\\s+позже|по|в\\s+срок\\s+до)\\s+(?:' + DAY + '(?:\\s*-?\\s*(?:го|е))?\\s*(?:\\.\\s*(?:0?[1-9]|1[0-2])(?!\\d)|\\s+(?:' + MONTHS_IN + ')[а-я]*)|[ivx]+\\s+квартал|[1-4]\\s*-?\\s*(?:го|й|му)?\\s+квартал|(?:' + MONTHS_IN + ')[а-я]*)',
  // a month or two with their year: «в октябре - ноябре месяце 2001 г.», «в мае 2009 года»
  'в\\s+(?:' + MONTHS_IN + ')[а-я]*(?:\\s*[-–—]\\s*(?:' + MONTHS_IN + ')[а-я]*)?(?:\\s+месяц[а-я]*)?\\s+(?:19|20)\\d{2}',
  // a day and month anywhere, or a full date, in an item that read no term: «26 июня - …», «Организовать 8 мая 2009 года …»
  // (not a start, «с 15 апреля», nor a state, «по состоянию на 1 апреля»)
  NOT_START + DAY + '\\s+(?:' + MONTHS_IN + ')[а-я]*',
  NOT_START + DAY + '\\.(?:0?[1-9]|1[0-2])\\.(?:19|20)?\\d{2}(?!\\d)',
  // the current or next year, quarter or month: «в текущем году», «до конца года», «в течение квартала»
  '(?:в|во|до\\s+конца|до\\s+окончания|в\\s+течение|к\\s+концу)\\s+(?:(?:текущ|эт|следующ|будущ|отчетн|очередн)[а-я]*\\s+)?(?:год|квартал|месяц|полугоди)[а-я]*',
  // reports «начиная с четвертого квартала 2012 г.», «начиная с отчета за 1 полугодие»: a schedule whose frequency is not written
  'начиная\\s+с\\s+(?:(?:отч[её]т|доклад|информаци|сведени)[а-я]*\\s+за\\s+)?(?:[ivx]+|[1-4]\\s*-?\\s*(?:го|й)?|перв|втор|трет|четв[её]рт)[а-я]*\\s+(?:квартал|полугоди|месяц)[а-я]*',
  // an event as the term: «до начала пожароопасного периода», «к началу учебного года»
  '(?:до|к)\\s+(?:начал|окончани|конц|завершени)[а-я]*\\s+[а-я]+',
  // a «Срок» label whose phrase the grammar could not read
  'срок[аи]?\\s*(?:исполнения|выполнения)?\\s*[:–—-]',
  // a term set elsewhere: «до установленного срока», «в установленные комиссией сроки»
  '(?:до|в|к)\\s+установленн[а-я]*\\s+(?:[а-я]+\\s+)?срок[а-я]*',
];

const CUE = new RegExp(`${B}(?:${CUES.join('|')})`, 'u');

/** «от 12.03.2005 № 5», «от 5 апреля 2013 г.», «№ 12-р», quoted titles: blanked, keeping the positions. */
const CITATIONS = [
  new RegExp(`${B}от\\s*\\d{1,2}\\s*[.\\s]\\s*(?:\\d{1,2}|[а-я]+)\\s*[.\\s]\\s*\\d{2,4}(?:\\s*(?:года|г\\.?))?`, 'gu'),
  // «от 12.08.97/08.08.97 N 451/118»: a date right before a number sign is an act's.
  /\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:г\.?|года)?\s*(?=(?:№|n)\s*\d)/gu,
  /(?:№|n)\s*[\w./-]+/gu,
  /«[^«»]{0,300}»/gu,
  /"[^"]{0,300}"/gu,
];

function blank(s: string): string {
  return ' '.repeat(s.length);
}

/** The phrase of a term the grammar could not read, or null when the text names none. */
export function unreadTerm(text: string): string | null {
  let n = normalize(text);
  for (const citation of CITATIONS) n = n.replace(citation, blank);
  const hit = CUE.exec(n);
  if (!hit) return null;
  // The phrase is the cue and the few words that finish it («до 10 числа каждого месяца»), up to a stop.
  // The tail stops before an ordered verb: «до начала откочевки | провести …».
  const tail = /^(?:\s+(?![^\s,;.]*(?:ть|ти)(?:ся)?(?=[\s,;.]|$))[^\s,;.]+){0,3}/u.exec(text.slice(hit.index + hit[0].length))?.[0] ?? '';
  const phrase = `${text.slice(hit.index, hit.index + hit[0].length)}${tail}`.replace(/[\s,.:;–—-]+$/u, '').trim();
  return phrase === '' ? null : phrase;
}

/** An item's deadline when the grammar found none but the text holds the words of a term. */
export function unreadDeadline(text: string): Deadline | null {
  // «представить списки до 25 нобяря 2014 года»: a day with a word that is almost a month.
  const typo = monthTypo(normalize(text));
  if (typo) return unread(typo.word, `«${typo.word}» — не название месяца (может быть, «${typo.month}»?); укажите срок вручную`);
  const phrase = unreadTerm(text);
  if (phrase === null) return null;
  return unread(phrase, `в тексте есть слова о сроке («${phrase}»), но прочитать их как дату, период или график srok не может — укажите срок вручную`);
}

function unread(text: string, message: string): Deadline {
  return { kind: 'unparsed', text, date: null, time: null, rule: null, firstDue: null, relative: null, warning: { code: 'deadline_unparsed', message } };
}
