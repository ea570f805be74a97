import type { Block } from './layout.js';
import { personName } from './header.js';
import { isInfinitive, splitExecutors } from './executors.js';
import { namesTask, readColumns } from './tables.js';
import { capitalizeFirst, POSITION, TELLS } from './text.js';
import { dayOrdinalValue } from '../deadline/index.js';

/**
 * Parts of the document: header, preamble, operative part(s), signature, attachments.
 * Only the operative part gives assignments: «РЕШИЛИ:», «ПОСТАНОВЛЯЮ:», «ПРИКАЗЫВАЮ:»,
 * «постановила:», «Дума решила:» open one; «СЛУШАЛИ:», «ВЫСТУПИЛИ:», the agenda, the
 * signature and an attachment («УТВЕРЖДЕН …», «Приложение к …», «ПОЛОЖЕНИЕ») close it. A
 * protocol has one operative part per question. Without a formula the numbered list after
 * the header is the operative part; a letter has its body instead.
 */

export type Role =
  | 'formula'
  | 'heard'
  | 'agenda'
  | 'deadline'
  | 'responsible'
  | 'signature'
  | 'attachment'
  | 'salutation'
  | 'footer'
  | 'text';

/** «РЕШИЛИ:», «Решение:», «… ПОСТАНОВЛЯЮ:», «Комиссия решила:», «постановляет:» (with or without the colon when alone). */
const FORMULA_ALONE =
  /^(?:принято\s+решение|приняты\s+решения|решили|решение|решения|постановили|постановляю|постановляет|приказываю|распоряжаюсь|обязываю|поручаю|протокольно\s+решили|комиссия\s+решила|рабочая\s+группа\s+решила|приняли\s+решение|решено)\s*[:.]?$/iu;
const FORMULA_END =
  /(?:^|[\s,])(?:постановля[юе]т?|приказываю|решил[аи]?|решение|распоряжаюсь|обязываю|поручаю|предлагаю|рекомендую|рекомендует|постановил[аи]?|определил[аи]?|протокольно\s+решили|решено|р\s?е\s?ш\s?и\s?л\s?и)\s*:\s*$/iu;

const HEARD = /^(?:(?:слушали|выступили|заслушали)(?![\p{L}])|(?:выступил[аи]?|докладчик|доклад(?:ывал|ывает)|содокладчик|информация|сообщение|обсуждение)\s*[:–—-])/iu;
const AGENDA = /^(?:повестка(?:\s+дня)?|вопросы\s+повестки)\s*[:.]?/iu;
export const DEADLINE_LINE =
  /^\(?\s*(?:срок(?:и)?\s+(?:исполнения|представления|предоставления|направления|подготовки|реализации|выполнения)\s(?:[^:–—]|(?<=\d)[–—](?=\d)){0,160}?\s(?:[–—]\s*|-\s+)(?=до|не\s+позднее|\d|в\s+течение|ежемесячно|ежеквартально|постоянно)|срок(?:и)?(?:\s+(?:исполнения|выполнения|представления|предоставления|реализации|доклада|направления|подготовки|информирования))?(?:\s+(?:поручени[яй]|решени[яй]|мероприяти[яй]))?(?:\s*[:–—-]|\s+(?=(?:до|не\s+позднее|не\s+позже|в\s+течение|ежемесячно|ежеквартально|еженедельно|ежегодно|ежедневно|постоянно|\d)))|доклад(?:\s+в\s+[^–—:-]{1,60})?\s*[–—:-]\s*(?=до|не\s+позднее|\d)|срок(?:и)?\s+(?:окончания|завершения|проведения|исполнения|выполнения)(?:\s+[а-яё]+){0,2}\s+(?=(?:до\s|не\s+позднее\s|\d{1,2}(?:\s+[а-яё]+\s+\d{4}|\.\d{1,2}\.\d{2,4}))))/iu;
/**
 * A term line that names the items it is for: «Срок исполнения пунктов 1–3 – до 25 ноября 2024 года.», «Срок по пунктам 2.1, 2.2:
 * …», «Срок исполнения пп. 1 и 2 – …».
 */
export const NAMED_ITEMS = /^\(?\s*срок(?:и)?(?:\s+(?:исполнения|выполнения|представления))?\s+(?:по\s+)?(?:пункт(?:ам|ов|а)|подпункт(?:ам|ов|а)|пп?\.)\s*(\d{1,2}(?:\.\d{1,2})*(?:\s*(?:[–—-]|,|и)\s*\d{1,2}(?:\.\d{1,2})*)+)\s*(?:настоящего\s+(?:письма|протокола|решения|распоряжения|постановления|приказа)\s*)?[:–—-]\s*/iu;

/** The items a term line names («1–3» → 1, 2, 3; «2.1, 2.2 и 2.4»), or null when it names none. */
export function namedItems(text: string): string[] | null {
  const m = NAMED_ITEMS.exec(text);
  if (!m) return null;
  const out: string[] = [];
  for (const part of m[1]!.split(/\s*,\s*|\s+и\s+/u)) {
    const range = /^(\d{1,2}(?:\.\d{1,2})*)\s*[–—-]\s*(\d{1,2}(?:\.\d{1,2})*)$/u.exec(part.trim());
    if (!range) {
      out.push(part.trim());
      continue;
    }
    const from = range[1]!.split('.');
    const to = range[2]!.split('.');
    // Only a range inside one level («1–3», «2.1–2.4»), at most 20 items.
    if (from.length !== to.length || from.slice(0, -1).join('.') !== to.slice(0, -1).join('.')) return null;
    const a = Number(from[from.length - 1]);
    const b = Number(to[to.length - 1]);
    if (b < a || b - a > 20) return null;
    for (let n = a; n <= b; n += 1) out.push([...from.slice(0, -1), String(n)].join('.'));
  }
  return out.length > 1 ? out : null;
}

/** «По подпункту «з» пункта 1 перечня поручений …:» labels the instruction below it («1.з»). */
export const ITEM_LABEL =
  /^по\s+(?:абзацу\s+\S+\s+)?(?:под)?пункт[уа]\s+[«"]?([а-яёa-z0-9]+(?:\.\d+)*)[»"]?(?:\s+пункта\s+(\d+(?:\.\d+)*))?[^.]{0,200}:\s*$/iu;

const ORDINAL_WORDS = [
  'перв', 'втор', 'трет', 'четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат', 'тринадцат',
  'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат',
];

/** The item a label names: «подпункту «з» пункта 1» → «1.з», «подпункту семнадцатому пункта 1» → «1.17». */
export function labelItem(m: RegExpExecArray): string {
  let own = m[1]!;
  const ordinal = ORDINAL_WORDS.findIndex((stem) => own.toLowerCase().startsWith(stem) && /(?:ому|ему|ый|ой|ий)$/u.test(own));
  if (ordinal >= 0) own = String(ordinal + 1);
  return m[2] ? `${m[2]}.${own}` : own;
}
/** Who answers, named first on a dash line: a body, a post or an abbreviation in the nominative. */
const RESPONSIBLE_DASH = /^(?:(?:[А-ЯЁ]{2,6})\s|(?:[Гг]лавное\s+)?(?:[Уу]правление|[Аа]дминистрация|[Мм]инистерство|[Кк]омитет|[Дд]епартамент|[Оо]тдел|[Гг]лав[аы]|[Рр]уководител[ьи]|[Нн]ачальник)(?:\s|$))/u;

export const RESPONSIBLE_LINE =
  // («Отвественный:» typed without its «т».)
  /^(?:ответ?ственн(?:ый|ые|ая|ое)(?:\s+(?:исполнител[ьи]|за\s+исполнение|лиц[ао]))?|исполнител[ьи]|отв\.)\s*[:–—-]\s*/iu;


const ATTACHMENT_UPPER =
  /^(?:УТВЕРЖДЕН[АОЫ]?|УТВЕРЖДАЮ|ПРИЛОЖЕНИЕ|ПОЛОЖЕНИЕ|ПОРЯДОК|ПРАВИЛА|РЕГЛАМЕНТ|ИНСТРУКЦИЯ|СОСТАВ|ОБЩИЕ\s+ПРИНЦИПЫ|ТРЕБОВАНИЯ|МЕТОДИКА|ПЕРЕЧЕНЬ|КОНЦЕПЦИЯ|ТИПОВ[А-ЯЁ]+|ФОРМА|СОГЛАШЕНИЕ|ДОГОВОР|СТРАТЕГИЯ|ПРОГРАММА|ПАСПОРТ|ИЗМЕНЕНИЯ|ПЛАН)(?![\p{L}])/u;
const ATTACHMENT_LOWER =
  /^(?:утвержден[аоы]?\s*(?:$|постановлением|распоряжением|приказом|решением|указом|протоколом)|приложение(?:\s*(?:№|N)\s*\d+)?(?:\s+к\s+(?:постановлению|распоряжению|приказу|решению|указу|протоколу|письму)|\s*[:.]?\s*$|\s*:\s*на\s+\d)|приложени[ея]\s*:)/iu;

const SALUTATION = /^(?:уважаем|дорог)[а-яё]*\s/iu;
// («С приказом ознакомлены: / Кузнецова О.В. ____»: those who signed that they have read the act are no signature of it.)
const FOOTER = /^(?:с\s+(?:настоящим\s+)?(?:приказом|распоряжением|постановлением|решением|протоколом)\s+ознакомлен[аоы]?(?![а-яё])|ознакомлен[аоы]?\s*:|лист\s+ознакомления|исполнитель(?![а-яё])|исп\.|тел\.|телефон(?![а-яё])|e-?mail\s*:|электронная\s+почта\s*:|рассылка(?![а-яё])|отп\.|\(\s*см\.?\s*прикрепленн|номер\s*:|дата\s+(?:принятия|подписания|опубликования|регистрации|вступления\s+в\s+силу)\s*:|вид\s+документа\s*:|принявший\s+орган\s*:)/iu;

function words(text: string): string[] {
  return text.match(/[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁё]+)?/gu) ?? [];
}

/** A block that is only a person's name: «Ю.И.ИВАШКИН», «В.Черномырдин», «А.В. Дерягин», «Ципорин П.И.». */
export function isNameOnly(text: string): boolean {
  const t = text.replace(/[|_]/gu, ' ').trim();
  if (t.length > 40 || t.length < 4) return false;
  return personName(t) !== null && words(t).length <= 3;
}

function isSignatureStart(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i]!;
  if (b.cells || b.marker) return false;
  const t = b.text.replace(/[|]/gu, ' ').trim();
  // («Поликлиника № 1 ⇥ 02.10.23 – 27.10.23 ⇥ заведующая поликлиникой № 1 / Абрамова Е.С. / Приемное отделение ⇥ …»: a name
  // between two rows of a table is its cell's wrapped line, no signature.)
  if (isNameOnly(t) && blocks[i - 1]?.cells && blocks[i + 1]?.cells && blocks[i - 1]!.line + 1 === b.line) return false;
  if (isNameOnly(t)) return true;
  if (!POSITION.test(t) || t.length > 160) return false;
  const ws = words(t);
  if (ws.length > 16 || ws.some((w) => isInfinitive(w) && /^[а-яё]/u.test(w))) return false;
  if (/[.;:]$/u.test(t) && !/[А-ЯЁ]\.$/u.test(t)) return false;
  // The name follows on the same line or within the next few short lines.
  if (personName(t)) return true;
  for (let j = i + 1; j < Math.min(blocks.length, i + 5); j += 1) {
    const next = blocks[j]!.text.trim();
    if (next.length > 90) return false;
    if (isNameOnly(next) || (personName(next) && next.length < 70)) return true;
  }
  return false;
}

/** The word that heads an approval or agreement stamp: «УТВЕРЖДАЮ», «СОГЛАСОВАНО», «УТВЕРЖДЕН». */
const STAMP_WORD = /^(?:УТВЕРЖДАЮ|СОГЛАСОВАНО|УТВЕРЖДЕН[АОЫ]?|Утверждаю|Согласовано)(?![\p{L}])/u;

function isAttachment(text: string): boolean {
  const t = text.trim();
  if (ATTACHMENT_LOWER.test(t)) return true;
  if (!ATTACHMENT_UPPER.test(t)) return false;
  // Headings are written in capitals: «ПОЛОЖЕНИЕ о …», «ПЛАН мероприятий».
  const head = t.split(/\s+/u)[0]!;
  return head === head.toUpperCase() && head.length >= 4;
}

/** «… Решение: …», «… Поручено: …» inside a question's paragraph, after a sentence that tells what was heard. */
const INLINE_DECISION = /(?<=[.!?»)]\s+)(?:Решение|Решили|Решено|Поручено|Постановили|Принято\s+решение)\s*:\s*(?=\S)/u;
/** «Решили: информацию принять к сведению. Тихорецкому представительству … представлять …»: the formula opening its decisions. */
const OPENING_DECISION = /^(?:Решение|Решили|Решено|Поручено|Постановили|Принято\s+решение|РЕШИЛИ|РЕШЕНИЕ)\s*:\s*(?=\S)/u;

/**
 * «2. О дежурстве в праздничные дни. Захарова И.М. сообщила, что … Решение: Захаровой И.М. согласовать … в срок до 20.12.»: a
 * question's numbered paragraph that holds its decision after «Решение:» (or «Поручено:»), or a paragraph that opens with the
 * formula and goes on with its decisions («Решили: информацию принять к сведению. Тихорецкому представительству …
 * представлять …»), is parted into the question, the formula and the decisions — the first under the paragraph's number, and
 * one more for each sentence (or part after «;») that names who does it («… подрядчику ООО «ДорСтрой» обеспечить …; Бекетову
 * Р.А. усилить контроль …»); a sentence that names no one goes on the decision before it.
 */
export function inlineDecisions(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    // (Also a paragraph of its own under the question's numbered heading: «3. О содержании дорог … / Информация начальника … Поручено:
    // …».)
    const inline = !b.cells && (b.marker || out[out.length - 1]?.marker) ? INLINE_DECISION.exec(b.text) : null;
    const opening = !b.marker && !b.cells ? OPENING_DECISION.exec(b.text) : null;
    if (inline && inline.index >= 20) {
      out.push({ ...b, text: b.text.slice(0, inline.index).trim() }, { ...b, marker: null, text: 'Решение:' });
      decisionParts(b.text.slice(inline.index + inline[0].length)).forEach((part, k) => out.push({ ...b, marker: k === 0 ? b.marker : null, text: part }));
    } else if (opening && b.text.length > opening[0].length + 10) {
      out.push({ ...b, text: 'Решили:' });
      for (const part of decisionParts(b.text.slice(opening[0].length))) out.push({ ...b, text: part });
    } else if (!b.marker && !b.cells && out.length > 0 && out[out.length - 1]!.line === b.line && !out[out.length - 1]!.marker && isFormula(out[out.length - 1]!.text)) {
      // (The layout parted «Решили:» from the decisions it opens on the same line.)
      for (const part of decisionParts(b.text)) out.push({ ...b, text: part });
    } else out.push(b);
  }
  return out;
}

/** A decision's text parted where a sentence or a «;» part names who does it. */
function decisionParts(text: string): string[] {
  const pieces = text
    .trim()
    .split(/(?<=;)\s+|(?<=[^\s.]{3}\.)\s+(?=[А-ЯЁ«])/u)
    .filter((p) => p.trim() !== '');
  const parts: string[] = [];
  for (const piece of pieces) {
    const own = capitalizeFirst(piece.trim());
    if (parts.length === 0 || splitExecutors(own) !== null) parts.push(own);
    else parts[parts.length - 1] = `${parts[parts.length - 1]!} ${piece.trim()}`;
  }
  return parts;
}


export function isFormula(text: string): boolean {
  const t = text.trim();
  return FORMULA_ALONE.test(t) || FORMULA_END.test(t);
}

/** A header's date or number line: «28.03.2024 № 45», «от 5 апреля 2013 г. N 207», «№ 12». */
const HEADER_DATE_LINE = /^(?:от\s+)?(?:«?\d{1,2}»?[.\s]\s*(?:\d{1,2}|[а-яё]+)[.\s]\s*\d{2,4}|№|N\s?\d)/iu;

export function roleOf(blocks: readonly Block[], i: number): Role {
  const b = blocks[i]!;
  const t = b.text.trim();
  if (b.cells) return 'text';
  // «РЕШЕНИЕ» over «28.03.2024 № 45»: a council's kind word in its header, not the decision formula «Решение:».
  const below = blocks[i + 1]?.text.trim() ?? '';
  if (!b.marker && /^решение$/iu.test(t) && HEADER_DATE_LINE.test(below) && below.length <= 120) return 'text';
  if (!b.marker && isFormula(t)) return 'formula';
  // («По второму вопросу» alone on its line over «СЛУШАЛИ: …»: the next question opens, as its «СЛУШАЛИ» does.)
  // (A question's line alone only over what was heard: «По первому вопросу:» over «1.1. …» decisions heads them, it closes nothing.)
  const heardNext = blocks[i + 1] !== undefined && HEARD.test(blocks[i + 1]!.text.trim());
  if (HEARD.test(t) || (QUESTION_ALONE.test(t) && heardNext) || QUESTION_HEARD.test(t)) return 'heard';
  if (!b.marker && AGENDA.test(t)) return 'agenda';
  if ((DEADLINE_LINE.test(t) || NAMED_ITEMS.test(t)) && !b.marker) return 'deadline';
  if (RESPONSIBLE_LINE.test(t) && !b.marker) return 'responsible';
  // «2. Завершить устройство кровли … не позднее 1 октября 2009 г. / – ООО «СтройАльянс» (Гребенкин В.А.), Администрация района»:
  // a dash line of names only under a numbered item says who answers for it.
  if (b.marker?.style === 'dash' && blocks[i - 1]?.marker?.style === 'decimal' && RESPONSIBLE_DASH.test(t) && !/(?<![\p{L}])[а-яё]{3,}(?:ть|ти|ться)(?![\p{L}])/u.test(t) && t.length <= 300) return 'responsible';
  if (SALUTATION.test(t) || /^уважаем[а-яё]*\s+[А-ЯЁ]/u.test(t)) return 'salutation';
  if (!b.marker && FOOTER.test(t)) return 'footer';
  if (!b.marker && isAttachment(t)) return 'attachment';
  if (isSignatureStart(blocks, i)) return 'signature';
  return 'text';
}

export interface Region {
  /** First block index of the operative region. */
  start: number;
  /** One past the last block index. */
  end: number;
  /** The number of the question this region decides («2» for «2. О …» above «РЕШИЛИ:»), if any. */
  question: string | null;
  /** The whole body of a text with no formula and no numbering: only plain orders count there. */
  fallback?: boolean;
}

export interface Structure {
  roles: Role[];
  regions: Region[];
  /** Block index of the first body block (preamble, formula, first item or salutation). */
  bodyStart: number;
  /** Block index of the signature that ends the operative text, or null. */
  signature: number | null;
  /** Block index where attachments begin (blocks.length when none). */
  attachments: number;
  /** Whether an operative formula was found. */
  hasFormula: boolean;
  /** The issuer named in the formula («Пензенская городская Дума решила:»). */
  formulaSubject: string | null;
}

/** The act's kind word alone on its line, its letters maybe spaced («Р А С П О Р Я Ж Е Н И Е»). */
const KIND_ALONE = /^(?:ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|РЕШЕНИЕ|ПРОТОКОЛ|УКАЗ|ПИСЬМО)$/iu;
const PREAMBLE = /^(?:в\s+соответствии|в\s+целях|во\s+исполнение|рассмотрев|руководствуясь|на\s+основании|учитывая|в\s+связи|в\s+рамках|заслушав|обсудив|с\s+целью|согласно|по\s+(?:первому|второму|третьему|четвертому|пятому|шестому|седьмому|восьмому|девятому|десятому|[а-яё]+ому)\s+вопросу|по\s+вопросу|по\s+итогам|по\s+результатам|в\s+дополнение|во\s+изменение|для\s+)/iu;

/** The verbs a letter's body opens with or asks by. */
const LETTER_BODY = /(?<![\p{L}])(?:прошу|просим|просит|обращается|обращаемся|приглашает|приглашаем|информирует|информируем|сообщает|сообщаем|направляет|направляем|доводит|доводим|уведомляет|уведомляем|напоминает|напоминаем|рассмотрел[аи]?|необходимо)(?![\p{L}])/iu;

/** Where the body starts: the first preamble sentence, formula, item, salutation or long paragraph. */
/** A short line that names a body in the nominative and heads a list: «Управление ЖКХ … (Ефимов А.С.):», «Финансовое управление …:». */
function listHeading(b: Block): boolean {
  // (Not a sentence whose subject the body is: «Министерство … направляет план … и просит:».)
  return !b.marker && !b.cells && /:\s*$/u.test(b.text) && b.text.length < 200 && BODY_HEADING.test(b.text) && !TELLS.test(b.text.replace(/\([^()]*\)/gu, ''));
}

/** A body in the nominative opening a line, maybe after an adjective. */
const BODY_HEADING = /^(?:[А-ЯЁ][а-яё]+(?:ое|ый|ий|ая)\s+)?(?:Управление|управление|Отдел|отдел|Комитет|комитет|Департамент|департамент|Администрация|администрация|Министерство|министерство|Служба|служба|Агентство|агентство|Инспекция|инспекция)(?![\p{L}])/u;

/** An act's kind word in capitals on one of the next blocks, and its formula after it: the act's own header is below. */
function actBelow(blocks: readonly Block[], roles: readonly Role[], i: number): boolean {
  const kind = blocks.slice(i + 1, i + 8).findIndex((n) => /^(?:ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|РЕШЕНИЕ|ПРОТОКОЛ|УКАЗ)(?:\s|$)/u.test(n.text));
  return kind >= 0 && roles.slice(i + 2 + kind, i + 16).includes('formula');
}

/** A row of a letterhead beside an address block: short cells, one of them in capitals or the whole row verbless and dateless. */
function letterheadRow(b: Block): boolean {
  const cells = (b.cells ?? []).map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length === 0 || cells.length > 3 || cells.some((c) => c.length > 60)) return false;
  if (cells.some((c) => /\d{1,2}[.\s]\d{1,2}[.\s]\d{2,4}|(?<![\p{L}])(?:до|срок)(?![\p{L}])/iu.test(c))) return false;
  if (cells.some((c) => c.split(/\s+/u).some((w) => /^\p{Ll}+(?:ть|ти|ться)$/u.test(w) && isInfinitive(w)))) return false;
  return /^[А-ЯЁ()«"\s-]{4,}$/u.test(cells[0]!) || cells.every((c) => /^\p{Ll}/u.test(c)) || /^(?:Руководител|Глав|Директор|Начальник|Министр|Председател|Заместител)[а-яё]*(?![\p{L}])/u.test(cells[cells.length - 1]!);
}

/**
 * A block of a signature run: a signature, the signer's name on the line under a post wrapped over two («Кологривского
 * муниципального района ⇥ А.В. Смирнов»), or the heading of the one who kept the minutes («Протокол вел:», «Секретарь:»).
 */
function signsOn(blocks: readonly Block[], roles: readonly Role[], k: number): boolean {
  const b = blocks[k]!;
  if (roles[k] === 'signature') return true;
  if (b.marker || b.text.length >= 120) return false;
  return personName(b.text) !== null || /^(?:протокол\s+вел[аи]?|протоколировал[аи]?|секретарь(?:\s+[а-яё]+)?)\s*:?\s*$/iu.test(b.text.trim());
}

function findBodyStart(blocks: readonly Block[], roles: readonly Role[]): number {
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i]!;
    const t = b.text;
    if (roles[i] === 'formula' || roles[i] === 'salutation' || roles[i] === 'heard' || roles[i] === 'agenda') return i;
    // (A site's menu row above the act's kind word — «| PismoChinovnika.Ru | Контакты |» / … / «ПИСЬМО» — is no part of the body.)
    if (b.cells && t.length <= 80 && blocks.slice(i + 1, i + 9).some((n) => KIND_ALONE.test(n.text.replace(/\s+/gu, '')))) continue;
    // («30.03.2023 ⇥ г. Благовещенск ⇥ № 7»: the header's date, place and number laid out as a row are no part of the body.)
    // («с. Устье ⇥ 07 апреля 2023 года»: the place and the date with no number, too.)
    // (««14» февраля 2024 г. ⇥ ⇥ ⇥ № 112 ⇥ ⇥ ⇥ г. Кострома»: runs of tabs make empty cells; «10.02.2026 ⇥ № ПГ-07/2026»: letters
    // before the number.)
    if (b.cells && b.cells.filter((c) => c.trim() !== '').length <= 4 && (/(?:^|\s)(?:№|N|No\.?)\s?(?:[А-ЯЁA-Z]{1,5}[-\s]?)?\d/u.test(t) || /(?:^|\s)(?:г|с|п|пос|пгт|р\.\s?п|д|ст|х|рп)\.\s?[А-ЯЁ]/u.test(t)) && /\d{1,2}[»"]?[.\s]\s*[\d\p{L}]+[.\s]\d{2,4}/u.test(t) && t.length <= 80) continue;
    // («МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ ⇥ Руководителям органов / РОССИЙСКОЙ ФЕДЕРАЦИИ ⇥ исполнительной власти / …»: a letterhead and the
    // address block beside it, row by row of a layout table at the top, before any verb or date, are the header.)
    if (b.cells && i < 12 && letterheadRow(b)) continue;
    // («Управление ЖКХ … (Ефимов А.С.): / - организовать …»: the line that heads the first list, ending with a colon, opens the body.)
    const heads = i > 0 && listHeading(blocks[i - 1]!) && roles[i - 1] === 'text' ? i - 1 : i;
    if ((b.marker && b.marker.style !== 'dash' && t.length > 0) || b.cells) return b.cells ? i : heads;
    // (A site's bullet above the act's own header — «• Алтайский край / Администрация города … / Р А С П О Р Я Ж Е Н И Е» — is no part of the body.)
    if (b.marker?.style === 'dash' && i > 0 && !(t.length < 80 && blocks.slice(i + 1, i + 5).some((n) => KIND_ALONE.test(n.text.replace(/\s+/gu, ''))))) return heads;
    if (PREAMBLE.test(t) || ITEM_LABEL.test(t)) return i;
    // (Not the kind word with its title run on by a hard wrap: «ПРОТОКОЛ № 6 заседания штаба по подготовке … г. Усолье 21 августа 2024 г.».)
    // (Nor a news item's paragraph over the act it publishes: «… Публикуем текст постановления …» / «ПОСТАНОВЛЕНИЕ» / «от … № …» /
    // … «постановляет:».)
    if (t.length > 200 && /[.:;]$/u.test(t) && !/^(?:ПРОТОКОЛ|ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|РЕШЕНИЕ)(?:\s|$)/u.test(t) && !actBelow(blocks, roles, i)) return i;
    // A letter's first sentence or its ask, shorter than that: «Департамент … информирует о …», «Просим в срок до …».
    if (/[.!]$/u.test(t) && t.split(/\s+/u).length >= 8 && /\p{Ll}{3}/u.test(t) && LETTER_BODY.test(t)) return i;
    // A short ask that opens the letter, with no salutation above it: «Прошу представить в управление образования:».
    if (/^(?:прошу|просим|просьба|предлагаю|предлагаем|рекомендую|рекомендуем|поручаю|обязываю)\s+\p{Ll}/iu.test(t) && /[.:;]$/u.test(t)) return i;
    // An order with no header above it, its verb first: «Рекомендовать руководителям организаций … обеспечить …».
    if (/^(?:[Рр]екомендовать|[Пп]оручить|[Оо]бязать|[Пп]редложить)\s+\p{Ll}/u.test(t) && /[.:;]$/u.test(t) && t.split(/\s+/u).length >= 4) return i;
  }
  return blocks.length;
}

/** «1.» again after «6.» under an unnumbered title: a new list (an attachment such as «Изменения, вносимые в …») begins at the title. */
function restartsList(blocks: readonly Block[], roles: readonly Role[], i: number, maxTop: number): boolean {
  const b = blocks[i]!;
  if (maxTop < 2 || b.marker?.style !== 'decimal' || b.marker.value !== '1') return false;
  const prev = blocks[i - 1];
  if (!prev || prev.marker || prev.cells || roles[i - 1] !== 'text') return false;
  // A table's section heading between two of its rows («Мероприятия в микрорайонах города»): the same table goes on.
  if (b.cells && blocks[i - 2]?.cells) return false;
  return prev.text.length < 200 && (!/[.;:]$/u.test(prev.text) || prev.text === prev.text.toUpperCase());
}

/** «По второму вопросу слушали …», «По вопросу № 2 заслушали …»: the question's speaker, in a narrative protocol. */
const QUESTION_HEARD = /^по\s+(?:вопросу\s*(?:№|N)?\s*\d{1,2}|(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)[а-яё]*\s+вопросу)(?:\s+повестки(?:\s+дня)?)?[,:]?\s+(?:слушали|заслушали|заслушав|выступил[аи]?|доложил[аи]?|информировал[аи]?|сообщил[аи]?)(?![\p{L}])/iu;

/** The number an ordinal names a question by: «По второму вопросу» → «2». */
export function questionNumber(text: string): string | null {
  const m = QUESTION_NAMED.exec(text.trim());
  if (!m) return null;
  if (m[1] ?? m[2]) return m[1] ?? m[2]!;
  const ordinal = /по\s+(\p{L}+)\s+вопросу/iu.exec(m[0])?.[1]?.toLowerCase();
  const value = ordinal ? dayOrdinalValue(ordinal) : null;
  return value === null ? null : String(value);
}

/** «По второму вопросу», «По вопросу № 3:» on a line of its own. */
const QUESTION_ALONE = /^по\s+(?:вопросу\s*(?:№|N)?\s*\d{1,2}|(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)[а-яё]*\s+вопросу)(?:\s+повестки(?:\s+дня)?)?\s*[:.]?$/iu;

/** A formula's line that numbers its question: «По вопросу № 2 …», «По второму вопросу …», «Вопрос 3. …». */
export const QUESTION_NAMED = /^(?:по\s+вопросу\s*(?:№|N)?\s*(\d{1,2})|по\s+(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)[а-яё]*\s+вопросу|вопрос\s*(?:№|N)?\s*(\d{1,2}))(?![\d\p{L}])/iu;

export function readStructure(blocks: readonly Block[]): Structure {
  const roles = blocks.map((_, i) => roleOf(blocks, i));
  const bodyStart = findBodyStart(blocks, roles);
  const formulaAt = roles.map((r, i) => (r === 'formula' && i >= bodyStart - 1 ? i : -1)).filter((i) => i >= 0);
  // A formula at the end of a preamble paragraph names the issuer: «Пензенская городская Дума решила:».
  let formulaSubject: string | null = null;
  const firstFormula = formulaAt[0];
  if (firstFormula !== undefined) {
    const m = /(?:^|[,:]\s+|\)\s+)([А-ЯЁ][^,:;]{3,120}?)\s+(?:решил[аи]?|постановляет|постановил[аи]?|решает)\s*:\s*$/u.exec(blocks[firstFormula]!.text);
    if (m && !/^(?:в\s|во\s|на\s|по\s|учитывая|рассмотрев|руководствуясь)/iu.test(m[1]!)) formulaSubject = m[1]!.trim();
  }

  const regions: Region[] = [];
  let signature: number | null = null;
  let attachments = blocks.length;
  let open: Region | null = null;
  let seenOperative = false;
  let lastNumbered: string | null = null;

  const close = (at: number): void => {
    if (open) {
      open.end = at;
      if (open.end > open.start) regions.push(open);
    }
    open = null;
  };

  let maxTop = 0;
  const topOf = (b: Block): number => (b.marker?.style === 'decimal' && !b.marker.value.includes('.') ? Number(b.marker.value) : 0);
  if (formulaAt.length > 0) {
    for (let i = Math.max(0, bodyStart - 1); i < blocks.length; i += 1) {
      const role = roles[i]!;
      const b = blocks[i]!;
      if (open && restartsList(blocks, roles, i, maxTop)) {
        close(i - 1);
        attachments = i - 1;
        break;
      }
      if (open) maxTop = Math.max(maxTop, topOf(b));
      if (role === 'formula') {
        close(i);
        // («По вопросу № 2 «Об исполнении …» РЕШИЛИ:»: the formula's line numbers its question itself.)
        const named = QUESTION_NAMED.exec(b.text);
        open = { start: i + 1, end: blocks.length, question: named?.[1] ?? named?.[2] ?? lastNumbered };
        seenOperative = true;
        maxTop = 0;
        continue;
      }
      if (role === 'heard' || role === 'agenda') {
        close(i);
        // («2. СЛУШАЛИ: О мерах …»: the question's number stands on its «СЛУШАЛИ».)
        if (role === 'heard' && b.marker && (b.marker.style === 'decimal' || b.marker.style === 'roman')) lastNumbered = b.marker.value;
        // («По второму вопросу слушали …»: the question the ordinal names.)
        else if (role === 'heard' && !b.marker) lastNumbered = questionNumber(b.text) ?? lastNumbered;
        continue;
      }
      if (role === 'signature' && seenOperative) {
        close(i);
        // «Председатель комиссии А.В. Сидоров / Секретарь Н.Н. Орлова»: the block signs from its first name, not the secretary's.
        // (Nor past the signer's name on the line under a post wrapped over two: «Заместитель председателя КЧС и ОПБ / Кологривского
        // муниципального района ⇥ А.В. Смирнов / Секретарь комиссии ⇥ Т.М. Ершова».)
        if (signature === null || (signature < i && !roles.slice(signature + 1, i).every((_, k) => signsOn(blocks, roles, signature! + 1 + k)))) signature = i;
        continue;
      }
      if ((role === 'attachment' || role === 'footer') && seenOperative) {
        close(i);
        attachments = i;
        break;
      }
      // The question a later «РЕШИЛИ:» decides: the last numbered heading before it, inside a region or not.
      if (b.marker && (b.marker.style === 'decimal' || b.marker.style === 'roman')) lastNumbered = b.marker.value;
    }
    close(blocks.length);
  } else {
    // No formula: the numbered list (or the dashes) after the header is the operative part.
    let signed = false;
    // (The stamps' rows may begin above the body's start, their first rows read as the header's.)
    let stampRows = false;
    for (let k = bodyStart - 1; k >= 0 && blocks[k]!.cells && !blocks[k]!.marker; k -= 1) if (blocks[k]!.cells!.some((x) => STAMP_WORD.test(x.trim()))) stampRows = true;
    for (let i = bodyStart; i < blocks.length; i += 1) {
      const role = roles[i]!;
      const b = blocks[i]!;
      // («… Начальник Управления образования Н.В. Шевелёва / Приложение к письму … / | № п/п | Наименование учреждения | …»: a
      // text of prose, signed, and then an attachment — a table there is the attachment's, not the text's operative part.)
      if (!open && !seenOperative && signed && role === 'attachment') {
        attachments = i;
        break;
      }
      if (role === 'signature') signed = true;
      if (open && restartsList(blocks, roles, i, maxTop)) {
        close(i - 1);
        attachments = i - 1;
        break;
      }
      if (open) maxTop = Math.max(maxTop, topOf(b));
      // («|  | УТВЕРЖДЕН постановлением … от 27.01.2026 № 214 |»: a layout table holding the approval stamp opens nothing.)
      // («СОГЛАСОВАНО <tab> УТВЕРЖДАЮ / Начальник … <tab> Глава … / _____ С.П. Ершов <tab> _____ А.С. Пронин / «12» апреля 2021 г.»: two
      // stamps side by side, row after row of a layout table, over the plan they approve, open nothing either.)
      const cellsOnly = b.cells !== null && b.cells !== undefined && !b.marker;
      if (cellsOnly && b.cells!.some((x) => STAMP_WORD.test(x.trim()))) stampRows = true;
      else if (!cellsOnly) stampRows = false;
      const stamp = (b.cells !== null && b.cells !== undefined && b.cells.filter((x) => x.trim() !== '').length === 1 && isAttachment(b.cells.find((x) => x.trim() !== '')!)) || (!open && stampRows);
      if (!open && (b.marker || b.cells) && role !== 'signature' && !stamp) {
        // (The heading of the first list, «Управление ЖКХ …:», opens the part with it.)
        open = { start: i === bodyStart + 1 && !b.cells && listHeading(blocks[bodyStart]!) && roles[bodyStart] === 'text' ? bodyStart : i, end: blocks.length, question: null };
        seenOperative = true;
      }
      if (role === 'signature' && seenOperative) {
        close(i);
        // (The one who kept the minutes signs after the chair: «… М.В. Чернов / Протокол вел: / главный специалист … С.Ю. Еремин».)
        if (signature === null || !roles.slice(signature + 1, i).every((_, k) => signsOn(blocks, roles, signature! + 1 + k))) signature = i;
        continue;
      }
      if ((role === 'attachment' || role === 'footer') && seenOperative && i > bodyStart) {
        close(i);
        attachments = i;
        break;
      }
    }
    close(blocks.length);
    if (regions.length === 0 && bodyStart < blocks.length) {
      const end = Math.min(attachments, ...roles.map((r, i) => (r === 'signature' && i > bodyStart ? i : blocks.length)));
      if (end > bodyStart) regions.push({ start: bodyStart, end, question: null, fallback: true });
    }
  }
  // (The plan after the signature even when its «Приложение 1 к приказу …» heading was not read as an attachment's.)
  const attachedPlan = approvedPlanTable(blocks, regions, signature !== null && signature < attachments ? signature + 1 : attachments);
  if (attachedPlan) regions.push(attachedPlan);
  if (signature === null) {
    for (let i = Math.max(bodyStart, 0); i < Math.min(attachments, blocks.length); i += 1) {
      if (roles[i] === 'signature') {
        signature = i;
        break;
      }
    }
  }
  return { roles, regions, bodyStart, signature, attachments, hasFormula: formulaAt.length > 0, formulaSubject };
}

/** «1. Утвердить прилагаемый план основных мероприятий …», «Утвердить План работы … (прилагается)». */
// (Also «… прилагаемый график представления отчетности …», «… дорожную карту …», «… комплекс мер …», «… перечень мероприятий …».)
const APPROVES_PLAN = /^утвердить\s+(?:прилагаем[а-яё]+\s+|[а-яё]+(?:ый|ую)\s+)*(?:план|график\s+(?:мероприятий|работ|представления|реализации|проведения|подготовки|исполнения|выполнения)|дорожную\s+карту|комплекс\s+мер|перечень\s+(?:мероприятий|мер|поручений))(?:\s|$|[:;,.])/iu;

/** An item that hands out tasks by the act's attachment: «Определить ответственных исполнителей … согласно приложению». */
const ATTACHED_TASKS = /(?:определить|назначить|закрепить)\s+(?:[а-яё]+\s+){0,2}(?:ответственн|исполнител)[^.;]{0,300}(?:согласно\s+приложени|\(приложени|прилагаем)|(?:распределени[ея]|закреплени[ея])\s+[^.;]{0,200}(?:согласно\s+приложени|\(приложени|прилагаем)/iu;

/** A sub-item under «Утвердить прилагаемые:» that names a plan: «комплекс мер …», «план мероприятий …», «график …». */
const PLAN_NAMED = /^(?:план|график\s+(?:мероприятий|работ|представления|реализации|проведения|подготовки)|дорожную\s+карту|дорожная\s+карта|комплекс\s+мер|перечень\s+(?:мероприятий|мер))(?:\s|$)/iu;

const TERM_LABEL = /^срок(?:и)?(?:\s+(?:исполнения|выполнения|проведения|реализации))?\s*[:–—-]/iu;
const WHO_LABEL = /^(?:ответственн(?:ый|ые)(?:\s+исполнител[ьи])?|исполнител[ьи]|отв\.)\s*[:–—-]/iu;

/**
 * The plan written as numbered paragraphs, each with its «Срок:» and «Ответственные:» lines under it («1. Проведение анализа … /
 * Срок: январь 2026 года / Ответственные: отдел …»), under section headings in Roman figures: from its first row to its last
 * row's lines. At least two rows must have both lines, or it is a regulation's numbered text.
 */
function approvedPlanParagraphs(blocks: readonly Block[], attachments: number): Region | null {
  const rowAt = (i: number): boolean => {
    if (blocks[i]?.marker?.style !== 'decimal') return false;
    const next = blocks.slice(i + 1, i + 4);
    return next.some((b) => TERM_LABEL.test(b.text)) && next.some((b) => WHO_LABEL.test(b.text));
  };
  const first = blocks.findIndex((_, i) => i >= attachments && rowAt(i));
  if (first < 0) return null;
  let end = first;
  let rows = 0;
  for (let i = first; i < blocks.length; i += 1) {
    const b = blocks[i]!;
    if (rowAt(i)) {
      rows += 1;
      end = i + 1;
      continue;
    }
    if (TERM_LABEL.test(b.text) || WHO_LABEL.test(b.text)) {
      end = i + 1;
      continue;
    }
    // (A section's heading between rows: «II. Меры по повышению качества …».)
    if (b.marker?.style === 'roman' && i + 1 < blocks.length && rowAt(i + 1)) continue;
    break;
  }
  return rows >= 2 ? { start: first, end, question: null } : null;
}

/**
 * An act that approves a plan, and the plan after its signature as a table with a term column: the plan's rows are the
 * act's tasks (the table, from its header row to its last row, is read as an operative region). An attached regulation, or
 * a table with no term column, stays an attachment.
 */
function approvedPlanTable(blocks: readonly Block[], regions: readonly Region[], attachments: number): Region | null {
  if (attachments >= blocks.length) return null;
  // («1. Утвердить прилагаемые: / 1.1. комплекс мер …; / 1.2. состав рабочей группы …»: the plan named in a sub-item.)
  const approves = (r: Region): boolean => {
    const own = blocks.slice(r.start, r.end);
    return own.some((b) => APPROVES_PLAN.test(b.text)) || (own.some((b) => /(?:^|\s)утвердить(?:\s+прилагаем[а-яё]+)?\s*:\s*$/iu.test(b.text)) && own.some((b) => PLAN_NAMED.test(b.text)));
  };
  // («1. Определить ответственными исполнителями пунктов Перечня … согласно приложению»: an act that hands out tasks by its
  // attachment — then only a table that names the task, the term and who answers.)
  const refers = (r: Region): boolean => blocks.slice(r.start, r.end).some((b) => ATTACHED_TASKS.test(b.text));
  const approving = regions.some(approves);
  if (!approving && !regions.some(refers)) return null;
  const header = blocks.findIndex((b, i) => {
    if (i < attachments || b.cells == null) return false;
    const cols = readColumns(b.cells);
    // (Not a schedule of events the plan's act sets, «№ | Учреждение | Дата проведения»: no task and no one named to answer.)
    return cols?.deadline != null && (cols.executors != null || namesTask(b.cells)) && (approving || (cols.executors != null && cols.task != null));
  });
  if (header < 0) return approving ? approvedPlanParagraphs(blocks, attachments) : null;
  let end = header + 1;
  // (A cell's last words on a line of their own, «миграции», or a page's number between rows: the table goes on after them.)
  // («| 1. Организационные меры … |»: a section heading drawn as one cell across the table.)
  const inTable = (i: number): boolean =>
    blocks[i]!.cells != null || /^\d{1,3}\.\s+\S/u.test(blocks[i]!.text) || ((blocks[i]!.text.length <= 80 || /^\|.*\|$/u.test(blocks[i]!.text.trim())) && blocks.slice(i + 1, i + 3).some((b) => b.cells != null));
  while (end < blocks.length && inTable(end)) end += 1;
  return end > header + 1 ? { start: header, end, question: null } : null;
}
