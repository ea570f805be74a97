/**
 * Russian number words, ordinals, Roman numerals, month and weekday names, as regex
 * sources and as readers. Every source expects normalized text (see normalize.ts) and
 * the `u` flag.
 */

/** Start and end of a word: JS `\b` does not know Cyrillic letters. */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** Cardinal numbers in any case: «десять», «десяти», «двух», «пятнадцати», «двадцати пяти». */
const CARDINAL_FORMS: ReadonlyArray<readonly [string, number]> = [
  ['одиннадцат(?:ь|и|ью)', 11],
  ['двенадцат(?:ь|и|ью)', 12],
  ['тринадцат(?:ь|и|ью)', 13],
  ['четырнадцат(?:ь|и|ью)', 14],
  ['пятнадцат(?:ь|и|ью)', 15],
  ['шестнадцат(?:ь|и|ью)', 16],
  ['семнадцат(?:ь|и|ью)', 17],
  ['восемнадцат(?:ь|и|ью)', 18],
  ['девятнадцат(?:ь|и|ью)', 19],
  ['двадцат(?:ь|и|ью)', 20],
  ['тридцат(?:ь|и|ью)', 30],
  ['сорок(?:а)?', 40],
  ['пятьдесят|пятидесяти', 50],
  ['шестьдесят|шестидесяти', 60],
  ['девяност(?:о|а)', 90],
  ['сто|ста', 100],
  ['десят(?:ь|и|ью)', 10],
  ['од(?:ин|ного|ной|ну|ному|ним|ном|на|но)', 1],
  ['дв(?:а|е|ух|ум|умя)', 2],
  ['тр(?:и|ех|ем|емя)', 3],
  ['четыр(?:е|ех|ем|ьмя)', 4],
  ['пят(?:ь|и|ью)', 5],
  ['шест(?:ь|и|ью)', 6],
  ['сем(?:ь|и|ью)', 7],
  ['вос(?:емь|ьми|емью|ьмью)', 8],
  ['девят(?:ь|и|ью)', 9],
];

const CARDINAL_WORD = `(?:${CARDINAL_FORMS.map(([src]) => src).join('|')})${E}`;
/** One to two words: «десяти», «двадцати пяти». */
export const CARDINAL = `${CARDINAL_WORD}(?:\\s+${CARDINAL_WORD})?`;

const CARDINAL_MATCHERS = CARDINAL_FORMS.map(([src, value]) => [new RegExp(`^(?:${src})$`, 'u'), value] as const);

/** «двадцати пяти» → 25; null when a word is not a cardinal. */
export function cardinalValue(words: string): number | null {
  let total = 0;
  for (const word of words.trim().split(/\s+/u)) {
    const hit = CARDINAL_MATCHERS.find(([re]) => re.test(word));
    if (!hit) return null;
    total += hit[1];
  }
  return total;
}

/** First halves of compound adjectives: «двух|недельный», «десяти|дневный», «двадцатипяти|дневный». */
const STEMS: ReadonlyArray<readonly [string, number]> = [
  ['одиннадцати', 11],
  ['двенадцати', 12],
  ['тринадцати', 13],
  ['четырнадцати', 14],
  ['пятнадцати', 15],
  ['двадцати', 20],
  ['тридцати', 30],
  ['сорока', 40],
  ['шестидесяти', 60],
  ['девяноста', 90],
  ['десяти', 10],
  ['одно', 1],
  ['двух', 2],
  ['трех', 3],
  ['четырех', 4],
  ['пяти', 5],
  ['шести', 6],
  ['семи', 7],
  ['восьми', 8],
  ['девяти', 9],
];

export const STEM = `(?:(?:двадцати|тридцати|сорока)(?:одно|двух|трех|четырех|пяти|шести|семи|восьми|девяти)?|${STEMS.map(([s]) => s).join('|')})`;

/** «двухнедельный» → the stem «двух» → 2; «двадцатипяти» → 25. */
export function stemValue(stem: string): number | null {
  let rest = stem;
  let total = 0;
  while (rest.length > 0) {
    const hit = STEMS.find(([s]) => rest.startsWith(s));
    if (!hit) return null;
    total += hit[1];
    rest = rest.slice(hit[0].length);
  }
  return total === 0 ? null : total;
}

/** «10 (десяти)», «десяти», «10»: a count as officials write it. Group 1: digits, group 2: words. */
export const COUNT = `(?:(\\d{1,3})(?:\\s*\\(\\s*${CARDINAL}\\s*\\))?|(${CARDINAL}))`;

export function countValue(digits: string | undefined, words: string | undefined): number | null {
  if (digits !== undefined) return Number(digits);
  if (words !== undefined) return cardinalValue(words);
  return null;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL_STEMS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^перв/u, 1],
  [/^втор/u, 2],
  [/^трет/u, 3],
  [/^четверт/u, 4],
  [/^последн/u, -1],
];

/** An ordinal 1–4 as in «II квартал», «2-й квартал», «второго полугодия», «последняя декада». */
export const ORDINAL = '(iv|iii|ii|i|[1-4](?:\\s?-?\\s?(?:й|я|го|е|ое|ой|ом|м|ого|ая|ую))?|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*|последн[а-я]*)';

/** 1–4 for an ordinal token, -1 for «последний»; null when it is none. */
export function ordinalValue(token: string): number | null {
  const roman = ROMAN[token];
  if (roman !== undefined) return roman;
  const digit = /^([1-4])/u.exec(token);
  if (digit) return Number(digit[1]);
  const word = ORDINAL_STEMS.find(([re]) => re.test(token));
  return word ? word[1] : null;
}

/** Day ordinals in words: «до пятого числа». */
const DAY_ORDINALS: ReadonlyArray<readonly [string, number]> = [
  ['двадцать\\s+пят', 25],
  ['пятнадцат', 15],
  ['двадцат', 20],
  ['тридцат', 30],
  ['десят', 10],
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четверт', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
];

export const DAY_ORDINAL = `((?:${DAY_ORDINALS.map(([s]) => s).join('|')})(?:ого|ое|ье|ьего|ему|ьему))${E}`;

/** Every day of a month as an ordinal's stem, longest first: «тридцать перв» 31 … «перв» 1. */
const UNIT_STEMS: ReadonlyArray<readonly [string, number]> = [['перв', 1], ['втор', 2], ['трет', 3], ['четверт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9]];
const MONTH_DAY_STEMS: ReadonlyArray<readonly [string, number]> = [
  ...UNIT_STEMS.map(([s, v]) => [`двадцать\\s+${s}`, 20 + v] as const),
  ['тридцать\\s+перв', 31],
  ...(
    [['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30], ['десят', 10]] as const
  ),
  ...UNIT_STEMS,
];
/** A day of the month written as an ordinal word: «первого», «двадцать пятого», «тридцатого». */
export const MONTH_DAY_WORD = `((?:${MONTH_DAY_STEMS.map(([s]) => s).join('|')})(?:ого|ое|ье|ьего|ьему|ему|ому|ом))`;
const MONTH_DAY_MATCHERS = MONTH_DAY_STEMS.map(([src, value]) => [new RegExp(`^${src}`, 'u'), value] as const);

/** The day an ordinal word names: «двадцать пятого» → 25; null when it is none. */
export function monthDayValue(token: string): number | null {
  return MONTH_DAY_MATCHERS.find(([re]) => re.test(token))?.[1] ?? null;
}

const DAY_ORDINAL_MATCHERS = DAY_ORDINALS.map(([src, value]) => [new RegExp(`^${src}`, 'u'), value] as const);

export function dayOrdinalValue(token: string): number | null {
  const hit = DAY_ORDINAL_MATCHERS.find(([re]) => re.test(token));
  return hit ? hit[1] : null;
}

/** A month name in any case, or its abbreviation: «ноября», «декабрь», «в марте», «янв.». */
export const MONTH =
  '(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?:\\.|(?!\\p{L}))';

const MONTH_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['янв', 1],
  ['фев', 2],
  ['мар', 3],
  ['апр', 4],
  ['май', 5],
  ['мая', 5],
  ['мае', 5],
  ['июн', 6],
  ['июл', 7],
  ['авг', 8],
  ['сен', 9],
  ['окт', 10],
  ['ноя', 11],
  ['дек', 12],
];

/** 1–12 for a word MONTH matched. */
export function monthValue(word: string): number | null {
  const hit = MONTH_PREFIXES.find(([p]) => word.startsWith(p));
  return hit ? hit[1] : null;
}

/** Genitive month names, what a date is written with: the reference for spotting typos. */
export const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

export const MONTHS_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

/** A weekday in the forms a weekly term uses: «по пятницам», «каждую пятницу», «в пятницу». */
export const WEEKDAY = '(понедельник[а-я]*|вторник[а-я]*|сред[а-я]*|четверг[а-я]*|пятниц[а-я]*|суббот[а-я]*|воскресень[а-я]*)';

const WEEKDAY_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['понедельник', 1],
  ['вторник', 2],
  ['сред', 3],
  ['четверг', 4],
  ['пятниц', 5],
  ['суббот', 6],
  ['воскресень', 7],
];

/** ISO weekday 1–7 for a word WEEKDAY matched. */
export function weekdayValue(word: string): number | null {
  const hit = WEEKDAY_PREFIXES.find(([p]) => word.startsWith(p));
  return hit ? hit[1] : null;
}

export const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV'] as const;
