import type { IsoDate, ProtocolHeader, ProtocolKind } from '../domain.js';
import { genitiveToNominative, prepositionalToNominative } from './case-forms.js';
import { isAllCaps, joinWrapped, sentenceCaseFromCaps, squash, stripTrailingPunctuation } from './text.js';
import { findWrittenDates } from './written-date.js';

/**
 * Header: the document's kind, number, date, issuer, chair, signatory and title, in
 * the forms real documents use — «Постановление от 14.03.2012 г № 88-П» as a site title,
 * «ПОСТАНОВЛЕНИЕ / от 5 сентября 1998 г. N 1035» under the kind word, «19 апреля 1994 г.
 * г. Калуга N 235-р» on one line, «29.04.2021     8р» with the number a run of spaces away,
 * «ПРОТОКОЛ № 4/2019» with the date below, a letter's «11-Исх-1373 / 27.03.2020», and the
 * date and number under the signature («Москва, Кремль / 12 августа 2002 года / N 885») or
 * in a legal database's citation line after the text.
 *
 * Never taken from a date in the body, from the act a document amends («в редакции … от
 * …», «Документ с изменениями, внесенными …»), from a note («Утратил силу …»), from the
 * letter a letter answers («На № … от …») or from a cited act («распоряжением … от …»).
 */

export interface HeaderZones {
  /** Cleaned lines of the whole document (`lines[0]` is line 1). */
  lines: readonly string[];
  /** Index (0-based) of the first line that is no longer header. */
  bodyStart: number;
  /** Index (0-based) of the first line of the signature, or null. */
  signatureStart: number | null;
  /** Index (0-based) where attachments begin (or lines.length). */
  attachmentsStart: number;
  /** The issuer named in the operative formula («Екатеринбургская городская Дума решила:»). */
  formulaSubject: string | null;
  /** The body starts at the text's first or second paragraph (however many lines the first one was wrapped into). */
  bodyEarly?: boolean;
  /** The text's lines as written, before cleaning (a letterhead's columns keep their places there). */
  rawLines?: readonly string[];
}

export interface HeaderResult {
  header: ProtocolHeader;
  /** Letters: the addressees' phrase («Руководителям органов местного самоуправления …»); nominative when read from the salutation. */
  addressees: { text: string; line: number; nominative?: boolean } | null;
  /** The signature block as written («Аким села Бестобе С. Бисембаев»): who «оставляю за собой» names. */
  signatureText: string | null;
  /** A protocol's chair with the post its head writes («заместитель главы района, председатель комиссии Д.А. Сорокин»). */
  chairText: string | null;
}

const KIND_WORDS: Array<[RegExp, ProtocolKind]> = [
  [/^протокол(?![\p{L}])/iu, 'protocol'],
  [/^выписка\s+из\s+протокола(?![\p{L}])/iu, 'protocol'],
  [/^(?:приказ|распоряжение)(?![\p{L}])/iu, 'order'],
  [/^(?:постановление|решение|указ|резолюция)(?![\p{L}])/iu, 'resolution'],
  [/^(?:план|перечень\s+поручений|дорожная\s+карта)(?![\p{L}])/iu, 'plan'],
  [/^(?:(?:информационное|инструктивное|методическое|совместное|официальное)\s+)?(?:письмо)(?![\p{L}])|^(?:(?:правительственная\s+)?телеграмма|телефонограмма|служебная\s+записка)(?![\p{L}])/iu, 'letter'],
  [/^(?:приложение\s+(?:№\s*\d+\s+)?к\s+(?:постановлению|распоряжению|приказу|решению))(?![\p{L}])/iu, 'plan'],
];

/** A line about another act, not this one's own number and date. */
const FOREIGN =
  /(?:в\s+ред(?:\.|акции)|с\s+изменениями|изменени[яй]ми?|внесенн|утратил|утратило|утратила|отменен|на\s+(?:№|N)|в\s+соответствии|во\s+исполнение|согласно|на\s+основании|руководствуясь|ссылк|(?<![\p{L}])см\.|(?<![\p{L}])письм(?:а|ом|ами|ах|у)(?![\p{L}])|принят[аоы]?\s+(?:государственной|законодательн|думой)|одобрен|признан|(?:постановлени|распоряжени|решени|приказ|указ)(?:ем|ом|ями|ами|ю|у)(?![\p{L}])|(?<![\p{L}])закон(?:а|ом|у)(?![\p{L}])|утвержд[её]н|(?<![\p{L}])перечн[яю]\s+поручений\s+[^.;]{0,60}$)/iu;

const NUMBER_SUFFIX = /^(?:ГД|СФ|ФЗ|ФКЗ|КЗ|ОЗ|ЗС|ГС|НС|р|рп|рг|п|пп|П|ПР|па|пг|РГ|ра|у|нпа|р-р|НПА|Р|ПА|ПГ|ПК|ДГ|К|А|с|Д|л\/с|лс)$/u;
const NOT_SUFFIX = /^(?:от|г|гг|года|год|в|с|и|о|об|на)$/iu;

/** The number after «№»/«N» at `at`: «235-р», «4/2019», «7081-7 ГД», «207 р». */
function numberAfter(text: string, at: number): string | null {
  const m = /^\s*(?:№|No\.?|Nо|N)\s*([^\s,;«»"()]+)(?:\s+([^\s,;«»"()]+))?/u.exec(text.slice(at));
  if (!m) return null;
  // «№ 897РОССИЙСКАЯ ФЕДЕРАЦИЯ …»: a word in capitals glued to the number at a former line break is not part of it.
  // («№ 268_», «№_06-4607/01-08/20»: the underscores of a form's blank around the number written in.)
  let number = m[1]!.replace(/[.,;:_]+$/u, '').replace(/^_+/u, '').replace(/(?<=\d)[А-ЯЁ]{4,}.*$/u, '').replace(/(?<=\d(?:-?[а-яё]{1,3})?)[А-ЯЁ][а-яё]{2,}.*$/u, '');
  // («№ 45 / п. Усть-Юган»: «п.» before a place's name is the settlement under the number, not the number's letter.)
  const placeAfter = /^(?:г|п|пос|пгт|с|д|ст|х|рп)\.$/u.test(m[2] ?? '') && /^\s*[А-ЯЁ][а-яё]/u.test(text.slice(at + m[0].length));
  const suffix = placeAfter ? undefined : m[2]?.replace(/[.,;:]+$/u, '');
  // «№ НР 15-2/10/2-6793»: letters, then the digits.
  if (/^[А-ЯЁA-Z]{1,4}$/u.test(number) && suffix && /^\d/u.test(suffix)) return `${number} ${suffix}`;
  if (!/\d/u.test(number) && !/^[А-ЯЁA-Z]{1,4}-?\d/u.test(number)) return null;
  if (suffix && NUMBER_SUFFIX.test(suffix) && !NOT_SUFFIX.test(suffix)) number = `${number} ${suffix}`;
  // «№ 39 -ра», «№ 15 - р»: the kind's letters after a dash set apart.
  else if (/^\d[\d/-]*$/u.test(number)) {
    const dashed = /^\s*[-–]\s*([а-яёА-ЯЁ]{1,3})(?![\p{L}])/u.exec(text.slice(at + m[0].length - (m[2]?.length ?? 0)));
    if (dashed && NUMBER_SUFFIX.test(dashed[1]!)) number = `${number} -${dashed[1]!}`;
  }
  // «N 21 (Д)», «№ 45 (к)»: a series letter in parentheses right after the number belongs to it.
  const series = /^\s*\(([А-ЯЁа-яё]{1,3})\)(?![\p{L}])/u.exec(text.slice(at + m[0].length - (m[2]?.length ?? 0)));
  if (series && !/\s/u.test(number)) number = `${number} (${series[1]!})`;
  return number;
}

interface Candidate {
  number: string | null;
  date: IsoDate | null;
  score: number;
  /** «… от 14.04.2015 г № Б/Н»: the act says it has no number. */
  unnumbered?: boolean;
}

const NUMBER_SIGN = /(?:№|(?<![\p{L}])N(?![\p{L}])|(?<![\p{L}])No\.?(?=\s*\d))/gu;

/** «от DATE № N», «№ N от DATE», «DATE … № N», «DATE     8р» on one line. */
/** An operative formula with its colon, where the header (or a preamble) ends: «постановляю:», «приказываю:», «решил:». */
const FORMULA_COLON = /(?:постановля[ею]т?|приказываю|решил[аи]?|распоряжаюсь|обязываю)\s*:/iu;

/** A preamble's first words: its dates are those of the acts it cites. */
const PREAMBLE_START = /^(?:во\s+исполнение|в\s+соответствии\s+с|в\s+связи\s+с|в\s+целях|руководствуясь|на\s+основании|рассмотрев|заслушав)\s/iu;

function pairsInLine(line: string, score: number, from = 0): Candidate[] {
  const out: Candidate[] = [];
  // A preamble («Во исполнение Указа … от … № … и постановления … от … № …») cites other acts in every date it holds.
  // (A text saved as one line opens with its preamble too: only the part after its formula may hold the act's own pair.)
  if (PREAMBLE_START.test(line.trim())) {
    const formula = FORMULA_COLON.exec(line) ?? /:/u.exec(line);
    if (!formula) return [];
    from = Math.max(from, formula.index + formula[0].length);
  }
  const dates = findWrittenDates(line).filter((d) => d.index >= from);
  const signs = [...line.matchAll(NUMBER_SIGN)];
  for (const d of dates) {
    const before = line.slice(0, d.index);
    // «(в ред. … от 20.03.2007 г. N 372)», «распоряжением … от …»: a date of another act (not «Приложение / к распоряжению … от
    // … № 47-р» over a plan: the act the plan belongs to).
    // «… см. также письма … от 16 июня 2010 г. N …, от 20 мая 2015 г. N …»: after «см.» every date of the line is cited.
    if ((FOREIGN.test(before.slice(-90)) || /(?<![\p{L}])см\.\s/iu.test(before)) && !/^(?:(?:постановление|распоряжение|приказ|решение|письмо|протокол|указ)(?![\p{L}])|приложение(?:\s*(?:№|N)\s*\d+)?\s+к\s|к\s+(?:постановлени|распоряжени|приказ|решени)[юу]\s)/iu.test(line)) continue;
    const after = line.slice(d.index + d.length);
    // «… от 14.04.2015 г № Б/Н» («без номера»): this date's act has no number.
    if (/^\s*(?:г\.?|года)?\s*(?:№|N)\s*б\s*\/\s*н(?![\p{L}])/iu.test(after)) {
      out.push({ number: null, date: d.date, score, unnumbered: true });
      continue;
    }
    // The number after the date, on the same line.
    const sign = signs.find((s) => s.index >= d.index + d.length);
    const between = sign ? line.slice(d.index + d.length, sign.index) : '';
    // («… 1 июня 2015 года (приложение №1)»: an attachment's number, not the act's.)
    // («… совещания, состоявшегося 28 января 2026 года / 10.02.2026 № ПГ-07/2026»: a nearer date before the number owns it.)
    const nearer = sign !== undefined && dates.some((o) => o.index > d.index && o.index < sign.index);
    if (sign && !nearer && between.replace(/\s+/gu, ' ').length < 60 && !/(?:от|№)\s*\d/u.test(between) && !/приложени[еяюи]\s*$/iu.test(between)) {
      const number = numberAfter(line, sign.index);
      if (number) out.push({ number, date: d.date, score });
      continue;
    }
    // «№ N от DATE»
    const signBefore = [...signs].reverse().find((s) => s.index < d.index);
    // («№ 52/0925 - ГС от 30 мая 2019 года»: the kind's letters after a dash set apart.)
    // («… № 26с г. Челябинск "15" января 1942 г.»: the place between the number and the date, as an order's header has them
    // on three lines; «№ 0061 31 марта 1943 г.»: nothing between them.)
    if (signBefore && /^\s*(?:№|No\.?|N)\s*\S+(?:(?:\s+\S+|\s+[-–]\s+[А-ЯЁа-яё]{1,4})?\s+(?:от|ОТ|От)|\s+г\.\s?[А-ЯЁ][\p{L}-]+(?:[\s-][А-ЯЁ][\p{L}-]+)?,?|(?=\s))\s*$/u.test(line.slice(signBefore.index, d.index))) {
      const number = numberAfter(line, signBefore.index);
      if (number) out.push({ number, date: d.date, score });
      continue;
    }
    // «265-II от 03.09.2008», «21 от 27.04.2012»: a site's title line, the number with no sign before «от» and its date, alone.
    // («Постановление 134 от 08.02.2016»: the kind word before the number.)
    const unsigned = /^\s*(?:(?:постановление|распоряжение|приказ|решение|указ|протокол)\s+)?(\d{1,5}(?:[-/][0-9A-Za-zА-Яа-яЁё]{1,8}){0,2})\s+от\s*$/iu.exec(before);
    if (unsigned && /^\s*(?:г\.|года|год)?\s*\.?\s*$/u.test(after)) {
      out.push({ number: unsigned[1]!, date: d.date, score: score - 1 });
      continue;
    }
    // «Пр-1457, 4 августа 2022 года»: a lettered number, then its date.
    const lettered = /^\s*([А-ЯЁ][а-яёА-ЯЁ]{0,5}-\d[\d/-]*)\s*,?\s*$/u.exec(before);
    if (lettered) {
      out.push({ number: lettered[1]!, date: d.date, score: score - 1 });
      continue;
    }
    // «29.04.2021                 8р»: a date at the start, the number a long run of spaces away.
    if (/^\s*(?:от\s+)?$/u.test(before)) {
      const bare = /^\s*(?:г\.|года|год)?\s{3,}(?:(?:г\.|с\.|пгт\.?|д\.|пос\.)\s*[А-ЯЁ][^\s]*(?:\s[А-ЯЁ][^\s]*)?\s{2,})?([0-9][0-9А-Яа-яЁё/.-]*)\s*$/u.exec(after);
      if (bare) out.push({ number: bare[1]!.replace(/[.,]+$/u, ''), date: d.date, score: score - 1 });
    }
  }
  return out;
}

/**
 * A line hard-wrapped onto the next one («… от 18 / августа 2005 г. N 551 …»): the pairs that
 * only the two lines together hold, or null when line `i` is short or ends a sentence.
 */
function wrappedPair(lines: readonly string[], i: number): ((score: number) => Candidate[]) | null {
  const line = lines[i]!;
  const next = lines[i + 1] ?? '';
  if (line.length < 40 || next === '' || /[.;:!?]["»)]?$/u.test(line) || PREAMBLE_START.test(next.trim())) return null;
  return (score) => {
    const own = new Set([...pairsInLine(line, 0), ...pairsInLine(next, 0)].map((c) => `${c.number}|${c.date}`));
    return pairsInLine(`${line} ${next}`, score).filter((c) => !own.has(`${c.number}|${c.date}`));
  };
}

/** Where the own number and date of the document stand, best first. */
/**
 * «О непредоставлении ответа на письмо от 25 октября 2004 года №2323-ИР/04»: a subject line cites other acts, never gives this
 * one's number. (A title in capitals, «О СОЗДАНИИ … ПРИКАЗ …», may be the whole act saved on one line.)
 */
function isSubjectLine(line: string): boolean {
  return /^(?:О|Об|Обо)\s+[а-яё]/u.test(line) && line.length < 300;
}

/** The lines of a signature stamp: «УТВЕРЖДАЮ» (or «СОГЛАСОВАНО») alone on a line and up to seven after it, to a blank line («УТВЕРЖДЕНО постановлением … от … №» names the act that approved the text: not one). */
function stampLines(head: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let left = 0;
  for (const line of head) {
    // (Also two stamps side by side, «СОГЛАСОВАНО <tab> УТВЕРЖДАЮ», a layout table's row.)
    if (/^(?:утверждаю|согласовано)\s*:?(?:\s+(?:утверждаю|согласовано)\s*:?)?$/iu.test(line.trim())) left = 8;
    else if (line.trim() === '') left = 0;
    out.push(left > 0);
    left = Math.max(0, left - 1);
  }
  return out;
}

function numberAndDate(lines: readonly string[], z: HeaderZones, kindLine: number): Candidate | null {
  const candidates: Candidate[] = [];
  // A legal database's table cells («| 05 мая 2011 г. |»), and a text saved as one line: its first 300 characters are the header.
  // (A header run on into the text in one paragraph, hard-wrapped: «… ФЕДЕРАЛЬНОГО СОБРА- / НИЯ РФ 22 марта 1995 г. N 399-I СФ …
  // Совет Федерации / постановляет: 1. …» — the paragraph starts the body, and its lines up to the formula are the header.)
  const formulaAt = z.bodyStart <= 1 || z.bodyEarly === true ? lines.slice(0, 15).findIndex((l) => FORMULA_COLON.test(l)) : -1;
  const head = lines.slice(0, Math.min(Math.max(z.bodyStart, formulaAt + 1, 1), 60));
  // (The formula's line is the header up to the formula: what follows it is the text, and what the text cites is not the header.)
  const upToFormula = (l: string): string => {
    const at = FORMULA_COLON.exec(l);
    return at ? l.slice(0, at.index + at[0].length) : l;
  };
  const cleanLine = (l: string): string => {
    const t = l.replace(/\|/gu, ' ').trim();
    return t.length > 400 ? t.slice(0, 300) : t;
  };
  const headText = head.map((l) => cleanLine(upToFormula(l)));
  // «… от 22 июня 2006 г. N 219/32/494/226/ / 252/8914/503/163/623/73»: a joint act's number wrapped after a «/».
  headText.forEach((line, i) => {
    const next = headText[i + 1];
    const rest = next !== undefined && /(?:№|N)\s*[0-9А-Яа-я/-]*\d[/-]$/u.test(line) ? /^\d[0-9А-Яа-я/-]*/u.exec(next) : null;
    if (rest) headText[i] = `${line}${rest[0]}`;
  });
  // Lines inside a parenthesis that spans lines — «(В редакции указов … / от 20.03.2007 г. N 372; …)» — cite other acts.
  // (Counted on the whole lines: «… постановляю: (В / редакции Указа … N 814)» opens one after the formula.)
  const inParens: boolean[] = [];
  let depth = 0;
  for (const line of head.map(cleanLine)) {
    inParens.push(depth > 0);
    for (const ch of line) {
      if (ch === '(') depth += 1;
      else if (ch === ')') depth = Math.max(0, depth - 1);
    }
  }
  // The lines of a preamble («Во исполнение Указа … от 30 мая 2014 / года № 75 … и постановл- / ения …») cite other acts
  // up to its end: a blank line, or the formula's colon.
  const inPreamble: boolean[] = [];
  let preamble = false;
  for (const line of headText) {
    if (line === '') preamble = false;
    else if (PREAMBLE_START.test(line) && !/^(?:рассмотрев|заслушав)/iu.test(line)) preamble = true;
    inPreamble.push(preamble);
    if (/:\s*$/u.test(line)) preamble = false;
  }
  // An approval stamp above the text («УТВЕРЖДАЮ / Глава района / ____ А.Н. Долгушин / «28» апреля 2016 г.», also «СОГЛАСОВАНО»):
  // its date is the day of the signature, not the act's; taken only when the header has no other.
  const inStamp = stampLines(headText);
  headText.forEach((line, i) => {
    if (inParens[i] || inPreamble[i] || repealingLine(headText, i)) return;
    if (inStamp[i]) {
      for (const c of pairsInLine(line, 1 - i * 0.01)) candidates.push(c);
      return;
    }
    if (line === '' || /^\(.*\)?$/u.test(line) || /^\[.*\]$/u.test(line)) return;
    if (isSubjectLine(line)) return;
    const nearKind = kindLine >= 0 && i >= kindLine && i <= kindLine + 4 ? 3 : 0;
    const siteTitle = /^(?:постановление|распоряжение|приказ|решение|письмо|протокол|указ|приложение\s+к\s+\S+)(?:\s+[^№]*?)?\s+(?:от\s+\d|№)/iu.test(line) ? 2 : 0;
    // The line above, when this one goes on from it (a hard-wrapped copy), says whose date it is: «… распоряжением Правительства / области от 17.11.2020 г. № 952-рп …».
    const above = i > 0 && !inParens[i - 1] && wrappedPair(headText, i - 1) !== null ? headText[i - 1]! : null;
    for (const c of above !== null ? pairsInLine(`${above} ${line}`, 10 + nearKind + siteTitle - i * 0.01, above.length + 1) : pairsInLine(line, 10 + nearKind + siteTitle - i * 0.01)) candidates.push(c);
    const wrapped = wrappedPair(headText, i);
    if (wrapped !== null && !inParens[i + 1] && !isSubjectLine(headText[i + 1]!)) for (const c of wrapped(10 + nearKind + siteTitle - i * 0.01 - 0.005)) candidates.push(c);
  });
  // The number on the kind line («ПРОТОКОЛ № 4/2019», «Протокол №8р …») and the date on a line of its own.
  let kindLineNumber: string | null = null;
  if (kindLine >= 0) {
    const kindText = lines[kindLine]!;
    const signAt = kindText.search(/№|(?<![\p{L}])N(?=\s*\d)/u);
    const number = signAt >= 0 ? numberAfter(kindText, signAt) : null;
    // (Only a kind line of its own, «ПРОТОКОЛ № 4»: a text saved as one line names other acts' numbers too.)
    kindLineNumber = kindText.trim().length <= 60 ? number : null;
    // («Протокол планерки у Главы муниципального района 14.11.2016»: the date that ends a short kind line.)
    // (Not a span's or a term's day: «РАСПОРЯЖЕНИЕ о проведении месячника … с 01.04.2025 по 30.04.2025».)
    const ending = kindText.trim().length <= 120 && !/№|(?<![\p{L}])N\s*\d/u.test(kindText) ? findWrittenDates(kindText).find((d) => /^\s*(?:г\.?|года)?\s*$/u.test(kindText.slice(d.index + d.length)) && !/(?:^|\s)(?:с|со|по|до|к|на|за|от)\s*$/iu.test(kindText.slice(0, d.index))) : undefined;
    const date = standaloneDate(headText, kindLine) ?? ending?.date ?? null;
    if (number || date) candidates.push({ number, date, score: number && date ? 9 : 5 });
    // «Постановление / 178 / 22 мая 2007 года»: a bare number on the line below the kind word.
    const below = headText.slice(kindLine + 1, kindLine + 4).filter((l) => l !== '');
    if (!number && below[0] && /^[0-9][0-9А-Яа-яЁё/-]{0,12}$/u.test(below[0]) && below[1] && findWrittenDates(below[1])[0]?.index === 0) {
      candidates.push({ number: below[0], date: findWrittenDates(below[1])[0]!.date, score: 9 });
    }
    // «№ 3» on a line of its own just below the kind word (also when the place or the date stands between:
    // «ПРИКАЗ / 29 августа 2025 г. / х. Колундаевский / № 302»).
    if (!number) {
      for (let i = kindLine + 1; i < Math.min(lines.length, kindLine + 6); i += 1) {
        // (Not a table's «№ п/п» column.)
        const only = /^(?:№|N)\s*(\S*\d\S*)\s*$/u.exec(lines[i]!.trim());
        if (only) {
          candidates.push({ number: only[1]!.replace(/[.,]+$/u, ''), date, score: 8 });
          break;
        }
      }
    }
  }
  // A joint act of two bodies, each with its number on a line of its own above the kind word («МИНИСТЕРСТВО … / N 79 /
  // ГОСУДАРСТВЕННЫЙ КОМИТЕТ … / N 22 / ПРИКАЗ / от 4 июля 1997 года»): the first body's number.
  if (kindLine > 0) {
    const first = headText.slice(0, kindLine).map((l) => /^(?:№|N)\s*(\S*\d\S*)\s*$/u.exec(l)).find((m) => m !== null);
    const date = standaloneDate(headText, kindLine);
    if (first && date) candidates.push({ number: first[1]!.replace(/[.,]+$/u, ''), date, score: 6 });
  }
  // «29 апреля 1998 года / N 272» on two lines of their own above the kind word or the title.
  headText.forEach((line, i) => {
    const date = findWrittenDates(line)[0];
    // («г. Москва ⇥ 14 марта 2019 г. / ⇥ № 87-ПРМ-ВК»: the place before the date.)
    const place = date ? /^(?:г|п|пос|пгт|с|д|ст|х|рп)\.\s?[А-ЯЁ][\p{L}-]+(?:\s[А-ЯЁ][\p{L}-]+)?\s+$/u.test(line.slice(0, date.index)) : false;
    if (!date || (date.index > 2 && !place) || line.length - date.length - (place ? date.index : 0) > 8) return;
    const only = /^(?:№|N)\s*(\S*\d\S*)\s*$/u.exec(headText[i + 1] ?? '');
    if (only) candidates.push({ number: only[1]!.replace(/[.,]+$/u, ''), date: date.date, score: 9 - i * 0.01 });
  });
  // A letter: «11-Исх-1373» / «Исх. № 01-12/345 от …» / «№ 123-П от …» near the top.
  headText.forEach((line, i) => {
    if (/^на\s+(?:№|N)/iu.test(line)) return;
    const reg = /^(?:[Ии]сх(?:одящий)?\.?\s*)?(?:№\s*)?(\d{1,5}[-/][А-ЯЁа-яё]{1,8}[-/][\d/-]+|[А-ЯЁа-яё]{1,6}-\d[\d/-]*|\d{1,4}-\d{1,4}\/\d{1,6}(?:-\d+)?)$/u.exec(line);
    if (reg) {
      // (The date on the number's line or under it first: above it may stand an e-signature's «Действителен с 15.05.2024 по …».)
      // (Not the date of the letter answered, «На № 45 от 01.02.2025».)
      const below = headText.slice(i, i + 3).filter((l) => !/^на\s+(?:№|N)/iu.test(l));
      const date = findWrittenDates(below.join('\n'))[0]?.date ?? findWrittenDates(headText.slice(Math.max(0, i - 2), i).join('\n')).pop()?.date ?? null;
      candidates.push({ number: reg[1]!, date, score: 7 - i * 0.01 });
    }
  });
  // Under the signature or at the very end: «12 августа 2002 года / N 885», a database's citation line.
  const tailFrom = z.signatureStart ?? Math.max(0, z.attachmentsStart - 12);
  const tail = lines.slice(tailFrom, Math.min(lines.length, Math.max(z.attachmentsStart, tailFrom) + 14)).map((l) => l.trim());
  // The number the kind line gives near its start («ПРОТОКОЛ № 4/2019 …»), if any.
  const kindText = kindLine >= 0 ? lines[kindLine] ?? '' : '';
  const kindSign = /^[\s*_«"]*(?:протокол|постановление|распоряжение|приказ|решение|указ)[\s*_»"]*(?=№|N\s*\d)/iu.exec(kindText);
  const kindNumber = kindSign ? numberAfter(kindText, kindSign[0].length) : null;
  // (The lines a hard wrap made of a preamble cite other acts up to its colon: a line that goes on from the preamble's
  // first line. That first line is judged on its own, below: a text saved as one line starts with it.)
  let tailPreamble = false;
  const inTailPreamble = tail.map((line) => {
    const continuing = tailPreamble && line !== '';
    if (line === '') tailPreamble = false;
    else if (PREAMBLE_START.test(line) && !/^(?:рассмотрев|заслушав)/iu.test(line) && line.length < 300) tailPreamble = true;
    if (/:\s*$/u.test(line)) tailPreamble = false;
    return continuing;
  });
  tail.forEach((line, i) => {
    // (A table's row at the end of the text — «| 8. | Пункт 4 перечня поручений … от 12.03.2025 № 18 … |» — cites, it does not sign.)
    if (line === '' || isSubjectLine(line) || inTailPreamble[i] || /^\|.*\|$/u.test(line) || line.split('\t').length > 2) return;
    // (With no signature found, the text's last lines may be its last items: «б) … открытии с 1 сентября 2024 года … детский
    // сад № 12 …» orders, it does not sign.)
    if (z.signatureStart === null && /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[а-я]\))\s/u.test(line)) return;
    // A text saved as one line has its kind line in the tail too (not a card's kind word alone under the text, «Постановление
    // / 178 / 22 мая 2007 года»): when its start names the number, what the text cites further on is not the header's
    // («ПРОТОКОЛ № 4/2019 … протокола … № 3/2019 от 27 июля 2019 года …»); otherwise the database's citation line is the
    // text's last pair («… Министр А.В. Гордеев Приказ Минсельхоза РФ от 14 июня 2001 г. N 663 …»).
    if (tailFrom + i === kindLine && !/^(?:постановление|распоряжение|приказ|решение|указ)$/iu.test(line)) {
      const pairs = kindNumber ? [] : pairsInLine(line, 6 - i * 0.001);
      if (pairs.length > 0) candidates.push(pairs[pairs.length - 1]!);
      return;
    }
    if (FOREIGN.test(line) && !/^(?:постановление|распоряжение|приказ|решение|указ|федеральный\s+закон)\s/iu.test(line)) return;
    const above = i > 0 && wrappedPair(tail, i - 1) !== null ? tail[i - 1]! : null;
    if (above !== null && FOREIGN.test(above) && !/^(?:постановление|распоряжение|приказ|решение|указ|федеральный\s+закон)\s/iu.test(above)) return;
    // The first citation of the tail is the act's own («Решение … от 8 февраля 2019 г. N V-35/9 "Об исполнении решения … от 24 августа 2018 года N 31/16"»).
    for (const c of above !== null ? pairsInLine(`${above} ${line}`, 6 - i * 0.001, above.length + 1) : pairsInLine(line, 6 - i * 0.001)) candidates.push(c);
    for (const c of wrappedPair(tail, i)?.(6 - i * 0.001) ?? []) candidates.push(c);
    // A site's card under the text: «Постановление / 54 / 10 февраля 2015 года» (the kind, the number, the date on lines of their own).
    if (/^(?:постановление|распоряжение|приказ|решение|указ)$/iu.test(line)) {
      const [num, day] = tail.slice(i + 1, i + 5).filter((l) => l !== '');
      const dated = day !== undefined ? findWrittenDates(day)[0] : undefined;
      if (num !== undefined && /^(?:(?:№|N)\s*)?\d[0-9А-Яа-яЁё/-]{0,12}$/u.test(num) && dated !== undefined && dated.index === 0 && day!.length - dated.length < 8) {
        candidates.push({ number: num.replace(/^(?:№|N)\s*/u, ''), date: dated.date, score: 7 });
      }
    }
    const dates = findWrittenDates(line);
    const date = dates[dates.length - 1];
    const endsWithDate = date !== undefined && /^\s*(?:г\.|года|год)?\s*\.?\s*$/u.test(line.slice(date.index + date.length));
    if (date && ((date.index <= 2 && line.length - date.length < 12) || endsWithDate)) {
      const next = tail.slice(i + 1, i + 3).find((l) => l !== '');
      // («N 217 ПР»: the kind's letters after a space belong to the number.)
      const only = next ? /^(?:№|N)\s*(\S+)(?:\s+(\S{1,4}))?\s*$/u.exec(next) : null;
      if (only && (only[2] === undefined || NUMBER_SUFFIX.test(only[2]))) candidates.push({ number: `${only[1]!.replace(/[.,]+$/u, '')}${only[2] ? ` ${only[2]}` : ''}`, date: date.date, score: 7 });
    }
  });
  // «Июля 2018 года № 69»: a date line whose day was left blank gives the number and no date.
  headText.forEach((line, i) => {
    const blankDay = /^(?:от\s+)?[«"_\s]*(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+((?:19|20)\d\d)\s*(?:года|г\.?)?\s*(?:№|N)\s*(\d[0-9А-Яа-я/-]*)$/iu.exec(line);
    if (blankDay) candidates.push({ number: blankDay[2]!, date: null, score: 8 - i * 0.01 });
  });
  // «692 О приостановлении государственной регистрации …»: a site's title line, the act's number before its subject.
  const firstLine = headText.find((l) => l !== '');
  const numbered = firstLine ? /^(\d{1,5}(?:-[А-Яа-яA-Za-z]{1,4})?)\s+(?:О|Об|Обо)\s+[а-яё]/u.exec(firstLine) : null;
  if (numbered) candidates.push({ number: numbered[1]!, date: null, score: 4 });
  // A site's document card under the text: «Номер: 207» / «Дата принятия: 23.03.2005».
  // (Or «• № документа: / 958 / • Дата принятия: / 26.09.2018»: each value on the line under its label.)
  const valueOf = (label: RegExp): string | undefined => {
    for (let i = 0; i < lines.length; i += 1) {
      const m = label.exec(lines[i]!);
      if (!m) continue;
      const own = lines[i]!.slice(m.index + m[0].length).trim();
      return own !== '' ? own : lines.slice(i + 1, i + 3).map((l) => l.trim()).find((l) => l !== '');
    }
    return undefined;
  };
  const cardNumber = /^(\S+)$/u.exec(valueOf(/^\s*(?:[•·*-]\s*)?(?:номер|№|N(?=\s+документа))(?:\s+документа)?\s*:/iu) ?? '')?.[1];
  const cardDateText = valueOf(/^\s*(?:[•·*-]\s*)?дата\s+(?:принятия|подписания)(?:\s+документа)?\s*:/iu);
  // («Дата принятия документа: 2025-07-18»: a database's ISO date.)
  const iso = cardDateText !== undefined ? /^((?:19|20)\d\d)-(\d\d)-(\d\d)$/u.exec(cardDateText.trim()) : null;
  const cardDate = iso ? (calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? undefined) : cardDateText !== undefined ? findWrittenDates(cardDateText)[0]?.date : undefined;
  // (A database's card names the act it describes: above a citation the text's last lines make.)
  if (cardNumber && cardDate) candidates.push({ number: cardNumber, date: cardDate, score: 6.5 });
  // («ПРОТОКОЛ № 4 / … / Основание проведения: постановление Главы … от 08.11.2024 № 71»: with the number on the kind line, a pair
  // with another number cites another act.)
  const own = (n: string | null): string => (n ?? '').replace(/\s+/gu, '').toLowerCase();
  if (kindLineNumber !== null) {
    // (Not the fuller number of a site title's short one: «№ 365» over «№ 365-р».)
    const same = (a: string, b: string): boolean => a === b || (b.startsWith(a) && /^[-\s]?(?:р|п|па|рп|пп|рм|ра|р-р)$/u.test(b.slice(a.length)));
    const other = candidates.filter((c) => c.number !== null && !same(own(kindLineNumber), own(c.number)) && !same(own(c.number), own(kindLineNumber)));
    if (other.length < candidates.length) for (const c of other) candidates.splice(candidates.indexOf(c), 1);
  }
  const withBoth = candidates.filter((c) => c.number && c.date).sort((a, b) => b.score - a.score);
  const best = withBoth[0];
  const unnumbered = candidates.filter((c) => c.unnumbered).sort((a, b) => b.score - a.score)[0];
  if (unnumbered && (!best || unnumbered.score >= best.score)) return { number: null, date: unnumbered.date, score: unnumbered.score };
  if (best) {
    // A site title cuts the number short («… от 15.09.2000 № 365» over the act's «от 15.09.2000 № 365-р»): the fuller one of the same
    // date, when what it adds is a kind's letters (not «г» of a glued «г. Смоленск», not a capital of a glued title).
    const fuller = withBoth.find((c) => c.date === best.date && c.number!.startsWith(best.number!) && /^[-\s]?(?:р|п|па|рп|пп|рм|ра|р-р|П|Р|РП|ПП)$/u.test(c.number!.slice(best.number!.length)));
    return fuller ?? best;
  }
  const any = candidates.sort((a, b) => b.score - a.score)[0];
  return any ?? null;
}

const WEEKDAYS = ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'];

/**
 * A site's stamp «вт, 03/26/1991» or «пт, 14/03/2014 - 10:15»: a weekday and a date with slashes, month first or day
 * first; the weekday tells which (a stamp whose weekday fits neither reading, or both, gives no date).
 */
function stampDate(line: string): IsoDate | null {
  const m = /^(пн|вт|ср|чт|пт|сб|вс),?\s+(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?:\s*[-–—]\s*\d{1,2}:\d{2})?$/iu.exec(line.trim());
  if (!m) return null;
  const weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase());
  const [a, b, year] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const fits = [calendarDate(year, a, b, weekday), calendarDate(year, b, a, weekday)].filter((d) => d !== null);
  return fits.length === 1 ? fits[0]! : null;
}

/** The day as an ISO date when it exists in the calendar (and falls on `weekday`, 0 = Sunday, when one is given). */
function calendarDate(year: number, month: number, day: number, weekday?: number): IsoDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || (weekday !== undefined && d.getUTCDay() !== weekday)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** A date standing in the header on its own line («30 октября 2019 года», «г. Ханты-Мансийск 30 октября 2019 года», ««26» ноября 2020 года»). */
function standaloneDate(head: readonly string[], from: number): IsoDate | null {
  for (let i = Math.max(0, from); i < head.length; i += 1) {
    const line = head[i]!;
    if (line === '' || FOREIGN.test(line)) continue;
    const stamp = stampDate(line);
    if (stamp) return stamp;
    const found = findWrittenDates(line)[0];
    if (!found) continue;
    const before = line.slice(0, found.index).trim();
    const after = line.slice(found.index + found.length).trim();
    // «г. Ханты-Мансийск», «пгт. Междуреченский», «с. Леуши», «Москва,» before the date.
    // («Пос. Викторовна 11 июня 1962 г.»: the place's word capitalised at the line's start.)
    const place = /^(?:(?:[гГ]|[гГ]ор|[пП]гт|[пП]ос|[пП]|[сС]|[дД]|[сС]т|[рР]п|[рР]\.\s?п|[пП]\.\s?г\.\s?т|[хХ]|[аА]ул)\.?\s*|город\s+|село\s+|поселок\s+|посёлок\s+)?[А-ЯЁ][\p{L}-]+(?:[\s-][А-ЯЁ][\p{L}-]+)?,?$/u;
    // («Дата: 21 сентября 1941 г. Страна: СССР …»: a site's card label before the date, whatever follows it on the line.)
    if (/(?:^|\s)дата\s*:$/iu.test(before)) return found.date;
    // («г. Тулун, ул. Гидролизная, 2, каб. 15 ⇥ 14 декабря 2021 г., 10.00»: the place with its address.)
    const address = /^((?:[гГпПсС]|пгт|пос)\.\s*[А-ЯЁ][\p{L}-]+(?:[\s-][А-ЯЁ][\p{L}-]+)?)(?:\s*,\s*(?:ул|пр|пр-т|пл|пер|д|каб|зал|ком|корп|стр)\.?\s*[^,]{1,40}|\s*,\s*\d{1,4}[а-я]?)*,?$/u;
    const placeBefore = before === '' || /^(?:от|дата|дата\s+проведения\s*:?)$/iu.test(before) || place.test(before) || address.test(before);
    // «от 28.03.2012 года.»: the line may close with a full stop.
    // («10 апреля 2025 г.      п. Суксун», «09.04.2026      с. Ольховка»: the place after the date, any settlement's sign.)
    // («08.04.2024, 18.00      с. Тобольцево»: the hour, then the place; «23.05.2024 г.   Великие Луки»: a place of two words.)
    const tailOk = after === '' || /^(?:г\.|года\.?|год\.?|\.)?\s*(?:,?\s*\d{1,2}[.:]\d{2}(?:\s*(?:час\.?|ч\.))?)?\s*(?:,?\s*(?:(?:г|п|с|д|х|пгт|пос|рп|ст|р\.\s?п)\.\s*[А-ЯЁ]\S*(?:\s[А-ЯЁ]\S*)?|[А-ЯЁ][а-яё-]+(?:\s[А-ЯЁ][а-яё-]+)?|№.*|N\s*\d.*|\d+[а-яё]?))?\s*$/u.test(after) ||
      // («02.07.2021 ⇥ г. Выкса, 10.00»: the place, then the hour.)
      /^(?:(?:г|п|с|д|х|пгт|пос|рп|ст)\.\s*)?[А-ЯЁ][\p{L}-]+(?:\s[А-ЯЁ][\p{L}-]+)?\s*,?\s*\d{1,2}[.:]\d{2}(?:\s*(?:час\.?|ч\.))?\s*$/u.test(after);
    if (placeBefore && tailOk) return found.date;
    // «Протокол №8р … от 29.04.2021 г.» on the kind line itself.
    if (i === from && /(?:^|\s)от\s*$/u.test(line.slice(0, found.index))) return found.date;
  }
  return null;
}

/** «В.В. Мамин», «П.И.Ципорин», «Мамин В.В.», «Д.Ф.Аяцков», «Ю.И.ИВАШКИН» → «Мамин В.В.». */
export function personName(text: string): string | null {
  const initialsFirst = /(?:^|[^А-ЯЁа-яё])([А-ЯЁ])\.\s?(?:([А-ЯЁ])\.\s?)?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)(?![а-яё])/u.exec(text);
  if (initialsFirst) {
    const surname = initialsFirst[3]!;
    const proper = surname === surname.toUpperCase() ? surname[0] + surname.slice(1).toLowerCase() : surname;
    return `${proper} ${initialsFirst[1]}.${initialsFirst[2] ? `${initialsFirst[2]}.` : ''}`;
  }
  const initialsAfter = /([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+([А-ЯЁ])\.\s?([А-ЯЁ])\./u.exec(text);
  if (initialsAfter) return `${initialsAfter[1]} ${initialsAfter[2]}.${initialsAfter[3]}.`;
  return null;
}

const PATRONYMIC = /([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:ович|евич|ич|овна|евна|ична|инична))(?![\p{L}])/u;

function readChair(block: string[], signature: string | null): string | null {
  const text = block.join(' ');
  const direct = personName(text);
  if (direct) return direct;
  const full = PATRONYMIC.exec(text);
  if (full) {
    const before = text.slice(0, full.index).trim().split(/\s+/u);
    const opener = /^([А-ЯЁ][а-яё]+)\s*[–—-]/u.exec(text)?.[1];
    const adjacent = before[before.length - 1];
    const surname = opener ?? (adjacent && /^[А-ЯЁ][а-яё]+$/u.test(adjacent) ? adjacent : null) ?? signature?.split(' ')[0] ?? null;
    if (surname) return `${surname} ${full[1]![0]}.${full[2]![0]}.`;
  }
  return signature;
}

/** The kind word's line: the first header line that starts with one (or a site title that does). */
/** The kind a kind word found inside a line names («ПРИКАЗ», «Распоряжение» → order). */
function kindOfWord(word: string): ProtocolKind {
  return KIND_WORDS.find(([re]) => re.test(word))?.[1] ?? 'resolution';
}

/** «УТРАТИЛ СИЛУ» on a line of its own: the note about the act that repealed this one. */
const REPEALED_ALONE = /^утратил[аио]?\s+силу\s*[:.\-–—]?\s*$/iu;

/**
 * «УТРАТИЛ СИЛУ / РАСПОРЯЖЕНИЕ Правительства Краснодарского края от 17.04.99 N 9-РП / ГЛАВА АДМИНИСТРАЦИИ … /
 * РАСПОРЯЖЕНИЕ / от 18 августа 1997 г. N 959-Р»: the line under a note «Утратил силу» names the repealing act, not this one.
 */
function repealingLine(lines: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j -= 1) {
    const above = lines[j]!.trim();
    if (above === '') continue;
    return REPEALED_ALONE.test(above);
  }
  return false;
}

function findKind(lines: readonly string[], limit: number, aloneOnly = false): { kind: ProtocolKind; line: number } | null {
  for (let i = 0; i < Math.min(lines.length, limit); i += 1) {
    const l = lines[i]!.trim();
    // («постановление_6-п_от_24_июня_2023_в_лагеря_ЛО.pdf»: an attached file's name, not a kind line.)
    if (l === '' || /\.(?:pdf|docx?|rtf|odt|xlsx?|zip|rar|jpe?g|png)$/iu.test(l) || repealingLine(lines, i)) continue;
    if (aloneOnly) {
      const alone = KIND_WORDS.find(([re]) => re.test(l));
      if (alone && l.split(/\s+/u).length === 1) return { kind: alone[1], line: i };
      continue;
    }
    const hit = KIND_WORDS.find(([re]) => re.test(l));
    if (hit) return { kind: hit[1], line: i };
    // «12.02.2020 г Распоряжение №83», «15 марта 2021 года Постановление № 12»: the date first, then the kind word with
    // its number (also when the date lost characters: «12 2.202 г Распоряжение №83»).
    const dated = /^[\d.\s/-]*\d[\d.\s/-]*(?:\s+[а-яё]+\s+\d{4})?\s*(?:г\.?|года)?\s+(протокол|постановление|распоряжение|приказ|решение)\s*(?:№|N\s*\d)/iu.exec(l);
    if (dated) return { kind: kindOfWord(dated[1]!), line: i };
    // «ГЛАВА … РАЙОНА ПОСТАНОВЛЕНИЕ 10.11.2010 …» — everything on one line.
    const inner = /(?:^|\s)(ПРОТОКОЛ|ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|РЕШЕНИЕ|УКАЗ)(?:\s|$)/u.exec(l);
    if (inner) return { kind: kindOfWord(inner[1]!), line: i };
  }
  return null;
}

const SALUTATION = /^(?:уважаем|дорог)[а-яё]*/iu;
const ADDRESSEE_HEAD =
  // («Главным врачам …», «Генеральным директорам …», «Заинтересованным органам …»: an adjective in the plural dative first.)
  /^(?:[а-яё]{3,}(?:ым|им)\s+)?(?:врач|руководител|глав|министр|директор|губернатор|председател|начальник|заместител|мэр|управляющ|президент|ректор|прокурор|заведующ|командир|уполномоченн|член|депутат|(?:в\s+)?(?:органы|администраци|учреждени|организаци|образовательн|муниципальн|территориальн))[а-яё]*(?![\p{L}])/iu;

/** A letter's subject line under the address block: «О предоставлении информации», «Об организации …» (a wrapped address goes on in lower case). */
const LETTER_SUBJECT = /^(?:О|Об|Обо)\s+\p{Ll}/u;
/** «(по списку)», «(согласно списку рассылки)» after an address written in the nominative. */
const BY_LIST = /\((?:по\s+списку|согласно\s+списку[^()]*|по\s+списку\s+рассылки)\)\s*$/iu;

/** «Органы управления АПК субъектов Российской Федерации / (по списку)»: a nominative address block that names a list. */
function nominativeByList(lines: readonly string[], i: number, end: number): HeaderResult['addressees'] {
  const block: string[] = [];
  for (let j = i; j < Math.min(end, i + 4); j += 1) {
    const l = lines[j]!.trim();
    if (l === '' || l.length > 120 || LETTER_SUBJECT.test(l) && j > i) break;
    block.push(l);
    if (BY_LIST.test(l)) {
      const text = stripTrailingPunctuation(squash(block.join(' ').replace(BY_LIST, '')));
      return text.length > 0 ? { text, line: i + 1, nominative: true } : null;
    }
  }
  return null;
}

/** The addressee block of a letter: dative lines before the salutation or the letter's number. */
/**
 * The right column of a letterhead laid out in two, as a PDF's text keeps it: «ФЕДЕРАЛЬНАЯ СЛУЖБА …      Руководителям органов» /
 * «В СФЕРЕ ОБРАЗОВАНИЯ …      исполнительной власти субъектов» — each line's part after a wide gap (or a line that starts far
 * right), the others blank, so the address block reads as if it stood alone.
 */
/** A line with its tabs expanded to stops of eight columns. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

function rightColumn(tabbed: readonly string[], end: number): string[] {
  // (A letterhead and the address block beside it laid out with tabs, «МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ ⇥ ⇥ ⇥ ⇥ Руководителям органов»:
  // the tab stops of eight columns as the editor drew them.)
  // (When the copy kept them, a run of tabs parts the columns whatever stops the editor had: what follows the last run is the
  // right column's.)
  const tabbedHead = tabbed.slice(0, Math.min(end, 30));
  if (tabbedHead.filter((l) => /\S\t{2,}\S|^\t{3,}\S/u.test(l)).length >= 2) {
    return tabbed.map((l, i) => (i < tabbedHead.length && /\S\t{2,}\S|^\t{3,}\S/u.test(l) ? l.slice(l.search(/\t+[^\t]*$/u)).trim() : ''));
  }
  const lines = tabbed.map(expandTabs);
  const head = lines.slice(0, Math.min(end, 30));
  // Where the column starts: the most common start of a run that stands far right (a line's own indent, or after a gap).
  const starts = new Map<number, number>();
  for (const line of head) {
    const indent = line.search(/\S/u);
    const gap = /^(\s*\S.*?\S)\s{2,}(?=\S)/u.exec(line);
    const at = indent >= 30 ? indent : gap && gap[0].length >= 30 ? gap[0].length : -1;
    if (at >= 0) starts.set(at, (starts.get(at) ?? 0) + 1);
  }
  // (Starts within a few characters of each other are one column: a copy does not always keep it straight.)
  const near = (at: number): number => [...starts.entries()].filter(([s]) => Math.abs(s - at) <= 4).reduce((n, [, c]) => n + c, 0);
  const col = [...starts.keys()].sort((a, b) => near(b) - near(a) || a - b)[0] ?? -1;
  if (col < 0 || near(col) < 2) return lines.map(() => '');
  // (A line may have lost characters before the column — a copy drops «__» blanks — so the run after a gap of spaces that starts
  // nearest the column, a little left of it at most, is the column's.)
  const partAt = (line: string): string => {
    const gaps = [...line.matchAll(/(?:^|\s{2,})(?=\S)/gu)].map((m) => m.index + m[0].length).filter((q) => q >= col - 6 && q <= col + 6);
    const q = gaps.sort((a, b) => Math.abs(a - col) - Math.abs(b - col))[0];
    return q === undefined ? '' : line.slice(q).trim();
  };
  const right = lines.map((line, i) => (i < head.length ? partAt(line) : ''));
  // (A copy with a blank line after every line: the column's lines read as if the blanks were not there.)
  const spaced = head.filter((l, i) => l.trim() !== '' && (head[i + 1] ?? '').trim() === '').length >= head.filter((l) => l.trim() !== '').length * 0.8;
  if (!spaced) return right;
  // (As many lines as the text has, so that whatever reads them by the text's line numbers stays inside.)
  const compact = right.filter((r, i) => r !== '' || lines[i]!.trim() !== '');
  return [...compact, ...right.slice(compact.length).map(() => '')];
}

/** Of two readings of the address block, the one that starts higher (a letterhead's right column above the text's own datives). */
function earlierOf(a: HeaderResult['addressees'], b: HeaderResult['addressees']): HeaderResult['addressees'] {
  if (!a || !b) return a ?? b;
  return b.line < a.line ? b : a;
}

function readAddressees(lines: readonly string[], end: number): HeaderResult['addressees'] {
  for (let i = 0; i < end; i += 1) {
    const l = lines[i]!.trim();
    if (!ADDRESSEE_HEAD.test(l) || /[.!?]$/u.test(l) && l.length > 80) continue;
    // («КОМИТЕТ ПО ОБРАЗОВАНИЮ / АДМИНИСТРАЦИИ ГОРОДА МУРМАНСКА»: the sender's name going on in capitals is no address.)
    const above = lines[i - 1]?.trim() ?? '';
    // («… государственной итоговой аттестации по / образовательным программам …»: a wrapped sentence going on, not an address.)
    if (/^\p{Ll}/u.test(l) && above.length > 50 && !/[.:;!?]$/u.test(above)) continue;
    // («УПРАВЛЕНИЕ ОБРАЗОВАНИЯ / администрации города Коврова»: the sender's name going on in lower case under its capitals.)
    if (/^\p{Ll}/u.test(l) && /\p{Lu}{3}/u.test(above) && !/\p{Ll}/u.test(above)) continue;
    // («АДМИНИСТРАЦИЯ … РАЙОНА / ГЛАВАМ СЕЛЬСКИХ ПОСЕЛЕНИЙ»: a plain dative — «-АМ», «-ЯМ», «ГЛАВЕ», «-У», «-Ю» — is an address all the same.)
    if (!/\p{Ll}/u.test(l) && above !== '' && /\p{Lu}{3}/u.test(above) && !/\p{Ll}/u.test(above) && !/^\p{Lu}+(?:АМ|ЯМ|Е|У|Ю)(?![\p{L}])/u.test(l)) continue;
    // («Главам Каменского и Банновского сельских поселений необходимо заблаговременно подготовить …»: a sentence that asks, not an address.)
    if (/(?<![\p{L}])(?:необходимо|следует|надлежит|нужно|поручено|рекомендовано)(?![\p{L}])|\s[а-яё]{3,}(?:ать|ять|еть|ить|уть)(?:ся)?(?=[\s,.;:]|$)/u.test(l)) continue;
    // Dative («Руководителям», «Главе», «Министру»), not a nominative letterhead («Глава района»);
    // a nominative block is an address only when it says it goes to a list («Органы управления АПК … (по списку)»).
    const [first = '', second = ''] = l.toLowerCase().split(/\s+/u);
    // («МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ / ГОРОД НЕФТЕЮГАНСК» over the sender's name: an adjective in «-ое», «-ые» is a nominative.)
    const dative = (/(?:ям|ам|ю|у|е|и|ому|ему)$/u.test(first) && !/(?:ое|ее|ые|ие)$/u.test(first)) || (/(?:ым|им)$/u.test(first) && /(?:ям|ам)$/u.test(second));
    if (!dative) {
      const listed = nominativeByList(lines, i, end);
      if (listed) return listed;
      continue;
    }
    const groups: string[] = [];
    let block = [l];
    for (let j = i + 1; j < end; j += 1) {
      const next = lines[j]!.trim();
      // («КОПИЯ ГЕНЕРАЛЬНЫМ ДИРЕКТОРАМ …», «Копия: …»: those sent a copy are told, not asked.)
      if (/^(?:копия|копии|копию|для\s+сведения|к\s+сведению)(?![\p{L}])/iu.test(next)) break;
      if (next === '') {
        // «Руководителям органов …» / blank / «Директорам организаций»: a second group of addressees.
        let k = j;
        while (k < end && lines[k]!.trim() === '') k += 1;
        const after = lines[k]?.trim() ?? '';
        if (k < end && ADDRESSEE_HEAD.test(after) && /(?:ям|ам)$/u.test(after.split(/\s+/u)[0]!.toLowerCase()) && after.length <= 90 && !/[.!?]$/u.test(after)) {
          groups.push(stripTrailingPunctuation(squash(joinWrapped(block))));
          block = [];
          j = k - 1;
          continue;
        }
        // «Руководителям управлений Роспотребнадзора» / blank / «по субъектам Российской Федерации»: a line in lower case
        // that opens with a preposition or «и» goes on with the addressee above it.
        if (k < end && /^(?:по|при|в|во|на|и|для|с|со)\s+\p{L}/u.test(after) && after.length <= 90 && !/[.!?:]$/u.test(after) && findWrittenDates(after).length === 0) {
          j = k - 1;
          continue;
        }
        break;
      }
      if (findWrittenDates(next).length > 0 || /^(?:№|исх|от\s|\d{1,5}-)/iu.test(next) || SALUTATION.test(next) || LETTER_SUBJECT.test(next)) break;
      if (next.length > 90) break;
      // «Руководителям … / (по списку) / Главам администраций … / (по списку)»: each group closed by its list mark.
      if (/^\(по\s+списку\)$/iu.test(next)) {
        block.push(next);
        const after = lines[j + 1]?.trim() ?? '';
        if (ADDRESSEE_HEAD.test(after) && /(?:ям|ам|ым|им|ому|ему|у|ю|е)$/u.test(after.split(/\s+/u)[0]!.toLowerCase()) && after.length <= 90) {
          groups.push(stripTrailingPunctuation(squash(joinWrapped(block))));
          block = [];
        } else break;
        continue;
      }
      // «Главам городских округов / и муниципальных районов / Руководителям / муниципальных органов …»: a capitalised dative
      // head on a line of its own after a finished line opens the next group.
      const head = next.split(/\s+/u)[0]!;
      if (block.length > 0 && /^[А-ЯЁ][а-яё]/u.test(head) && ADDRESSEE_HEAD.test(next) && /(?:ям|ам|ому|ему)$/u.test(head.toLowerCase()) && !/(?:,|\s(?:и|по|для|при|в|на|с))$/u.test(block[block.length - 1]!)) {
        groups.push(stripTrailingPunctuation(squash(joinWrapped(block))));
        block = [next];
        continue;
      }
      block.push(next);
    }
    if (block.length > 0) groups.push(stripTrailingPunctuation(squash(joinWrapped(block))));
    return { text: groups.map((g) => stripTrailingPunctuation(g.replace(BY_LIST, ''))).join('; '), line: i + 1 };
  }
  return null;
}

/** «Уважаемые руководители всех образовательных учреждений!» names the addressees when no address block does. */
function salutationAddressees(line: string | undefined, lineNumber: number): HeaderResult['addressees'] {
  const m = line ? /^\s*уважаем[а-яё]*\s+((?:руководител|глав|директор|заведующ|председател|начальник|министр|член|ректор|командир|[а-яё]*производител|[а-яё]*пользовател|арендатор|предпринимател|собственник|владел|работодател|перевозчик|страховател|налогоплательщик|застройщик|поставщик|жител|граждан|родител|садовод|дачник|водител|автовладел)[а-яё]*(?:\s+[^!]+)?)!?\s*$/iu.exec(line) : null;
  if (!m || !line) return null;
  // «УВАЖАЕМЫЕ РУКОВОДИТЕЛИ!» written in capitals reads in lower case; «руководители ГБОУ» keeps its abbreviation.
  // An emphasised word («руководители ВСЕХ учреждений») has a word's ending or length; an abbreviation («ГБОУ», «ОМВД») has neither.
  const capitals = !/\p{Ll}/u.test(m[1]!);
  const emphasised = (w: string): boolean => capitals || w.length >= 7 || (w.length >= 4 && /(?:ЫХ|ИХ|ЕХ|ОГО|ЕГО|ЫЕ|ИЕ|АЯ|ЯЯ|ОЕ|ЕЕ|ЫЙ|ИЙ|ОЙ|АМ|ЯМ|ОВ|ЕВ|ЕЙ|ИЯ|ИИ|ЫМ|ИМ)$/u.test(w));
  const text = m[1]!.replace(/(?<![\p{L}])([А-ЯЁ]{2,})(?![\p{L}])/gu, (w) => (emphasised(w) ? w.toLowerCase() : w)).trim();
  return { text, line: lineNumber, nominative: true };
}

/** The sender of a letter: the capitalised block at its top, before the address and phone. */
function readLetterhead(lines: readonly string[]): string | null {
  const block: string[] = [];
  for (const raw of lines) {
    const l = raw.trim();
    if (l === '') {
      if (block.length > 0) break;
      continue;
    }
    // «ИНФОРМАЦИОННОЕ ПИСЬМО», «ТЕЛЕГРАММА»: the kind's line ends the sender's name.
    if (!isAllCaps(l) || KIND_WORDS.some(([re]) => re.test(l))) break;
    block.push(l);
  }
  return block.length > 0 ? sentenceCaseFromCaps(squash(block.join(' '))) : mixedCaseLetterhead(lines);
}

/** A sending body's name at the top of the copy, in ordinary case («Министерство сельского хозяйства Российской Федерации»). */
const BODY_NAME =
  /^(?:Министерство|Департамент|Комитет|Управление|Администрация|Правительство|Служба|Агентство|Инспекция|Аппарат|Главное\s+управление|Федеральн[а-я]+\s+(?:служба|агентство|казначейство)|Государственн[а-я]+\s+(?:комитет|инспекция|служба))(?![\p{L}])/u;

function mixedCaseLetterhead(lines: readonly string[]): string | null {
  const at = lines.findIndex((l) => l.trim() !== '');
  const first = at >= 0 ? lines[at]!.trim() : '';
  if (!BODY_NAME.test(first) || first.length > 120 || /[.!?:]$|\d/u.test(first)) return null;
  const block = [first];
  // The name wrapped onto a second line: «Департамент образования и науки» / «Тюменской области».
  const next = lines[at + 1]?.trim() ?? '';
  if (next !== '' && next.length <= 60 && !/\d|[.!?:]$/u.test(next) && /^[\p{Lu}\p{Ll}]\p{Ll}+\s+(?:области|края|района|округа|республики|города|Российской|Федерации)/u.test(next)) block.push(next);
  return squash(block.join(' '));
}

/** The signature: the last person's name in the signature block. */
function readSignature(lines: readonly string[], z: HeaderZones): string | null {
  const from = z.signatureStart;
  if (from === null) return null;
  const block = lines.slice(from, Math.min(lines.length, from + 8));
  for (const l of block) {
    if (/^исполнитель/iu.test(l.trim())) break;
    const name = personName(l);
    if (name && l.trim().length < 90) return name;
  }
  return null;
}

/** The position and name under the text, as one line: «Глава администрации области А.В.Дерягин». */
const OFFICE_LINE =
  /^(?:временно\s+исполняющ[а-яё]+|и\.\s?о\.|первый\s+)?\s*(?:губернатор|глава|мэр|министр|председател|заместител|руководител|начальник|директор|президент|прокурор|управляющ|секретар|префект|аким)[а-яё]*(?![\p{L}])/iu;

function readSignatureText(lines: readonly string[], z: HeaderZones): string | null {
  if (z.signatureStart === null) return null;
  const parts: string[] = [];
  // «Губернатор Московской области / Б.В. Громов»: the office on the line above the name belongs to the signature.
  let start = z.signatureStart;
  const above = lines[start - 1]?.trim() ?? '';
  if (personName(lines[start] ?? '') && OFFICE_LINE.test(above) && above.length < 90 && !/[.;:]$/u.test(above)) start -= 1;
  // «Глава / администрации городского округа / С.И.ВАСИЛЬЕВ»: the office wrapped over two lines.
  else if (personName(lines[start] ?? '') && /^[а-яё]/u.test(above) && above.length < 90 && !/[.;:]$/u.test(above)) {
    const top = lines[start - 2]?.trim() ?? '';
    if (OFFICE_LINE.test(top) && top.length < 60 && !/[.;:]$/u.test(top)) start -= 2;
  }
  for (const raw of lines.slice(start, start + 6)) {
    const l = raw.replace(/[|_]+/gu, ' ').trim();
    if (l === '') {
      if (parts.length > 0 && personName(parts.join(' '))) break;
      continue;
    }
    if (/^(?:исполнитель|м\.\s?п\.|приложение)/iu.test(l) || findWrittenDates(l).length > 0 || l.length > 100) break;
    parts.push(l);
    if (personName(l)) break;
  }
  const text = squash(parts.join(' '));
  return text === '' ? null : text;
}

/** «УТВЕРЖДАЮ … _____ В.В. Мамин». */
/** The post and name of an approval stamp, as written: «Заместитель Министра … Российской Федерации В.А. Ледовских». */
function approvalText(lines: readonly string[]): string | null {
  const at = lines.findIndex((l) => /^\s*утверждаю\s*:?\s*$/iu.test(l));
  if (at < 0) return null;
  const block: string[] = [];
  for (const l of lines.slice(at + 1, at + 8)) {
    const t = l.replace(/_{2,}/gu, ' ').trim();
    if (t === '') {
      if (block.length > 0 && personName(block.join(' '))) break;
      continue;
    }
    if (findWrittenDates(t).length > 0 && !personName(t)) break;
    block.push(t);
    if (personName(t)) break;
  }
  const text = squash(block.join(' '));
  return block.length > 1 && personName(text) ? text : null;
}

function readApproval(lines: readonly string[]): string | null {
  const at = lines.findIndex((l) => /^\s*утверждаю(?![\p{L}])/iu.test(l));
  if (at < 0) return null;
  for (const l of lines.slice(at + 1, at + 8)) {
    const name = personName(l);
    if (name) return name;
  }
  return null;
}

/** «Об итогах конкурса … за 2022 год.» — the first «О …»/«Об …» line and its continuation. */
function readTitle(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i += 1) {
    const l = lines[i]!.trim().replace(/^\[(.*)\]$/u, '$1');
    if (!/^(?:о|об|обо)\s/iu.test(l)) continue;
    const parts = [l];
    for (let j = i + 1; j < lines.length && lines[j]!.trim() !== '' && !/[.!?:]$/u.test(parts[parts.length - 1]!) && parts.length < 5; j += 1) {
      parts.push(lines[j]!.trim());
    }
    const title = stripTrailingPunctuation(squash(parts.join(' ')));
    return isAllCaps(title) ? sentenceCaseFromCaps(title) : title;
  }
  return null;
}

/** «ПРОТОКОЛ / заседания Комиссии по …» → «Комиссия по …». */
function protocolIssuer(lines: readonly string[], kindLine: number): string | null {
  const parts: string[] = [];
  const sameLine = lines[kindLine]!.trim().replace(/^(?:выписка\s+из\s+)?протокол[а]?\s*(?:(?:№|N)\s*\S+)?\s*/iu, '');
  if (sameLine) parts.push(sameLine);
  for (let i = kindLine + 1; i < lines.length && i < kindLine + 8; i += 1) {
    const l = lines[i]!.trim();
    if (l === '') {
      if (parts.length > 0) break;
      continue;
    }
    if (findWrittenDates(l).length > 0 || /^(?:г\.|№|N\s*\d)/u.test(l)) break;
    parts.push(l);
  }
  // («… «город Усолье-Си- / бирское» …»: a word hyphenated at a line's end joined again.)
  let text = squash(joinWrapped(parts));
  text = text.replace(/\(далее\s*[–—-][^)]*\)/iu, '').replace(/\s+от\s+\d.*$/u, '').trim();
  const m = /^(?:совместного\s+|выездного\s+|внеочередного\s+|очередного\s+|расширенного\s+|рабочего\s+|оперативного\s+|аппаратного\s+)*(?:заседания|совещания)\s+(?:(?:у|при)\s+)?(.+)$/iu.exec(text);
  // («рабочего совещания по вопросу благоустройства …», «совещания о подготовке …»: what it was about, not who held it.)
  // («Протокол заседания № 1»: the number after the word names no one.)
  if (!m || /^(?:по\s+вопрос|по\s+подготовк|по\s+организаци|об?\s|на\s+тему|№|N\s*\d)/iu.test(m[1]!)) return null;
  // «совещания у заместителя главы администрации района по вопросам …»: the official who held it.
  const held = m[1]!.replace(/\s+по\s+вопросам\s.*$/iu, '');
  // «у» takes the genitive, «при» the prepositional («совещания при заместителе главы …»).
  const preposition = /^(у|при)\s/iu.exec(text.replace(/^.*?(?:заседания|совещания)\s+/iu, ''))?.[1]?.toLowerCase();
  const name = stripTrailingPunctuation(preposition === 'при' ? prepositionalToNominative(held) : preposition === 'у' ? genitiveToNominative(held) : genitiveToNominative(m[1]!));
  if (name === '') return null;
  return isAllCaps(name) ? sentenceCaseFromCaps(name) : name;
}

/** A line that names a body of its own: a noun or an adjective in the nominative first («ФЕДЕРАЛЬНОЕ КАЗНАЧЕЙСТВО», «МИНИСТЕРСТВО …»). */
const BODY_START = /^(?:[А-ЯЁ-]+(?:АЯ|ОЕ|ЫЙ|ИЙ|ЫЕ|ИЕ)|МИНИСТЕРСТВО|ДЕПАРТАМЕНТ|КОМИТЕТ|УПРАВЛЕНИЕ|АДМИНИСТРАЦИЯ|ПРАВИТЕЛЬСТВО|СЛУЖБА|АГЕНТСТВО|ИНСПЕКЦИЯ|ГЛАВА|ГУБЕРНАТОР|СОВЕТ|ДУМА|РОССИЙСКАЯ)(?![А-ЯЁ])/u;

/** The issuer above the kind word («ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ / ПОСТАНОВЛЕНИЕ»). */
function issuerAbove(lines: readonly string[], kindLine: number): string | null {
  const block: string[] = [];
  for (let i = kindLine - 1; i >= 0 && block.length < 6; i -= 1) {
    const l = lines[i]!.trim();
    if (l === '') {
      // «АДМИНИСТРАЦИЯ / (blank) / СЕЛЬСКОГО ПОСЕЛЕНИЯ … / (blank) / САМАРСКОЙ ОБЛАСТИ»: a letterhead with a blank line after each line.
      let k = i - 1;
      while (k >= 0 && lines[k]!.trim() === '') k -= 1;
      const above = k >= 0 ? lines[k]!.trim() : '';
      // Only a line that goes on from the one above (a genitive: «СЕЛЬСКОГО ПОСЕЛЕНИЯ», «САМАРСКОЙ ОБЛАСТИ») joins it; «ФЕДЕРАЛЬНОЕ КАЗНАЧЕЙСТВО» under
      // «МИНИСТЕРСТВО ФИНАНСОВ …» is a body of its own.
      // («ФЕДЕРАЛЬНАЯ СЛУЖБА ПО НАДЗОРУ В СФЕРЕ ЗАЩИТЫ / (blank) / ПРАВ ПОТРЕБИТЕЛЕЙ …»: a line that opens with no body's name in
      // the nominative goes on too.)
      const continues = /^[А-ЯЁ-]+(?:ОГО|ЕГО|ОЙ|ЕЙ|ИЯ|ИИ|ЫХ|ИХ|ОВ)(?![А-ЯЁ])/u.test(block[0] ?? '') || (block.length === 1 && !BODY_START.test(block[0] ?? ''));
      if (block.length > 0 && !(continues && k === i - 1 && isAllCaps(above) && findWrittenDates(above).length === 0 && !/^(?:российская\s+федерация|рф)$/iu.test(above))) break;
      continue;
    }
    // («СОВЕТ ДЕПУТАТОВ / СЕЛЬСКОГО ПОСЕЛЕНИЯ УСТЬ-ЮГАН / Нефтеюганского района / Ханты-Мансийского автономного округа – Югры»:
    // the region's name under the body's, in the genitive and in ordinary letters.)
    const genitiveTail = !isAllCaps(l) && /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ого|его|ой|ей)\s+(?:муниципального\s+|автономного\s+)?(?:района|округа|области|края|республики)(?![\p{L}])/u.test(l) && l.length < 80;
    if ((!isAllCaps(l) && !genitiveTail) || findWrittenDates(l).length > 0) break;
    block.unshift(l);
  }
  // (Only under a name in capitals.)
  while (block.length > 0 && !isAllCaps(block[0]!)) block.shift();
  if (block.length === 0) return null;
  const caps = block.filter((l) => isAllCaps(l));
  const tail = block.slice(caps.length).map((l) => l.replace(/\s+[–—-]\s+/gu, ' – '));
  return squash([sentenceCaseFromCaps(squash(caps.join(' ').replace(/\s*-\s*/gu, '-'))), ...tail].join(' '));
}

/** «ПРИКАЗ / МИНИСТЕРСТВА СПОРТА РОССИЙСКОЙ ФЕДЕРАЦИИ»: the issuer in the genitive under the kind word. */
function issuerBelow(lines: readonly string[], kindLine: number): string | null {
  const block: string[] = [];
  for (let i = kindLine + 1; i < lines.length && block.length < 3; i += 1) {
    const l = lines[i]!.trim();
    if (l === '') {
      if (block.length > 0) break;
      continue;
    }
    if (!isAllCaps(l) || findWrittenDates(l).length > 0 || /[№\d]/u.test(l)) break;
    block.push(l);
  }
  const text = block.length > 0 ? sentenceCaseFromCaps(squash(block.join(' '))) : '';
  if (!/^(?:Министерства|Администрации|Правительства|Губернатора|Главы|Мэра|Президента|Департамента|Комитета|Управления|Службы|Агентства)\s/u.test(text)) return null;
  return stripTrailingPunctuation(genitiveToNominative(text));
}

/** The act that approved a plan, named in a line under its title: «(утверждён постановлением администрации города от 10.02.2021 № 122)». */
const APPROVED_BY = /^\(?\s*(?:утв\.|утвержд[её]н[аоы]?|утверждены)\s+(?:постановлением|распоряжением|приказом|решением|указом)(?![\p{L}])/iu;
function approvalPair(lines: readonly string[], kindLine: number, limit: number): Candidate | null {
  const from = Math.max(0, kindLine);
  for (let i = from; i < Math.min(lines.length, from + 8, Math.max(limit, from + 8)); i += 1) {
    // (The line may wrap: «(утв. распоряжением … от 19 мая 2003 г. N / 920-р)».)
    const own = lines[i]!.trim();
    const line = /\)\s*$/u.test(own) ? own : `${own} ${(lines[i + 1] ?? '').trim()}`;
    const m = APPROVED_BY.exec(line);
    if (!m) continue;
    const best = pairsInLine(line.slice(m[0].length), 1).find((c) => c.number !== null && c.date !== null);
    if (best) return best;
  }
  return null;
}

/** «Распоряжение Администрации Калужской области от …» → «Администрация Калужской области». */
function issuerInTitle(line: string): string | null {
  const m = /^(?:постановление|распоряжение|приказ|решение|указ|письмо)\s+(?!от\s|№|N\s*\d)(.+?)\s+(?:от\s+\d|№|N\s*\d)/iu.exec(line.trim());
  if (!m) return null;
  return stripTrailingPunctuation(genitiveToNominative(m[1]!));
}

export function readHeader(z: HeaderZones): HeaderResult {
  const lines = z.lines;
  const bodyStart = Math.max(0, z.bodyStart);
  const headLimit = Math.min(lines.length, Math.max(bodyStart, 1), 60);
  // A web copy may put «Постановление / 348 / 18 мая 2009 года» after the preamble.
  const found = findKind(lines, headLimit) ?? findKind(lines, Math.min(lines.length, 60), true);
  let kind: ProtocolKind = found?.kind ?? 'other';
  const kindLine = found?.line ?? -1;
  const salutation = lines.findIndex((l, i) => i < Math.max(bodyStart + 40, 80) && SALUTATION.test(l.trim()));
  // The address block may run into the letter's first paragraph when no blank line parts them.
  const addresseesEnd = salutation >= 0 ? salutation : Math.min(lines.length, Math.max(headLimit, bodyStart + 3));
  const addressees = kind === 'letter' || kind === 'other' ? earlierOf(readAddressees(lines, addresseesEnd), readAddressees(rightColumn(z.rawLines ?? lines, addresseesEnd), addresseesEnd)) ?? salutationAddressees(lines[salutation], salutation + 1) : null;
  if (kind === 'other' && (salutation >= 0 || addressees)) kind = 'letter';

  const header: ProtocolHeader = { kind, title: null, number: null, date: null, body: null, chair: null, signatory: null };
  let chairText: string | null = null;
  const headEnd = Math.max(bodyStart, salutation >= 0 ? salutation : 0, kindLine >= bodyStart ? kindLine + 4 : 0);
  const pair = numberAndDate(lines, { ...z, bodyStart: headEnd }, kindLine);
  // A plan with no number of its own under its title: «(утв. распоряжением мэра … от 19 мая 2003 г. N 920-р)» gives the approving act's.
  const approved = pair === null && kind === 'plan' ? approvalPair(lines, kindLine, headLimit) : null;
  header.number = (pair ?? approved)?.number ?? null;
  header.date = (pair ?? approved)?.date ?? null;
  // «РЕШЕНИЕ КОЛЛЕГИИ / (протокол заседания коллегии от 19.03.2026 № 1)»: a decision dated and numbered by its meeting's protocol,
  // in the parenthesis under the kind word.
  if (header.number === null && header.date === null && kindLine >= 0) {
    // (Only a line of its own that opens with the parenthesis: «О ходе исполнения решения комиссии (протокол … № 2)» cites another.)
    const own = lines.slice(kindLine + 1, kindLine + 3).find((l) => /^\(\s*(?:выписка\s+из\s+)?протокол/iu.test(l.trim())) ?? '';
    const meeting = /^\(\s*(?:выписка\s+из\s+)?протокол[а-яё]*\s+(?:заседания|совещания)[^()]{0,120}?\)/iu.exec(own.trim());
    const date = meeting ? findWrittenDates(meeting[0])[0] : undefined;
    const sign = meeting ? meeting[0].search(/№|(?<![\p{L}])N(?=\s*\d)/u) : -1;
    if (meeting && date) {
      header.date = date.date;
      header.number = sign >= 0 ? numberAfter(meeting[0], sign) : null;
    }
  }
  // (The line the text starts on, up to its formula, is header too: «Дата: 21 сентября 1941 г. … Исполком решил: 1. …».)
  if (header.date === null) {
    // (Hard-wrapped, that paragraph may reach its formula a line or two further on: its lines up to the formula, joined.)
    const first = lines[headLimit]?.trim() ?? '';
    const para = [first];
    for (let i = headLimit + 1; i < Math.min(lines.length, headLimit + 3) && first !== '' && lines[i]!.trim() !== '' && !FORMULA_COLON.test(para.join(' ')); i += 1) para.push(lines[i]!.trim());
    const joined = para.join(' ');
    const opening = FORMULA_COLON.exec(joined);
    const head = lines.slice(0, headLimit).concat(opening ? [joined.slice(0, opening.index)] : []);
    // (A date in an approval stamp only when no other line has one.)
    const trimmed = head.map((l) => l.trim());
    const stamped = stampLines(trimmed);
    // («ПЕРЕЧЕНЬ ПОРУЧЕНИЙ / Главы города … по итогам выездного совещания … от 14 мая 2025 года»: a list of instructions dated by
    // the meeting its title names, before a signature stamp's day.)
    const meeting = /(?<![\p{L}])по\s+итогам\s+(?:[а-яё]+\s+){0,2}(?:совещания|заседания|встречи|приема|приёма|поездки|объезда|заслушивания)[^.;]{0,200}?\s(?:от|состоявш[а-яё]+)\s+([«"]?\d{1,2}[»"]?\s+[а-яё]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})/iu.exec(trimmed.filter((_, i) => !stamped[i]).join(' '));
    const titled = meeting ? findWrittenDates(meeting[1]!)[0]?.date ?? null : null;
    header.date = standaloneDate(trimmed.map((l, i) => (stamped[i] ? '' : l)), 0) ?? titled ?? standaloneDate(trimmed, 0);
  }
  // («СОГЛАСОВАНО <tab> УТВЕРЖДАЮ / … / «___» _______ 2021 г. <tab> «12» апреля 2021 г. / ПЛАН …»: over a plan with no date of its
  // own, the day its approval stamp was signed — the stamp on the right, the last date of its line.)
  if (header.date === null && kindLine > 0) {
    const top = lines.slice(0, kindLine).map((l) => l.trim());
    const stamped = stampLines(top);
    for (let i = 0; i < top.length && header.date === null; i += 1) if (stamped[i]) header.date = findWrittenDates(top[i]!).at(-1)?.date ?? null;
  }
  // «Председатель … / М.Калинин / … / 30 апреля 1923 года»: a date alone under the signature, the act's own when the head has none.
  if (header.date === null && z.signatureStart !== null) {
    const under = lines.slice(z.signatureStart, Math.min(lines.length, z.attachmentsStart > z.signatureStart ? z.attachmentsStart : lines.length, z.signatureStart + 12)).map((l) => l.trim());
    for (const line of under) {
      const found = findWrittenDates(line)[0];
      if (found && found.index <= 2 && line.length - found.length <= 8 && !/^(?:№|N)/u.test(line)) {
        header.date = found.date;
        break;
      }
    }
  }

  const signature = readSignature(lines, z);
  header.signatory = signature ?? readApproval(lines.slice(0, headLimit));
  const head = lines.slice(0, headLimit);
  header.title = readTitle(kindLine >= 0 ? head.slice(kindLine) : head);

  if (kind === 'letter') {
    header.body = readLetterhead(head);
  } else if (kind === 'protocol' && kindLine >= 0) {
    header.body = protocolIssuer(lines, kindLine);
    const chairAt = head.findIndex((l) => /^\s*(?:председательствова|председательствующ[а-яё]*\s*[:–—-]|председатель\s*(?:комиссии|совета|штаба|рабочей\s+группы)?\s*[:–—-])/iu.test(l));
    if (chairAt >= 0) {
      const block: string[] = [];
      const inline = head[chairAt]!.trim().replace(/^[^:–—-]*[:–—-]?\s*/u, '');
      if (inline && !/^председательствова/iu.test(inline)) block.push(inline);
      for (const raw of head.slice(chairAt + 1)) {
        const l = raw.trim();
        if (/^(?:присутствова|приглаш|члены|повестка|слушали|заслушали|выступил|секретар|решили)/iu.test(l)) break;
        if (l !== '') block.push(l);
        if (block.length >= 4) break;
      }
      header.chair = readChair(block, signature);
      // («Председательствовал: / заместитель главы района, председатель комиссии      Д.А. Сорокин»: the post with the name.)
      const written = squash(block.join(' '));
      if (header.chair !== null && block.length <= 3 && /^\p{L}/u.test(written) && written.includes(header.chair.split(' ')[0]!) && written.split(/\s+/u).length > 2) chairText = written.replace(/[.,;:]+$/u, '');
    }
  }
  if (header.body === null && kindLine >= 0) header.body = issuerAbove(lines, kindLine) ?? issuerInTitle(lines[kindLine]!) ?? issuerBelow(lines, kindLine);
  if (header.body === null && z.formulaSubject) header.body = z.formulaSubject;
  if (header.body === null) header.body = issuerOfCard(lines, Math.max(bodyStart + 12, 30));
  // (An act signed only in its approval stamp: «УТВЕРЖДАЮ / Заместитель Министра … / ________ В.А. Ледовских» is who signed it.)
  return { header, addressees, signatureText: readSignatureText(lines, z) ?? approvalText(lines.slice(0, headLimit)), chairText };
}

/** The issuer's post or body in the instrumental, as a site's document card gives it: «Мэром г. Братска», «Главой администрации …». */
const CARD_ISSUER = /^(Мэром|Главой|Губернатором|Администрацией|Правительством|Президентом|Министерством|Председателем)\s+([^()]{3,90}?)\s*(?:\([^()]{2,60}\))?\s*$/u;
const CARD_NOMINATIVE: Readonly<Record<string, string>> = {
  Мэром: 'Мэр',
  Главой: 'Глава',
  Губернатором: 'Губернатор',
  Администрацией: 'Администрация',
  Правительством: 'Правительство',
  Президентом: 'Президент',
  Министерством: 'Министерство',
  Председателем: 'Председатель',
};

/**
 * «Мэром г. Братска (Иркутская обл.)» on a line of its own with a date on the next («27 марта 2012 года»): the card under a
 * copied act names who issued it. Only when nothing else named the issuer, and only with that date beside it.
 */
function issuerOfCard(lines: readonly string[], limit: number): string | null {
  for (let i = 0; i < Math.min(lines.length, limit); i += 1) {
    const m = CARD_ISSUER.exec(lines[i]!.trim());
    if (!m) continue;
    const next = (lines[i + 1] ?? '').trim();
    if (!/^\d{1,2}(?:\s+[а-яё]+\s+|\.\d{1,2}\.)\d{4}(?:\s*(?:года|г\.?))?$/u.test(next)) continue;
    return `${CARD_NOMINATIVE[m[1]!]!} ${m[2]!}`;
  }
  return null;
}
