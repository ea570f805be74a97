import type { Deadline, DeadlineContext, DeadlineKind, IsoDate } from '../domain.js';
import { isContinuousPhrase } from './continuous.js';
import { dayKey, resolveDate, scanDates, yearsIn, type DateHit, type YearSource } from './dates.js';
import { monthTypo } from './month-typos.js';
import { addDays, addMonths, daysInMonth, formatIso, isoWeekday } from '../calendar/civil-date.js';
import { cleanPhrase, normalize } from './normalize.js';
import { scanPeriods, type PeriodHit } from './periods.js';
import { readRecurring, type RecurringRead } from './recurring.js';
import { readRelative, resolveRelative, type RelativeRead } from './relative.js';
import { conditionIn, vagueInPhrase } from './vague.js';

/**
 * Reads one deadline phrase — what follows «Срок:» in a protocol — into a Deadline.
 * Dates stay as written (the planner moves them off weekends); what cannot be turned
 * into dates is `unparsed` with a warning, never a guess.
 */

/** Starts a relative-term warning so the caller can tell it from other notes: no production calendar was given. */
export const RELAXED_CALENDAR_NOTE = 'relative_needs_relaxed_calendar';

type Warning = NonNullable<Deadline['warning']>;

export function parseDeadline(phrase: string, ctx: DeadlineContext): Deadline {
  return readPhrase(cleanPhrase(phrase), ctx);
}

/** `text` is already clean (no label, no trailing punctuation). */
/**
 * «не позднее 20 числа текущего месяца», «до 5-го числа следующего месяца»: a day of one month, not of every month (a schedule's
 * reports, «ежемесячно представлять … / Срок: до 5 числа следующего месяца», are the reader's to see: see `parse.ts`).
 */
export const MONTH_DAY_TERM = /(?:в\s+срок\s+)?(?:до|не\s+позднее|не\s+позже|к)\s+(\d{1,2})(?:\s*-?\s*(?:го|е))?\s+числа\s+(текущ|этого|следующ)[а-я]*\s+месяц[а-я]*(?![\p{L}])/u;

export function readPhrase(text: string, ctx: DeadlineContext): Deadline {
  if (text === '') return blank('none', '');
  const n = normalize(text);

  const typo = monthTypo(n);
  if (typo) return unparsed(text, 'deadline_unparsed', `«${typo.word}» — не название месяца (может быть, «${typo.month}»?); напишите дату заново`);

  // «Не позднее 23 ноября 1999 года, а в исключительных случаях - не позднее чем через два дня после …»: the rule's
  // term, with the exception told in a warning.
  const exception = /[,;]?\s*(?:а\s+)?в\s+исключительных\s+случаях(?![\p{L}])/iu.exec(text);
  if (exception && exception.index > 0) {
    const main = readPhrase(text.slice(0, exception.index).trim(), ctx);
    if (main.kind === 'date' || main.kind === 'period' || main.kind === 'recurring') {
      const rest = text.slice(exception.index).replace(/^[,;]?\s*/u, '');
      return { ...main, warning: { code: 'deadline_vague', message: `«${text}»: прочитан основной срок; «${rest}» — исключение, его срок не планируется` } };
    }
  }

  // «за I квартал, I полугодие и 9 месяцев – до 15 числа месяца, следующего за отчетным периодом»: the periods of a year counted
  // from its start, quarter by quarter — a quarterly report (the periods listed bound nothing).
  const cumulative = /^за\s+(?:i|1|первый)\s*(?:-?й\s+)?квартал[а-я]*\s*(?:,|и)\s*[^–—-]{0,60}?(?:полугоди|9\s*месяц|девять\s+месяц)[а-я]*\s*[–—-]\s*((?:до|не\s+позднее|к)\s+\d{1,2}(?:\s*-?\s*(?:го|е))?\s+числа\s+месяца\s*,?\s+следующ[а-я]*\s+за\s+отчетн[а-я]*(?:\s+период[а-я]*)?)$/u.exec(n);
  if (cumulative) {
    const quarterly = readPhrase(`ежеквартально ${cumulative[1]!.replace(/отчетн[а-я]*(?:\s+период[а-я]*)?$/u, 'отчетным кварталом')}`, ctx);
    // (The year's last quarter is reported in the year's report: no quarterly one falls in January.)
    if (quarterly.kind === 'recurring') return { ...quarterly, text, firstDue: quarterly.firstDue?.slice(5, 7) === '01' ? `${quarterly.firstDue.slice(0, 4)}-04${quarterly.firstDue.slice(7)}` : quarterly.firstDue };
  }
  // «к заседанию Думы 26.06.2025», «к совещанию 15 марта 2025 года»: an event with its day written — that day is the term.
  const dated = /^(?:в\s+срок\s+)?к\s+(?:заседани|совещани|собрани|сесси|коллеги|конференци|приемк|смотр|проверк)[а-я]*(?:\s+[^\s\d]+){0,5}?\s+(\d{1,2}(?:\.\d{1,2}\.\d{2,4}|\s+[а-я]+\s+\d{4})(?:\s*(?:года|г\.?))?)\s*$/u.exec(n);
  if (dated) {
    const day = readPhrase(`к ${dated[1]!}`, ctx);
    if (day.kind === 'date') return { ...day, text };
  }
  // «до начала 2026 года», «до начала марта 2025 года»: by the first day of the year or month, not its end.
  const opening = /^(?:в\s+срок\s+)?до\s+начала\s+(?:(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*\s+)?((?:19|20)\d{2})\s*(?:года|г\.?)?$/u.exec(n);
  if (opening) {
    const months = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
    const month = opening[1] ? months.findIndex((m) => opening[1]!.startsWith(m)) + 1 : 1;
    const deadline = blank('date', text);
    deadline.date = `${opening[2]!}-${String(month).padStart(2, '0')}-01` as IsoDate;
    return deadline;
  }
  // «не позднее 20 числа текущего месяца», «до 5-го числа следующего месяца»: a day of the document's month (or the next).
  const ofMonth = MONTH_DAY_TERM.exec(n);
  if (ofMonth && ofMonth.index === 0 && n.slice(ofMonth[0].length).trim() === '') {
    if (ctx.documentDate === null) return unparsed(text, 'deadline_unparsed', `«${text}» отсчитывается от даты документа, а она не известна`);
    const first = addMonths(`${ctx.documentDate.slice(0, 7)}-01` as IsoDate, /^следующ/u.test(ofMonth[2]!) ? 1 : 0);
    const day = Number(ofMonth[1]);
    const year = Number(first.slice(0, 4));
    const month = Number(first.slice(5, 7));
    if (day < 1 || day > daysInMonth(year, month)) return unparsed(text, 'deadline_unparsed', `«${text}» — такого числа в месяце нет; укажите дату`);
    const due = formatIso(year, month, day);
    if (due < ctx.documentDate) return unparsed(text, 'deadline_vague', `«${text}»: этот день месяца уже прошёл к дате документа (${ctx.documentDate}); укажите дату`);
    const deadline = blank('date', text);
    deadline.date = due;
    return deadline;
  }
  const recurring = readRecurring(n, ctx, 'phrase');
  // («ежедневно до 10.00 в тот же период»: a schedule whose window another item names — its first day is not written here.)
  if (recurring && /(?<![\p{L}])в\s+(?:тот\s+же|указанный|этот|данный)\s+период(?![\p{L}])/u.test(n) && !recurring.rule?.starts) {
    return unparsed(text, 'deadline_vague', `«${text}»: период графика назван в другом пункте — укажите первый срок вручную`);
  }
  if (recurring) return recurringDeadline(text, recurring);

  const relative = readRelative(n, { bare: true });
  // «по итогам рейдов в течение 2 рабочих дней», «после проверки в 3-дневный срок»: counted from an event written before the count.
  // (Not this very meeting or paper, «по итогам заседания», «после подписания протокола», nor a period reported on, «по итогам 2024 года».)
  const event = relative ? conditionIn(n.slice(0, relative.start)) : null;
  const before = event && !/^(?:после|по\s+итогам|по\s+результатам|по\s+завершении|по\s+окончании)\s+(?:[а-я]+(?:ого|его|ося)\s+)?(?:заседани|совещани|протокол|обсуждени|подписани|рассмотрени|настоящ|данн|\d|год|квартал|месяц|полугоди|(?:i{1,3}|iv)\s)/u.test(n.slice(event.start, event.start + 60)) ? event : null;
  if (relative && before) {
    const deadline = unparsed(text, 'deadline_vague', `«${text}» отсчитывается от события («${text.slice(before.start, before.end)}»), у которого нет даты`);
    deadline.relative = relative.term;
    return deadline;
  }
  if (relative) return relativeDeadline(text, relative, ctx);

  const weekday = WEEKDAY_TERM.exec(n);
  if (weekday) return weekdayDeadline(text, weekday, ctx);

  const condition = conditionIn(n);
  const scanned = scanDates(n, { shortDates: true });
  const hits = scanned.filter((h) => h.role !== 'citation');
  const years = yearsIn(n, ctx.documentDate, hits, ctx.namedDays);
  const due = hits.filter((h) => h.role === 'due');
  const bare = hits.filter((h) => h.role === 'bare');
  const periods = condition
    ? []
    : // (Nor the year of a cited act's date: «в сроки, установленные Федеральным законом от 2 мая 2006 г. …».)
      scanPeriods(n, ctx).filter((p) => (p.role === 'within' || p.role === 'before') && !scanned.some((h) => h.start < p.end && p.start < h.end));

  // «30.11.2007 - 01.12.2007», a table cell «30.11.2007 01.12.2007»: two days written as a span, due on the last.
  const span = spanOfTwoDates(n, hits);
  if (span) return { ...dateDeadline(text, n, span, [span], hits, years), kind: 'period' };
  const firstDue = due[0];
  // «23 сентября 2004 года - 3» (the cell's last words on the next line): a span cut after its first day is not that day.
  if (hits.length === 1 && /^\s*[-–—]\s*\d{1,2}\s*$/u.test(n.slice(hits[0]!.end))) {
    return unparsed(text, 'deadline_unparsed', `«${text}»: промежуток дат оборван — видно только его начало`);
  }
  if (firstDue) return dateDeadline(text, n, firstDue, [...due, ...bare], hits, years);
  // «октябрь - ноябрь», «Апрель, Май, … Сентябрь 2011 года», «II-III квартал»: a run of periods is due at the end of
  // the last written — whose year, written once after the run («июль-октябрь 2005 г.»), is the run's.
  const readable = periods.filter((p) => !('error' in p.span));
  const period = readable[readable.length - 1] ?? periods[0];
  if (period) return periodDeadline(text, period);
  const firstBare = bare[0];
  if (firstBare && !condition) return dateDeadline(text, n, firstBare, bare, hits, years);

  if (isContinuousPhrase(n)) return blank('continuous', text);
  if (condition || vagueInPhrase(n)) return unparsed(text, 'deadline_vague', `«${text}»: дата не названа; укажите её, например «до 1 марта 2021 года»`);
  if (hits.length > 0) return unparsed(text, 'deadline_unparsed', `«${text}»: названо только начало, а не срок исполнения`);
  return unparsed(text, 'deadline_unparsed', `«${text}» — srok не может прочитать это как дату, период или срок`);
}

/** The later of exactly two dates with their years, apart only by spaces or a dash, the later after the earlier. */
function spanOfTwoDates(n: string, hits: readonly DateHit[]): DateHit | null {
  if (hits.length !== 2) return null;
  const [a, b] = hits as [DateHit, DateHit];
  // («06.05–08.05.2024», «24 апреля – 9 мая 2026 г.»: the first day takes the year written after the second.)
  // («02.10.23 – 27.10.23»: both years in two digits, as a table's cell has them.)
  if (b.year === null || (a.year === null && !/^\d{1,2}(?:\.\d{1,2}|\s+[а-яё]+)$/u.test(n.slice(a.start, a.end).trim())) || (a.twoDigitYear !== b.twoDigitYear) || a.time !== null || b.time !== null) return null;
  if (!/^\s*-?\s*$/u.test(n.slice(a.end, b.start)) || !/^\s*(?:(?:с|в\s+период)\s+)?$/u.test(n.slice(0, a.start))) return null;
  if (!/^[\s.]*$/u.test(n.slice(b.end))) return null;
  const last = b.year;
  // («30.12–10.01.2025»: a first day later in the year than the last is in the year before.)
  // («15.10–15.04.2025»: a heating season; «01.09–31.05.2025»: a school year.)
  const yearOf = (h: DateHit): number => h.year ?? (h.month * 100 + h.day > b.month * 100 + b.day ? last - 1 : last);
  const key = (h: DateHit): number => yearOf(h) * 10000 + h.month * 100 + h.day;
  return key(b) > key(a) ? b : null;
}

function dateDeadline(text: string, n: string, hit: DateHit, candidates: readonly DateHit[], all: readonly DateHit[], years: YearSource): Deadline {
  const read = resolveDate(hit, years, n.slice(hit.start, hit.end).trim());
  if (!read.ok) return unparsed(text, read.code, read.message);
  // «с 1 апреля по 1 мая», «с 1 по 15 июня»: a window, due on its last day.
  const ranged = all.some((h) => h.role === 'from' && h.end <= hit.start) || /(?:^|[^\p{L}])со?\s+\d{1,2}\s+(?:по|до)\s*$/u.test(n.slice(0, hit.start));
  const deadline = blank(ranged ? 'period' : 'date', text);
  deadline.date = read.date;
  deadline.time = hit.time;
  const others = candidates
    .filter((h) => h !== hit)
    .map((h) => resolveDate(h, years, ''))
    .filter((r): r is { ok: true; date: IsoDate } => r.ok && r.date !== read.date);
  if (others.length > 0) {
    deadline.warning = { code: 'deadline_vague', message: `«${text}»: названо несколько дат, взята первая — ${read.date}` };
  }
  return deadline;
}

function periodDeadline(text: string, period: PeriodHit): Deadline {
  if ('error' in period.span) return unparsed(text, 'deadline_unparsed', period.span.error);
  const deadline = blank('period', text);
  deadline.date = period.span.end;
  if (period.role === 'before') {
    deadline.warning = { code: 'deadline_vague', message: `«${text}»: «до» перед периодом прочитано как его последний день — ${period.span.end}` };
  }
  return deadline;
}

function recurringDeadline(text: string, read: RecurringRead): Deadline {
  const deadline = blank('recurring', text);
  deadline.rule = read.rule;
  deadline.firstDue = read.firstDue;
  if (read.time !== undefined) deadline.time = read.time;
  if (read.warning) deadline.warning = read.warning;
  return deadline;
}

function relativeDeadline(text: string, read: RelativeRead, ctx: DeadlineContext): Deadline {
  if (read.anchor.kind === 'condition') return unparsed(text, 'deadline_vague', `«${read.anchor.text}» — сколько длится условие, а не срок исполнения`);
  if (read.anchor.kind === 'event') {
    const deadline = unparsed(text, 'deadline_vague', `«${text}» отсчитывается от события «${read.anchor.text}», у которого нет даты`);
    deadline.relative = read.term;
    return deadline;
  }
  if (ctx.documentDate === null) {
    const deadline = unparsed(text, 'deadline_unparsed', `«${text}» отсчитывается от даты документа, а она не известна`);
    deadline.relative = read.term;
    return deadline;
  }
  // «в пятидневный срок со дня получения протокола»: the day it arrives is not written anywhere — not dated, with the day
  // counted from the document's date as a hint for whoever sets the term by hand.
  if (read.anchor.kind === 'receipt') {
    const deadline = unparsed(text, 'deadline_vague', `«${text}» отсчитывается от «${read.anchor.text}», а этого дня в документе нет; от даты документа это было бы ${resolveRelative(read.term, ctx.documentDate, ctx)} — укажите срок вручную`);
    deadline.relative = read.term;
    return deadline;
  }
  const deadline = blank('relative', text);
  deadline.relative = read.term;
  deadline.date = resolveRelative(read.term, ctx.documentDate, ctx);
  if (read.term.unit === 'working_days' && !ctx.addWorkingDays) {
    deadline.warning = {
      code: 'deadline_vague',
      message: `${RELAXED_CALENDAR_NOTE}: рабочие дни в «${text}» посчитаны без производственного календаря, пропущены только выходные`,
    };
  }
  return deadline;
}

/**
 * A weekday as the term of a letter or a meeting: «в срок до 17.00 пятницы», «до пятницы», «не позднее среды текущей недели» —
 * the first such day after the document's.
 */
export const WEEKDAY_TERM =
  /(?<![\p{L}])(?:в\s+срок\s+)?(?:(?:до|не\s+позднее)\s+(?:(\d{1,2})[.:](\d{2})\s*(?:час(?:ов|\.)?\s+|ч\.\s+)?)?(?:ближайш(?:ей|его)\s+)?(понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)|к\s+(?:(\d{1,2})[.:](\d{2})\s*(?:час(?:ов|\.)?\s+|ч\.\s+)?)?(?:ближайшему\s+|ближайшей\s+)?(понедельнику|вторнику|четвергу|пятнице|субботе|воскресенью))(?:\s+(?:текущей|этой|настоящей)\s+недели)?(?![\p{L}])(?!\s*,?\s*\d{1,2}(?:\s+[а-яё]+|\.\d))/u;
const WEEKDAYS = ['понедельн', 'вторн', 'сред', 'четверг', 'пятниц', 'суббот', 'воскресен'];

function weekdayDeadline(text: string, m: RegExpExecArray, ctx: DeadlineContext): Deadline {
  if (ctx.documentDate === null) return unparsed(text, 'deadline_unparsed', `«${text}» — день недели, а дата документа не известна`);
  const day = m[3] ?? m[6]!;
  const hour = m[1] ?? m[4];
  const minute = m[2] ?? m[5];
  const want = WEEKDAYS.findIndex((w) => day.startsWith(w)) + 1;
  const from = isoWeekday(ctx.documentDate);
  const deadline = blank('date', text);
  deadline.date = addDays(ctx.documentDate, ((want - from + 6) % 7) + 1);
  if (hour !== undefined && minute !== undefined && Number(hour) <= 23 && Number(minute) <= 59) deadline.time = `${hour.padStart(2, '0')}:${minute}`;
  return deadline;
}

function blank(kind: DeadlineKind, text: string): Deadline {
  return { kind, text, date: null, time: null, rule: null, firstDue: null, relative: null };
}

function unparsed(text: string, code: Warning['code'], message: string): Deadline {
  const deadline = blank('unparsed', text);
  deadline.warning = { code, message };
  return deadline;
}

/**
 * The days a text writes with their year («11 октября 2014 года», «17.04.2021»), each «MM-DD» → year when the text
 * gives that day one year only: what a yearless mention of the same day means in a text with no date of its own.
 */
export function namedDaysOf(text: string): Map<string, number> {
  const seen = new Map<string, Set<number>>();
  for (const hit of scanDates(normalize(text), { shortDates: false })) {
    if (hit.year === null || hit.twoDigitYear) continue;
    const key = dayKey(hit.month, hit.day);
    seen.set(key, (seen.get(key) ?? new Set<number>()).add(hit.year));
  }
  const out = new Map<string, number>();
  for (const [key, years] of seen) if (years.size === 1) out.set(key, [...years][0]!);
  return out;
}
