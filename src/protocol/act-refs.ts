import type { ActRef, Close, Extension, IsoDate } from '../domain.js';
import { genitiveToNominative } from './case-forms.js';
import { findWrittenDates } from './written-date.js';
import { squash, stripTrailingPunctuation } from './text.js';

/**
 * References to items of other acts: «пунктами 1.2.1, 1.2.2, 3.2 протокола заседания
 * рабочей группы … № 3/2019 от 27 июля 2019 года». Used by items that close earlier
 * assignments («Считать исполненными и снять с контроля …») and by extensions
 * («Продлить срок исполнения поручения … до …»). A citation in any other item
 * («во исполнение пункта 3 протокола № 14») is not read as a close.
 */

/** A decision that closes: «Снять с контроля …», «Считать исполненными …», «… признать выполненным»; not «могут быть сняты с контроля». */
export const CLOSES =
  /(?<!(?:могут|может|должны|должен|будут|будет)\s+(?:быть\s+)?)(?<![\p{L}])(?:снять|считать\s+снят[а-яё]*)\s+с\s+контроля|(?<![\p{L}])счита(?:ть|ются)\s+(?:[^.;]{0,80}?\s)?(?:исполненн|выполненн)|(?<![\p{L}])призна(?:ть|ны)\s+(?:[^.;]{0,80}?\s)?(?:исполненн|выполненн)/iu;
// («Снять с контроля пункты 2.1, 2.3 протокола … как исполненные», «… в связи с исполнением»: closed because done.)
const DONE = /счита(?:ть|ются)\s+(?:[^.;]{0,80}?\s)?(?:исполненн|выполненн)|призна(?:ть|ны)\s+(?:[^.;]{0,80}?\s)?(?:исполненн|выполненн)|(?<![\p{L}])как\s+(?:исполненн|выполненн)[а-яё]*|\((?:исполнено|выполнено)\)|в\s+связи\s+с\s+(?:их\s+|его\s+)?(?:исполнением|выполнением)(?=\s*[.;,:)]|\s*$|\s+(?:следующ|указанн|перечисленн|пункт|поручени|решени|постановлени|распоряжени|приказ|протокол)[а-яё]*(?![\p{L}]))/iu;
export const EXTENDS =
  // («Срок исполнения пункта 5 протокола … продлить до 15 декабря 2023 года»: the object first.)
  // («В связи с переносом срока ввода … продлить срок исполнения пункта 2.2 …»: the reason first.)
  // («Продлить до 30 января 2026 года срок исполнения пунктов 1.2, 1.4 …», «Продлить до 30.04.2024 срок …»: the new date before «срок».)
  // («Продлить до 14 апреля 2025 г. срок …»: the year's «г.» in the date; «Установить новый срок исполнения пункта 7 …».)
  // («Пункт 3.1 протокола … № 4 оставить на контроле, продлив срок его исполнения до 30 июня 2025 года»: kept, with a new term.)
  // («п.2.5 протокола №4 от 14.12.17г. - оставить на контроле, срок исполнения продлить до 01.06.2018г.»: the same, the term's own verb.)
  /^(?:(?:под)?пункт[а-яё]*\s+|пп?\.\s*)\d[^;]{0,300}?\s+оставить\s+на\s+контроле\s*,?\s*(?:продлив\s+срок|срок[а-яё]*\s+(?:(?:исполнения|выполнения)\s+)?(?:продлить|перенести)\s+(?:до|на)\s)|^(?:продлить|перенести|изменить)\s+срок|^установить\s+новый\s+срок\s+(?:(?:исполнения|выполнения)\s+)?(?:(?:под)?пункт|поручени|пп?\.)|^(?:продлить|перенести)\s+(?:до|на)\s+(?:[^.;]|\.(?=\d))(?:[^.;]|(?<=\d)\.(?=\d)|(?<=\sг)\.(?=\s)){2,39}?\s+срок[а-яё]*\s+(?:(?:исполнения|выполнения)\s+)?(?:(?:под)?пункт|поручени|пп?\.)|^(?:в\s+связи\s+с|с\s+учетом|с\s+учётом|учитывая|по\s+причине|на\s+основании)\s[^.;]{3,300}?,?\s+(?:продлить|перенести|изменить)\s+срок[а-яё]*\s+(?:(?:исполнения|выполнения)\s+)?(?:(?:под)?пункт|поручени|пп?\.)|^срок[а-яё]*\s+(?:исполнения\s+|выполнения\s+)?(?:по\s+)?(?:под)?(?:пункт|поручени)(?:(?!(?<![\s(](?:г|гг|п|пп|ст|ч|т|кв|д|с|ул))\.\s|;).){0,300}?\s(?:продлить|перенести|продлевается|переносится|продлен|перенесен)(?![\p{L}])|^внести\s+(?:в\s+.{0,400}?)?изменени[ея].{0,600}?(?:заменив|изложив)\s.{0,300}?словами\s+[«"“]?(?:до|в\s+срок\s+до|не\s+позднее)\s/iu;

/**
 * «Внести изменения в постановление … N 670-ПП, изложив пункт 8.2 в следующей редакции: "8.2. До III квартала
 * 2007 года … подобрать …"»: an item restated with a term of its own — the new term of that item.
 */
const RESTATES = /^внести\s+(?:в\s+.{0,400}?)?изменени[ея].{0,600}?изложив\s+(?:под)?пункт\s+(\d+(?:\.\d+)*)\s+(?:[а-яё]+\s+)?в\s+(?:следующей|новой)\s+редакции/iu;
/** «Внести изменение в п. 1 постановления мэра города 19.09.2003 N 1253 "…", изложив в новой редакции: "…"»: the item named first. */
const RESTATES_ITEM_FIRST = /^внести\s+изменени[ея]\s+в\s+(?:под)?(?:пункт[а-яё]*|п\.)\s*(\d+(?:\.\d+)*)\s.{0,400}?изложив\s+(?:его\s+)?в\s+(?:следующей|новой)\s+редакции/iu;

/** The item an amendment restates and the restated text after «… в новой редакции», or null. */
export function restatement(text: string): { item: string; text: string } | null {
  const flat = squash(text);
  const m = RESTATES.exec(flat) ?? RESTATES_ITEM_FIRST.exec(flat);
  return m ? { item: m[1]!, text: flat.slice(m.index + m[0].length) } : null;
}

// («… пунктов 2.1, 2.3 перечня поручений … от 11 декабря 2025 г. № 14»: a list of instructions is an act of its own too.)
const ACT_WORD = '(протокол|распоряжени|приказ|постановлени|решени|поручени|перечн)[а-яё]*';
// («п.1.3, п.2.2 протокола …»: the item's word again before each number.)
const ITEM_LIST = '(\\d+(?:\\.\\d+)*(?:\\s*[–—-]\\s*\\d+(?:\\.\\d+)*)?(?:\\s*(?:,|и)\\s*(?:пп?\\.\\s*)?\\d+(?:\\.\\d+)*(?:\\s*[–—-]\\s*\\d+(?:\\.\\d+)*)?)*)';
// («подпунктом 2.2 пункта 2 протокола …»: the sub-item's own number; its item's after it says nothing more.)
// («Поручение п.3 протокола …», «поручения 2.1–2.3 протокола …»: the item's word cut short, or the items named as instructions.)
const REF = new RegExp(`(?:(?:под)?пункт[а-яё]*\\s+|пп?\\.\\s*|(?:поручени|решени)(?:е|я|й|ям|ями)\\s+)${ITEM_LIST}\\s+(?:пункта\\s+\\d+(?:\\.\\d+)*\\s+)?(${ACT_WORD}.*?)(?=;|(?<![\\s(]г)(?<![\\s.][А-ЯЁ])\\.\\s|\\.$|,\\s*(?:а\\s+также\\s+)?(?:под)?пункт|\\s+и\\s+(?:под)?пункт|\\s+до\\s+\\d|\\s+на\\s+\\d|$)`, 'giu');
/** «Протокол от 28.10.2024 № 42, п. 3»: the act first, its items after it (a control table's cell). */
const ACT_THEN_ITEMS = new RegExp(`(${ACT_WORD}\\s+(?:[^,;№]{0,80}?\\s)?(?:от\\s+\\S+\\s*(?:г\\.\\s*)?)?(?:№|N)\\s*[^\\s,;]+)\\s*,\\s*(?:пп?\\.|(?:под)?пункт[а-яё]*)\\s*${ITEM_LIST}`, 'giu');
/** «Поручения, данные в протоколе … от 27.10.2025 № 42 (пункты 3, 6), считать исполненными»: the items in parentheses. */
const ACT_PAREN_ITEMS = new RegExp(`(${ACT_WORD}\\s+[^()]{0,160}?(?:№|N)\\s*[^\\s,;()]+)\\s*\\(\\s*(?:пп?\\.|(?:под)?пункт[а-яё]*)\\s*${ITEM_LIST}\\s*\\)`, 'giu');
/** «Решения комиссии, принятые на заседании 11.12.2025 (протокол № 4), пункты 1.2, 2.1, снять с контроля»: the meeting's day, its protocol's number in parentheses, the items after. */
const MEETING_THEN_ITEMS = new RegExp(`(?:заседани|совещани)[а-яё]*\\s+(?:от\\s+)?(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*(?:г\\.|года)?\\s*\\(\\s*протокол\\s*(?:№|N)\\s*([^\\s,;()]+)\\s*\\)\\s*,?\\s*(?:пп?\\.|(?:под)?пункт[а-яё]*)\\s*${ITEM_LIST}`, 'giu');
const WHOLE = new RegExp(`(?:^|\\s)(${ACT_WORD}\\s+(?:заседания|совещания)?.*?№\\s*[^\\s,;]+.*?)(?=;|(?<![\\s(]г)(?<![\\s.][А-ЯЁ])\\.\\s|\\.$|$)`, 'iu');

/** «подпунктом «б» пункта 3.1 протокола …»: a lettered sub-item, «3.1.б». */
const LETTER_REF = new RegExp(`подпункт[а-яё]*\\s+«?([а-я])»?\\s+пункта\\s+(\\d+(?:\\.\\d+)*)\\s+(${ACT_WORD}.*?)(?=;|(?<![\\s(]г)(?<![\\s.][А-ЯЁ])\\.\\s|\\.$|,\\s*(?:а\\s+также\\s+)?(?:под)?пункт|\\s+и\\s+(?:под)?пункт|\\s+до\\s+\\d|\\s+на\\s+\\d|$)`, 'giu');

/** «1.1–1.3» → 1.1, 1.2, 1.3 (same level, last number runs). */
function expandItems(list: string): string[] {
  const out: string[] = [];
  for (const raw of list.split(/\s*(?:,|\sи\s)\s*/u)) {
    const piece = raw.replace(/^пп?\.\s*/u, '');
    const range = /^(\d+(?:\.\d+)*)\s*[–—-]\s*(\d+(?:\.\d+)*)$/u.exec(piece.trim());
    if (range) {
      const a = range[1]!.split('.');
      const b = range[2]!.split('.');
      const from = Number(a[a.length - 1]);
      const to = Number(b[b.length - 1]);
      const prefix = a.slice(0, -1).join('.');
      if (a.length === b.length && a.slice(0, -1).join('.') === b.slice(0, -1).join('.') && to >= from && to - from < 100) {
        for (let n = from; n <= to; n += 1) out.push(prefix ? `${prefix}.${n}` : String(n));
        continue;
      }
    }
    const item = piece.trim().replace(/\.$/u, '');
    if (/^\d+(?:\.\d+)*$/u.test(item)) out.push(item);
  }
  return out;
}

/** Read «протокола заседания рабочей группы … № 3/2019 от 27 июля 2019 года». */
export function readActRef(description: string, ownBody: string | null): ActRef {
  const text = squash(description);
  const number = /(?:№|(?<![\p{L}])N)\s*([^\s,;«»"]+)/u.exec(text)?.[1]?.replace(/[.,;]+$/u, '') ?? null;
  // The act's date follows «от»; a bare date elsewhere would be a deadline.
  let date: IsoDate | null = null;
  for (const found of findWrittenDates(text)) {
    if (/(?<![А-ЯЁа-яёA-Za-z0-9_])от\s*$/u.test(text.slice(0, found.index))) {
      date = found.date;
      break;
    }
  }
  const title = /«([^»]+)»/u.exec(text)?.[1] ?? /"([^"]+)"/u.exec(text)?.[1] ?? null;
  let body: string | null = null;
  const issuer = /^[а-яё]+\s+(?:заседания|совещания)\s+(.+?)(?=\s+№|\s+от\s+\d|\s+«|$)/iu.exec(text)?.[1];
  if (issuer) {
    const name = stripTrailingPunctuation(genitiveToNominative(issuer));
    body = ownBody !== null && sameBody(name, ownBody) ? null : name;
  }
  return { number, date, title, body };
}

function sameBody(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/ё/gu, 'е')
      .replace(/[^а-яa-z0-9]+/gu, ' ')
      .trim();
  const x = norm(a);
  const y = norm(b);
  return x === y || x.startsWith(y) || y.startsWith(x);
}

/** Every «пунктами … протокола …» reference of a closing or extending item. */
export function readItemRefs(text: string, ownBody: string | null): Array<{ items: string[]; protocol: ActRef }> {
  const refs: Array<{ items: string[]; protocol: ActRef }> = [];
  for (const m of squash(text).matchAll(LETTER_REF)) refs.push({ items: [`${m[2]!}.${m[1]!}`], protocol: readActRef(m[3]!, ownBody) });
  if (refs.length === 0) for (const m of squash(text).matchAll(REF)) refs.push({ items: expandItems(m[1]!), protocol: readActRef(m[2]!, ownBody) });
  if (refs.length === 0) {
    for (const m of squash(text).matchAll(MEETING_THEN_ITEMS)) refs.push({ items: expandItems(m[3]!), protocol: readActRef(`протокол № ${m[2]!} от ${m[1]!}`, ownBody) });
  }
  if (refs.length === 0) for (const m of squash(text).matchAll(ACT_THEN_ITEMS)) refs.push({ items: expandItems(m[3]!), protocol: readActRef(m[1]!, ownBody) });
  if (refs.length === 0) for (const m of squash(text).matchAll(ACT_PAREN_ITEMS)) refs.push({ items: expandItems(m[3]!), protocol: readActRef(m[1]!, ownBody) });
  return refs;
}

/** The closes of an item that says «снять с контроля» / «считать исполненными». */
export function readCloses(text: string, ownBody: string | null): Close[] {
  const done = DONE.test(text);
  const refs = readItemRefs(text, ownBody);
  if (refs.length > 0) return refs.map((r) => ({ protocol: r.protocol, items: r.items, done }));
  // «Снять с контроля протокол заседания … № 2/2019 от …»: the whole act.
  const whole = WHOLE.exec(squash(text));
  if (whole) return [{ protocol: readActRef(whole[1]!, ownBody), items: [], done }];
  // «Снять с контроля следующие решения: – от 25.09.98 г. N 224/22 "…"; – "…" от 27.02.2001 N 1614»: each act named by date and number.
  const acts = actsByDateAndNumber(squash(text)).map((protocol) => ({ protocol: { ...protocol, body: null }, items: [], done }));
  if (acts.length > 0) return acts;
  // «… поручения Высшего Государственного Совета …, перечисленные в пунктах 1 - 5, 9 - 12, 14 приложения»: items by number, the act by its name only.
  const listed = LISTED.exec(squash(text));
  if (listed) return [{ protocol: { number: null, date: null, title: stripTrailingPunctuation(listed[1]!), body: null }, items: expandItems(listed[2]!), done }];
  return [];
}

const LISTED = new RegExp(`((?:поручени|решени)[а-яё]*\\s+[^,;]{3,200}?)\\s*,?\\s*(?:перечисленн|указанн|предусмотренн|содержащ)[а-яё]*\\s+в\\s+(?:под)?пункт[а-яё]*\\s+${ITEM_LIST}`, 'iu');

const DATE_AND_NUMBER = /(?<![\p{L}])от\s+((?:\d{1,2}\.\d{1,2}\.\d{2,4}|[«"]?\d{1,2}[»"]?\s+[а-яё]+\s+\d{4})\s*(?:г\.|года|г(?![\p{L}]))?)\s*(?:№|N)\s*([^\s,;«»"]+)/giu;

/** «… постановления мэра города 19.09.2003 N 1253 "…"»: an amended act cited with its date and number but no «от». */
function actWithoutFrom(text: string): ActRef | null {
  const m = new RegExp(`${ACT_WORD}\\s+[^"«»]{0,80}?(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*(?:г\\.?\\s*)?(?:№|N)\\s*([^\\s,;«»"]+)`, 'iu').exec(text);
  if (!m) return null;
  const date = findWrittenDates(m[2]!)[0]?.date ?? null;
  const title = /^\s*[«"]([^»"]+)[»"]/u.exec(text.slice(m.index + m[0].length))?.[1] ?? null;
  return { number: m[3]!.replace(/[.,;:)]+$/u, ''), date, title, body: null };
}

/** Acts cited as «от 25.09.98 г. N 224/22 "Об …"», each with its title when one follows in quotes. */
function actsByDateAndNumber(text: string): ActRef[] {
  const out: ActRef[] = [];
  for (const m of text.matchAll(DATE_AND_NUMBER)) {
    // An act cited inside another act's quoted title («"О ходе …, утвержденной решением … от 26.06.98 г. N 198/19"») is not closed itself.
    const item = text.slice(0, m.index).split(/[;–—]\s|(?:^|\s)-\s/u).pop() ?? '';
    if (((item.match(/"/gu) ?? []).length % 2 === 1) || (item.match(/«/gu) ?? []).length > (item.match(/»/gu) ?? []).length) continue;
    const date = findWrittenDates(m[1]!)[0]?.date ?? null;
    const number = m[2]!.replace(/[.,;:)]+$/u, '');
    const after = text.slice(m.index + m[0].length);
    // «"О …"» in angle quotes may hold straight ones; in straight quotes the title ends at the next one.
    const titleMatch = /^\s*«([^»]+(?:«[^»]*»[^»]*)*)»/u.exec(after) ?? /^\s*"([^"]+)"/u.exec(after);
    const title = titleMatch?.[1] ?? null;
    out.push({ number, date, title, body: null });
  }
  return out;
}

/** «Продлить срок исполнения поручения, предусмотренного пунктом 3.4 протокола № 6 от 20.12.2022, до 1 июня 2023 года». */
export function readExtension(
  item: string | null,
  text: string,
  ownBody: string | null,
  /** The due day of a restated item's own text («До III квартала 2007 года …»), read by the deadline grammar. */
  termOf?: (restated: string) => IsoDate | null,
): Extension | null {
  const flat = squash(text);
  const refs = readItemRefs(flat, ownBody);
  const restated = restatement(flat);
  if (restated && termOf) {
    const to = termOf(restated.text);
    const amended = actsByDateAndNumber(flat)[0] ?? actWithoutFrom(flat);
    if (to !== null && amended !== null) return { item, to, protocol: amended, items: [restated.item] };
  }
  // The new date is the last date introduced by «до» or «на», never the act's «от» date.
  let to: IsoDate | null = null;
  for (const found of findWrittenDates(flat)) {
    if (/(?<![А-ЯЁа-яёA-Za-z0-9_])(до|на|по)\s*[«"]?$/iu.test(flat.slice(0, found.index))) to = found.date;
  }
  // («… слова «I квартал 2018 года» заменить словами «III квартал 2018 года»»: the new wording read as a term.)
  const reworded = /заменить\s+словами\s+[«"]([^»"]{3,80})[»"]/iu.exec(flat);
  if (to === null && reworded && termOf) to = termOf(`«${reworded[1]!}»`);
  if (to === null) return null;
  const first = refs[0];
  // «Внести в постановление … от 24.02.2010 N 79 изменение, заменив в подпункте 3.2 пункта 3 слова …»: the amended act and its item.
  const amended = first ? null : actsByDateAndNumber(flat)[0] ?? null;
  // («в графе «Срок исполнения» пункта 5 слова …»: a plan's row.)
  const amendedItems = [...flat.matchAll(/в\s+(?:графе\s+[«"][^»"]{1,40}[»"]\s+)?(?:под)?пункт[а-яё]*\s+(\d+(?:\.\d+)*)/giu)].map((m) => m[1]!);
  return {
    item,
    to,
    protocol: first?.protocol ?? amended ?? { number: null, date: null, title: null, body: null },
    items: first ? refs.flatMap((r) => r.items) : [...new Set(amendedItems)],
  };
}
