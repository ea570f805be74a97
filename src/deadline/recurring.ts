import type { DeadlineContext, Frequency, IsoDate, RecurrenceRule } from '../domain.js';
import { resolveDate, scanDates, yearsIn, type DateHit } from './dates.js';
import { quotedAt } from './normalize.js';
import { B, DAY_ORDINAL, E, MONTH, WEEKDAY, dayOrdinalValue, monthValue, weekdayValue } from './numbers.js';
import { scanPeriods } from './periods.js';
import { firstDueOf, snapStart } from './reporting-periods.js';

/**
 * Recurring terms: «ежемесячно до 10 числа месяца, следующего за отчетным, начиная с
 * 1 января 2021 года», «ежеквартально», «раз в полугодие», «ежегодно до 15 марта
 * года, следующего за отчетным», «еженедельно (по пятницам) с 1 апреля по 1 мая
 * 2011 года», «до конца года».
 *
 * Conventions where the text names no due day:
 * - monthly, quarterly, half-yearly, yearly: the last day of each period, inside it
 *   (day 31, month null, after 'none'; 31 falls on the month's last day);
 * - weekly: Friday, the last working day of the week (day 5, after 'none');
 * - «ежеквартально до 5 числа» with no month named: the 5th of the month after the
 *   quarter (after 'period'), the way reports are asked for, with a warning.
 */

export interface RecurringRead {
  rule: RecurrenceRule;
  firstDue: IsoDate | null;
  /** Offsets in the normalized text of the frequency word and the last part read with it. */
  start: number;
  end: number;
  warning?: { code: 'deadline_vague'; message: string };
  /** 'HH:MM' a daily report is due by each day («ежедневно до 15.00 час.»). */
  time?: string;
}

// («не реже одного раза в квартал», «не реже двух раз в год»: the least frequency asked is the schedule; «не чаще одного раза …» is none.)
const FREQUENCIES: ReadonlyArray<readonly [Frequency, string]> = [
  [
    'weekly',
    'еженедельн[а-я]*|(?:не\\s+реже\\s+(?:одного|1)\\s+раза\\s+в\\s+|(?:(?:один|1)\\s+)?раз\\s+в\\s+)неделю|кажд(?:ую|ой)\\s+недел[а-я]*|кажд(?:ую|ый|ое)\\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)',
  ],
  ['monthly', 'ежемесячн[а-я]*|помесячн[а-я]*|(?:не\\s+реже\\s+(?:одного|1)\\s+раза\\s+в\\s+|(?:(?:один|1)\\s+)?раз\\s+в\\s+)месяц|кажд(?:ый|ого)\\s+месяц[а-я]*'],
  [
    'quarterly',
    // a school's quarter («1 раз в четверть», «ежечетвертно») is its reporting quarter
    'ежеквартальн[а-я]*|поквартальн[а-я]*|ежечетвертн[а-я]*|(?:не\\s+реже\\s+(?:одного|1)\\s+раза\\s+в\\s+|(?:(?:один|1)\\s+)?раз\\s+в\\s+)(?:квартал|четверть)|кажд(?:ый|ого)\\s+квартал[а-я]*|кажд(?:ую|ой)\\s+четверт[а-я]*',
  ],
  [
    'halfyearly',
    'ежеполугодн[а-я]*|ежеполугодов[а-я]*|(?:не\\s+реже\\s+(?:одного|1)\\s+раза\\s+в\\s+|(?:(?:один|1)\\s+)?раз\\s+в\\s+)(?:полугодие|полгода|шесть\\s+месяцев|6\\s+месяцев)|кажд(?:ое|ого)\\s+полугоди[а-я]*|(?:два|2)\\s+раза\\s+в\\s+год|не\\s+реже\\s+(?:двух|2)\\s+раз\\s+в\\s+год',
  ],
  ['yearly', 'ежегодн[а-я]*|(?:не\\s+реже\\s+(?:одного|1)\\s+раза\\s+в\\s+|(?:(?:один|1)\\s+)?раз\\s+в\\s+)год|кажд(?:ый|ого)\\s+год[а-я]*'],
];
const FREQUENCY_RES = FREQUENCIES.map(([freq, src]) => [freq, new RegExp(`${B}(?:${src})${E}`, 'gu')] as const);

/** «по пятницам» alone is a weekly term too. */
const WEEKDAYS_PLURAL = new RegExp(`${B}по\\s+(понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)${E}`, 'u');
/** «в пятницу», «по пятницам», «каждый четверг», «в санитарный день - четверг». */
const WEEKDAY_NAMED = new RegExp(`(?:${B}(?:по|в|во|каждую|каждый|каждое|до|не\\s+позднее|к)\\s+|(?<=день\\s?)-\\s*)${WEEKDAY}${E}`, 'u');

/** «текущего месяца», «месяца, следующего за отчетным кварталом»: the words after a due day. */
const DUE_TAIL =
  '(?:\\s*,?\\s*(?:(?:текущего|отчетного|каждого|очередного)\\s+)?(?:месяц|квартал|полугоди|год|период)[а-я]*)?(?:\\s*,?\\s*(?:следующ[а-я]*\\s+за\\s+(?:(?:отчетн|истекш|прошедш)[а-я]*|(?=(?:месяц|квартал|полугоди|год)[а-я]*(?![а-я])))|после\\s+отчетн[а-я]*)(?:\\s*(?:месяц|квартал|полугоди|год|период)[а-я]*)?)?';
const DUE_LEAD = '(?:до|не\\s+позднее|не\\s+позже|к|в\\s+срок\\s+до|в\\s+срок\\s+не\\s+позднее)';

/** «до 10 числа», «не позднее 5-го числа», «до пятого числа», «20-го числа каждого месяца». */
// («не позднее 5-го рабочего дня месяца, следующего за отчетным»: a working day, read as that day of the month, which is never later.)
const DUE_DAY = new RegExp(`${B}(?:${DUE_LEAD}\\s+)?(?:(\\d{1,2})(?:\\s?-?\\s?(?:го|е|ое|ого))?|${DAY_ORDINAL})\\s+(?:числ[а-я]*|(рабоч)[а-я]*\\s+дн[а-я]*)${DUE_TAIL}`, 'u');
/** «до 15 марта» with no year after it (with a year it is the rule's end). */
const DUE_DATE = new RegExp(`${B}${DUE_LEAD}\\s+"?(\\d{1,2})"?\\s+${MONTH}(?!\\s*,?\\s*(?:1[89]|2[01])\\d{2})${DUE_TAIL}`, 'u');
/** «, 5 июля, 5 октября и 5 января»: more due days of a list. */
const MORE_DUE_DATES = new RegExp(`^\\s*(?:,|и|;)\\s*(?:до\\s+)?"?(\\d{1,2})"?\\s+${MONTH}(?!\\s*,?\\s*(?:1[89]|2[01])\\d{2})`, 'u');
const END_OF_MONTH = new RegExp(
  `${B}(?:до|не\\s+позднее|к)\\s+(?:конца|окончания|концу|последнего\\s+(?:рабочего\\s+)?(?:дня|числа))(?:\\s+(?:текущего|отчетного|каждого))?\\s+месяц[а-я]*${DUE_TAIL}`,
  'u',
);
const DECADE_DUE = new RegExp(
  `${B}(?:в\\s+(?:течение\\s+)?|до\\s+(?:конца\\s+|окончания\\s+)?)?(перв|втор|трет|последн)[а-я]*\\s+декад[а-я]*(?:\\s+(?:текущего|отчетного|каждого))?\\s+месяц[а-я]*${DUE_TAIL}`,
  'u',
);

// («… следующего за кварталом», «… за истекшим месяцем»: the period named without «отчетным».)
const AFTER_PERIOD = /следующ[а-я]*\s+за\s+(?:отчетн|истекш|прошедш|(?:месяц|квартал|полугоди|год)(?:ем|ом)(?![\p{L}]))|после\s+(?:окончания\s+|завершения\s+)?отчетн|по\s+истечении\s+отчетн|по\s+итогам\s+(?:отчетного\s+)?(?:месяц|квартал|полугоди|год)|следующ[а-я]*\s+недел/u;
/** «последнего месяца квартала», «третьего месяца отчетного квартала», «шестого месяца полугодия». */
// («третьего месяца квартала», «шестого месяца полугодия»: each the last of its own period; «третьего месяца полугодия» is not.)
const LAST_MONTH_OF_PERIOD = /(?:последн[а-я]*\s+месяц[а-я]*\s+(?:(?:отчетн|текущ|каждого)[а-я]*\s+)?(?:квартал|полугоди)|трет[а-я]*\s+месяц[а-я]*\s+(?:(?:отчетн|текущ|каждого)[а-я]*\s+)?квартал|шест[а-я]*\s+месяц[а-я]*\s+(?:(?:отчетн|текущ|каждого)[а-я]*\s+)?полугоди)/u;
/** «первого месяца квартала», «первого месяца следующего квартала». */
const FIRST_MONTH_OF_PERIOD = /перв[а-я]*\s+месяц[а-я]*\s+(?:(?:следующ|очередн|каждого)[а-я]*\s+)?(?:квартал|полугоди)/u;
/** A due day inside the period: «текущего месяца», «отчетного квартала». */
const INSIDE_PERIOD = /текущ[а-я]*\s+(?:месяц|квартал|полугоди|год|недел)|отчетн[а-я]*\s+(?:месяц|квартал|полугоди|год|недел)/u;

/** «обеспечить ежемесячное представление», «организовать ежеквартальную сверку»: an order verb, the adjective, the action. */
const ORDERED_ACTION =
  /(?<![а-я])(?:обеспечить|организовать|осуществлять|осуществить|проводить|продолжить|наладить)\s+(?:[а-я]+\s+)?еже(?:недельн|месячн|квартальн|годн)(?:ое|ую|ые)\s*(?:(?:,[^,]{1,60}){1,3},\s*)?(?:[а-я]+\s+)?(?:представлени|предоставлени|рассмотрени|обновлени|информировани|направлени|проведени|сверк|проверк|мониторинг|отч[её]т|доклад|анализ)[а-я]*(?![а-я])|(?<![а-я])с\s+еже(?:недельн|месячн|квартальн|годн)ым\s+(?:представлени|предоставлени|направлени|информировани)ем(?![а-я])/u;

/** «ежегодно», «помесячно»; not the genitive adjectives «ежегодного», «ежемесячного», which end in «-о» too. */
const ADVERB = /^(?:еже|по)[а-я]*(?<![ое]г)о$/u;

export type RecurringMode =
  /** A «Срок» phrase: adjectives («ежемесячный») and a bare «по пятницам» count too. */
  | 'phrase'
  /** Free text: only adverbs and «раз в …» govern a verb as a term. */
  | 'free';

interface Part {
  start: number;
  end: number;
}

/** The first frequency word of `n` (normalized) and where it stands. */
export function findFrequency(n: string, mode: RecurringMode): { freq: Frequency; start: number; end: number } | null {
  let best: { freq: Frequency; start: number; end: number } | null = null;
  for (const [freq, re] of FREQUENCY_RES) {
    // (In free text an adjective is skipped, not the words after it: «еженедельные санитарные дни в каждый четверг».)
    // («обеспечить ежемесячное представление информации»: an adjective in the accusative right before the ordered action,
    // the verb before it, is the action's frequency; so is «… с еженедельным представлением информации … по пятницам».)
    // (Not a word of a name in quotes, in free text: «О передаче ежедневной информации …», газета «Ежемесячный вестник».)
    const m = [...n.matchAll(re)].find(
      (x) =>
        !(mode === 'free' && quotedAt(n, x.index, x.index + x[0].length)) &&
        (!(mode === 'free' && /^(?:еже|по)/u.test(x[0]) && !ADVERB.test(x[0])) || (mode === 'free' && ORDERED_ACTION.test(n.slice(Math.max(0, x.index - 40), x.index + x[0].length + 110)))),
    );
    if (!m) continue;
    if (best === null || m.index < best.start) best = { freq, start: m.index, end: m.index + m[0].length };
  }
  if (best === null && mode === 'phrase') {
    const m = WEEKDAYS_PLURAL.exec(n);
    if (m) best = { freq: 'weekly', start: m.index, end: m.index + m[0].length };
  }
  // «до 11 числа месяца, следующего за отчетным»: the reporting period names the frequency, with no «ежемесячно».
  if (best === null) {
    const m = IMPLIED.exec(n);
    // («по итогам полугодия, до 10 числа месяца, следующего за отчетным периодом»: the period named right before the due day.)
    const named = m?.[1] === 'период' ? /(?:по\s+итогам|за\s+каждое|за\s+каждый|за)\s+(месяц|квартал|полугоди|год)[а-я]*\s*,?\s*$/u.exec(n.slice(0, m.index)) : null;
    const freq = m ? IMPLIED_FREQUENCY[named?.[1] ?? m[1] ?? m[2] ?? ''] : undefined;
    if (m && freq) best = { freq, start: named ? named.index : m.index, end: m.index + m[0].length };
  }
  // «до 20 числа последнего месяца квартала»: a day in a named month of every quarter (or half-year).
  if (best === null) {
    const m = IMPLIED_IN_PERIOD.exec(n);
    if (m) best = { freq: (m[1] ?? m[2] ?? m[3] ?? '').startsWith('квартал') ? 'quarterly' : 'halfyearly', start: m.index, end: m.index + m[0].length };
  }
  // «в срок не позднее 10 июля отчетного года», «до 1 марта года, следующего за отчетным»: a day of every reporting year.
  if (best === null) {
    const m = IMPLIED_YEARLY.exec(n);
    if (m) best = { freq: 'yearly', start: m.index, end: m.index + m[0].length };
  }
  return best;
}

const IMPLIED =
  /(?<![\p{L}])(?:до|не\s+позднее|не\s+позже|к)\s+\d{1,2}(?:\s*-?\s*(?:го|е))?\s+числа\s+месяца\s*,?\s+следующ[а-я]*\s+за\s+(?:(?:отчетн|истекш|прошедш)[а-я]*(?:\s+(месяц|квартал|полугоди|год|период)[а-я]*)?|(месяц|квартал|полугоди|год)(?:ем|ом)(?![\p{L}]))/u;
const IMPLIED_IN_PERIOD =
  /(?<![\p{L}])(?:до|не\s+позднее|не\s+позже|к)\s+\d{1,2}(?:\s*-?\s*(?:го|е))?\s+числа\s+(?:(?:последн|перв)[а-я]*\s+месяц[а-я]*\s+(?:(?:отчетн|текущ|каждого|следующ|очередн)[а-я]*\s+)?(квартал|полугоди)|трет[а-я]*\s+месяц[а-я]*\s+(?:(?:отчетн|текущ|каждого|следующ|очередн)[а-я]*\s+)?(квартал)|шест[а-я]*\s+месяц[а-я]*\s+(?:(?:отчетн|текущ|каждого|следующ|очередн)[а-я]*\s+)?(полугоди))[а-я]*(?![\p{L}])/u;
const IMPLIED_YEARLY =
  /(?<![\p{L}])(?:до|не\s+позднее|не\s+позже|к)\s+\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+(?:отчетного\s+года|года\s*,?\s+следующ[а-я]*\s+за\s+отчетн[а-я]*)(?![\p{L}])/u;
/** The reporting period of «… следующего за отчетным [месяцем]» and its frequency; «отчетным периодом» names none. */
const IMPLIED_FREQUENCY: Readonly<Record<string, Frequency>> = { '': 'monthly', месяц: 'monthly', квартал: 'quarterly', полугоди: 'halfyearly', год: 'yearly' };

/** «ежедневно», «ежедневную [информацию]», «каждый день», «ежесуточно». */
const DAILY_WORD = /(?<![\p{L}])(?:ежедневн[а-я]*|ежесуточн[а-я]*|кажд(?:ый|ого)\s+(?:день|дня))(?![\p{L}])/u;
/** What is sent every day: a report, information, figures — a daily action («ежедневное дежурство») is no report. */
const REPORT_WORD =
  /(?<![\p{L}])(?:пред(?:о)?ставл|направл|сообща|сообщи|информирова|доклад|докладыва|отчитыва|отч[её]т|информаци|сведени|свод(?:к|н)|донесени|данн(?:ые|ых))[а-я]*(?![\p{L}])/u;
/** The hour a daily report is due by: «до 15.00 час.», «до 10:00», «к 12 часам», «не позднее 16-00». */
const DAILY_TIME = /(?<![\p{L}])(?:до|к|не\s+позднее|не\s+позже)\s+(\d{1,2})(?:\s*(?:[.:-]|час[а-я]*\.?\s*)(\d{2}))?(?:\s*(?:час(?:ов|ам|а)?\.?|ч\.))?(?![\d.:]*\d)/u;

/**
 * A daily report over a span of days: «просит ежедневно до 15.00 час. предоставлять информацию … на период с 1 по
 * 28 февраля 2013 года», «Сообщать ежедневно до 10:00 … с 01.09.2023 по 07.09.2023», «информацию: - ежедневную о ходе
 * … с 20 по 27 апреля»; and one whose end is an event or is not written, from its first day on: «просим ежедневно (до
 * устранения) представлять информацию …», «… обеспечить ежедневное (со вторника по пятницу включительно) представление
 * … информации … до 13.00 МСК … начиная с 14.12.2010». Only for a report, not for an action done every day
 * («ежедневную уборку» is a standing duty: continuous). `firstDue` is the first day, else the document's date.
 */
export function readDaily(n: string, ctx: DeadlineContext, mode: RecurringMode): RecurringRead | null {
  // (In free text, the first word that is no part of a name in quotes: «Письмо «О передаче ежедневной информации …» … просит
  // обеспечить ежедневное … представление …».)
  const word = [...n.matchAll(new RegExp(DAILY_WORD.source, 'gu'))].find((w) => mode !== 'free' || !quotedAt(n, w.index, w.index + w[0].length));
  if (!word) return null;
  // A «Срок» phrase is a term already; in free text the sentence must ask for a report.
  const report = mode === 'free' ? REPORT_WORD.exec(n) : null;
  if (mode === 'free' && (!report || Math.abs(report.index - word.index) > 120)) return null;
  const dates = scanDates(n, { shortDates: false });
  // (A last day whose hour follows it, «… по 30 сентября 2022 года до 10.00 часов», holds the daily hour, not a day's own.)
  const last = dates.find((h) => h.role === 'due' && (h.time === null || /^\s*(?:года?|г\.)?\s*,?\s*(?:до|к|не\s+позднее)\s+\d{1,2}[.:-]\d{2}/u.test(n.slice(h.end))));
  const years = yearsIn(n, ctx.documentDate, dates);
  let until: IsoDate | null = null;
  let starts: IsoDate | null = null;
  let start = word.index;
  let end = word.index + word[0].length;
  const from = dates.find((h) => h.role === 'from' && (!last || h.end <= last.start));
  if (last) {
    if (dates.some((h) => (h.role === 'due' || h.role === 'bare') && h !== last)) return null;
    const read = resolveDate(last, years, '');
    if (!read.ok) return null;
    until = read.date;
    start = Math.min(start, last.spanStart);
    end = Math.max(end, last.spanEnd);
  } else {
    // With no last day, only a report that follows the word closely («ежедневно (до устранения) представлять»,
    // «ежедневное … представление»; «Срок: ежедневно» alone is a standing duty), the word no part of a name in quotes
    // («в газете "Ежедневные новости"»), and no date but its first day (any other is a term or a citation). The phrase
    // holds the report, so that it is read again as one.
    const asked = REPORT_WORD.exec(n.slice(word.index));
    const before = n.slice(0, word.index);
    const quoted = quotedAt(n, word.index, word.index + word[0].length);
    // («Срок: ежедневно, до 10.00» under an item that asks for figures: a term with its hour is due every day; not
    // «ежедневно до 16.00 в период проведения», whose days are an event's.)
    // («в период прохождения паводка ежедневно к 8.00 и 17.00 представлять …»: the days are the event's, not the calendar's.)
    const eventDays = /(?<![\p{L}])(?:(?:в|на)\s+период|во\s+время|в\s+дни)(?![\p{L}])/u.test(n.slice(Math.max(0, word.index - 60), word.index + word[0].length + 60));
    const hourly = mode !== 'free' && !asked && /(?<![\p{L}])(?:до|к|не\s+позднее)\s+(?:\d{1,2}:\d{2}|\d{1,2}[.-](?:00|[2-5]\d|1[3-9])|\d{1,2}[.-]\d{2}\s*(?:час|ч\.))(?![\d.])/u.test(n);
    // («Донесения о ходе формирования дивизий представлять ежедневно …»: the report and its verb right before the word.)
    const reportedBefore = asked ? null : /(?<![\p{L}])(?:(?:донесени|сведени|информаци|отч[её]т|доклад|сводк)[а-я]*|данн(?:ые|ых))(?![\p{L}])[^.;]{0,80}?(?:представлять|предоставлять|направлять|докладывать|сообщать|высылать)\s*$/u.exec(before);
    if ((!asked && !hourly && !reportedBefore) || (asked && asked.index > 80) || quoted || eventDays || dates.some((h) => h !== from)) return null;
    if (asked) end = Math.max(end, word.index + asked.index + asked[0].length);
    if (reportedBefore) start = Math.min(start, reportedBefore.index);
  }
  const sameMonth = last ? /(?:^|[^\p{L}])со?\s+(\d{1,2})\s+по\s*$/u.exec(n.slice(0, last.spanStart)) : null;
  if (from) {
    const read = resolveDate(from, years, '');
    if (read.ok && (until === null || read.date <= until)) starts = read.date;
    else if (until === null) return null;
    // The phrase keeps its «с» («с 30 января по 5 февраля», «начиная с 14.12.2010»), which makes the first date the span's
    // start when read again.
    const lead = /(?:(?:в|на)\s+период\s+|начиная\s+)?со?\s*$/u.exec(n.slice(0, from.spanStart));
    start = Math.min(start, lead ? lead.index : from.spanStart);
    end = Math.max(end, from.spanEnd);
  } else if (sameMonth && until !== null && Number(sameMonth[1]) <= Number(until.slice(8, 10))) {
    starts = `${until.slice(0, 8)}${String(Number(sameMonth[1])).padStart(2, '0')}`;
    start = Math.min(start, sameMonth.index);
  }
  const firstDue = starts ?? (ctx.documentDate !== null && (until === null || ctx.documentDate <= until) ? ctx.documentDate : null);
  const read: RecurringRead = { rule: { freq: 'daily', day: 0, month: null, after: 'none', starts, until }, firstDue, start, end };
  const time = DAILY_TIME.exec(n);
  const hour = time ? Number(time[1]) : NaN;
  const minute = time?.[2] !== undefined ? Number(time[2]) : 0;
  if (time && hour <= 23 && minute <= 59 && (time[2] !== undefined || /час|ч\./u.test(time[0]))) {
    read.time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    // The phrase holds the hour, wherever the sentence writes it, so that it is read again with the span.
    read.start = Math.min(read.start, time.index);
    read.end = Math.max(read.end, time.index + time[0].length);
  }
  return read;
}

/** The recurring rule of `n` (normalized), or null when it names no frequency. */
export function readRecurring(whole: string, ctx: DeadlineContext, mode: RecurringMode): RecurringRead | null {
  const daily = readDaily(whole, ctx, mode);
  if (daily) return daily;
  const found = findFrequency(whole, mode);
  if (found === null) return null;
  // («… ежеквартально, до 5 числа …, представлять информацию …, а ежегодно до 1 февраля …»: a second schedule after «, а» is its
  // own; its day bounds nothing of the first. The offsets stay: only the text after it is blanked.)
  // («…, итоговую информацию – не позднее 20 мая 2016 года»: a report owed once after the schedule is its own too.)
  const next = /,\s*а\s+(?:также\s+)?(?:ежегодно|ежемесячно|ежеквартально|еженедельно|ежедневно|раз\s+в)(?![\p{L}])|,\s*(?:а\s+)?[а-яё]+(?:ую|ый|ой|ие|ые)\s+(?:информаци|отч[её]т|сведени|доклад|справк)[а-яё]*\s*[–—-]/u.exec(whole.slice(found.end));
  const n = next ? whole.slice(0, found.end + next.index) + ' '.repeat(whole.length - found.end - next.index) : whole;
  let warning: RecurringRead['warning'];
  const vague = (message: string): void => {
    warning ??= { code: 'deadline_vague', message };
  };
  const due = found.freq === 'weekly' ? weeklyDay(n) : dueDayOf(n, found.freq, vague);
  const { starts, until, used } = window(n, ctx, found, due.span, vague);
  const parts: Part[] = [found, ...(due.span ? [due.span] : []), ...used];
  const rule: RecurrenceRule = { freq: found.freq, day: due.day, month: due.month, after: due.after, starts, until };
  const read: RecurringRead = {
    rule,
    firstDue: firstDueOf(rule, ctx.documentDate),
    start: Math.min(...parts.map((p) => p.start)),
    end: Math.max(...parts.map((p) => p.end)),
  };
  if (warning) read.warning = warning;
  return read;
}

interface DueDay {
  day: number;
  month: number | null;
  after: RecurrenceRule['after'];
  /** Where the text names it; null when the convention gives it. */
  span: Part | null;
}

/** «по пятницам», «каждый понедельник»; Friday when no day is named. */
function weeklyDay(n: string): DueDay {
  const after = AFTER_PERIOD.test(n) ? 'period' : 'none';
  const w = WEEKDAY_NAMED.exec(n) ?? WEEKDAYS_PLURAL.exec(n);
  const weekday = w ? weekdayValue(w[1] ?? '') : null;
  return w && weekday !== null ? { day: weekday, month: null, after, span: span(w) } : { day: 5, month: null, after, span: null };
}

/** The due day of a monthly, quarterly, half-yearly or yearly rule; the last day of each period when none is named. */
function dueDayOf(n: string, freq: Exclude<Frequency, 'weekly'>, vague: (message: string) => void): DueDay {
  const following = AFTER_PERIOD.test(n);
  const afterIfFollowing = following ? 'period' : 'none';
  // (A working day only as «до/не позднее N-го рабочего дня месяца …»: «за 5 рабочих дней до начала месяца», «в течение 10 рабочих
  // дней после …» are counted from an event.)
  const anyDay = DUE_DAY.exec(n);
  const dueDay = anyDay && anyDay[3] !== undefined && !(/^\s*(?:до|не\s+позднее|не\s+позже|к|в\s+срок\s+до)\s/u.test(anyDay[0]) && /месяц/u.test(anyDay[0])) ? null : anyDay;
  const dueDate = DUE_DATE.exec(n);
  const endOfMonth = END_OF_MONTH.exec(n);
  const decade = DECADE_DUE.exec(n);
  const first = [dueDay, dueDate, endOfMonth, decade].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return { day: 31, month: null, after: 'none', span: null };

  if (first === dueDay) {
    let day = first[1] !== undefined ? Number(first[1]) : (dayOrdinalValue(first[2] ?? '') ?? 31);
    if (first[3] !== undefined) vague(`«${first[0].trim()}»: рабочий день прочитан как ${day}-е число месяца — напоминание придёт не позже срока`);
    if (day < 1 || day > 31) {
      // «0 числа», «45 числа»: no such day; reported, and the month's last day stands in.
      vague(`«${first[0].trim()}» — такого числа в месяце нет: прочитано как последний день месяца`);
      day = 31;
    }
    if (following) return { day, month: null, after: 'period', span: span(first) };
    // «до 20 числа последнего (третьего) месяца квартала»: a day in the period's own last month; «… первого месяца квартала»:
    // in the first month of each quarter, which is the month after the one before.
    // (The month's words are the due day's, not a window: «… первого месяца следующего квартала» bounds no schedule.)
    const inMonth = (re: RegExp): Part | null => {
      const m = re.exec(n);
      return m ? { start: Math.min(first.index, m.index), end: Math.max(first.index + first[0].length, m.index + m[0].length) } : null;
    };
    if (freq !== 'monthly' && LAST_MONTH_OF_PERIOD.test(n)) return { day, month: null, after: 'none', span: inMonth(LAST_MONTH_OF_PERIOD) ?? span(first) };
    if (freq !== 'monthly' && FIRST_MONTH_OF_PERIOD.test(n)) return { day, month: null, after: 'period', span: inMonth(FIRST_MONTH_OF_PERIOD) ?? span(first) };
    if (freq === 'monthly' || INSIDE_PERIOD.test(n)) return { day, month: null, after: 'none', span: span(first) };
    vague(`«${first[0].trim()}»: месяц не назван — прочитано как это число месяца, следующего за каждым периодом`);
    return { day, month: null, after: 'period', span: span(first) };
  }

  if (first === dueDate) {
    let day = Number(first[1]);
    if (day < 1 || day > 31) {
      // «до 0 февраля», «до 45 марта»: no such day; reported, and the month's last day stands in.
      vague(`«${first[0].trim()}» — такого числа в месяце нет: прочитано как последний день месяца`);
      day = 31;
    }
    const months = [monthValue(first[2] ?? '') ?? 1];
    let end = first.index + first[0].length;
    for (let more = MORE_DUE_DATES.exec(n.slice(end)); more; more = MORE_DUE_DATES.exec(n.slice(end))) {
      months.push(monthValue(more[2] ?? '') ?? 1);
      end += more[0].length;
    }
    const listSpan = { start: first.index, end };
    const written = n.slice(first.index, end).trim();
    const month = months[0] ?? 1;
    if (freq === 'yearly') {
      if (months.length > 1) vague(`«${written}»: для ежегодного срока названо несколько дней, взят первый`);
      return { day, month, after: afterIfFollowing, span: listSpan };
    }
    if (freq === 'monthly') {
      vague(`«${written}»: для ежемесячного срока назван месяц — учтено только число`);
      return { day, month: null, after: afterIfFollowing, span: listSpan };
    }
    // Quarters and half-years: a day in the first month of the next period reports on the last one.
    const length = freq === 'quarterly' ? 3 : 6;
    if ((month - 1) % length === 0) return { day, month: null, after: 'period', span: listSpan };
    if (month % length === 0) return { day, month: null, after: 'none', span: listSpan };
    vague(`«${written}» не приходится на конец периода: прочитано как это число месяца, следующего за каждым периодом`);
    return { day, month: null, after: 'period', span: listSpan };
  }

  if (first === endOfMonth) return { day: 31, month: null, after: afterIfFollowing, span: span(first) };
  const which = first[1] ?? '';
  const day = which.startsWith('перв') ? 10 : which.startsWith('втор') ? 20 : 31;
  return { day, month: null, after: afterIfFollowing, span: span(first) };
}

/** «начиная с …», «с … по …», «до конца года», «в течение 2021 года»: the reported periods' first start and last end. */
function window(
  n: string,
  ctx: DeadlineContext,
  frequency: { freq: Frequency; start: number },
  dueSpan: Part | null,
  vague: (message: string) => void,
): { starts: IsoDate | null; until: IsoDate | null; used: Part[] } {
  const { freq } = frequency;
  const outsideDue = (p: Part): boolean => dueSpan === null || p.end <= dueSpan.start || p.start >= dueSpan.end;
  const dates = scanDates(n, { shortDates: false }).filter(outsideDue);
  const periods = scanPeriods(n, ctx)
    .filter(outsideDue)
    .filter((p) => !dates.some((d) => d.start < p.end && p.start < d.end))
    // («… следующего за отчетным кварталом (за исключением IV квартала)»: the period left out bounds nothing.)
    .filter((p) => !/(?<![\p{L}])(?:за\s+исключением|кроме|исключая)\s*$/u.test(n.slice(Math.max(0, p.start - 20), p.start)));
  const years = yearsIn(n, ctx.documentDate, dates);
  let starts: IsoDate | null = null;
  let until: IsoDate | null = null;
  const used: Part[] = [];
  const dateOf = (hit: DateHit): IsoDate | null => {
    const r = resolveDate(hit, years, n.slice(hit.start, hit.end).trim());
    if (!r.ok) vague(r.message);
    return r.ok ? r.date : null;
  };
  // «до 20.04.2021, 20.07.2021»: the dates of a list after the first have no «до» of their own.
  const listed = dates.filter((h) => h.role === 'due' || h.role === 'bare');
  const lastDay = dates.find((h) => h.role === 'due');
  if (listed.length > 1) {
    vague(`«${n.trim()}»: кроме периодичности названо несколько дат — учтено только правило`);
  } else if (lastDay && lastDay.end <= frequency.start) {
    // «до 15.04.2021, далее – ежемесячно»: a first report, then the rule; the rule has no place for it.
    vague(`«${n.slice(lastDay.spanStart, lastDay.spanEnd).trim()}» стоит раньше периодичности — учтено только правило`);
  } else if (lastDay) {
    until = dateOf(lastDay);
    used.push({ start: lastDay.spanStart, end: lastDay.spanEnd });
    // («еженедельно по пятницам … в период с 01 по 30 апреля 2025 года»: the first day of a span within one month, written
    // without its month.)
    const sameMonth = /(?:^|[^\p{L}\d.])со?\s+(\d{1,2})\s+по\s*$/u.exec(n.slice(0, lastDay.spanStart));
    if (sameMonth && until !== null && Number(sameMonth[1]) >= 1 && Number(sameMonth[1]) <= Number(until.slice(8, 10))) {
      starts = `${until.slice(0, 8)}${String(Number(sameMonth[1])).padStart(2, '0')}`;
      used.push({ start: sameMonth.index, end: lastDay.spanStart });
    }
  }
  const firstDay = dates.find((h) => h.role === 'from');
  if (firstDay) {
    starts = dateOf(firstDay);
    // (With its «начиная с», so that the phrase read again starts the schedule there: «НАЧИНАЯ С 12 ИЮЛЯ 2011 ГОДА И ДО
    // ЗАВЕРШЕНИЯ УБОРОЧНЫХ РАБОТ ЕЖЕНЕДЕЛЬНО …».)
    const lead = /(?:(?:в|на)\s+период\s+|начиная\s+)?со?\s*$/u.exec(n.slice(0, firstDay.spanStart));
    used.push({ start: lead ? lead.index : firstDay.spanStart, end: firstDay.spanEnd });
  }
  for (const p of periods) {
    if ('error' in p.span) {
      vague(p.span.error);
      continue;
    }
    if (p.role === 'from' && starts === null) {
      starts = p.span.start;
      used.push(p);
    } else if ((p.role === 'within' || p.role === 'before') && until === null) {
      until = p.span.end;
      // «в течение 2021 года», «в 2021 году» bound the start as well — from the document's day when the span began before it
      // (a March order's «ежемесячно до 5 числа …, в течение 2012 года» asks nothing due in February).
      if (starts === null && /^(?:в|во|в течение|в ходе|)$/u.test(p.intro)) {
        const date = ctx.documentDate;
        starts = date !== null && p.span.start < date && date <= p.span.end ? date : p.span.start;
      }
      used.push(p);
    }
  }
  return { starts: starts === null ? null : snapStart(freq, starts), until, used };
}

function span(m: RegExpExecArray): Part {
  return { start: m.index, end: m.index + m[0].length };
}
