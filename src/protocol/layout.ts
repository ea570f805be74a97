import { findTables, resolveDittos, type FoundRow } from './tables.js';
import { isInfinitive } from './executors.js';
import { keepsHyphen, POSITION, squash, unglueVerbs } from './text.js';

/**
 * Layout: the document's lines → logical blocks. A block is one paragraph of the text
 * as a reader sees it: hard-wrapped lines joined, Markdown marks and page furniture
 * dropped, its numbering («1.», «1.2.», «1)», «а)», «(б)», «–», «Статья 5.») split out
 * wherever it stands — at the start of a line, glued to the text («1.Одобрить»), alone
 * on a line above the text, or inside a paragraph («ПОСТАНОВЛЯЮ: 1. … 2. …») — and
 * table rows kept as rows of cells (tab- or bar-separated).
 *
 * Nothing here knows what an assignment is; later stages read the blocks.
 */

export type MarkerStyle = 'decimal' | 'paren' | 'letter' | 'roman' | 'dash' | 'article';

export interface Marker {
  style: MarkerStyle;
  /** «1.2», «3», «а», «IV»; '' for a dash. */
  value: string;
}

export interface Block {
  /** 1-based line where the block starts. */
  line: number;
  /** 1-based last line of the block. */
  endLine: number;
  marker: Marker | null;
  /** The text without its marker, white space squashed. */
  text: string;
  /** Cells of a table row; null for a paragraph. */
  cells: string[] | null;
  /** A blank line stands right before the block. */
  afterBlank: boolean;
  /** A tab row whose first cell is empty: in a copy of a PDF's table, the row above going on. */
  goesOnRow?: boolean;
  /** A row of an item's table of terms, read as a line of that item: the term its cells give («ежемесячно до 5 числа …»). */
  termOf?: string;
}

export interface Layout {
  /** Cleaned lines, `lines[0]` is line 1 (Markdown marks removed, spaced words joined). */
  lines: string[];
  blocks: Block[];
  /** The table reader failed on this text: its tables are read as paragraphs. */
  tablesUnread?: boolean;
  /** A copy saved as one line (or a few): its blocks are the paragraphs it lost. */
  oneLine?: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** «П О С Т А Н О В Л Я Ю», «п о с т а н о в л я е т» → one word (five letters or more, one case). */
function joinSpacedLetters(text: string): string {
  // A cheap test first: most lines have no run of single letters at all.
  // («Р Е Ш И Л:»: the colon glued to the last letter.)
  if (!/(?:^|\s)\S \S \S \S \S(?:\s|$|[:.])/u.test(text)) return text;
  return text.replace(/(?<![\p{L}])(?:\p{Lu} ){4,}\p{Lu}(?![\p{L}])|(?<![\p{L}])(?:\p{Ll} ){4,}\p{Ll}(?![\p{L}])/gu, (m) => m.replace(/ /g, ''));
}

/** A line with Markdown emphasis, headings, escapes and editor bookmarks removed; tabs kept. */
export function cleanLine(raw: string): string {
  const text = raw
    .replace(/\[bookmark:[^\]]*\]/giu, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s{0,3}#{1,6}\s+/u, '')
    .replace(/^\s{0,3}(?:>\s?)+/u, '')
    .replace(/\\([.\-()[\]*_#])/g, '$1')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    // «| 2.1 | … | до 15 апреля 2026 г.,<br>до 1 сентября 2026 г. | …»: a line break inside a Markdown table's cell.
    .replace(/\s*<br\s*\/?>\s*/giu, ' ')
    // A table drawn in box characters («┌───┬───┐», «│ … │ … │»), as a legal database's text export draws it: the same
    // table in «+», «-» and «|».
    .replace(/[\u2500-\u257f]/gu, (ch) => (/[│┃║╎╏┆┇┊┋]/u.test(ch) ? '|' : /[─━═╌╍┄┅┈┉]/u.test(ch) ? '-' : '+'))
    // «-----1.-Администрациям …», «-----В связи с …»: a run of hyphens standing for the first line's indent.
    .replace(/^(\s*)-{3,}(?=[0-9А-ЯЁа-яё«"])/u, (_all, lead: string) => `${lead}    `)
    // «от 31 октября 2005 г. ¦ 651», «2005, ¦ 30»: «№» that a re-encoded copy turned into «¦» (one on the line, inside it;
    // «¦Татарская ССР ¦ 100 ¦» is a table's border).
    .replace(/^([^¦]*\S\s?)¦(?=\s?\d[^¦]*$)/u, '$1№')
    // («¦ п/п | Наименование мероприятия | …»: the number column's «№» at the start of a table's header.)
    .replace(/^(\s*)¦(?=\s?п\s*\/\s*п(?![\p{L}]))/u, '$1№')
    // «от 17 .03. 2011 г.», «15.03. 2024»: a date typed with spaces round its dots.
    .replace(/(?<![\d.])(\d{1,2})(\s*)\.(\d{2})\.(\s*)((?:19|20)\d{2})(?!\d)/gu, (all, d: string, s1: string, m: string, s2: string, y: string) => (s1 + s2 !== '' && Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? `${d}.${m}.${y}` : all))
    // «•⇥Принять к сведению …», «◦⇥подготовить …», «–⇥на проведение …»: Word's list sign and the tab after it, no table's cells.
    .replace(/^(\s*)([•·▪►◦○■□➢✓❖◆–-])\t+(?=\S)/u, '$1$2 ')
    // («o⇥довести до сведения …»: the letter «o» a Word list's second level draws its sign with, in Courier New or Symbol.)
    .replace(/^(\s*)[oо§]\t+(?=\S)/u, '$1◦ ')
;
  // «Уничтожение очагов дикорастущей конопли!от 13 июня 2018 года»: a site's title glued to the date after it.
  // (A scan's recognition errors are put right once, on the raw lines, before the layout and the header read them: parseProtocol.)
  return unglueVerbs(joinSpacedLetters(text)).replace(/([!?»"])(от\s+\d)/gu, '$1 $2');
}

const LATIN_LOOKALIKE: Readonly<Record<string, string>> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };

/**
 * What a scan's recognition puts for a Cyrillic letter or digit, put back: a Latin look-alike inside a Cyrillic word («нoября»,
 * «упрaвляющие», «Сpок»), a «0» or «3» between Cyrillic letters («Кунгурск0го», «бе3аварийному»), a date spaced out or with
 * a letter «О» for its zero («01. 03. 2025», «15.О3.2025»).
 */
export function fixRecognition(text: string): string {
  if (!/[\p{Script=Cyrillic}]/u.test(text) && !/\d\.\s\d|\d\.[ОO]\d|\d[ОO]\.|N[s°º]\s*\d/u.test(text)) return text;
  return text
    // «l5.04.2024», «3О апреля 2О24 г.»: a Latin «l» for «1» and an «О» for «0» written against a digit inside a number
    // (not «2.2.О принятом решении …», the preposition after an item's number).
    // («ЗО.О6.2О19», «2З мая», «1З71»: a «З» for a «3» the same way; a date's shape, «dd.mm.yyyy», read whole.)
    .replace(/(?<![\p{L}\d])(?:[\dlОOЗ]{1,2}\.[\dlОOЗ]{2}\.[\dlОOЗ]{2,4}|[\dlОOЗ]*\d[\dlОOЗ]*(?:\.[\dlОOЗ]+)*)(?![\p{L}\d])/gu, (token) => {
      const digit = (ch: string): string => (ch === 'l' ? '1' : ch === 'З' ? '3' : '0');
      if (/^[\dlОOЗ]{1,2}\.[\dlОOЗ]{2}\.[\dlОOЗ]{2,4}$/u.test(token) && /\d/u.test(token)) return token.replace(/[lОOЗ]/gu, digit);
      if (!/\d/u.test(token)) return token;
      let out = token;
      for (let k = 0; k < 3 && /(?<=\d)[lОOЗ]|[lОOЗ](?=\d)/u.test(out); k += 1) out = out.replace(/(?<=\d)[lОOЗ]|[lОOЗ](?=\d)/gu, digit);
      // («2.2.l.»: an item's last number a Latin «l».)
      return /^\d+(?:\.\d+)+\.l$/u.test(out) ? `${out.slice(0, -1)}1` : out;
    })
    .replace(/[\p{L}\d]+/gu, (word) => {
      if (!/[\p{Script=Cyrillic}]/u.test(word)) return word;
      let out = word;
      // (Only a word whose every Latin letter has a Cyrillic twin: «Wi-Fi», «iPhone», «ГОСТ Р ISO» stay.)
      if (/[A-Za-z]/u.test(out) && !/[A-Za-z]/u.test(out.replace(/[aceopxyABCEHKMOPTX]/gu, ''))) out = out.replace(/[aceopxyABCEHKMOPTX]/gu, (ch) => LATIN_LOOKALIKE[ch]!);
      // («сентя6ря»: a «6» for a «б».)
      if (/\d/u.test(out) && !/\d{2}/u.test(out)) out = out.replace(/(?<=[\p{Script=Cyrillic}])[036](?=[\p{Script=Cyrillic}])/gu, (d) => (d === '0' ? 'о' : d === '3' ? 'з' : 'б'));
      return out;
    })
    // «Ns 312-р», «N° 2», «Nº 4»: the number sign read as Latin letters; «пунктами 1.2, 2.З»: a «З» for a «3» in an item's number;
    // «0 состоянии …», ««0 мониторинге …»: a zero for the preposition «О» before a word in the prepositional.
    .replace(/(?<![\p{L}\d])N[s°º](?=\s*(?:[\dА-ЯЁA-Z_]|п\s*\/))/gu, '№')
    // («С рок: до 15.08.2019», «Cрок»: the capital read apart from its word.)
    .replace(/(?<![\p{L}])С\s+(рок(?:и|а)?)(?=\s*[:–—-])/gu, 'С$1')
    // («во П квартале 2011 года»: «II» read as «П».)
    .replace(/(?<=(?:^|\s)(?:во|в|за|до|к|на|по|с)\s)П(?=\s+(?:квартал|полугоди))/gu, 'II')
    .replace(/(?<=(?:^|[\s,(])\d{1,2}\.)З(?![\p{L}\d])/gu, '3')
    .replace(/(?<=^|[\s«"(])0(?=\s+[а-яё]+(?:е|и|ах|ях)(?![\p{L}]))/gu, 'О')
    .replace(/(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d{2})(?!\d)/gu, '$1.$2.$3')
    .replace(/(?<![\d.])(\d{1,2})\.[ОO](\d)\.((?:19|20)\d{2})(?!\d)/gu, '$1.0$2.$3')
    .replace(/(?<![\d.])(\d)[ОO]\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)/gu, '$10.$2.$3');
}

/** A line that is page furniture: a page number («2», «- 2 -», «Страница 2 из 5»). */
function isPageFurniture(text: string): boolean {
  return /^(?:[-–—]\s*\d{1,3}\s*[-–—]|стр(?:аница)?\.?\s*\d{1,3}(?:\s*из\s*\d{1,3})?)$/iu.test(text) || SITE_INFO.test(text) || RUNNING_HEAD_PAGE.test(text) || DATABASE_PAGE.test(text);
}

/**
 * A legal database's page footer in its export: «КонсультантПлюс ⇥ Страница 3 из 5», «надежная правовая поддержка ⇥
 * www.consultant.ru», «Документ предоставлен КонсультантПлюс», «Система ГАРАНТ … 2/5».
 */
const DATABASE_PAGE = /^(?:КонсультантПлюс(?:\s+страница\s+\d{1,4}\s+из\s+\d{1,4})?|надежная\s+правовая\s+поддержка(?:\s+www\.consultant\.ru)?|www\.consultant\.ru(?:\s+страница\s+\d{1,4}\s+из\s+\d{1,4})?|документ\s+предоставлен\s+КонсультантПлюс|(?:Система|Информационно-правовое\s+обеспечение)\s+ГАРАНТ(?:\s+\d{1,4}\s*\/\s*\d{1,4})?)$/iu;

/** Rows of a table laid out with tabs or «|» whose cells repeat the row above («то же», «-//-»): read as that row's. */
function dittoCells(blocks: Block[]): Block[] {
  const read = resolveDittos(blocks.map((b) => b.cells));
  return blocks.map((b, k) => (read[k] === b.cells ? b : { ...b, cells: [...read[k]!], text: read[k]!.filter((c) => c !== '').join(' ') }));
}

/** A page's running head with its number: «ГБУЗ СО «Сызранская ЦГБ»  Приказ от 02.10.2023 № 512-од ⇥ стр. 2». */
const RUNNING_HEAD_PAGE = /^(?=[^.;:]*(?:приказ|протокол|постановлени|распоряжени|решени)[а-яё]*\s+(?:от\s+\d|№|N\s*\d))[^;:]{5,150}?[^\s;:]\s+стр(?:аница)?\.?\s*\d{1,3}(?:\s*из\s*\d{1,3})?$/iu;

/**
 * A PDF's page breaks copied as text: «2» alone (flush right), «Протокол заседания МРГ № 2 от 23.04.2019», a rule of «___» —
 * the running head is a line the text repeats word for word at two page breaks at least, each time next to a page's bare
 * number or a rule line; the head and the bare numbers beside it are furniture, and the text goes on across them.
 */
function runningHeads(infos: readonly LineInfo[], cleaned: readonly string[], furniture: Set<number>): void {
  const seen = new Map<string, number[]>();
  infos.forEach((l, i) => {
    // (A head names the act — «Протокол заседания МРГ № 2 от 23.04.2019», «Продолжение приложения 1» —: a table's cells repeat
    // names and bodies.)
    if (l.blank || l.text.length < 15 || l.text.length > 150 || cleaned[i]!.includes('|') || /^(?:\d{1,3}[.)]|[а-я]\)|[-–—•])\s/u.test(l.text)) return;
    if (!/\d|протокол|постановлени|распоряжени|приказ|решени|приложени|продолжени|письм|план/iu.test(l.text)) return;
    const at = seen.get(l.text);
    if (at) at.push(i);
    else seen.set(l.text, [i]);
  });
  // (A page's number stands apart from the margin, centred or flush right; a table's row number copied one cell per line stands
  // at the margin.)
  const bareNumber = (i: number): boolean => /^(?:\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—])$/u.test(infos[i]?.text ?? '') && (infos[i]?.indent ?? 0) >= 20;
  const rule = (i: number): boolean => /^\s*[_\-=—–]{10,}\s*$/u.test(cleaned[i] ?? '') || /^_{10,}$/u.test((cleaned[i] ?? '').trim());
  // The lines with text around line i, up to two each way (blank lines skipped; a rule counts as one).
  const near = (i: number, step: 1 | -1): number[] => {
    const out: number[] = [];
    for (let k = i + step; k >= 0 && k < infos.length && out.length < 2; k += step) if (!infos[k]!.blank || rule(k) || /^_{3,}$/u.test((cleaned[k] ?? '').trim())) out.push(k);
    return out;
  };
  // (A head that names the act by its date and number, under a page's number inside the text, is one on its only page break too:
  // «2» / «Протокол заседания штаба от 17.07.2024 № 3» in the middle of an item.)
  const actHead = (i: number): boolean =>
    i >= 10 && /^(?:протокол|постановлени|распоряжени|приказ|решени|продолжени)[а-яё]*\s.*?(?:№|N)\s*\S/iu.test(infos[i]!.text) && !/[.;:]$/u.test(infos[i]!.text) && /\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[а-яё]+\s+\d{4}/u.test(infos[i]!.text) && near(i, -1).some((k) => bareNumber(k));
  // («Решение Совета депутатов … от 24.11.2011 № 312/41» / «2» at the margin, blank lines round them, in the middle of the items:
  // the head and the page's number under it.)
  infos.forEach((l, i) => {
    if (i < 10 || l.blank || !infos[i - 1]?.blank || !/^\d{1,3}$/u.test(infos[i + 1]?.text ?? '') || infos[i + 2]?.blank === false) return;
    if (!/^(?:протокол|постановлени|распоряжени|приказ|решени|продолжени)[а-яё]*\s.*?(?:№|N)\s*\S/iu.test(l.text) || /[.;:]$/u.test(l.text) || !/\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[а-яё]+\s+\d{4}/u.test(l.text)) return;
    for (let k = i; k < infos.length && (k <= i + 1 || infos[k]!.blank) && !cleaned[k]!.includes('|'); k += 1) furniture.add(k);
  });
  for (const lines of seen.values()) {
    if (lines.length < 2 && !(lines.length === 1 && actHead(lines[0]!))) continue;
    const marked = lines.filter((i) => [...near(i, -1), ...near(i, 1)].some((k) => bareNumber(k) || rule(k) || /^_{3,}$/u.test((cleaned[k] ?? '').trim())));
    // (Pages apart: a table flattened one cell per line repeats a name next to its rows' bare numbers every few lines.)
    if ((marked.length < 2 && !(lines.length === 1 && marked.length === 1)) || marked.some((i, k) => k > 0 && i - marked[k - 1]! < 20)) continue;
    for (const i of marked) {
      const page = [i, ...[...near(i, -1), ...near(i, 1)].filter((k) => bareNumber(k) || rule(k))];
      // (With the blank lines after each: the text goes on across the break as across a page's number.)
      for (const k of page) {
        furniture.add(k);
        for (let b = k + 1; b < infos.length && infos[b]!.blank && !cleaned[b]!.includes('|'); b += 1) furniture.add(b);
      }
    }
  }
}

/** A site's lines about the page, written as a list: «- Подробности», «- Опубликовано: 08.07.2022 11:58», «- Просмотров: 177». */
const SITE_INFO = /^[-–•·]?\s*(?:Подробности|(?:Опубликовано|Создано|Обновлено|Просмотров|Просмотры|Хиты)\s*:\s*[\d.:\s\p{L}-]{1,40})$/u;

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV)$/u;

interface MarkerHit {
  marker: Marker;
  /** The text after the marker ('' when the marker stands alone). */
  rest: string;
}

/** Numbers that are not item numbers: dates («19.04.1994»), amounts («2.559.949»), years («1997 года»). */
function plausibleNumber(value: string): boolean {
  const parts = value.split('.');
  if (parts.length > 10) return false;
  return parts.every((p, i) => p.length <= 3 && !(p.length > 1 && p.startsWith('0')) && Number(p) > 0 && (i === 0 ? Number(p) < 200 : Number(p) < 100));
}

/** The numbering at the start of a (trimmed) line, if any. */
export function readMarker(text: string): MarkerHit | null {
  // «Статья 43.», «Статья 5. Порядок …»
  const article = /^статья\s+(\d{1,3}(?:\.\d{1,2})?)\.?(?:\s+|$)(.*)$/iu.exec(text);
  // («Статья 67.1 Конституции Российской Федерации определяет, что …»: an article of another act cited in a sentence.)
  if (article && !/^(?:конституции|(?:федерального\s+|областного\s+|краевого\s+)?закона|кодекса|устава|положения|указа|постановления|правил)(?![\p{L}])/iu.test(article[2]!)) {
    return { marker: { style: 'article', value: article[1]! }, rest: article[2]! };
  }

  // «2.3–2.4. [Пункты содержат информацию ограниченного доступа …]»: items left out of a published copy, numbered as a range —
  // an item of its own (the first number), not the words of the item above.
  const range = /^(\d{1,3}(?:\.\d{1,3}){1,5})\s*[–—-]\s*\d{1,3}(?:\.\d{1,3}){1,5}\.\s+(\S.*)$/u.exec(text);
  if (range) return { marker: { style: 'decimal', value: range[1]! }, rest: range[2]! };

  // «1 .3. Отделу …», «3 . Управлению …», «5, Комиссии …»: a scan's reading of «1.3.», «3.», «5.» — a stray space before the dot,
  // a comma for it — before a capital.
  // («3 .Рекомендовать …», «4,Провести …»: the same, glued to the capital.)
  const scanned = /^(\d{1,2})(?:\s\.(\d{1,2})\.?|\s\.|,)(?:\s+|(?=[А-ЯЁ][а-яё]))(?=[«"(А-ЯЁ])(.*)$/u.exec(text);
  if (scanned && plausibleNumber(scanned[1]!)) return { marker: { style: 'decimal', value: scanned[2] ? `${scanned[1]!}.${scanned[2]}` : scanned[1]! }, rest: scanned[3]! };

  // «1.2.», «1.2», «1.», «1)», «1.2)», «1.Одобрить»
  // «1.-Администрациям …», «2. – Рекомендовать …»: a dash after the number's dot.
  const decimal = /^(\d{1,3}(?:\.\d{1,3}){0,9})(\.|\))?(?:(?<=[.)])\s*[-–—]\s*(?=[«"„(А-ЯЁA-Zа-яё])|\s+|(?=[«"„(А-ЯЁA-Z])|(?<=\d\.\d{1,3}\.)(?=[а-яё])|$)(.*)$/u.exec(text);
  if (decimal) {
    const value = decimal[1]!;
    const mark = decimal[2];
    const rest = decimal[3]!;
    if (!plausibleNumber(value)) return null;
    const multi = value.includes('.');
    // «25.11.99 N 868», «19.04.1994 г.»: a date wrapped to the start of a line, not an item.
    const segments = value.split('.');
    if (segments.length === 3 && (Number(segments[2]) >= 32 || /^(?:г\.|года|г(?![\p{L}])|N\s*\d|№)/u.test(rest))) return null;
    // A bare «10 дней …» or «1997 года» is text, not a number: a single number needs «.» or «)».
    if (!multi && !mark) return null;
    // «1.2 тыс.», «3.5 %»: a decimal fraction, not an item.
    if (multi && !mark && /^(?:тыс\.?|млн\.?|млрд\.?|%|процент[а-яё]*|руб\.?|рубл[а-яё]*|га|км|м|кв\.?|шт\.?)(?![\p{L}])/iu.test(rest)) return null;
    // «2.559.949.696 рублей», «1.5 раза» (not «3.2.3. раз в полугодие … представлять», a sub-item's number with its dot).
    if (multi && !(mark === '.' && value.split('.').length >= 2 && /^раз\s+в\s/iu.test(rest)) && /^(?:раз|раза|рубл[а-яё]*)(?![\p{L}])/iu.test(rest)) return null;
    // («2.1) обеспечить …»: a sub-item's number with a bracket is a decimal number all the same.)
    return { marker: { style: mark === ')' && !multi ? 'paren' : 'decimal', value: value.replace(/\.$/u, '') }, rest };
  }
  // «а)», «(а)», «а.» (Cyrillic or Latin)
  const letter = /^\(?([а-яёa-z])\)\s*(.*)$/u.exec(text) ?? /^([а-яё])\.\s+(.*)$/u.exec(text);
  if (letter) {
    // «в. Москва»… a lone «в.»/«с.»/«г.» is a place, not a sub-item.
    if (/^[всгдпу]$/u.test(letter[1]!) && /^\S+\.\s/u.test(text) && !text.includes(')')) return null;
    // «ф. 703, оп. 3, д. 19», «л. 181», «ч. 2 ст. 5»: an archive's or a law's abbreviation before its number, not a sub-item.
    if (/^[флдпчтсгмк]$/u.test(letter[1]!) && /^\S\.\s*\d/u.test(text)) return null;
    return { marker: { style: 'letter', value: letter[1]! }, rest: letter[2]! };
  }
  // «I.1. Впредь до …», «II.3 Главам …»: a section's roman number and the item's own.
  const romanItem = /^([IVX]{1,4})\.(\d{1,2})\.?\s+(?=[«"(А-ЯЁA-Zа-яё])(.*)$/u.exec(text);
  if (romanItem && ROMAN.test(romanItem[1]!)) return { marker: { style: 'decimal', value: `${romanItem[1]!}.${romanItem[2]!}` }, rest: romanItem[3]! };
  // «IV. О …»
  const roman = /^([IVX]{1,4})\.\s+(.*)$/u.exec(text);
  if (roman && ROMAN.test(roman[1]!)) return { marker: { style: 'roman', value: roman[1]! }, rest: roman[2]! };
  // «- Утвердить …», «• …», «– в срок …», «◦ подготовить …» (the sign kept: Word's second level has a sign of its own)
  const dash = /^([-–—•·▪►*◦○■□➢✓❖◆])\s*(?=\S)(.*)$/u.exec(text);
  if (dash && !/^[-–—]{2,}/u.test(text) && !/^[-–—]\s*\d{1,3}\s*[-–—]?$/u.test(text)) {
    // «- 1.Разработать …», «- 2. Обеспечить …»: a site's list sign before the item's own number; the number is the item's.
    const numbered = /^\d/u.test(dash[2]!) ? readMarker(dash[2]!) : null;
    if (numbered && numbered.marker.style === 'decimal' && numbered.rest !== '') return numbered;
    return { marker: { style: 'dash', value: dash[1]! === '-' || dash[1]! === '—' ? '–' : dash[1]! }, rest: dash[2]! };
  }
  return null;
}

/** Lines that always start a block of their own: operative formulas, «Срок:», «Ответственный:», protocol sections. */
const OWN_LINE =
  /^(?:срок(?:и)?(?![\p{L}])|ответственн|исполнител[ьи]\s*[:–—-]|отв\.\s*:|слушали|выступили|заслушали|решили|решение\s*:|постановили|повестка|председательствова|присутствова|приглашен|секретар|докладчик|информаци[яю]\s*:)/iu;
/** «Срок: …», «РЕШИЛИ:» start their own block; «срок до …» in lower case after an unfinished sentence is that sentence wrapped. */
function ownLine(text: string, previous: string): boolean {
  if (!OWN_LINE.test(text)) return false;
  return /^[А-ЯЁ(]/u.test(text) || endsSentence(previous);
}

const FORMULA_END = /(?:постановля[юе]т?|приказываю|решил[аи]?|решение|распоряжаюсь|обязываю|поручаю|предлагаю|рекомендую|постановил[аи]?|определил[аи]?|протокольно\s+решили)\s*:\s*$/iu;

/** The stems of the months' names, in any case. */
const MONTH_STEM = 'январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр';

/** Prepositions and conjunctions after which a sentence cannot end. */
const DANGLING = /(?:^|\s)(?:в|во|на|с|со|и|по|к|ко|от|для|о|об|за|из|при|до|а|или|что|как|не|ни|через|между|под|над|без|также|том|числе|№|N)$/iu;

/** A line that is a kind word, a number or a full date alone. */
export const CARD_LINE =
  /^(?:(?:постановление|распоряжение|приказ|решение|указ|письмо|протокол)|(?:№|N)?\s*\d{1,5}(?:[-/][0-9А-Яа-яЁё]{1,6})?|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+\d{4}(?:\s*(?:года|г\.?))?|\d{1,2}\.\d{1,2}\.\d{4}(?:\s*г\.?)?)$/iu;

function endsSentence(text: string): boolean {
  // «(Иванова И.И.)»: the dot belongs to the initials, the sentence goes on.
  if (/(?:^|[\s(])[А-ЯЁ]\.\s?[А-ЯЁ]\.\)?$/u.test(text)) return false;
  return /[.!?;:]["»)]?$/u.test(text) || /[»"]\.$/u.test(text);
}

/** «г.», «т.д.», «А.В.» at the end: the dot closes an abbreviation, not the sentence. */
function endsWithAbbreviation(text: string): boolean {
  // («… маршрута N 81 "Ул.» at a wrapped line's end: a street in a quoted name.)
  return /(?:^|[\s("«„])(?:г|гг|т\.д|т\.п|ст|п|пп|ч|час|мин|руб|тыс|млн|др|им|ул|д|обл|р-на|р-н|с|пос|кв|м|см|прил|пр|пр-т|пл|пер|[А-ЯЁ]\.[А-ЯЁ])\.$/iu.test(text);
}

interface LineInfo {
  n: number;
  text: string;
  indent: number;
  blank: boolean;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Cells of a table row: tab-separated («</td>» rendered as a tab) or «| a | b |». */
function rowCells(raw: string): string[] | null {
  const trimmed = raw.trim();
  if (/^\|.*\|$/u.test(trimmed)) {
    const cells = trimmed.slice(1, -1).split('|').map((c) => squash(c));
    if (cells.every((c) => /^:?-{2,}:?$/u.test(c) || c === '')) return [];
    return cells.length >= 2 ? cells : null;
  }
  if (!raw.includes('\t')) return null;
  const cells = raw.split('\t').map((c) => squash(c));
  const filled = cells.filter((c) => c !== '');
  if (filled.length < 2) return null;
  // «Министр ⇥ В.Е. Сорокин»: a signature laid out with a tab, a post and a name — no table's row.
  if (filled.length === 2 && SIGNING_POST.test(filled[0]!) && /^(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)$/u.test(filled[1]!)) return null;
  // «1.2.⇥Министерству лесного хозяйства …», «а)⇥обеспечить …»: Word's tab after an item's number opens a paragraph, not a row.
  if (cells.length === 2 && cells[0] !== '' && /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[а-я]\)|[IVX]{1,4}\.)$/u.test(filled[0]!)) return null;
  // Leading empty cells are indentation; trailing ones are empty columns. (Not a row's continuation in a copy of a PDF's table,
  // « ⇥ по обеспечению … ⇥ 2015 г. ⇥ инвалидов,»: its first column empty, the others going on, as the lines above it start
  // with a number cell.)
  if (!/^\s*\t/u.test(raw)) while (cells.length > 0 && cells[0] === '') cells.shift();
  // («⇥1.⇥Провести …⇥до 1 апреля»: a tab before a row's number is indentation all the same.)
  else if (cells[0] === '' && /^\d{1,3}(?:\.\d{1,3})*\.?$/u.test(cells[1] ?? '')) cells.shift();
  return cells;
}

/** The post a signature opens with: «Министр», «Глава района», «Председатель комиссии», «И.о. начальника …». */
const SIGNING_POST = /^(?:Министр|Глава|Председатель|Директор|Начальник|Заместитель|Руководитель|Губернатор|Мэр|Первый|Главный|Исполняющий|И\.\s?о\.|Врио|Секретарь|Управляющий|Заведующ[а-я]+|Ректор|Прокурор)(?:\s|$)/u;

/** «1.1 | Обеспечить … | Главы поселений | до 17.01.2025»: a row written with inner bars only (three cells at least). */
const BARE_ROW = /^[^|]+?\s\|\s.*?\S\s\|\s.*[^|\s]$/u;

/**
 * Rows written with inner bars only, two or more in a run, given their outer bars («a | b | c» → «| a | b | c |») so that
 * they read as every other table. (Rows that end with a bar, «1. | Провести … | до 1 мая |», are a layout of their own,
 * read by `findTables`; a single such line is no table.)
 */
/**
 * «Школьному координатору Черновой Н.А.: / ⇥обеспечить получение …; / ⇥подготовить справку …»: a list's sign a copy lost, its tab
 * kept — each line under a heading that ends with «:» (or under such a line before it), its verb first in lower case and no
 * other tab on it (a table's row has more), is the list's line.
 */
function lostSigns(lines: string[]): string[] {
  const out = [...lines];
  let previous = '';
  for (let i = 0; i < out.length; i += 1) {
    const line = out[i]!;
    if (line.trim() === '') continue;
    const lost = /^\t+(\p{Ll}+(?:ть|ти|ться))(?![\p{L}])/u.exec(line);
    if (lost && !line.slice(lost[0].length).includes('\t') && (/:\s*$/u.test(previous) || (/^•\s/u.test(previous) && /;\s*$/u.test(previous)))) out[i] = `• ${line.replace(/^\t+/u, '')}`;
    previous = out[i]!;
  }
  return out;
}

function closeBareRows(lines: string[]): string[] {
  const bare = lines.map((l) => !l.includes('\t') && BARE_ROW.test(l.trim()));
  // («2 | Ускорить ремонт котельной, | … / ⇥ | обеспечить еженедельный контроль … | | »: a row with its first cell blank, as many
  // cells as the row above.)
  const blankFirst = lines.map((l, i) => i > 0 && bare[i - 1] === true && !bare[i] && !l.includes('\t') && /^\s*\|/u.test(l) && l.split('|').length === lines[i - 1]!.split('|').length);
  return lines.map((l, i) => (blankFirst[i] ? `| ${l.replace(/\s+$/u, '')} |` : bare[i] && (bare[i - 1] === true || bare[i + 1] === true) ? `| ${l.trim()} |` : l));
}

export function layout(rawLines: readonly string[]): Layout {
  const cleaned = lostSigns(closeBareRows(rawLines.map(cleanLine)));
  const infos: LineInfo[] = cleaned.map((raw, i) => {
    const text = squash(raw.replace(/\t/g, ' '));
    const indent = /^[ \t]*/u.exec(raw)![0].replace(/\t/g, '    ').length;
    // (A table's rule «+----+-----+» between its rows is no text.)
    return { n: i + 1, text, indent, blank: text === '' || /^[|\s]*$/u.test(text) || /^[+|]?[-=]{3,}(?:[+|][-=]{3,})*[+|]?$/u.test(text) };
  });
  const lengths = infos.filter((l) => !l.blank).map((l) => l.text.length + l.indent);
  const wrap = percentile(lengths, 0.8);
  // Hard-wrapped text (a monospaced copy): most long lines end mid-sentence.
  const long = infos.filter((l) => !l.blank && l.text.length + l.indent >= wrap * 0.85);
  const wrappedShare = long.length === 0 ? 0 : long.filter((l) => !endsSentence(l.text)).length / long.length;
  const hardWrapped = wrap >= 40 && wrap <= 110 && wrappedShare >= 0.5;
  const baseIndent = percentile(infos.filter((l) => !l.blank).map((l) => l.indent), 0.3);

  // A page's number and the blank lines after it are not there: the text goes on across the page break
  // (a sentence in lower case after the blank line before it, see continuesAcrossBlank).
  const furniture = new Set<number>();
  infos.forEach((info, i) => {
    // («                                                        2»: a page's number flush right, as a PDF's text lays it out.)
    if (info.blank || !(isPageFurniture(info.text) || (info.indent >= 40 && /^\d{1,3}$/u.test(info.text)))) return;
    furniture.add(i);
    // (A line that is only «|» closes a table's cell: it stays.)
    // (Nor a table's rule, «+---+---+» or «┌──┬──┐», which opens the table going on after the page.)
    for (let k = i + 1; k < infos.length && infos[k]!.blank && !cleaned[k]!.includes('|') && !/[-=]{3,}/u.test(cleaned[k]!); k += 1) furniture.add(k);
  });
  runningHeads(infos, cleaned, furniture);
  // A hard-wrapped copy with a blank line after every line (each line saved as a paragraph): the blank lines say
  // nothing, and the text is read as if they were not there.
  const texts = infos.filter((l) => !l.blank);
  const spacedOut = infos.filter((l, i) => !l.blank && infos[i + 1]?.blank === true && infos[i + 2]?.blank === false).length;
  const spacedBlanks = new Set<number>();
  if (texts.length >= 12 && spacedOut >= texts.length * 0.8 && texts.filter((l) => !endsSentence(l.text)).length >= texts.length * 0.4) {
    infos.forEach((l, i) => {
      if (l.blank && infos[i - 1]?.blank === false && infos[i + 1]?.blank === false && !furniture.has(i)) {
        furniture.add(i);
        spacedBlanks.add(i);
      }
    });
  }
  // Tables are found in the lines without them, their rows placed back at the lines they came from.
  const kept = cleaned.map((_, i) => i).filter((i) => !furniture.has(i));
  // (A plan saved on one line gives all its rows on that line.)
  const tableRows = new Map<number, FoundRow[]>();
  // Tables are read by heuristics over layouts no one foresaw: one that throws leaves its lines as paragraphs, said in a
  // warning (`tablesUnread`), rather than the whole document unread.
  let found: FoundRow[] = [];
  let tablesUnread = false;
  // (A table copied column by column parts its cells with blank lines, as a text spaced out does its lines: read both ways, the
  // reading that finds more rows is the table's.)
  let tableLines = kept;
  try {
    found = findTables(kept.map((i) => cleaned[i]!));
    if (spacedBlanks.size > 0) {
      const withBlanks = cleaned.map((_, i) => i).filter((i) => !furniture.has(i) || spacedBlanks.has(i));
      const other = findTables(withBlanks.map((i) => cleaned[i]!));
      if (other.length > found.length) {
        found = other;
        tableLines = withBlanks;
      }
    }
  } catch {
    tablesUnread = true;
  }
  for (const r of found) {
    const row = { ...r, from: tableLines[r.from]!, to: tableLines[r.to]! };
    tableRows.set(row.from, [...(tableRows.get(row.from) ?? []), row]);
  }
  const blocks: Block[] = [];
  let current: Block | null = null;
  let lastLine: LineInfo | null = null;
  let sawBlank = false;
  let pendingMarker: { marker: Marker; line: number } | null = null;

  const close = (): void => {
    if (current) blocks.push(current);
    current = null;
  };
  const open = (info: LineInfo, marker: Marker | null, text: string, line = info.n): void => {
    close();
    current = { line, endLine: info.n, marker, text, cells: null, afterBlank: sawBlank };
    sawBlank = false;
  };

  for (let i = 0; i < infos.length; i += 1) {
    const info = infos[i]!;
    const here = tableRows.get(i);
    if (here) {
      close();
      for (const row of here) {
        if (row.lead !== undefined) blocks.push({ line: info.n, endLine: info.n, marker: null, text: squash(row.lead), cells: null, afterBlank: sawBlank });
        const first = readMarker(row.cells[0] ?? '');
        const marker = /^\d{1,3}(?:\.\d{1,3})*\.?$/u.test((row.cells[0] ?? '').trim()) ? { style: 'decimal' as const, value: (row.cells[0] ?? '').trim().replace(/\.$/u, '') } : first && first.rest === '' ? first.marker : null;
        blocks.push({ line: info.n, endLine: row.to + 1, marker, text: row.cells.filter((c) => c !== '').join(' '), cells: row.cells, afterBlank: sawBlank });
        sawBlank = false;
      }
      const row = here[here.length - 1]!;
      lastLine = infos[row.to]!;
      pendingMarker = null;
      i = row.to;
      continue;
    }
    if (furniture.has(i)) continue;
    if (info.blank) {
      sawBlank = true;
      continue;
    }
    // A blank line closes the block, unless the sentence goes on in lower case after it (a copy with a blank line after every line).
    if (sawBlank && current !== null && !continuesAcrossBlank(current, info)) close();
    // «⇥⇥⇥МКУ «Служба заказчика» (Горбачев В.И.)» under a row of tabs: one cell of that row going on, in its column.
    const previousBlock = blocks[blocks.length - 1];
    const goingOn = current === null && !sawBlank && previousBlock?.cells && previousBlock.endLine === info.n - 1 && /^\t{2,}\S/u.test(cleaned[i]!) ? cleaned[i]!.split('\t').map((c) => squash(c)) : null;
    // «4. ⇥ Представлять … ⇥ Главы сельсоветов ⇥ ежедневно до 08.00, / начиная с 12.04.2025»: a tab row's last cell going on in
    // lower case on a line with no tabs, after a comma.
    const lastCells = previousBlock?.cells;
    if (current === null && !sawBlank && lastCells && previousBlock!.endLine === info.n - 1 && !cleaned[i]!.includes('\t') && !cleaned[i]!.includes('|') && /^\p{Ll}/u.test(info.text) && info.text.length <= 80 && /,\s*$/u.test(lastCells[lastCells.length - 1] ?? '')) {
      const cellsNow = [...lastCells.slice(0, -1), `${lastCells[lastCells.length - 1]!.trim()} ${info.text}`];
      blocks[blocks.length - 1] = { ...previousBlock!, cells: cellsNow, text: cellsNow.filter((c) => c !== '').join(' '), endLine: info.n };
      lastLine = info;
      continue;
    }
    const cells = rowCells(cleaned[i]!) ?? goingOn;
    // («2 | Ускорить ремонт котельной, | Отдел ЖКХ … | до 15.09.2017 / ⇥ | обеспечить еженедельный контроль … | | »: a row whose
    // number cell is blank and whose words go on in lower case goes on the numbered row above it, cell by cell.)
    const above = blocks[blocks.length - 1];
    if (cells !== null && current === null && cells[0] === '' && above?.cells && /^\d{1,3}(?:\.\d{1,3})*\.?$/u.test(above.cells[0] ?? '') && above.endLine === info.n - 1 && above.cells.length === cells.length && cells.some((c) => c !== '') && cells.every((c) => c === '' || /^\p{Ll}/u.test(c))) {
      const merged = above.cells.map((c, k) => (cells[k] === '' ? c : `${c.trim()} ${cells[k]!.trim()}`.trim()));
      blocks[blocks.length - 1] = { ...above, cells: merged, text: merged.filter((c) => c !== '').join(' '), endLine: info.n };
      lastLine = info;
      continue;
    }
    if (cells !== null) {
      close();
      if (cells.length > 0) {
        const first = readMarker(cells[0]!);
        const marker = first && first.rest === '' ? first.marker : null;
        const block: Block = { line: info.n, endLine: info.n, marker, text: cells.filter((c) => c !== '').join(' '), cells, afterBlank: sawBlank };
        if (cells[0] === '' && /^\s*\t/u.test(cleaned[i]!)) block.goesOnRow = true;
        blocks.push(block);
      }
      sawBlank = false;
      lastLine = info;
      continue;
    }
    // («б. копии приказов …; / в. сведения об участниках …»: a letter that reads as a place's abbreviation — «в.», «г.», «д.»,
    // «п.», «с.», «у.» — is the next lettered sub-item when the one before it is its letter's predecessor.)
    const holding = current as Block | null;
    const lastLetter = holding?.marker?.style === 'letter' ? holding.marker.value : blocks[blocks.length - 1]?.marker?.style === 'letter' ? blocks[blocks.length - 1]!.marker!.value : null;
    const lettered = lastLetter !== null ? new RegExp(`^(${LETTERS[LETTERS.indexOf(lastLetter) + 1] ?? '-'})\\.\\s+(\\p{Ll}.*)$`, 'u').exec(info.text) : null;
    const hit = lettered ? { marker: { style: 'letter' as const, value: lettered[1]! }, rest: lettered[2]! } : readMarker(info.text);
    // «1.» alone on a line numbers the text on the next one (tables flattened one cell per line, Word labels).
    if (hit && hit.rest === '' && hit.marker.style !== 'dash') {
      close();
      pendingMarker = { marker: hit.marker, line: info.n };
      lastLine = info;
      continue;
    }
    if (pendingMarker) {
      const { marker, line } = pendingMarker;
      pendingMarker = null;
      // «1.» above a line with a number of its own is an empty item: the number is dropped.
      if (!hit || hit.marker.style === 'dash') {
        open(info, marker, info.text, line);
        lastLine = info;
        continue;
      }
    }
    const cur = current as Block | null;
    if (hit && (cur === null || markerStarts(hit, cur, lastLine!, info))) {
      open(info, hit.marker, hit.rest);
    } else if (cur === null || ownLine(info.text, cur.text) || FORMULA_END.test(cur.text) || !joins(cur, lastLine!, info, wrap, hardWrapped, baseIndent)) {
      // «… согласно приложениям N 1 и N 2. 2. / Вице-мэрам …»: the next item's number left at the end of the line above.
      // («… учреждений городского подчинения: 2.1. / принять к сведению …»: a sub-item's number after a colon, its text in
      // lower case on the next line.)
      const trailing =
        cur !== null && !cur.cells && hit === null
          ? /^[А-ЯЁ«"]/u.test(info.text)
            ? /(?<=[.;:!?»")]\s{1,3})(\d{1,2})[.)]$/u.exec(cur.text)
            : /^[а-яё]/u.test(info.text)
              ? /(?<=[:;]\s{1,3})(\d{1,2}\.\d{1,2})\.$/u.exec(cur.text)
              : null
          : null;
      if (trailing && trailing.index > 0) {
        cur!.text = cur!.text.slice(0, trailing.index).trim();
        open(info, { style: 'decimal', value: trailing[1]! }, info.text);
      } else open(info, null, info.text);
    } else {
      cur.text = joinText(cur.text, info.text);
      cur.endLine = info.n;
      sawBlank = false;
    }
    lastLine = info;
  }
  close();
  // A copy saved as one line (or a few): its long lines part where the act's structure does.
  const oneLine = texts.length <= 6 && texts.some((l) => l.text.length > 300);
  renumberRestartedLists(blocks, infos);
  return { lines: cleaned.map((l) => l.replace(/\t/g, ' ')), blocks: splitInline(oneLine ? blocks.flatMap(splitLongLine) : dittoCells(blocks)), ...(tablesUnread ? { tablesUnread } : {}), ...(oneLine ? { oneLine } : {}) };
}

/**
 * A web copy whose editor numbered some items by hand and let a list number the others, which starts again at 1 each
 * time: «1.В период …» / «  1. Произвести …» / «  2. Руководителям …» / «4.Владельцам …» / «  1. Ответственным …».
 * The hand-numbered items (the least indented) count on as if the indented ones were there — «4.» after two of them —
 * so the indented ones take the place they stand at (2, 3, 5). Only when every hand-numbered item of the run fits its
 * place and the indented ones each start again at 1: indented sub-items «1. … 2. …» under «1. Поручить:» followed by
 * «2.» do not fit and stay as they are.
 */
function renumberRestartedLists(blocks: Block[], infos: readonly LineInfo[]): void {
  const single = (b: Block): boolean => b.cells === null && (b.marker?.style === 'decimal' || b.marker?.style === 'paren') && /^\d{1,3}$/u.test(b.marker.value);
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && single(blocks[j]!)) j += 1;
    if (j - i >= 3) renumberRun(blocks.slice(i, j), infos);
    i = Math.max(j, i + 1);
  }
}

function renumberRun(run: readonly Block[], infos: readonly LineInfo[]): void {
  const indent = (b: Block): number => infos[b.line - 1]?.indent ?? 0;
  const least = Math.min(...run.map(indent));
  const start = Number(run[0]!.marker!.value);
  const byHand = run.map((b, k) => ({ b, k })).filter(({ b }) => indent(b) === least);
  const listed = run.map((b, k) => ({ b, k })).filter(({ b }) => indent(b) > least);
  if (listed.length === 0 || !byHand.some(({ k }) => k > 0)) return;
  if (!byHand.every(({ b, k }) => Number(b.marker!.value) === start + k)) return;
  // Each indented stretch counts from 1 again; a stretch already in its place needs nothing.
  let expected = 1;
  for (let k = 0; k < run.length; k += 1) {
    if (indent(run[k]!) === least) {
      expected = 1;
      continue;
    }
    if (Number(run[k]!.marker!.value) !== expected) return;
    expected += 1;
  }
  if (listed.every(({ b, k }) => Number(b.marker!.value) === start + k)) return;
  for (const { b, k } of listed) b.marker = { style: b.marker!.style, value: String(start + k) };
}

/** «… в срок / (blank) / до 1 марта …»: an unfinished sentence going on in lower case after a blank line. */
function continuesAcrossBlank(cur: Block, info: LineInfo): boolean {
  if (cur.cells || endsSentence(cur.text) || /[»"]$/u.test(cur.text) || cur.text.length < 20) return false;
  if (!/^[а-яё(]/u.test(info.text) || readMarker(info.text) !== null || OWN_LINE.test(info.text)) return false;
  // («4. Управлению … (Кузьмина О.Р.) совместно с … (по согласованию) / [a page break] / подготовить анализ …»: a clause that has
  // named whom it asks but not yet what goes on with its verb.)
  const verbless = /\)$/u.test(cur.text) && isInfinitive(info.text.split(/\s/u)[0]!) && !cur.text.split(/[^\p{L}]+/u).some((w) => /^\p{Ll}/u.test(w) && isInfinitive(w));
  return /[,(]$/u.test(cur.text) || DANGLING.test(cur.text) || /[а-яё]-?$/u.test(cur.text) || verbless;
}

/** Whether a marker-looking start really opens an item rather than continuing a wrapped sentence. */
function markerStarts(hit: MarkerHit, cur: Block, last: LineInfo, info: LineInfo): boolean {
  const { marker, rest } = hit;
  // «… статьями 7.1, / 15. 16 Регламента …»: a number after a comma, followed by another number, goes on with the list.
  if (marker.style === 'decimal' && /,$/u.test(cur.text) && /^\d/u.test(rest)) return false;
  if (marker.style === 'decimal' && !marker.value.includes('.')) {
    // «1. главам …» after an unfinished sentence is the sentence going on («… в течение\n10. …» is rare; a lower-case start needs a finished sentence).
    if (/^[а-яё]/u.test(rest) && !endsSentence(cur.text)) return false;
  }
  // «… (Гусева О. / А.):»: a name's second initial wrapped onto the next line, not a lettered item.
  if (marker.style === 'letter' && (/^[).,;:]/u.test(rest) || /(?:^|[\s(])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.$/u.test(cur.text))) return false;
  if (marker.style === 'letter' && !endsSentence(cur.text) && !/[,]$/u.test(cur.text) && last.text.length > 60) {
    // «… о\nа) …» hardly happens; a letter after an unfinished long line is still a sub-item when it has «)».
    return /^\(?[а-яёa-z]\)/u.test(info.text);
  }
  // «… (далее / – Комиссия, автономный округ) …»: a dash inside an open parenthesis, or after a word that cannot end a sentence, goes on with it.
  if (marker.style === 'dash' && ((cur.text.match(/\(/gu) ?? []).length > (cur.text.match(/\)/gu) ?? []).length || /(?:^|\s)далее$/iu.test(cur.text) || DANGLING.test(cur.text))) return false;
  // «… внести в октябре / - ноябре месяце 2001 г.», «… с 10 / - 15 мая»: a range of months or days wrapped at its dash.
  if (marker.style === 'dash' && new RegExp(`(?:${MONTH_STEM})[а-яё]*$|\\d$`, 'iu').test(cur.text) && new RegExp(`^(?:${MONTH_STEM}|\\d)`, 'iu').test(rest)) return false;
  if (marker.style === 'dash' && !endsSentence(cur.text) && /^[а-яё]/u.test(rest) && !/[:;,]$/u.test(cur.text)) {
    // «… организационно-\nправовой» is a hyphenated word, not a dash item.
    return !/[а-яё]-$/u.test(cur.text) && /^[-–—•·▪►*]\s/u.test(info.text);
  }
  return true;
}

/** A post in the nominative and a name at the end («Министр В.В. Потапов», «Глава города Иванов И.И.»): a signature, never a wrapped sentence's end. */
const NAME_AT_END = /(?:(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s(?:[А-ЯЁ]\.\s?){1,2})$/u;
function isSignatureLine(text: string): boolean {
  return text.length <= 100 && POSITION.test(text) && NAME_AT_END.test(text) && !/[;:]/u.test(text);
}


/** A header's place and date on one line: «г. Москва 14 марта 2019 г.», «с. Устье 07.04.2023». */
const PLACE_DATE_LINE = /^(?:г|п|пос|пгт|с|д|ст|х|рп)\.\s?[А-ЯЁ][\p{L}-]+(?:\s[А-ЯЁ][\p{L}-]+)?\s+(?:[«"]?\d{1,2}[»"]?\s+[а-яё]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})\s*(?:г\.?|года)?$/u;

/** A settlement's name alone on a line: «п. Усть-Юган», «г. Салехард», «с.Ивановка», «пгт Тужа». */
const PLACE_LINE = /^(?:г|п|пос|пгт|с|д|дер|ст|ст-ца|х|рп|р\.\s?п|аул)\.?\s*[А-ЯЁ][а-яё]+(?:[-\s][А-ЯЁ][а-яё]+)?$/u;

function joins(cur: Block, last: LineInfo, info: LineInfo, wrap: number, hardWrapped: boolean, baseIndent: number): boolean {
  const prev = cur.text;
  const next = info.text;
  if (cur.cells) return false;
  if (isSignatureLine(next)) return false;
  // «2. Исполнитель: управление строительства (Абрамов С.Е.)» / «Включить ремонт …»: the task after who answers is its own line.
  if (/^(?:ответственн[а-яё]*|исполнител[ьи]|отв\.)\s*[:–—-]/iu.test(prev) && /^[А-ЯЁ][а-яё]+(?:ть|ти)(?:ся)?\s/u.test(next) && isInfinitive(next.split(/\s/u)[0]!.toLowerCase())) return false;
  // «(Трофимов А.Н. – начальник отделения …)» / «Комиссия решила:»: a body's formula on a line of its own opens the decisions.
  if (/^[А-ЯЁ][^.;:!?]{0,80}\s(?:решил[аи]?|постановил[аи]?|решает|постановляет)\s*:\s*$/u.test(next)) return false;
  // «… в срок до 20. 05.» / «2025 года.»: a date's year on the next line goes on the date.
  if (/(?<![\d.])\d{1,2}\.\s?\d{1,2}\.$/u.test(prev) && /^(?:19|20)\d{2}(?:\s*(?:г\.|года?|г(?![\p{L}])))/u.test(next) && info.n === last.n + 1) return true;
  // «… аварийного жилищного фонда» / «г. Москва ⇥ 14 марта 2019 г.»: the place and the date of a header are a line of their own.
  if (PLACE_DATE_LINE.test(next)) return false;
  // «28.03.2024 № 45» / «п. Усть-Юган»: the place under a header's number is a line of its own.
  if (/(?:№|N)\s*[\p{L}\d/-]+\s*$/u.test(prev) && PLACE_LINE.test(next)) return false;
  const lower = /^[а-яёa-z0-9(«"„/,.;:–—-]/u.test(next);
  if (/[,(]$/u.test(prev) || DANGLING.test(prev) || /[а-яё]-$/u.test(prev)) return true;
  // «… возложить на школьного координатора Чернову Н.А.» / «Контроль за исполнением …»: a sentence that ends with a name's
  // initials, and one that opens as a clause of an act opens («Контроль», «Ответственность», «Настоящий», an order verb).
  if (/(?:^|\s)[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.$/u.test(prev) && /^(?:Контроль|Ответственность|Настоящ[а-яё]+|Опубликовать|Разместить|Признать|Утвердить|Рекомендовать|Поручить|Обязать|Назначить)(?![\p{L}])/u.test(next)) return false;
  // A site's card under the text, one value a line («Постановление / 203 / 14 июня 2007 года / 27 июня 2007 года»): no line
  // of it goes on from the one before (unless that one is left hanging: «… в срок до / 15 мая 2020 года»).
  if (CARD_LINE.test(next)) return false;
  if (endsSentence(prev)) {
    if (/[.]$/u.test(prev) && endsWithAbbreviation(prev) && /^[а-яё0-9]/u.test(next)) return true;
    // «… маршрута N 81 "Ул. / Комарова - аэропорт" …»: a street's or an avenue's name after its abbreviation.
    // («… на площади им. / В.И.Ленина.», «… тов. / И.И. Петрову»: a name after its initials.)
    if (/(?:^|[\s("«„])(?:ул|пр|пр-т|пл|пер|просп|наб|им|тов)\.$/iu.test(prev) && /^(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]/u.test(next)) return true;
    // «… администрации г. / Южно-Сахалинска (Грицай Ю.Н.):»: a town's name after «г.», «пгт.», «с.» (not a year's «2005 г.»).
    if (/(?:^|[\s("«„])(?:г|гор|пгт|пос|с|д|х)\.$/u.test(prev) && !/\d\s*г\.$/u.test(prev) && /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?:[\s,.:;)"»]|$)/u.test(next)) return true;
    // «… по адресу электронной почты: / nmo@mgounb.ru или по факсу …»: the colon introduces an address, not a list.
    if (/(?:почты|адресу|e-mail|email|телефону|факсу)\s*:$/iu.test(prev) && /^(?:[\w.+-]+@[\w.-]+|https?:\/\/|www\.|8?\s?\(\d)/u.test(next)) return true;
    // «… по адресу: / г.Северодвинск, ул.Плюснина, 7 …»: a postal address after its colon.
    if (/(?:по|на)\s+адрес[уа]?\s*:$/iu.test(prev) && /^(?:\d{6}|(?:г|ул|пр|пр-т|пл|пер|просп|пос|пгт|с|д|мкр|р-н)\.\s?[А-ЯЁ0-9])/u.test(next)) return true;
    // «… (Гусева О. / А.):», «… Иванов И. / И. обеспечить …»: a name's second initial wrapped onto the next line.
    if (/(?:^|[\s(])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.$/u.test(prev) && /^[А-ЯЁ]\.(?:[\s),;:]|$)/u.test(next)) return true;
    return false;
  }
  // «… народных депутатов» / «   РСФСР, предусмотрев …» (a copy wrapped twice): a word in lower case goes on with an
  // abbreviation and its comma or a word in lower case — no paragraph opens that way — however short the line before.
  if (/\p{Ll}$/u.test(prev) && /^[А-ЯЁ]{2,}(?:\s+(?:России|РФ))?(?:[,)]|\s+[а-яё]{2,}(?:\s|$))/u.test(next)) return true;
  // A deeper indent after a full line opens a paragraph in monospaced copies.
  if (hardWrapped && info.indent > baseIndent + 2 && last.indent <= baseIndent + 2 && /^[А-ЯЁ«"]/u.test(next)) return false;
  if (lower) return true;
  // A capital after an unfinished full-width line continues it; after a short line it is a new line of a heading or signature.
  const lastWidth = last.text.length + last.indent;
  return hardWrapped ? lastWidth >= wrap * 0.75 : lastWidth >= Math.max(60, wrap * 0.9) && !/^[А-ЯЁ][А-ЯЁ\s.]+$/u.test(next);
}

function joinText(prev: string, next: string): string {
  // A word hyphenated across lines: «организа-\nционный» (but «Ханты-\nМансийск» keeps its hyphen).
  // («пресс-\nслужба», «жилищно-\nкоммунального» keep theirs too.)
  if (/[а-яё]-$/u.test(prev) && /^[а-яё]/u.test(next) && !/(?:^|\s)(?:Ханты|Ямало|Санкт|Кабардино|Карачаево|Ростов|Нарьян|Петропавловск|Южно|Комсомольск)-$/u.test(prev)) {
    return keepsHyphen(prev.slice(0, -1), next) ? prev + next : prev.slice(0, -1) + next;
  }
  // («… в срок до 20. 05.» / «2025 года»: a scan's spaced date wrapped across the lines.)
  if (/\d{1,2}\.\s?\d{1,2}\.$/u.test(prev) && /^(?:19|20)\d{2}(?!\d)/u.test(next)) return fixRecognition(`${prev} ${next}`);
  return `${prev} ${next}`;
}

/**
 * Numbering inside one paragraph: «… ПОСТАНОВЛЯЮ: 1. Утвердить … 2. Отделу …», «… обеспечить:
 * а) … ; б) …». A split needs a run that counts up (1, 2, … with small gaps) after the end
 * of a sentence and before a capital (decimal) or after «:» / «;» (letters and «1)»).
 */
function splitInline(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const raw of blocks) {
    if (raw.cells) {
      out.push(raw);
      continue;
    }
    // «РЕШЕНИЕ: Рекомендовать Отделу МВД России … размещать …»: the formula, then its one decision written on after it.
    // («Принято решение: рекомендовать Городецкому отделу …», «Решили: управлению образования … подготовить …»: the decision in
    // lower case after the colon, as its own sentence.)
    const formula = raw.marker ? null : /^((?:решили|решение|постановили|решила|решил|принято\s+решение|приняли\s+решение)\s*:)\s+(?=[А-ЯЁ]|(?:рекомендовать|поручить|предложить|обязать|просить|принять|утвердить|одобрить|[а-яё]+(?:ам|ям|ому|ему|у|ю)\s)[^.]{10})/iu.exec(raw.text);
    if (formula) out.push({ ...raw, text: formula[1]! });
    const rest = formula ? raw.text.slice(formula[0].length) : '';
    const b = formula ? { ...raw, text: rest.charAt(0).toUpperCase() + rest.slice(1) } : raw;
    // Numbers first, then letters inside each numbered part («1. Отделу обеспечить: а) …; б) …»).
    // (A part that got its number here may hold its own sub-items: «… годов: 1. Управлению …: 1.1. Организовать … 1.2. …».)
    // (The part that keeps the block's own number holds its sub-items too: «1. Рекомендовать …: 1.1. Закрыть … 2. …».)
    const first = splitBlock(b, 'decimal');
    const parts = first.length === 1 ? first : first.flatMap((part) => (part.marker?.style === 'decimal' ? splitBlock(part, 'decimal') : [part]));
    for (const part of parts) for (const sub of splitBlock(part, 'paren')) out.push(...splitBlock(sub, 'letter'));
  }
  return out;
}

const LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';

interface Cut {
  at: number;
  marker: Marker;
  textAt: number;
}

/** «. 2. Капитал», «: 1. Капитал», «…году" 2. Капитал» (a title's closing quote ends the item): numbers that count up from the block's own. */
function decimalCuts(b: Block): Cut[] {
  const cuts: Cut[] = [];
  const own = b.marker && (b.marker.style === 'decimal' || b.marker.style === 'paren') && !b.marker.value.includes('.') ? Number(b.marker.value) : 0;
  let expect = own + 1;
  // Not inside a decimal number: «"8.2. До …», «3.1.Разработать» are one number each.
  const strong = [...b.text.matchAll(/(?<=(?:^|[^\d])[.:;!?»")]\s{0,3}|\d[.:;!?»")]\s{1,3})(\d{1,2})([.)])\s*(?=[«"А-ЯЁ])/gu)];
  // «… в 2005 году 2.Комитету …: 2.1.Образовать … 3.Совместно …»: a number glued to a capital after a word, where a copy lost
  // its line breaks; taken only in a run of at least two that count up.
  const glued = [...b.text.matchAll(/(?<=[а-яё]\s{1,3})(\d{1,2})(\.)(?=[«"А-ЯЁ])/gu)];
  const strongAt = new Set(strong.map((m) => m.index));
  const weak = new Set(glued.map((m) => m.index).filter((i) => !strongAt.has(i)));
  let anyWeak = false;
  for (const m of [...strong, ...glued].sort((x, y) => x.index - y.index)) {
    const n = Number(m[1]);
    if (n >= expect && n <= expect + 2 && (cuts.length > 0 || n === own + 1 || (own === 0 && n <= 2))) {
      cuts.push({ at: m.index, marker: { style: m[2] === ')' ? 'paren' : 'decimal', value: String(n) }, textAt: m.index + m[0].length });
      anyWeak ||= weak.has(m.index);
      expect = n + 1;
    }
  }
  if (anyWeak && cuts.length < 2) cuts.length = 0;
  // «2. Поручаю …: 2.1. принять …; 2.2. обеспечить …»: the item's own sub-items after a colon or a semicolon.
  if (cuts.length === 0 && own > 0) {
    let sub = 1;
    // (The first after a colon or a semicolon; the next ones also after a sentence's end: «… концерта. 1.2. Обеспечить …».)
    for (const m of b.text.matchAll(/(?<=[:;.]\s{0,3})(\d{1,2})\.(\d{1,2})\.?\s*(?=[«"а-яёА-ЯЁ])/gu)) {
      if (Number(m[1]) !== own || Number(m[2]) !== sub) continue;
      if (sub === 1 && !/[:;]\s{0,3}$/u.test(b.text.slice(0, m.index))) continue;
      cuts.push({ at: m.index, marker: { style: 'decimal', value: `${own}.${sub}` }, textAt: m.index + m[0].length });
      sub += 1;
    }
  }
  // «РЕШИЛИ: 2.1. Управлению образования … Срок: до 27.03.2020. 2.2. Главам поселений …» (a web page that ran a question's
  // decisions into one paragraph): sub-items of one number counting from 1, the first right after the formula's colon.
  if (cuts.length === 0 && own === 0 && /^(?:решили|решение|постановили|решила|решил)\s*:\s{0,3}\d/iu.test(b.text)) {
    let parent: string | null = null;
    let sub = 1;
    for (const m of b.text.matchAll(/(?<=[:;.]\s{0,3})(\d{1,2})\.(\d{1,2})\.?\s*(?=[«"а-яёА-ЯЁ])/gu)) {
      if ((parent !== null && m[1] !== parent) || Number(m[2]) !== sub) continue;
      if (sub === 1 && !/:\s{0,3}$/u.test(b.text.slice(0, m.index))) continue;
      parent = m[1]!;
      cuts.push({ at: m.index, marker: { style: 'decimal', value: `${parent}.${sub}` }, textAt: m.index + m[0].length });
      sub += 1;
    }
  }
  // «РЕШИЛИ: 1.1. Информацию принять к сведению. 1.2. Главам …: 1.2.1.обеспечить … Срок: … 1.2.2. организовать … 1.3. …» (a protocol
  // saved as one line): numbers that go on the block's own outline — its first child after a colon, a next sibling at any level.
  if (cuts.length === 0 && b.marker?.style === 'decimal') return outlineCuts(b);
  // «Срок: до 15.08.2019 г. 1.3. Управлению … представлять …»: the next item run on to a «Срок» line whose line break a copy lost.
  if (cuts.length === 0 && !b.marker && /^срок(?:и)?(?:\s+(?:исполнения|выполнения))?\s*[:–—-]/iu.test(b.text)) {
    const next = /(?<=[.;]\s{0,3})(\d{1,2}(?:\.\d{1,2}){0,3})\.\s*(?=[«"А-ЯЁ])/u.exec(b.text);
    if (next && /\d|постоянно|ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно/iu.test(b.text.slice(0, next.index))) cuts.push({ at: next.index, marker: { style: 'decimal', value: next[1]! }, textAt: next.index + next[0].length });
  }
  return cuts;
}

/** Outline numbers after a colon, a semicolon or a sentence's end: «1.2.», «1.2.1.обеспечить», «2.» (not «3» of «подпункте 3.2»). */
// (With its dot, and not a count — «Срок: 2 квартал 2025 года», «3 раза в год», «10 дней» —.)
const OUTLINE_NUMBER = /(?:(?<=(?:^|[^\d])[:;.]\s{0,3})|(?<=\d[:;.]\s{1,3}))(?<!\d)(\d{1,2}(?:\.\d{1,2}){0,3})\.\s*(?=[«"а-яёА-ЯЁ])(?!(?:квартал|раз|полугоди|дн|недел|месяц|числ|экз|год|час|мин|тыс|млн|руб|чел)[а-яё]*(?![\p{L}]))/gu;

/** The numbers inside a numbered block that go on its outline, each the next after the one before it. */
function outlineCuts(b: Block): Cut[] {
  let current = b.marker!.value.split('.').map(Number);
  if (current.some((n) => !Number.isFinite(n))) return [];
  const cuts: Cut[] = [];
  for (const m of b.text.matchAll(OUTLINE_NUMBER)) {
    const v = m[1]!.split('.').map(Number);
    const child = v.length === current.length + 1 && current.every((n, k) => v[k] === n) && v[v.length - 1] === 1 && /:\s{0,3}$/u.test(b.text.slice(0, m.index));
    const level = v.length - 1;
    const sibling = level < current.length && current.slice(0, level).every((n, k) => v[k] === n) && v[level] === current[level]! + 1;
    if (!child && !sibling) continue;
    cuts.push({ at: m.index, marker: { style: 'decimal', value: m[1]! }, textAt: m.index + m[0].length });
    current = v;
  }
  return cuts;
}


/** «: а) …; б) …»: a run of letters in order, the first after a colon. */
function letterCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  let next = 0;
  for (const m of text.matchAll(/(?<=[:;,.]\s{0,3})\(?([а-я])\)\s*/gu)) {
    // («а) …; в) …»: a letter a copy left out is skipped, once the run has begun.)
    const skipped = next > 0 && m[1] === LETTERS[next + 1];
    if ((m[1] === LETTERS[next] || skipped) && (next > 0 || /:\s*$/u.test(text.slice(0, m.index)))) {
      cuts.push({ at: m.index, marker: { style: 'letter', value: m[1]! }, textAt: m.index + m[0].length });
      next += skipped ? 2 : 1;
    }
  }
  // One «а)» right after a colon is a sub-item too (a copy cut before «б)»; not «на базе: а) трех … полков и б) …», letters
  // inside one sentence).
  const inSentence = cuts.length === 1 && /(?<![\p{L}])и\s+б\)/u.test(text.slice(cuts[0]!.textAt));
  return cuts.length >= 2 || (cuts.length === 1 && !inSentence && /:\s{0,3}$/u.test(text.slice(0, cuts[0]!.at)) && text.length - cuts[0]!.textAt >= 20) ? cuts : [];
}

/**
 * «1. Министерству …: 1) провести …; 2) провести …»: sub-items «1)», «2)» in order inside one paragraph, the first
 * after a colon, the next after «;» or a sentence's end, in lower case or not (a block numbered «1)» itself holds none).
 */
function parenCuts(b: Block): Cut[] {
  if (b.marker?.style === 'paren') return [];
  const cuts: Cut[] = [];
  let next = 1;
  for (const m of b.text.matchAll(/(?<=[:;.]\s{0,3})(\d{1,2})\)\s*(?=[«"а-яёА-ЯЁ])/gu)) {
    if (Number(m[1]) !== next) continue;
    if (next === 1 && !/:\s{0,3}$/u.test(b.text.slice(0, m.index))) continue;
    cuts.push({ at: m.index, marker: { style: 'paren', value: m[1]! }, textAt: m.index + m[0].length });
    next += 1;
  }
  return cuts.length >= 2 ? cuts : [];
}

function splitBlock(b: Block, style: 'decimal' | 'paren' | 'letter'): Block[] {
  const text = b.text;
  if (text.length < 40) return [b];
  const cuts = style === 'decimal' ? decimalCuts(b) : style === 'paren' ? parenCuts(b) : letterCuts(text);
  if (cuts.length === 0) return [b];
  const parts: Block[] = [];
  const head = text.slice(0, cuts[0]!.at).trim();
  if (head !== '' || b.marker) parts.push({ ...b, text: head });
  cuts.forEach((c, i) => {
    const end = i + 1 < cuts.length ? cuts[i + 1]!.at : text.length;
    parts.push({ ...b, marker: c.marker, text: text.slice(c.textAt, end).trim(), afterBlank: false });
  });
  return parts;
}

/**
 * Where a text saved as one line parts: after an operative formula («… ПОСТАНОВЛЯЮ:», «… решил:»), before a dash item after
 * «:» or «;», before a «Срок:» or «Ответственный:» label (not «… в следующие сроки:», which goes on in its sentence), and after the label's sentence before the next item's number
 * («Срок – 18 декабря 2020 года. 3. Органам …»). Sentences are not parted: numbering inside the paragraph is
 * found by splitInline, as in any paragraph.
 */
const LONG_LINE_CUT =
  /(?<=(?:постановля[юе]т?|приказываю|решил[аи]?|решили|распоряжаюсь|постановил[аи]?|обязываю)\s*:)\s+|(?<=(?<!(?:^|[\s.])[А-ЯЁ])[:;.])\s+(?=[-–—•]\s+[А-ЯЁа-яё«"])|(?<!следующие|установленные)\s+(?=(?:срок(?:и)?(?:\s+(?:исполнения|выполнения))?|ответственн[а-яё]*|отв\.)\s*[:–—-]\s)|(?<=(?:срок(?:и)?|ответственн[а-яё]*)\s*[:–—-]\s[^.;]{3,80}[.;])\s+(?=\d{1,2}(?:\.\d{1,2})*\.\s+[А-ЯЁ«])/giu;

/** A letter's salutation inside a line: «Уважаемые коллеги!», «Уважаемый Иван Петрович!». */
const LETTER_SALUTATION = /(?<=^|\s)(?:Уважаем|Дорог)[а-яё]+(?:\s+[А-ЯЁа-яё-]+){1,4}\s*!\s*/u;
/** Where a letter's head run into one line parts: before its date and number, «на № …», the addressees in the dative, the title. */
const LETTER_HEAD_CUT =
  /\s+(?=\d{2}\.\d{2}\.\d{4}\s*(?:г\.\s*)?(?:№|N\s?\d)|на\s+№|(?:Руководителям|Главам|Главе|Директорам|Директору|Начальникам|Начальнику|Председателям|Председателю|Министру|Заместителю|Заведующим)\s|(?:О|Об)\s+[а-яё])/u;

/** Before a protocol's label in capitals: «СЛУШАЛИ:», «ВЫСТУПИЛИ:», «РЕШИЛИ:», «ПОВЕСТКА ДНЯ:». */
const PROTOCOL_LABEL = /\s+(?=(?:СЛУШАЛИ|ВЫСТУПИЛИ|РЕШИЛИ|ПОСТАНОВИЛИ|ПОВЕСТКА\s+ДНЯ)\s*:)/u;

/** A part that ends with an operative formula, spaced out or not («п о с т а н о в л я ю:»). */
const FORMULA_SPACED_END = /(?:п\s?о\s?с\s?т\s?а\s?н\s?о\s?в\s?л\s?я\s?[юе]\s?т?|п\s?р\s?и\s?к\s?а\s?з\s?ы\s?в\s?а\s?ю|р\s?е\s?ш\s?и\s?л\s?[аи]?|решили|распоряжаюсь|обязываю)\s*:$/iu;
/** Officials and bodies in the dative opening a sentence that asks them («Главам …», «Руководителям …», «Отделу …»). */
const OFFICIALS_DATIVE =
  'Главам?|Главе|Руководителям?|Руководителю|Начальникам?|Начальнику|Директорам?|Директору|Отделу|Отделам|Управлению|Управлениям|Комитету|Администрациям?|Администрации|Заместителю|Председателю|Органам|Предприятиям|Организациям|Учреждениям';
/** A sentence boundary before an order: an infinitive, «Контроль», or a capitalised dative of officials. */
const OPERATIVE_SENTENCE = new RegExp(`(?<=[а-яё»")]\\.)\\s+(?=(?:[А-ЯЁ][а-яё]+(?:ть|ти)|Контроль|${OFFICIALS_DATIVE})\\s)`, 'u');
/** The same before officials in the dative only: with no formula, a sentence opening with a bare infinitive may be anyone's. */
const DATIVE_SENTENCE = new RegExp(`(?<=[а-яё»")]\\.)\\s+(?=(?:${OFFICIALS_DATIVE})\\s)`, 'u');

/** An item number inside a long line («…: 1.Обязать …», «… 2) Отделу …»): the text has numbered items of its own. */
const NUMBERED_INSIDE = /(?:^|[\s:;.])(?:1|I)(?:\.|\))\s?[А-ЯЁ«]/u;

/**
 * A signature inside a text saved as one line: after a sentence's end, a post in the nominative, the words of its body and a
 * name with initials («… в средствах массовой информации. Глава города С.И.СМЕТАНЮК Приложения …», «… 627-24-72.
 * Заместитель Министра … Российской Федерации В.С. Белов»), followed by the end or a capital — not a sentence whose subject is
 * an official («Председатель комиссии И.И. Иванов обеспечивает …»).
 */
const INLINE_SIGNATURE = new RegExp(
  `(?<=[.!»"])\\s+((?:И\\.\\s?о\\.|Врио|Исполняющий|Первый\\s+заместитель|Заместитель|Глава|Губернатор|Председатель|Министр|Директор|Руководитель|Мэр|Начальник|Президент|Секретарь|Управляющий|Ректор|Заведующий|Прокурор)(?:\\s+[^.;:!?\\d]{1,90}?)?\\s+(?:(?:[А-ЯЁ]\\.\\s?){1,2}[А-ЯЁ][А-ЯЁа-яё]+(?:-[А-ЯЁ][А-ЯЁа-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s+(?:[А-ЯЁ]\\.\\s?){1,2}))(?=\\s*$|\\s+[А-ЯЁ\\d])`,
  'gu',
);

/** A block of a text saved as one line, cut into the paragraphs it would have had (each keeps the line it came from). */
function splitLongLine(b: Block): Block[] {
  if (b.cells || b.text.length <= 300) return [b];
  const parts: string[] = [];
  let start = 0;
  for (const m of b.text.matchAll(LONG_LINE_CUT)) {
    const head = b.text.slice(start, m.index).trim();
    if (head !== '') parts.push(head);
    start = m.index + m[0].length;
  }
  parts.push(b.text.slice(start).trim());
  // «… 03.09.2024 № 01-15/1184 на № ____ от ______ Руководителям общеобразовательных организаций … Об организации … Уважаемые
  // коллеги! В соответствии с …»: a letter saved as one line — its salutation a paragraph of its own, and before it the date and
  // number, the addressees and the title, each where the copy with its lines had them.
  const greeting = parts.findIndex((t) => LETTER_SALUTATION.test(t));
  if (greeting >= 0) {
    const t = parts[greeting]!;
    const m = LETTER_SALUTATION.exec(t)!;
    const head = t.slice(0, m.index).split(LETTER_HEAD_CUT).map((x) => x.trim()).filter((x) => x !== '');
    parts.splice(greeting, 1, ...head, m[0].trim(), t.slice(m.index + m[0].length).trim());
  }
  // «… 1. О ходе пожароопасного сезона. СЛУШАЛИ: Дьячкова С.Л. – начальника … РЕШИЛИ: 1.1. …»: a protocol's labels in capitals
  // open paragraphs of their own.
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const pieces = parts[i]!.split(PROTOCOL_LABEL).map((x) => x.trim()).filter((x) => x !== '');
    if (pieces.length > 1) parts.splice(i, 1, ...pieces);
  }
  // The signature, a paragraph of its own, and what follows it (an attachment's title) another.
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const t = parts[i]!;
    const pieces: string[] = [];
    let from = 0;
    for (const m of t.matchAll(INLINE_SIGNATURE)) {
      pieces.push(t.slice(from, m.index).trim(), m[1]!);
      from = m.index + m[0].length;
    }
    if (pieces.length === 0) continue;
    pieces.push(t.slice(from).trim());
    parts.splice(i, 1, ...pieces.filter((x) => x !== ''));
  }
  // «… п о с т а н о в л я ю: Объявить … месячник … . Главам сельских поселений, руководителям … разработать … . Создать
  // комиссию … . Контроль за выполнением … возложить на …»: an operative part with no numbers, saved as one line, parts at
  // each sentence that opens with an order verb, with officials in the dative, or with «Контроль».
  const formula = parts.findIndex((t) => FORMULA_END.test(t) || FORMULA_SPACED_END.test(t));
  // (The same in a letter or notice with no formula and no numbered items: «… для использования в работе. Органам
  // исполнительной власти субъектов … довести до …» — each such sentence a paragraph of its own, as in the copy with its lines.)
  if (!b.marker && (formula >= 0 || !NUMBERED_INSIDE.test(b.text))) {
    for (let i = parts.length - 1; i > formula; i -= 1) {
      const t = parts[i]!;
      if (readMarker(t)?.marker) continue;
      const pieces = t.split(formula >= 0 ? OPERATIVE_SENTENCE : DATIVE_SENTENCE).map((x) => x.trim()).filter((x) => x !== '');
      if (pieces.length > 1) parts.splice(i, 1, ...pieces);
    }
  }
  if (parts.length === 1) return [b];
  return parts
    .filter((t) => t !== '')
    .map((t, i) => {
      const hit = i === 0 ? null : readMarker(t);
      const marker = i === 0 ? b.marker : hit && hit.rest !== '' ? hit.marker : null;
      return { ...b, marker, text: i === 0 || !hit || hit.rest === '' ? t : hit.rest, afterBlank: i === 0 ? b.afterBlank : false };
    });
}

/** Whether a word character stands at `i` (for boundary checks by callers). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}
