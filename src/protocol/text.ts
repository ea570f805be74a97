/** Small text helpers shared by the protocol readers. */

const UNSQUASHED = /[^\S ]| {2}/u;

/** Collapse runs of white space and trim; the text stays as written otherwise. */
export function squash(text: string): string {
  // Most lines have single spaces only: they need no copy.
  return (UNSQUASHED.test(text) ? text.replace(/\s+/gu, ' ') : text).trim();
}

/** Strip trailing punctuation that closes a clause (not a closing quote or bracket). */
export function stripTrailingPunctuation(text: string): string {
  const stripped = text.replace(/[\s.,;:]+$/u, '');
  // «Иванова П.С.»: the full stop of an initial belongs to the name.
  if (/(?:^|[\s.])[А-ЯЁ]$/u.test(stripped) && text.charAt(stripped.length) === '.') return `${stripped}.`;
  return stripped;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Every e-mail address written in the text, in order, as written, without repeats. */
export function emailsIn(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const email = m[0].replace(/\.+$/, '');
    const key = email.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(email);
    }
  }
  return out;
}

/**
 * Replace the inside of «…» and "…" quotes with spaces of the same length, so that
 * searches for verbs or case endings do not look into quoted titles of other acts,
 * while offsets stay valid for the original text.
 */
export function blankQuotes(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '«') {
      depth += 1;
      out += ch;
    } else if (ch === '»') {
      depth = Math.max(0, depth - 1);
      out += ch;
    } else {
      out += depth > 0 ? ' '.repeat(ch.length) : ch;
    }
  }
  // («МУК «Межпоселенческий культурно-досуговый МУК «Межпоселенческая … библиотека», … принять …»: a quote a copy never closed
  // does not hide the rest of the text; what follows the last closing mark is read as written.)
  if (depth > 0) {
    const last = text.lastIndexOf('»');
    return last < 0 ? text : out.slice(0, last + 1) + text.slice(last + 1);
  }
  return out;
}

export function capitalizeFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** Whether a word is written in capitals only (letterheads: «ДЕПАРТАМЕНТ ОБЩЕСТВЕННЫХ …»). */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-zА-Яа-яЁё]/g, '');
  return letters.length > 2 && letters === letters.toUpperCase();
}

/** Words of Russian proper names that keep their capital when a letterhead in capitals is lowered. */
const PROPER = [
  'ханты-мансийск',
  'республик',
  'югр',
  'челябинск',
  'российск',
  'федерац',
  'тюменск',
  'уральск',
  'сибирск',
  'москв',
  'московск',
  'санкт-петербург',
  'свердловск',
  'ямало-ненецк',
];

/** «ДЕПАРТАМЕНТ ОБЩЕСТВЕННЫХ И ВНЕШНИХ СВЯЗЕЙ ХАНТЫ-МАНСИЙСКОГО …» → «Департамент общественных и внешних связей Ханты-Мансийского …». */
export function sentenceCaseFromCaps(text: string): string {
  return capitalizeFirst(properNamesCapitalized(text.toLowerCase()));
}

/** Lowered text with the words of place names given their capitals back. */
export function properNamesCapitalized(lowered: string): string {
  let previous = '';
  return lowered.replace(/(^|[\s(«"])([а-яёa-z][^\s]*)/g, (all, pre: string, word: string) => {
    const bare = word.replace(/[^а-яёa-z-]/g, '');
    // Place names: «КАЛУЖСКОЙ», «ХАНТЫ-МАНСИЙСКОГО», the name after «РЕСПУБЛИКИ» («Республики Хакасия»).
    const placeAdjective = /(?:ск|цк)(?:ой|ого|ий|ая|ое|ом|их)$/u.test(bare) && !/^(?:городск|сельск|муниципальн|общественн|государственн|федеральн)/u.test(bare);
    // The name after «РЕСПУБЛИКИ» («Республики Хакасия») or after a kind of settlement («ГОРОДА НОРИЛЬСКА», «ГОРОД ВЫКСА», «СЕЛА ИЛЬИНКА»).
    const afterRepublic =
      /^(?:республик[аи]|город|города|г|село|села|поселок|поселка|посёлок|посёлка|пгт|станица|станицы|деревня|деревни|хутор|хутора|рп|аул|аула)$/u.test(previous) &&
      !/^(?:и|в|на|по|с|о|об|для|от|до)$/u.test(bare) &&
      // («… организаций города принять участие …»: a verb after the word is no name.)
      !/(?:ть|ти|ться|тись|ет|ют|ит|ят|ут|ла|ли|ло)$/u.test(bare);
    previous = bare;
    const proper = PROPER.some((p) => bare.startsWith(p)) || placeAdjective || afterRepublic;
    if (!proper) return all;
    const cap = word
      .split('-')
      .map((w) => capitalizeFirst(w))
      .join('-');
    return pre + cap;
  });
}

/**
 * A document typed in capitals throughout, as telegrams are: at least nine letters in ten of its body are capitals
 * (a letterhead or a title in capitals alone does not make it one).
 */
const ORDINAL_ITEMS: Readonly<Record<string, number>> = { ПЕРВОЕ: 1, ВТОРОЕ: 2, ТРЕТЬЕ: 3, ЧЕТВЕРТОЕ: 4, ЧЕТВЁРТОЕ: 4, ПЯТОЕ: 5, ШЕСТОЕ: 6, СЕДЬМОЕ: 7, ВОСЬМОЕ: 8, ДЕВЯТОЕ: 9, ДЕСЯТОЕ: 10 };

/**
 * A telegram's words for punctuation («ТЧК», «ЗПТ», «ДВТЧ», «КВЧ») as the marks they stand for, and its items numbered in
 * words («ПЕРВОЕ ТЧК …», «ВТОРОЕ ТЧК …») as «1.», «2.» — only in a text that uses «ТЧК» at least twice.
 */
export function untelegraph(lines: readonly string[]): readonly string[] {
  if (lines.reduce((n, l) => n + (l.match(/(?<![\p{L}])ТЧК(?![\p{L}])/gu)?.length ?? 0), 0) < 2) return lines;
  return lines.map((l) =>
    l
      .replace(/^(\s*)([А-ЯЁ]+)\s+ТЧК(?![\p{L}])\s*/u, (all, space: string, word: string) => {
        const n = ORDINAL_ITEMS[word];
        return n === undefined ? all : `${space}${n}. `;
      })
      // («… ПО ПОРУЧЕНИЮ ГУБЕРНАТОРА ОБЛАСТИ ПРЕДЛАГАЮ ТЧК»: the lead's point opens its items, as a colon does.)
      .replace(/(?<![\p{L}])(ПРЕДЛАГАЮ|ПРОШУ|ПРОСИМ|ОБЯЗЫВАЮ|ПРИКАЗЫВАЮ|ПОСТАНОВЛЯЮ|ПОРУЧАЮ|РЕКОМЕНДУЮ|ТРЕБУЮ)\s+ТЧК(?![\p{L}])/gu, '$1:')
      .replace(/\s+ТЧК(?![\p{L}])/gu, '.')
      .replace(/\s+ЗПТ(?![\p{L}])/gu, ',')
      .replace(/\s+ДВТЧ(?![\p{L}])/gu, ':')
      .replace(/(?<![\p{L}])КВЧ(?![\p{L}])\s*/gu, '"'),
  );
}

/** The lines that open with «1°», «2°» … one after another, the first under a line that ends with a colon, two at least. */
function degreeRun(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let above = '';
  const close = (): void => {
    if (run.length >= 2) for (const i of run) out.add(i);
    run = [];
  };
  lines.forEach((l, i) => {
    const own = /^\s*([1-9])°(?=\s+[«"а-яёА-ЯЁ])/u.exec(l);
    if (own) {
      const n = Number(own[1]);
      if (n === run.length + 1 && (n > 1 || /:\s*$/u.test(above))) run.push(i);
      else close();
    } else if (/^\s*\d{1,2}[.)]\s/u.test(l)) close();
    if (l.trim() !== '') above = l;
  });
  close();
  return out;
}

/**
 * «… обеспечить: 1° в срок до 20.02.2026 …; 2° до 01.03.2026 …»: a degree sign for a sub-item's bracket — a run 1°, 2° … in order,
 * the first after a colon (not «+8 °С», «до -25° и ниже», «18° по Цельсию»).
 */
function degreeItems(line: string): string {
  if (!line.includes('°')) return line;
  const run: number[] = [];
  for (const m of line.matchAll(/(?<![\d.,+-])([1-9])°(?=\s+[«"а-яёА-ЯЁ])/gu)) {
    const n = Number(m[1]);
    if (run.length === 0 ? n === 1 && /:\s*$/u.test(line.slice(0, m.index)) : n === run.length + 1) run.push(m.index);
  }
  if (run.length < 2) return line;
  let out = line;
  for (const at of [...run].reverse()) out = `${out.slice(0, at + 1)})${out.slice(at + 2)}`;
  return out;
}

/** «1- в срок до 21.11.2025 направить …», «2 - обеспечить …»: a number with a dash for its dot. */
const DASHED_NUMBER = /^( *)(\d{1,2}) ?- +(?=[«"а-яёА-ЯЁ])/u;

/** The lines where `re` numbers 1, 2, 3 … one after another, `least` at least in a run, none a table's cells. */
function countingRun(lines: readonly string[], re: RegExp, least: number, notUnderColon: boolean): Set<number> {
  const hits = lines.flatMap((l, i) => {
    const m = re.exec(l);
    return m && !/[|\t]/u.test(l) ? [{ i, n: Number(m[2]) }] : [];
  });
  const runs = new Set<number>();
  for (let k = 0; k < hits.length; k += 1) {
    if (hits[k]!.n !== 1) continue;
    const above = lines.slice(0, hits[k]!.i).reverse().find((l) => l.trim() !== '') ?? '';
    if (notUnderColon && /:\s*$/u.test(above) && !/(?:п\s?о\s?с\s?т\s?а\s?н\s?о\s?в\s?л\s?я|п\s?р\s?и\s?к\s?а\s?з\s?ы\s?в\s?а|решил|решила|решили|распоряжа|постановил|обязыва)[а-яё\s]*:\s*$/iu.test(above)) continue;
    let end = k;
    while (end + 1 < hits.length && hits[end + 1]!.n === hits[end]!.n + 1) end += 1;
    if (end - k >= least - 1) for (let j = k; j <= end; j += 1) runs.add(hits[j]!.i);
  }
  return runs;
}

/** A line opening with a bare number and a capitalised word: «3 Рекомендовать руководителям …». */
const BARE_NUMBER = /^( *)(\d{1,2}) +(?=[«"А-ЯЁ][а-яё])/u;

/**
 * Item numbers as careless typing or a scan leaves them, put right where the count shows what they are: numbers with no dot
 * («1 Провести …», «2 Утвердить …», «3 Рекомендовать …») get it when such lines count 1, 2, 3 … one after another — three at
 * least, none a table's cells — so that «10 дней …», «1 Мая …» or a list of sums stay text; a scan's «З.» after «2.» is «3.».
 */
export function repairNumbering(lines: readonly string[]): readonly string[] {
  // (Not where the text numbers its items with dots already: «1. Создать комиссию … в следующем составе: / 1 Петров П.П. …» is a list
  // inside an item; nor a bare run under a line that ends with a colon.)
  const dotted = lines.filter((l) => /^\s*\d{1,2}\.\s/u.test(l)).length >= 2;
  const bare = dotted ? new Set<number>() : countingRun(lines, BARE_NUMBER, 3, true);
  const dashed = dotted ? new Set<number>() : countingRun(lines, DASHED_NUMBER, 2, false);
  // (A scan's «З.» for «3.» after an item «2.»: the letter that looks like the digit, where the count needs it.)
  let previous = '';
  // («…Головиной Е.А.: / 1° в срок до 20.02.2026 … / 2° до 01.03.2026 …»: degree-sign sub-items on lines of their own, a run of two
  // at least, the first after a colon.)
  const degrees = degreeRun(lines);
  return lines.map((l, i) => {
    const own = degrees.has(i) ? /^(\s*)([1-9])°/u.exec(l) : null;
    if (own) l = `${own[1]!}${own[2]!})${l.slice(own[0].length)}`;
    const line = degreeItems(bare.has(i) ? l.replace(BARE_NUMBER, (all, space: string, n: string) => `${space}${n}. `) : dashed.has(i) ? l.replace(DASHED_NUMBER, (all, space: string, n: string) => `${space}${n}. `) : l);
    const fixed = previous === '2' ? line.replace(/^( *)З(?=[.)]\s+[«"А-ЯЁ])/u, '$13') : line;
    const number = /^ *(\d{1,2})[.)]\s/u.exec(fixed);
    if (number) previous = number[1]!;
    return fixed;
  });
}

export function isShouting(lines: readonly string[]): boolean {
  const text = lines.join('\n');
  const upper = (text.match(/[А-ЯЁ]/gu) ?? []).length;
  const lower = (text.match(/[а-яё]/gu) ?? []).length;
  return upper >= 120 && upper >= 9 * lower;
}

/** A word that keeps its capitals: an abbreviation with no vowel («МЧС», «РФ», «ГИБДД»), a number with letters («88-П», «265-II»), «N». */
const KEEPS_CAPS = new RegExp(
  `^(?:[БВГДЖЗЙКЛМНПРСТФХЦЧШЩ]{2,}|N|\\S*\\d\\S*|[A-Z]+|(?:${[
    // The abbreviations of bodies and legal forms that hold a vowel.
    'МУ', 'МО', 'МБУ', 'МБОУ', 'МАОУ', 'МКОУ', 'МОУ', 'МДОУ', 'МБДОУ', 'МАДОУ', 'ДОУ', 'СОШ', 'ООШ', 'МАУ', 'МКУ', 'МУП', 'МУК', 'ГУ', 'ГКУ', 'ГБУ',
    'ГАУ', 'ГБОУ', 'ГОУ', 'ГУП', 'ГБУЗ', 'ГУЗ', 'МУЗ', 'ФГУ', 'ФГУП', 'ФГБУ', 'ФГБОУ', 'ООО', 'ОАО', 'ЗАО', 'ПАО', 'АО', 'ИП', 'КФХ', 'ОВД', 'УВД', 'ОМВД',
    'УМВД', 'ГУВД', 'УФСИН', 'УФНС', 'ИФНС', 'УФСБ', 'ОГИБДД', 'ГО', 'ОМСУ', 'ДЮСШ', 'ЦРБ', 'ФАП', 'ЕДДС', 'ТОС', 'СНТ', 'ОНД', 'ПЧ', 'УО', 'РУО', 'ОО',
    'УСЗН', 'ОСЗН', 'КДН', 'ЗАГС', 'ТИК', 'ИКМО', 'УИК', 'ЦБ', 'ЖКХ', 'ТЭК', 'АПК', 'ГИА', 'ЕГЭ', 'ОГЭ', 'ОКС', 'УКС', 'ДК', 'СДК', 'РДК', 'КДЦ', 'ЦКС', 'МЦБ',
  ].join('|')}))$`,
  'u',
);

/**
 * A document in capitals written as running text, so that the reader finds its sentences, names and verbs: letters
 * lowered, place names and abbreviations keep their capitals, and each sentence, line after a blank line or a
 * finished one, and item after its number starts with a capital. «ПРИКАЗЫВАЮ:» stays a formula; the numbers and
 * dates are untouched.
 */
export function unshout(lines: readonly string[]): string[] {
  let start = true;
  return lines.map((line) => {
    if (line.trim() === '') {
      start = true;
      return line;
    }
    const words = line.split(/(\s+)/u).map((w) => (KEEPS_CAPS.test(w.replace(/^[«"(]+|[»",.;:)]+$/gu, '')) ? w : w.toLowerCase()));
    let out = properNamesCapitalized(words.join(''));
    // A name in quotes starts with a capital («МУ "Управление образования"», «МО "Город Ухта"»).
    out = out.replace(/([«"](?=[а-яё]))([а-яё])/gu, (_all, quote: string, ch: string) => quote + ch.toUpperCase());
    // Initials and the surname beside them: «аверину т.н.» → «Авериной Т.Н.», «а.а.каргалина» → «А.А.Каргалина».
    out = out.replace(/(?<![\p{L}])([а-яё])\.\s?([а-яё])\.(\s?)([а-яё]{3,})?/gu, (_all, a: string, b: string, gap: string, after: string | undefined) => `${a.toUpperCase()}.${b.toUpperCase()}.${gap}${after ? capitalizeFirst(after) : ''}`);
    out = out.replace(/(?<![\p{L}])([а-яё]{3,})(\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)/gu, (_all, surname: string, initials: string) => capitalizeFirst(surname) + initials);
    // A sentence's first letter: at the line's start when the last line ended one, after an item's number or dash, after «.», «!», «?».
    out = out.replace(/^(\s*(?:(?:\d+(?:\.\d+)*[.)]|[а-я]\)|[-–—•])\s*)?)([а-яё])/u, (all, lead: string, ch: string) => (start || lead.trim() !== '' ? lead + ch.toUpperCase() : all));
    // («… ДО 31 МАРТА 2008 Г. ВНЕСТИ …»: a verb after an abbreviation's dot goes on the sentence.)
    out = out.replace(/([.!?]\s+(?:\d+(?:\.\d+)*[.)]\s*)?)([а-яё])(?=([а-яё]{2,}))/gu, (all, lead: string, ch: string, rest: string, at: number) =>
      /(?:^|[\s(])(?:г|гг|т\.\s?г|ул|им|д|п|пп|ст|ч|час|мин|тыс|млн|руб|обл|пос|пгт)\.\s+$/u.test(out.slice(Math.max(0, at - 8), at) + lead) && /(?:ть|ти|чь)$/u.test(ch + rest) ? all : lead + ch.toUpperCase());
    // A short line without a comma or dash at its end (a letterhead, a heading, an addressee) ends what it says.
    // («СРОК» alone, «СОВМЕСТНО С»: a label or a preposition left hanging goes on in the next line.)
    start = /[.!?:;]\s*$/u.test(out) || (out.trim().split(/\s+/u).length <= 6 && !/[,\-–—]\s*$/u.test(out) && !/(?:^|\s)(?:срок|сроки|с|со|в|во|на|по|до|и|к|от|для|о|об|за)\s*$/iu.test(out));
    return out;
  });
}

/**
 * A note on an executor's role or on how they take part, in parentheses after the name:
 * «(соисполнитель)», «(ответственный исполнитель)», «(по согласованию)», «(по принадлежности)», and the
 * short name it is given further on, «(далее – УЖКХ)».
 * It is not part of the name. («(при наличии)» is not one: it makes a duty optional.)
 */
export const ROLE_NOTE =
  /\s*\((?:(?:со)?исполнител[ьи]|(?:головной|ответственный|основной|ведущий)(?:\s+исполнитель)?|координатор|по\s+согласованию|по\s+согл\.?|по\s+принадлежности|при\s+необходимости|далее\s*[-–—]?\s*[^()]{1,80})\)/giu;

/** Position words in the nominative that open a signature block («Глава города», «Губернатор области»). */
/** A person's surname and initials as a regex source: «Петров П.П.», «Римская-Корсакова А. Н». */
export const SURNAME_INITIALS = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s+[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.?';

export const POSITION =
  /^(?:и\.\s?о\.|и\.о\.|врио|временно\s+исполняющ[а-я]*|исполняющ[а-я]*\s+обязанности|первый\s+заместитель|заместитель|глава|губернатор|председатель|председательствующий|министр|директор|руководитель|мэр|начальник|президент|аким|секретарь|управляющий|ректор|вице-губернатор|вице-мэр|заведующий|командир|сити-менеджер|прокурор|уполномоченный|член|статс-секретарь|главн(?:ый|ая)\s+(?:[а-яё]+\s+){0,3}?(?:врач|инженер|бухгалтер|архитектор|редактор|специалист))(?![\p{L}])/iu;

/**
 * Order verbs that copies of web pages glue to the word before or after at a former line break
 * («возложитьна», «продолжитьработу», «Благовещенскапровести», «годупринять»).
 */
const GLUED_VERBS =
  'возложить|обеспечить|обеспечивать|провести|проводить|представить|представлять|предоставить|предоставлять|направить|направлять|организовать|продолжить|принять|рассмотреть|разработать|подготовить|осуществить|осуществлять|утвердить|поручить|рекомендовать|предложить|обязать|создать|внести|признать|считать|установить|определить|довести|опубликовать|разместить|оставить|усилить|проработать|информировать|проинформировать|доложить|оказать|выделить|профинансировать|включить|активизировать|завершить|выполнить|предусмотреть|согласовать|снять|отменить|контролировать';
/** A verb with a word glued after it (not its own «-ся»). */
const VERB_THEN_WORD = new RegExp(`(?<![\\p{L}])(${GLUED_VERBS})((?!с[яь](?![\\p{L}]))\\p{Ll}{2,}|[вксоиу](?![\\p{L}]))`, 'gu');
/** A word glued before a verb; a verbal prefix («пере», «недо», «само») makes one word («перенаправить»). */
const WORD_THEN_VERB = new RegExp(`(?<![\\p{L}])(\\p{L}{3,}?)(${GLUED_VERBS})(?![\\p{L}])`, 'gu');
const VERB_PREFIX = /^(?:пере|недо|само|пред|пре|при|под|подо|над|надо|раз|разо|рас|воз|вос|сверх|со|про|обо|изо)$/iu;

/**
 * A word in lower case with a capitalised word glued after it at a former line break: «прокуроруМурманской»,
 * «вКомитет», also after a capitalised word in an oblique case («АдминистрацииГубернатора»). A name written in camel case
 * («ТеплоЭнерго», «ЖилКомСервис») stays whole.
 */
const GLUED_CAPITAL = /(?<![\p{L}])([а-яё]{4,}|[А-ЯЁ][а-яё]{3,}(?:ии|ию|ой|ей|ого|его|ому|ему|ам|ям|ов|ев|ых|их|ству))([А-ЯЁ][а-яё]{3,})/gu;

/** The text with order verbs, and capitalised words, parted from the words glued to them. */
export function unglueVerbs(text: string): string {
  if (!/\p{L}{11,}/u.test(text)) return text;
  return text
    .replace(GLUED_CAPITAL, '$1 $2')
    .replace(VERB_THEN_WORD, '$1 $2')
    // («разъяснять», «выяснять», «уяснять»: «снять» ends words of their own after these.)
    .replace(WORD_THEN_VERB, (all, head: string, verb: string) => (VERB_PREFIX.test(head) || (verb === 'снять' && /(?:ъя|выя|уя|проя)$/u.test(head)) ? all : `${head} ${verb}`));
}

/** Lines of a wrapped cell or name as one text, a word hyphenated at a line's end joined again («благоустрой- / ству»). */
export function joinWrapped(parts: readonly string[]): string {
  const joined = parts.join(' ');
  if (!joined.includes('- ')) return joined;
  return joined.replace(/(?<!\p{L})(\p{L}+)- (\p{Ll}+)/gu, (_whole, left: string, right: string) => (keepsHyphen(left, right) ? `${left}-${right}` : `${left}${right}`));
}

/** Compounds whose hyphen a line's end does not make: «пресс-/служба», «жилищно-/коммунального», «информационно-/аналитическая». */
const HYPHEN_HEADS = /^(?:пресс|вице|экс|северо|юго|интернет|бизнес|медиа|онлайн)$/iu;
export function keepsHyphen(left: string, right: string): boolean {
  const l = /\p{L}+$/u.exec(left)?.[0] ?? '';
  const r = /^\p{L}+/u.exec(right)?.[0] ?? '';
  if (HYPHEN_HEADS.test(l)) return true;
  // (The first half of an adjective pair: «социально-», «жилищно-», «информационно-», «финансово-»; not «сельско-», «железно-»,
  // «противо-», whose words are written as one.)
  return /(?:ально|ельно|онно|ивно|ческо|ищно|арно|урно|ово)$/iu.test(l) && !/^(?:сельско|железно|противо|законо|высоко|ресурсо)$/iu.test(l) && r.length >= 6 && /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ыми|ими)$/iu.test(r);
}

/** A sentence about a body rather than its name: a verb («сообщает», «ИНФОРМИРУЕТ», «рекомендовала») or «следующее». */
export const TELLS = /(?<![\p{L}])(?:[а-яё]{3,}(?:ет|ит|ют|ят)|(?:рекомендовал|решил|постановил|предложил|отметил|сообщил|поручил)[аи]?|следующ[а-яё]*)(?![\p{L}])/iu;
