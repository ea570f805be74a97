import type { Deadline, DeadlineContext } from '../domain.js';
import { continuousIn } from './continuous.js';
import { dayKey, scanDates, type DateHit } from './dates.js';
import { normalize, stripTrailing } from './normalize.js';
import { MONTH_DAY_TERM, readPhrase, WEEKDAY_TERM } from './parse.js';
import { scanPeriods, type PeriodHit } from './periods.js';
import { findFrequency, readDaily, readRecurring } from './recurring.js';
import { readRelative } from './relative.js';
import { MONTHS_GENITIVE } from './numbers.js';
import { vagueInFreeText } from './vague.js';

/**
 * Finds the deadline inside an item's free text when it has no «Срок» line: «…
 * представить информацию в срок до 28.10.2015г.», «… направлять ежеквартально, до 5
 * числа месяца, следующего за отчетным кварталом», «… обеспечить постоянно».
 *
 * Free text also cites other acts and tells stories, so it is read with suspicion:
 * - a date after «от» or next to «№» is a citation («от 17.11.2020 г. № 952-рп»);
 * - a date is a deadline only when «до», «к», «не позднее», «в срок» introduces it;
 * - a frequency word is a term only when it governs an ordered verb («направлять
 *   ежеквартально»), not a narrative one («ежегодно участвует», «планируется
 *   ежеквартально обсуждать»);
 * - «в 2021 году», «на 2020 год» alone are not terms (a year is one right after the ordered verb,
 *   «обеспечить в 2010-2011 гг. подготовку», and not before the document); when in doubt, null.
 */

interface Candidate {
  /** Lower goes first: the label, then recurring, dated, relative, period, continuous and vague terms. */
  rank: number;
  start: number;
  end: number;
}

/** A «Срок:» / «Срок –» label inside the text: the rest of its sentence is the phrase. */
const LABEL = /(?<![\p{L}])срок(?:и)?(?:\s+(?:исполнения|выполнения|представления|предоставления)(?:\s+поручени[яй])?)?\s*(?::|-)\s*/u;

/** Words that make a sentence a story about what happens, not an order. */
const NARRATIVE =
  /(?<![\p{L}])(?:планиру(?:ет|ют|ется|ются)|планировал[аио]?|предполага(?:ет|ют|ется|ются)|предусматрива(?:ет|ют|ется|ются)|будет|будут|участву(?:ет|ют)|участвовал[аио]?|представляет|представляют|направляет|направляют|проводит|проводится|проводятся|осуществляет|осуществляется|является|являются|было|были|был|была)(?![\p{L}])/u;
/** A present-tense reflexive verb («проводятся», «представляется») tells what is done; these few ask instead. */
const FINITE_REFLEXIVE = /(?<![\p{L}])[а-я]+[еюия]тся(?![\p{L}])/gu;
const ASKING_REFLEXIVE = /^(?:рекомендуется|предлагается|поручается|требуется|необходимо)$/u;
const NOTED = /принять\s+к\s+сведению/u;

/** Words that make a sentence an ask even without an infinitive next to the term. */
const ASK = /(?<![\p{L}])(?:прошу|просим|просить|рекомендова[а-я]*|поруч[а-я]*|обязать|необходимо|надлежит|следует|обеспечить)(?![\p{L}])/u;

const INFINITIVE = /(?:[аяеиоуы]ть(?:ся)?|(?:вести|нести|везти|расти|мести|плести|цвести|грести|трясти|честь)(?:сь)?|[ео]чь(?:ся)?)$/u;
/** Nouns, numerals and adverbs that end like an infinitive. */
const NOT_INFINITIVE = new Set([
  'путь', 'сеть', 'треть', 'суть', 'нить', 'печать', 'мать', 'знать', 'рать', 'кровать', 'пять', 'девять', 'десять', 'опять', 'вспять', 'ртуть',
  'мощь', 'помощь', 'ночь', 'дочь', 'течь', 'речь', 'печь', 'сечь',
]);

/** Words between the term and its verb when they stand together: «направлять ежеквартально», «ежемесячно информацию направлять». */
const VERB_REACH = 4;

const DUE_INTRO_BEFORE = /(?:(?:в\s+)?срок(?:и)?\s*[:-]?\s*)?(?:(?:но\s+)?не\s+позднее|не\s+позже|до|к|по)\s*$|(?:в\s+)?срок(?:и)?\s*[:-]?\s*$/u;
const INCLUSIVE_AFTER = /^\s*\(?\s*включительно\s*\)?/u;
const RANGE_GAP = /^\s*(?:по|до|-)\s*$/u;
const FROM_INTRO_BEFORE = /(?:в\s+период\s+)?(?:начиная\s+)?со?\s*$/u;

/** Free-text period intros that make a period a term; «в»/«во» only with quarters, half-years, decades and months. */
const STRONG_PERIOD_INTRO = /^(?:до конца|до окончания|до завершения|не позднее конца|не позднее окончания|к концу|к окончанию|в течение|в срок до|не позднее|не позже)$/u;
const NARROW_UNITS: ReadonlySet<PeriodHit['unit']> = new Set(['quarter', 'halfyear', 'decade', 'month']);

export interface FindOptions {
  /**
   * The text is a duty written as a rule («… ежемесячно представляют …», «… устанавливаются
   * органами … до 1 июля 2007 г.»): present-tense verbs do not make it a story.
   */
  rule?: boolean;
  /** The text is an ordered task even without a verb of its own: a sub-item under «… обеспечить:». */
  ask?: boolean;
}

export function findDeadline(text: string, ctx: DeadlineContext, options: FindOptions = {}): Deadline | null {
  const n = normalize(text);
  const label = LABEL.exec(n);
  const past = pastClauses(n);
  if (label && !past.some(([a, b]) => label.index >= a && label.index < b)) {
    const start = label.index + label[0].length;
    const end = sentenceEnd(text, n, start);
    const deadline = readPhrase(stripTrailing(text.slice(start, end)), ctx);
    if (deadline.kind !== 'none') return deadline;
  }
  const candidates: Candidate[] = [];
  // («Срок представления информации был установлен до 26.02.2021.»: a term told of the past is no term of this text.)
  for (const s of sentences(text, n)) candidates.push(...inSentence(n, s.start, s.end, ctx, options.rule === true, options.ask === true).filter((c) => !past.some(([a, b]) => c.start >= a && c.start < b)));
  // («Ответственным исполнителям поручений, сроки исполнения которых истекают в июле 2018 года, представить …»: a term inside a
  // relative clause tells about those named; «информацию о готовности учреждений к 1 сентября 2007 года не позднее 27 августа»:
  // the day the readiness is for is not the day the report is owed.)
  // (Not one that asks itself: «…, в который направить до 30 мая 2005 года отзывы».)
  const told = [...n.matchAll(TELLING_CLAUSE)].filter((m) => !ACTION.test(m[0])).map((m) => [m.index, m.index + m[0].length] as const);
  // («… рассмотреть возможность выделения на период с 29 мая по 9 июня 2017 года экскаватора …»: the span something is wanted for is
  // no term.)
  for (const m of n.matchAll(WANTED_FOR)) told.push([m.index, m.index + m[0].length] as const);
  const kept = candidates.filter((c) => !told.some(([a, b]) => c.start >= a && c.end <= b) && !(/^к\s/u.test(n.slice(c.start, c.start + 2)) && READY_FOR.test(n.slice(Math.max(0, c.start - 80), c.start))));
  candidates.length = 0;
  candidates.push(...kept);
  candidates.sort((a, b) => a.rank - b.rank || a.start - b.start);
  let longAgo: Deadline | null = null;
  for (const c of candidates) {
    const phrase = stripTrailing(text.slice(c.start, c.end));
    const deadline = readPhrase(phrase, ctx);
    if (deadline.kind === 'none') continue;
    // («… в течение марта 2025 года провести обследование домов, признанных аварийными до 1 января 2017 года», in an act of 2025: a
    // day over a year before the text qualifies what the clause names when another term is there to take.)
    if (longPast(deadline, ctx)) {
      longAgo ??= doubtful(n, c, deadline, phrase) ?? deadline;
      continue;
    }
    return doubtful(n, c, deadline, phrase) ?? deadline;
  }
  if (longAgo) return longAgo;
  // «… с учетом предложений членов Совета (III квартал 2022 г.).», «… (июнь 2022 г.)»: a period alone in the parenthesis that
  // ends the clause is its term.
  // (Not the date of a paper or an event the clause names — «… руководствоваться письмом Минтруда России (май 2023 г.)» —, nor
  // the period of data — «провести анализ посещаемости (январь – февраль 2024 года)» —, nor a period over before the text.)
  const closing = TRAILING_PERIOD.exec(text);
  if (closing && !PAPER_BEFORE.test(text.slice(0, closing.index))) {
    const deadline = readPhrase(closing[1]!.trim(), ctx);
    if ((deadline.kind === 'period' || deadline.kind === 'date') && !(ctx.documentDate !== null && deadline.date !== null && deadline.date < ctx.documentDate)) return deadline;
  }
  return null;
}

/** The span something is asked for: «выделения на период с 29 мая по 9 июня 2017 года» (not a duty's own span, «организовать на период с …»). */
const WANTED_FOR = /(?<![\p{L}])(?:выделени|предоставлени|аренд|направлени|возможност)[а-яё]*(?:\s+[^\s.;]+){0,3}?\s+на\s+(?:период|время)\s+с\s+[^;.]{1,40}?\s+по\s+(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\s+[а-яё]+(?:\s+\d{4})?)(?:\s*(?:года|г\.))?/gu;

/** A date or period ending more than a year before the document's date. */
function longPast(d: Deadline, ctx: DeadlineContext): boolean {
  if ((d.kind !== 'date' && d.kind !== 'period') || d.date === null || ctx.documentDate === null) return false;
  const year = Number(ctx.documentDate.slice(0, 4)) - 1;
  return d.date < `${year}${ctx.documentDate.slice(4)}`;
}

/** Words before a parenthesis that make its period a paper's, an event's or the data's: «письмом …», «в представлении», «анализ …». */
const PAPER_BEFORE = /(?<![\p{L}])(?:письм|представлени|рекомендаци|заседани|совещани|решени|приказ|постановлени|распоряжени|протокол|поручени|указани|анализ|итог|данн|сведени|статистик|показател|посещаемост|мониторинг)[а-яё]*(?:\s+[^\s()]+){0,4}\s*$/iu;

/** A period named alone in a closing parenthesis: «(III квартал 2022 г.)», «(июнь – июль 2024 года)», «(2023 год)». */
const TRAILING_PERIOD =
  /\(\s*((?:(?:I{1,3}|IV|[1-4])\s*(?:-?(?:й|го))?\s+квартал[а-яё]*|(?:I{1,2}|[12])\s*(?:-?(?:е|го))?\s+полугоди[а-яё]*|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*(?:\s*[–—-]\s*(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*)?|(?=(?:19|20)\d{2}\s*(?:год|г\.)))\s*(?:(?:19|20)\d{2})\s*(?:года?|г\.?)?)\s*\)\s*[.;]?\s*$/iu;

/** «при понижении …», «при получении …», «в случае …», «о возникновении аварийных ситуаций …» in the same sentence before a term: the term runs from that event. */
// («… о возникновении аварийных ситуаций … информировать дежурного … незамедлительно … в течение суток»: an item that opens with the
// event reports it; «о фактах», «об изменениях» only after a verb of reporting. A sentence ends at any «.» before a word.)
// («… информацию по итогам рейдов в течение 2 рабочих дней»: from each raid's end; not «по итогам заседания», this meeting.)
const EVENT_BEFORE = /(?<![\p{L}])(?:при\s+(?:условии|[а-я]+(?:ении|ании|ятии|ытии|ходе))|в\s+случае|по\s+(?:итогам|результатам|окончании|завершении)(?=\s+(?!(?:[а-я]+(?:ого|его|ося)\s+)?(?:заседани|совещани|настоящ|данн|рассмотрени|обсуждени|подписани|протокол)[а-я]*|\d|(?:(?:i{1,3}|iv)\s+)?(?:год|квартал|месяц|полугоди)))|(?:(?:сообщать|информировать|докладывать|направлять|представлять)\s+(?:[а-яё]+\s+){0,3}?|(?:^|[.;:!?]\s*)[\s–—-]*)(?:о\s+(?:возникновении|фактах|случаях)|об\s+(?:угрозе|авари[а-я]+|изменени[а-я]+)))(?![\p{L}])(?:[^.;]|\.(?!\s+[а-яё]))*$/u;
/**
 * An action ordered before the event's words and another after them: the event is part of the first one's object, and the term
 * is the second's («разработать алгоритм действий в случае возникновения ЧС … и представить его … в течение 10 рабочих дней»).
 */
const ACTION_BEFORE_EVENT = /(?<![\p{L}])(?![а-яё]*(?:ост[ьи]|аст[ьи])(?![\p{L}]))[а-яё]{3,}(?:ть|ти)(?![\p{L}])[^.;]*$/u;
/** A word that may be an infinitive: «провести», «направить»; not a noun in «-ость», «-асть» («доступности», «области»). */
const ACTION = /(?<![\p{L}])(?![а-яё]*(?:ост[ьи]|аст[ьи])(?![\p{L}]))[а-яё]{3,}(?:ть|ти)(?![\p{L}])/u;

/** Where a term told of the past runs, from «срок» to the end of its clause («…, что срок полномочий истек,», «Срок … был установлен до 26.02.2021.»). */
export function pastClauses(n: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const m of n.matchAll(new RegExp(PAST_TERM.source, 'gu'))) {
    const after = m.index + m[0].length;
    const end = n.slice(after).search(/[,;]|\.(?:\s|$)/u);
    out.push([m.index, end < 0 ? n.length : after + end]);
  }
  return out;
}

/** A paper a sentence may name before «со дня его подписания». */
// (An act's kind — «приказ», «постановление», «распоряжение», «протокол», «решение» — is this text's own unless cited with its
// date or number: «разместить приказ на сайте … со дня его подписания» in an order.)
const PAPER = /(?<![\p{L}])(?:заключени[еяю]|акт[а-я]?|договор[а-я]?|соглашени[еяю]|документ[а-я]?|план[а-я]?|отч[её]т[а-я]?|(?:решени[еяю]|постановлени[еяю]|распоряжени[еяю]|приказ[а-я]?|протокол[а-я]?)(?=[^.;]{0,40}?(?:\sот\s+\d|№)))(?![\p{L}])/gu;

/** A term told of the past: «срок … был установлен до …», «срок истек 1 марта». */
export const PAST_TERM = /[Сс]рок[а-я]*(?:\s+[а-яё]+){0,4}\s+(?:был[аио]?\s+(?:установлен|определен|определён|назначен)[а-я]*|истек(?:ла|ло|ли)?|истёк)(?![\p{L}])/u;

/** «до 10.04.», «к 15.01»: a yearless day and month after the word that makes a term (not «до 17.00», not before hours). */
const SHORT_DUE = /(?<![\p{L}])(?:до|к|не\s+позднее)\s+(\d{1,2})\.(\d{2})(?:\.(?![\d\p{L}])|(?![\d.:]))(?!\s*(?:час|ч\.|ч(?![\p{L}])|мин))/gu;

/** A sentence that opens with an adverbial («В соответствии с …», «В связи с …», «Во исполнение …») up to the verb that asks. */
const OPENING_ADVERBIAL_ASK = /^\s*(?:в\s+соответствии\s+с|в\s+связи\s+с|во\s+исполнение|в\s+целях|с\s+целью|на\s+основании|учитывая)(?![\p{L}])(?:[^.;!?]|\.(?=\d))*?(?<![\p{L}])(?=(?:прошу|просим|предлагаю|предлагаем|рекомендую|рекомендуем|поручаю)(?![\p{L}]))/iu;
/** «с 20 апреля по», «с 15.04.2023 по», «в период с 1 по»: the last day of a span is next. */
const SPAN_FROM = /(?:^|\s)со?\s+\d{1,2}(?:\s+[а-яё]+|\.\d{1,2}(?:\.\d{2,4})?)?(?:\s+(?:19|20)\d{2}\s*(?:года?|г\.)?)?\s+(?:по|до)\s*$/u;

/** A relative clause after a comma, its pronoun within a few words: «…, сроки исполнения которых истекают в июле 2018 года,». */
// (Also the one that ends the sentence: «…, в отношении которых паспорта … оформлены до 1 января 2020 года.»)
const TELLING_CLAUSE = /,\s*(?:[а-яё]+\s+){0,3}(?:который|которая|которое|которые|которым|которых|которой|котором)\s(?:[^,;.]|\.(?=\d))*(?:[,;]|\.(?=\s|$)|$)/gu;
/** «о готовности учреждений к …»: what the readiness is for. */
const READY_FOR = /готовност[а-яё]*(?:\s+[^\s,.;]+){0,5}\s+$/u;

/** A relative clause between commas: «…, которые являются пользователями объектов …,». */
// («…, в управлении которых находятся дома, …»: the pronoun after a preposition and its noun.)
export const RELATIVE_CLAUSE = /,\s*(?:(?:в|на|по|у|с|со|из|для|под|при|от|к)\s+[а-яё]+\s+)?(?:который|которая|которое|которые|которым|которых|которой|котором|которого|которому)\s[^,]*,/gu;

/** A daily report «ежедневно до 15.00 час.»: a term every day, which srok does not plan as dates. */
const DAILY = /(?<!\p{L})ежедневн[а-я]*(?!\p{L})[^.;]{0,40}?(?<!\p{L})(?:до|к|не\s+позднее)\s+\d{1,2}[.:-]\d{2}/u;
/** An ongoing action bounded by a day: «подачу … осуществлять до 10 июня 2005 года включительно». */
const ONGOING_UNTIL = /(?<!\p{L})(?:осуществлять|продолжать|проводить|производить|обеспечивать|вести|выполнять|сохранять|поддерживать)(?!\p{L})[^.;]{0,80}$/u;

/**
 * A date found in free text that is not the due day after all: a daily report's last day, or
 * the end of an ongoing action. Reported as unparsed, with why, rather than stated as a deadline.
 */
function doubtful(n: string, c: Candidate, deadline: Deadline, phrase: string): Deadline | null {
  // «Подачу тепла … осуществить при понижении температуры … в течение пяти суток»: a term counted from an event, not from the document.
  if (deadline.kind === 'relative') {
    // «… ниже +8 градусов в течение пяти суток подряд»: how long a condition lasts, not a term.
    if (/^\s*подряд(?![\p{L}])/u.test(n.slice(c.end, c.end + 12))) {
      return { ...deadline, kind: 'unparsed', date: null, warning: { code: 'deadline_vague', message: `«${phrase} подряд» — сколько длится условие, а не срок исполнения` } };
    }
    const window = n.slice(Math.max(0, c.start - 300), c.start);
    // («… при проведении олимпиады … направить в течение двух рабочих дней с даты настоящего письма»: a term counted from this very
    // text is counted from it, whatever event the sentence names.)
    const fromThisText = /(?:с|со|от)\s+(?:даты|дня)\s+(?:(?:подписания|издания|принятия|регистрации)\s+)?настоящ[а-яё]+/u.test(n.slice(c.start, c.end + 40));
    const event = fromThisText ? null : EVENT_BEFORE.exec(window);
    const embedded = event !== null && ACTION_BEFORE_EVENT.test(window.slice(0, event.index)) && ACTION.test(window.slice(event.index + /^\S+\s+\S+/u.exec(event[0])![0].length));
    if (event && !embedded) return { ...deadline, kind: 'unparsed', date: null, warning: { code: 'deadline_vague', message: `«${phrase}» отсчитывается от события («${event[0].trim()}»), у которого нет даты` } };
    // «опубликовать заключение … в течение 10 дней со дня его подписания»: «его» is the paper the sentence names — another one
    // than this text, unless called «настоящий …» (or the protocol itself).
    if (/со\s+дня\s+(?:его|ее|её|их)\s+(?:подписания|утверждения|принятия|издания)/u.test(n.slice(c.start, c.end + 40))) {
      const papers = [...window.matchAll(PAPER)];
      const last = papers[papers.length - 1];
      if (last && !/(?:настоящ|данн)[а-яё]*\s+$/u.test(window.slice(Math.max(0, last.index - 16), last.index)) && !/^протокол/u.test(last[0])) {
        return { ...deadline, kind: 'unparsed', date: null, warning: { code: 'deadline_vague', message: `«${phrase}» отсчитывается от дня подписания другого документа («${last[0]}»), а его дата не известна` } };
      }
    }
  }
  if (deadline.kind !== 'date' && deadline.kind !== 'period' && deadline.kind !== 'continuous') return null;
  const sentence = n.slice(Math.max(0, c.start - 200), Math.min(n.length, c.end + 200));
  if (DAILY.test(sentence)) {
    return { ...deadline, kind: 'unparsed', date: null, warning: { code: 'deadline_vague', message: `«${phrase}»: ежедневный отчёт («ежедневно до …») — срок каждый день, такие сроки srok не планирует; напоминания задайте вручную` } };
  }
  if (deadline.kind === 'date' && /включительно/u.test(n.slice(c.start, c.end)) && ONGOING_UNTIL.test(n.slice(Math.max(0, c.start - 120), c.start))) {
    return { ...deadline, kind: 'unparsed', date: null, warning: { code: 'deadline_vague', message: `«${phrase}» — граница длящегося действия, а не день, к которому его нужно исполнить` } };
  }
  return null;
}

/**
 * The one day an ordered action is set for, written without «до»: «… провести 22 июня 2007
 * года с 11.00 до 12.45», «… 12 июня т.г. с 18.00». Only for a clause that names its executor,
 * and only when the text holds exactly one such date with its year (written or «т.г.»).
 */
/**
 * «Дата принятия:», «Дата подписания –», «дата регистрации», «Опубликовано:» right before a date; «Ответственный …
 * ознакомлен " 5 " декабря 2025», «С приказом ознакомлена: Петрова А.А. ____ 12.03.2025»: the day of a signature.
 */
const RECORD_DATE_LABEL =
  /(?<![\p{L}])(?:(?:дата\s+(?:принятия|подписания|регистрации|публикации|опубликования|издания|вступления\s+в\s+силу|документа|редакции)|опубликован[оаы]?|зарегистрирован[оаы]?|подписан[оаы]?)\s*[:–—-]?(?:\s*(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),)?|ознакомлен[аоы]?(?![\p{L}])(?:[^.;!?]|\.(?=\s*(?:[а-яё]\.|_|\d)))*?)\s*$/u;

/**
 * The days an ordered action is set for, each with its year: «Проведение репетиций концерта 04.11.04 г. в
 * 15.00, 05.11.04 г. в 15.00» gives two. Empty when any date lacks its year or a «до» makes one a term.
 */
export function findSetDays(text: string, ctx: DeadlineContext): Deadline[] {
  const n = normalize(text);
  const hits = scanDates(n, { shortDates: false });
  if (hits.some((h) => h.role === 'due')) return [];
  const bare = hits.filter((h) => h.role === 'bare');
  if (bare.length === 0 || bare.length > 4) return [];
  const namedYear = /(?<![\p{L}])в\s+((?:19|20)\d{2})\s+году(?![\p{L}])/u.exec(n)?.[1] ?? null;
  const out: Deadline[] = [];
  for (const hit of bare) {
    // «… назначение новых дат … после 01.06.2020»: a day after which something happens is no day the action is set for.
    if (/(?<![\p{L}])(?:после|позднее|позже|начиная\s+с|от)\s*$/u.test(n.slice(Math.max(0, hit.spanStart - 20), hit.spanStart))) return [];
    // («… согласно приложению. Номер: 207 Дата принятия: 23.03.2005»: a record's label — the day a paper was adopted, signed,
    // registered or published — names no day of the action.)
    if (RECORD_DATE_LABEL.test(n.slice(Math.max(0, hit.spanStart - 80), hit.spanStart))) return [];
    const end = /^\s*т\.\s?г\./u.exec(n.slice(hit.spanEnd));
    // «19 апреля и 26 апреля 2025 года», «19, 26 апреля 2025 г.»: the year written once, with the last day of the run.
    const later = hit.year === null && !end ? bare.find((h) => h.start > hit.start && h.year !== null) : undefined;
    const shared = later && /^(?:[\s,;–-]|и(?![\p{L}])|\d{1,2}(?:\s+[а-я]+)?)*$/u.test(n.slice(hit.spanEnd, later.spanStart)) ? later.year : null;
    // «в 2011 году … обеспечить: 24 июня - вывешивание флагов, 26 июня - снятие»: the year the sentence names holds for its days.
    // (In a text with no date of its own, the year it writes that same day with elsewhere: «… субботник 11 октября 2014 года …».)
    const elsewhere = ctx.documentDate === null ? ctx.namedDays?.get(dayKey(hit.month, hit.day)) : undefined;
    const year = shared ?? (hit.year === null && !end ? namedYear ?? (elsewhere !== undefined ? String(elsewhere) : null) : null);
    if (hit.year === null && !end && year === null) return [];
    const written = stripTrailing(text.slice(hit.spanStart, hit.spanEnd + (end ? end[0].length : 0)));
    const deadline = readPhrase(year === null ? written : `${written} ${year} года`, ctx);
    if (deadline.kind !== 'date') return [];
    // «… охрану порядка 1 и 9 мая 2024 года», «концерты 1, 9 и 12 мая 2024 года»: the days listed before the month, each a day of its own.
    // (Not a range, «с 1 и по 9 мая», nor a number of something else, «в 10 и 11 классах».)
    const listed = /(?<![\d.,:-])(?<!(?:^|\s)(?:с|со|по|от|до|№|N)\s)((?:\d{1,2}\s*,\s*)*\d{1,2})\s*(?:,|и)\s*$/u.exec(n.slice(Math.max(0, hit.spanStart - 40), hit.spanStart));
    if (listed && /^\d{1,2}\s+\p{L}/u.test(deadline.text)) {
      for (const day of listed[1]!.split(/\s*,\s*/u)) {
        const other = readPhrase(deadline.text.replace(/^\d{1,2}/u, day), ctx);
        if (other.kind !== 'date') return [];
        out.push({ ...other, text: `${listed[0]}${deadline.text}`.trim() });
      }
    }
    out.push(year === null ? deadline : { ...deadline, text: written });
  }
  return out;
}

const LISTED_MONTH = MONTHS_GENITIVE.join('|');
const LISTED_FRAME = /(?<![\p{L}])во?\s+[^:;.]{0,40}?((?:19|20)\d\d)\s*(?:года|году|гг?\.)?\s*:\s*/gu;
const LISTED_GROUP = new RegExp(`(\\d{1,2}(?:\\s*(?:,|и)\\s*\\d{1,2})*)\\s+(${LISTED_MONTH})(?![\\p{L}])`, 'gu');
const LISTED_RUN = new RegExp(`^(?:\\d{1,2}(?:\\s*(?:,|и)\\s*\\d{1,2})*\\s+(?:${LISTED_MONTH})(?:\\s*(?:,|и)\\s*(?=\\d))?)+`, 'u');

/**
 * Days listed after a colon, the year named once in the frame before it: «организовать в 1-ом полугодии 2011 года: 22 января,
 * 5 и 19 февраля, 6 и 19 марта …», «провести субботники в 2020 году: 18 апреля, 25 апреля». Each day is a dated entry (the
 * frame is no term of its own); a run of fewer than two days gives none.
 */
export function listedDays(text: string, ctx: DeadlineContext): Deadline[] {
  for (const frame of text.matchAll(LISTED_FRAME)) {
    const after = text.slice(frame.index + frame[0].length);
    const run = LISTED_RUN.exec(after);
    if (!run) continue;
    const out: Deadline[] = [];
    for (const group of run[0].matchAll(LISTED_GROUP)) {
      for (const day of group[1]!.split(/\s*(?:,|и)\s*/u)) {
        const read = readPhrase(`${day} ${group[2]!} ${frame[1]!} года`, ctx);
        if (read.kind !== 'date') return [];
        out.push({ ...read, text: group[0] });
      }
    }
    if (out.length >= 2) return out;
  }
  return [];
}

function inSentence(all: string, from: number, to: number, ctx: DeadlineContext, rule: boolean, asked: boolean): Candidate[] {
  const n = all.slice(from, to);
  const at = (c: Candidate): Candidate => ({ ...c, start: c.start + from, end: c.end + from });
  if (!rule && !asked && isNarrative(n)) return [];
  const ask = rule || asked || ASK.test(n) || words(n).some((w) => isInfinitive(w.word));
  const out: Candidate[] = [];

  // «просит ежедневно до 15.00 час. предоставлять информацию … на период с 1 по 28 февраля 2013 года».
  const daily = ask ? readDaily(n, ctx, 'free') : null;
  if (daily) out.push(at({ rank: 1, start: daily.start, end: daily.end }));
  const freq = daily ? null : findFrequency(n, 'free');
  if (freq) {
    const read = readRecurring(n, ctx, 'free');
    // «проводить еженедельные санитарные дни в каждый четверг»: the frequency's own adjective before it brings the verb within reach.
    const adjective = /(?<![а-я])еже(?:недельн|месячн|квартальн|годн|дневн)[а-я]*\s+(?:[а-я]+\s+){0,6}$/u.exec(n.slice(Math.max(0, freq.start - 60), freq.start));
    const from = adjective ? freq.start - (Math.min(60, freq.start) - adjective.index) : freq.start;
    // («обеспечить информирование родителей о порядке … не реже одного раза в квартал»: «не реже …» is only ever a term, however far its verb.)
    const governs = rule || nearInfinitive(n, from, freq.end) || (/^не\s+реже/u.test(n.slice(freq.start, freq.end)) && words(n.slice(0, freq.start)).some((w) => isInfinitive(w.word)));
    // A due day read with the frequency word, after it («ежемесячно до 5 числа») or before it («до 10 числа каждого месяца»).
    // («… до 5 числа месяца, следующего за отчетным»: the reporting period names the frequency in the due day's own words.)
    const dueWith = read !== null && (read.end > freq.end || read.start < freq.start || /^(?:в\s+срок\s+)?(?:до|не\s+позднее|не\s+позже|к)\s/u.test(n.slice(freq.start, freq.end)));
    // An unordered frequency word makes the whole sentence a story: nothing in it is a term.
    if (!read || !(governs || (ask && dueWith))) return [];
    out.push(at({ rank: 1, start: read.start, end: read.end }));
  }

  const dates = scanDates(n, { shortDates: false });
  // «В связи с прогнозируемым … подъемом уровня воды … в период с 20 апреля по 10 мая 2025 года прошу представить …»: a span in the
  // opening adverbial, before the verb that asks, is what the request is about, not its term.
  const asksAt = OPENING_ADVERBIAL_ASK.exec(n);
  for (const hit of dates) {
    if (hit.role !== 'due') continue;
    const span = dateSpan(n, hit, dates);
    // (Only when the ask leads a list, «… прошу представить следующую информацию:», or names a term of its own after the verb.)
    const asked = asksAt ? asksAt.index + asksAt[0].length : -1;
    const termAfter = asksAt !== null && (/:\s*$/u.test(n) || dates.some((d) => d.start > asked && d.role === 'due'));
    if (asksAt && termAfter && span.end <= asked && SPAN_FROM.test(n.slice(Math.max(0, hit.start - 40), hit.start))) continue;
    // («подготовить проект постановления об установлении … особого противопожарного режима с 15.04.2023 по 15.06.2023»: a span
    // inside what the paper is about — «о …», «об …» after the verb — is the subject's period, not the term.)
    const before = n.slice(Math.max(0, span.start - 160), span.start);
    const lastVerb = [...before.matchAll(/(?<![\p{L}])[а-яё]{3,}(?:ть|ти)(?![\p{L}])/gu)].pop();
    if (/(?:^|\s)со?\s+\S+\s+по\s*$/u.test(n.slice(Math.max(0, hit.start - 40), hit.start)) && lastVerb && /(?:проект|постановлени|распоряжени|приказ|решени|положени|порядк|план|программ)[а-яё]*(?:\s+[^\s,;.]+){0,4}\s+(?:о|об|обо)\s+[а-яё]/u.test(before.slice(lastVerb.index + lastVerb[0].length))) continue;
    out.push(at({ rank: 2, ...span }));
  }
  // «… обеспечить уборку территорий до 10.04.», «к 15.01.»: a day and month with no year after «до», «к», «не позднее» — not a time
  // («до 17.00», «с 10.00 до 12.05»: no month 00, and a span of hours).
  for (const m of n.matchAll(SHORT_DUE)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    if (/(?<![\p{L}])с\s+\d{1,2}[.:-]\d{2}\s*$/u.test(n.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (dates.some((d) => d.start <= m.index + m[0].length && m.index <= d.end)) continue;
    out.push(at({ rank: 2, start: m.index, end: m.index + m[0].length }));
  }
  // «в срок не позднее 20 числа текущего месяца разместить …»: a day of the document's month, with no frequency word.
  // (Only with a verb done once: «… ежемесячно представлять», «представлять … не позднее 20 числа текущего месяца» repeat.)
  const once = !words(n).some((w) => isInfinitive(w.word) && /(?:ять|ивать|ывать|авать)$/u.test(w.word));
  const monthDay = !freq && once ? new RegExp(MONTH_DAY_TERM.source, 'gu') : null;
  for (const m of monthDay && (ask || /срок/u.test(n)) ? n.matchAll(monthDay) : []) out.push(at({ rank: 2, start: m.index, end: m.index + m[0].length }));
  // «Начинать ежегодную подготовку … не позднее 1 августа», «представлять ежегодный отчет до 1 февраля»: a yearly
  // noun and a day without its year make a yearly term (with the year written it is one day).
  const yearlyNoun = !freq && ask ? /(?<![\p{L}])ежегодн(?:ый|ую|ого|ая|ое|ые|ых|ой|ом)(?![\p{L}])/u.exec(n) : null;
  if (yearlyNoun) {
    const day = dates.find((h) => h.role === 'due' && h.year === null && h.start > yearlyNoun.index && h.start - yearlyNoun.index < 160);
    if (day) out.push(at({ rank: 1, start: yearlyNoun.index, end: dateSpan(n, day, dates).end }));
  }

  const relative = readRelative(n, { bare: false });
  if (relative && (ask || /срок/u.test(n))) out.push(at({ rank: 3, start: relative.start, end: relative.end }));
  // «Прошу в срок до 17.00 пятницы направить …»: a weekday as the term.
  // (Not the end of a duty's span, «с 18.00 пятницы до 9.00 понедельника».)
  const weekday = ask && ctx.documentDate !== null ? WEEKDAY_TERM.exec(n) : null;
  if (weekday && !/(?<![\p{L}])с\s+(?:\d{1,2}[.:]\d{2}\s+)?[а-я]+\s*$/u.test(n.slice(Math.max(0, weekday.index - 30), weekday.index))) out.push(at({ rank: 2, start: weekday.index, end: weekday.index + weekday[0].length }));

  if (ask) {
    for (const p of scanPeriods(n, ctx)) {
      if (p.role !== 'within' || dates.some((d) => d.start < p.end && p.start < d.end)) continue;
      const inWord = (p.intro === 'в' || p.intro === 'во') && !('error' in p.span);
      // «обеспечить в 2010-2011 гг. подготовку», «провести в 2021 году»: a year right after its ordered verb is a term, unless past;
      // before the verb it qualifies a noun as often («Ответственность за … в 2014 году возложить …»).
      // («Рекомендовать главам … в период 1997-1998 годов производить …»: «в период» makes the years a term on either side of the verb.)
      const inPeriod = p.intro === '' && /(?<![\p{L}])в\s+период\s*$/u.test(n.slice(0, p.start));
      const yearTerm =
        (inWord || inPeriod) &&
        (p.unit === 'year' || p.unit === 'years') &&
        (besideInfinitive(n, p.start) || ((inPeriod || opensClause(n, p.start)) && beforeInfinitive(n, p.end)) || (inWord && closesAfterComma(n, p.start, p.end))) &&
        !('error' in p.span) &&
        (ctx.documentDate === null || p.span.end >= ctx.documentDate);
      // «… осуществить их приоритетное финансирование в текущем году»: the current year (month, quarter) after its ordered verb.
      const currentTerm = inWord && p.unit === 'current' && !('error' in p.span) && words(n.slice(0, p.start)).some((w) => isInfinitive(w.word));
      const strong = STRONG_PERIOD_INTRO.test(p.intro) || (inWord && NARROW_UNITS.has(p.unit)) || yearTerm || currentTerm;
      if (strong) out.push(at({ rank: 4, start: inPeriod ? n.slice(0, p.start).search(/в\s+период\s*$/u) : p.start, end: p.end }));
    }
    const continuous = continuousIn(n);
    if (continuous) out.push(at({ rank: 5, ...widenAdjective(n, continuous) }));
    const vague = vagueInFreeText(n);
    if (vague) out.push(at({ rank: 6, ...vague }));
  }
  return out;
}

function isNarrative(sentence: string): boolean {
  // A relative clause («…, которые являются пользователями …,») tells about a noun, not what the sentence does.
  // «… по установленной форме (прилагается)»: a parenthesis notes, it does not tell what the sentence does.
  const n = sentence.replace(RELATIVE_CLAUSE, ',').replace(/\([^()]*\)/gu, ' ');
  if (NARRATIVE.test(n) || NOTED.test(n)) return true;
  return [...n.matchAll(FINITE_REFLEXIVE)].some((m) => !ASKING_REFLEXIVE.test(m[0]));
}

/** The date with the words that make it a deadline: «в срок до 28.10.2015г.», «с 1 по 15 июня», «включительно». */
function dateSpan(n: string, hit: DateHit, dates: readonly DateHit[]): { start: number; end: number } {
  let start = hit.spanStart;
  const intro = DUE_INTRO_BEFORE.exec(n.slice(Math.max(0, start - 40), start));
  if (intro) start -= intro[0].length;
  const from = dates.find((d) => d.role === 'from' && d.spanEnd <= start && RANGE_GAP.test(n.slice(d.spanEnd, start)));
  if (from) {
    const fromIntro = FROM_INTRO_BEFORE.exec(n.slice(Math.max(0, from.spanStart - 30), from.spanStart));
    start = from.spanStart - (fromIntro ? fromIntro[0].length : 0);
  }
  let end = hit.spanEnd;
  const inclusive = INCLUSIVE_AFTER.exec(n.slice(end));
  if (inclusive) end += inclusive[0].length;
  return { start, end };
}

/** «по регулярному информированию» reads better than «регулярному». */
function widenAdjective(n: string, hit: { start: number; end: number }): { start: number; end: number } {
  if (!/(?:ому|ого|ым|ых|ые|ую|ая|ое|ый|ий|ой)$/u.test(n.slice(hit.start, hit.end))) return hit;
  const before = /(?:по|на|в|к)\s+$/u.exec(n.slice(Math.max(0, hit.start - 6), hit.start));
  const after = /^\s+[а-я]+/u.exec(n.slice(hit.end));
  return { start: hit.start - (before ? before[0].length : 0), end: hit.end + (after ? after[0].length : 0) };
}

/** The word right before `start` is an infinitive: «обеспечить в 2010-2011 гг. подготовку», «провести в 2021 году». */
function besideInfinitive(n: string, start: number): boolean {
  const before = words(n)
    .filter((w) => w.end <= start)
    .pop();
  return before !== undefined && isInfinitive(before.word);
}

/** The clause opens with the span: «3.3. в 2019 году обеспечить освоение …». */
function opensClause(n: string, start: number): boolean {
  return /^[\s\d.)–—-]*$/u.test(n.slice(0, start));
}

/**
 * The span ends the sentence after a comma, and an ordered verb comes before it: «обеспечить ввод объектов, предусмотренных
 * программами, в 2026 году.» (not a participle's: «… объектов, построенных в 2026 году»).
 */
function closesAfterComma(n: string, start: number, end: number): boolean {
  return /,\s*$/u.test(n.slice(0, start)) && /^\s*[.;]?\s*$/u.test(n.slice(end)) && words(n.slice(0, start)).some((w) => isInfinitive(w.word));
}

/** The first word after `end` is an infinitive: «… в период 1997-1998 годов производить …». */
function beforeInfinitive(n: string, end: number): boolean {
  const after = words(n).find((w) => w.start >= end);
  return after !== undefined && isInfinitive(after.word);
}

function nearInfinitive(n: string, start: number, end: number): boolean {
  const list = words(n);
  const first = list.findIndex((w) => w.end > start);
  const last = list.findIndex((w) => w.start >= end);
  const lo = Math.max(0, first - VERB_REACH);
  const hi = last === -1 ? list.length : Math.min(list.length, last + VERB_REACH);
  return list.slice(lo, hi).some((w) => (w.start < start || w.start >= end) && isInfinitive(w.word));
}

function isInfinitive(word: string): boolean {
  return word.length > 3 && INFINITIVE.test(word) && !NOT_INFINITIVE.has(word) && !/дцать$/u.test(word);
}

function words(n: string): Array<{ word: string; start: number; end: number }> {
  return [...n.matchAll(/[а-я]+(?:-[а-я]+)?/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Sentences end at «;», «!», «?», a line break, or a dot before a capital letter or the end; dates and «г.» keep going. */
function sentences(text: string, n: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < n.length) {
    const end = sentenceEnd(text, n, start);
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** The offset just after the sentence that goes on at `from`, its closing mark included. */
function sentenceEnd(text: string, n: string, from: number): number {
  for (let i = from; i < n.length; i += 1) {
    const ch = n.charAt(i);
    if (ch === ';' || ch === '!' || ch === '?' || ch === '\n') return i + 1;
    if (ch === '.') {
      const rest = /^\s*(.?)/u.exec(text.slice(i + 1));
      const next = rest?.[1] ?? '';
      // «г. Мценска», «ул. Ленина», «им. Пушкина», «А.В. Петров»: the dot of an abbreviation or an initial, not the sentence's end.
      // («2021 г. Информацию …»: after a year «г.» ends the sentence.)
      const before = text.slice(Math.max(from, i - 12), i);
      const abbreviation = /(?:^|[^\p{L}\d]\s*|[^\d\s]\s+)(?:г|гор|с|п|пос|д|ул|им|обл|р-н|р-на|ст|пр|пл|кв|пгт|тт|т\.т|[А-ЯЁ])$/u.test(before) && !/\d\s*г$/u.test(before);
      if (next === '' || (!abbreviation && rest !== null && rest[0].length > 1 && /[А-ЯЁA-Z«"„“]/u.test(next))) return i + 1;
    }
  }
  return n.length;
}
