import { addDays, addMonths, isoWeekday } from '../calendar/civil-date.js';
import type { DeadlineContext, IsoDate, RelativeTerm } from '../domain.js';
import { B, COUNT, E, STEM, countValue, stemValue } from './numbers.js';

/**
 * Terms counted from the document: «в течение 10 рабочих дней», «в двухнедельный
 * срок», «в 10-дневный срок», «в течение месяца», «не позднее 5 дней со дня
 * подписания протокола». They run from the day after the document's date (Civil
 * Code art. 191) and end on the matching day (art. 192).
 */

/** What the term is counted from. */
export type Anchor =
  /** The document itself: nothing named, or «со дня подписания протокола», «после заседания». */
  | { kind: 'document' }
  /** «со дня получения протокола»: close to the document's date but not it. */
  | { kind: 'receipt'; text: string }
  /** «после утверждения бюджета»: an event with no date. */
  | { kind: 'event'; text: string }
  /** «… ниже +8 °С в течение 5 суток подряд»: how long a condition lasts — no term at all. */
  | { kind: 'condition'; text: string };

export interface RelativeRead {
  term: RelativeTerm;
  anchor: Anchor;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
}

const UNIT = '(?:(рабоч[а-я]*|раб\\.|календарн[а-я]*)\\s+)?(дн(?:ей|я|и|ю)|день|сут(?:ок|ки)|недел[а-я]*|месяц[а-я]*|полугода|полгода)';
/** «9 месяцев 2021 года» is a span of that year, not a term. */
const NO_YEAR = '(?!\\s+(?:1[89]|2[01])\\d{2})';
const LEAD = '(в\\s+течени[ея]|в\\s+срок\\s+(?:не\\s+более|до)|в\\s+пределах|не\\s+позднее|не\\s+позже|через|спустя)';

/** «в течение 10 (десяти) рабочих дней», «в течение месяца», «через две недели». */
const COUNTED = new RegExp(`${B}${LEAD}\\s+(?:${COUNT}\\s+)?${UNIT}${E}${NO_YEAR}`, 'u');
/**
 * «в двухнедельный срок», «в 10-дневный срок», «в 3-х дневный срок», «в месячный срок», «в суточный срок» (a day), «в течение
 * пятидневного срока», «в течение месячного срока»; also with
 * «в» glued to the next word, as stored copies lose a space at a former line break («вмесячный срок»).
 */
const ADJECTIVE = new RegExp(
  `${B}в\\s*(?:течени[ея]\\s+)?(?:(\\d{1,3})\\s*-?\\s*(?:х|ти|ми|и)?\\s*-?\\s*|(${STEM})\\s*-?\\s*)?(дневн|суточн|недельн|месячн)[а-я]*\\s+(?:(рабоч)[а-я]*\\s+)?срока?${E}`,
  'u',
);
/** A phrase that is only a count: «10 рабочих дней со дня подписания протокола». */
const BARE = new RegExp(`^\\s*${COUNT}\\s+${UNIT}${E}${NO_YEAR}`, 'u');

const ANCHOR = /^\s*,?\s*(со\s+дня|с\s+дня|с\s+даты|с\s+момента|от\s+даты|после|по\s+истечении|по\s+получении|по\s+завершении|по\s+окончании|до)\s+([^,.;()]*)/u;
const RECEIPT = /получени|поступлени|доведени|направлени|рассылк/u;
/** What this document is: receiving it is close to its date, receiving anything else is not. */
const RECEIVED_ACT = /протокол|поручени|решени|письм/u;
// (One meeting, this one: «после заседания»; «после проведения заседаний» are meetings to come.)
const OWN_ACT = /протокол|заседани[ея](?![\p{L}])|совещани[ея](?![\p{L}])|поручени|решени|письм|подписани/u;
/** «после подписания актов», «со дня подписания договора»: the signing of papers other than this act. */
// («со дня подписания паспорта готовности», «… плана-графика»: any paper named in the genitive that is not this text's kind; not an
// agent in the instrumental, «подписания Губернатором».)
const SIGNED_OTHER =
  /подписани[яе]\s+(?![а-я]+(?:ом|ем|ой|ей)\s)(?:[а-я]+(?:ого|его|ых|их)\s+)?(?:акт|договор|соглашени|контракт|смет|ведомост|график|заключени|муниципальн|государственн|(?!(?:настоящ|данн|протокол|приказ|постановлени|распоряжени|решени|письм|указ|поручени|документ)[а-я]*)[а-я]{3,}(?:а|я|ов|ев)(?![а-я]))/u;

export interface RelativeOptions {
  /** Whether a phrase that is only a count («10 рабочих дней») may be read: yes for a «Срок» phrase. */
  bare: boolean;
}

/** The first relative term in `n` (normalized), or null. */
export function readRelative(n: string, options: RelativeOptions): RelativeRead | null {
  const found: RelativeRead[] = [];
  const c = COUNTED.exec(n);
  const countedRead = c ? counted(n, c, c[2], c[3], c[4], c[5]) : null;
  if (countedRead) found.push(countedRead);
  const a = ADJECTIVE.exec(n);
  const adjectiveRead = a ? adjective(n, a) : null;
  if (adjectiveRead) found.push(adjectiveRead);
  if (options.bare) {
    const m = BARE.exec(n);
    if (m) {
      const read = counted(n, m, m[1], m[2], m[3], m[4]);
      if (read) found.push(read);
    }
  }
  found.sort((a, b) => a.start - b.start);
  return found[0] ?? null;
}

function counted(
  n: string,
  m: RegExpMatchArray,
  digits: string | undefined,
  words: string | undefined,
  kindWord: string | undefined,
  unitWord: string | undefined,
): RelativeRead | null {
  const written = digits !== undefined || words !== undefined ? countValue(digits, words) : 1;
  if (written === null || written < 1 || unitWord === undefined) return null;
  let unit: RelativeTerm['unit'];
  let count = written;
  if (unitWord.startsWith('д') || unitWord.startsWith('сут')) unit = kindWord?.startsWith('раб') ? 'working_days' : 'days';
  else if (unitWord.startsWith('недел')) unit = 'weeks';
  else if (unitWord.startsWith('пол')) {
    unit = 'months';
    count = written * 6;
  } else unit = 'months';
  return finish(n, m, { count, unit, from: 'document_date' });
}

function adjective(n: string, m: RegExpMatchArray): RelativeRead | null {
  const count = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? stemValue(m[2]) : 1;
  if (count === null || count < 1) return null;
  const kind = m[3] ?? '';
  const unit: RelativeTerm['unit'] = kind === 'дневн' || kind === 'суточн' ? (m[4] !== undefined ? 'working_days' : 'days') : kind === 'недельн' ? 'weeks' : 'months';
  return finish(n, m, { count, unit, from: 'document_date' });
}

function finish(n: string, m: RegExpMatchArray, term: RelativeTerm): RelativeRead {
  const start = m.index ?? 0;
  let end = start + m[0].length;
  let anchor: Anchor = { kind: 'document' };
  const base = end;
  // «при среднесуточной температуре … ниже +8 °С в течение 5 суток подряд»: how long a condition lasts, not a term.
  const running = /^\s*подряд(?![а-я])/u.exec(n.slice(end));
  if (running) return { term, anchor: { kind: 'condition', text: n.slice(start, end + running[0].length).trim() }, start, end: end + running[0].length };
  const a = ANCHOR.exec(n.slice(end));
  // «в течение 5 дней со дн» at the end of a cut copy: the day it counts from is lost, which is no day of this act.
  const cut = a ? null : /^\s*,?\s*(?:со|с|от|после)\s+[а-я]{1,4}\s*$/u.exec(n.slice(end));
  if (cut) {
    anchor = { kind: 'event', text: `${cut[0].trim()}…` };
    end += cut[0].trimEnd().length;
  }
  if (a) {
    // «со дня подписания настоящего распоряжения подготовить предложения»: the event ends before the ordered verb.
    const verb = /\s[а-я]{3,}(?:ать|ять|еть|ить|уть|ыть|ти|чь)(?:ся|сь)?(?=\s|$)/u.exec(` ${a[2] ?? ''}`);
    const said = verb ? (a[2] ?? '').slice(0, Math.max(0, verb.index - 1)) : (a[2] ?? '');
    const event = `${a[1] ?? ''} ${said.trim()}`.trim();
    end += a[0].length - ((a[2] ?? '').length - said.length);
    // «не позднее 3 рабочих дней до дня проведения мероприятия»: counted back from an event to come.
    // «в двухдневный срок со дня принятия в агентство …»: the day this act is taken (nothing of another act named after it).
    const ownAdoption = /^(?:со|с)\s+дня\s+(?:принятия|подписания|издания)(?:\s+(?:настоящ|данн)[а-я]*\s+[а-я]+)?(?:\s+(?:в|во|на|к|для|по)(?:\s|$)|\s*$)/u.test(`${event} `);
    if (ownAdoption) {
      const own = /^\s*,?\s*(?:со|с)\s+дня\s+[а-я]+(?:\s+(?:настоящ|данн)[а-я]*\s+[а-я]+)?/u.exec(n.slice(base));
      end = base + (own?.[0].length ?? 0);
    }
    // («… по истечении срока исполнения каждого поручения»: from the end of another term, never this text's day.)
    // («… после истечения срока исполнения поручения»: the same, written with «после».)
    else if (a[1] === 'до' || a[1] === 'по истечении' || /^после\s+истечени[яи]\s+срок/u.test(event)) anchor = { kind: 'event', text: event };
    else if (RECEIPT.test(event) && RECEIVED_ACT.test(event)) anchor = { kind: 'receipt', text: event };
    else if (RECEIPT.test(event) || !OWN_ACT.test(event) || SIGNED_OTHER.test(event)) anchor = { kind: 'event', text: event };
  }
  return { term, anchor, start, end };
}

/** The day a term ends, counted from the day after `documentDate`. */
export function resolveRelative(term: RelativeTerm, documentDate: IsoDate, ctx: DeadlineContext): IsoDate {
  switch (term.unit) {
    case 'days':
      return addDays(documentDate, term.count);
    case 'weeks':
      return addDays(documentDate, term.count * 7);
    case 'months':
      return addMonths(documentDate, term.count);
    case 'working_days':
      return ctx.addWorkingDays ? ctx.addWorkingDays(documentDate, term.count) : addWeekdays(documentDate, term.count);
  }
}

/** Without a production calendar: the n-th Monday-to-Friday day after `day`. */
export function addWeekdays(day: IsoDate, n: number): IsoDate {
  // From a weekend the count is the same as from the Friday before it.
  const weekday = isoWeekday(day);
  const from = weekday > 5 ? addDays(day, 5 - weekday) : day;
  const weeks = Math.floor(n / 5);
  let rest = n - weeks * 5;
  let date = addDays(from, weeks * 7);
  while (rest > 0) {
    date = addDays(date, 1);
    if (isoWeekday(date) <= 5) rest -= 1;
  }
  return date;
}
