/**
 * The nominative of an executor or controller phrase that no directory entry names, so
 * that reports and mails say «органы исполнительной власти …», not «органам …».
 *
 * Rule-based on the head only: the leading adjectives and the head noun (dative or
 * instrumental, singular or plural; accusative after «на») are turned to the
 * nominative, and so is a participle after a comma that agrees with the head
 * («…, оказывающим государственные услуги» → «…, оказывающие …»). The genitive tail is
 * kept as written. Words no rule knows stay as they are: a wrong guess in a name
 * would be worse than an oblique case.
 */

type Case = 'dat' | 'ins' | 'acc';
type Gender = 'm' | 'f' | 'n';

/** Case, number and gender of the head noun, which its adjectives and participles agree with. */
interface Agreement {
  case: Case;
  plural: boolean;
  gender: Gender;
}

interface NounRule {
  ending: string;
  /** The nominative ending, or a function of the word when the stem decides it. */
  nominative: string | ((stem: string) => string);
  case: Case;
  plural: boolean;
  /** Only after «на» (accusative), where the genitive-looking forms are the object. */
  accusativeOnly?: boolean;
  /** Never after «на»: there the same ending means another case. */
  notAccusative?: boolean;
}

/** Plural «-ам/-ами»: neuter «министерства», «лица», «места», velar and hushing stems «-и», else «-ы». */
const hardPlural = (stem: string): string => (/(?:ств|^(?:лиц|мест|сел|дел|окн|озер|средств|хозяйств|полотн|судн|ведомств))$/i.test(stem) ? 'а' : /[гкхжшщч]$/.test(stem) ? 'и' : 'ы');
/** Plural «-иям/-иями»: neuter «-ние/-тие» nouns give «-ия» (учреждения), the others «-ии» (администрации). */
const iyaPlural = (stem: string): string => (/[нт]$/.test(stem) && !/(?:компан|кампан)$/.test(stem) ? 'ия' : 'ии');

// Longest endings first: the first rule whose ending fits decides.
const NOUN_RULES: readonly NounRule[] = [
  { ending: 'иями', nominative: iyaPlural, case: 'ins', plural: true },
  { ending: 'иям', nominative: iyaPlural, case: 'dat', plural: true },
  { ending: 'ями', nominative: 'и', case: 'ins', plural: true },
  { ending: 'ами', nominative: hardPlural, case: 'ins', plural: true },
  { ending: 'ям', nominative: 'и', case: 'dat', plural: true },
  { ending: 'ам', nominative: hardPlural, case: 'dat', plural: true },
  { ending: 'ством', nominative: 'ство', case: 'ins', plural: false },
  { ending: 'ству', nominative: 'ство', case: 'dat', plural: false },
  { ending: 'нием', nominative: 'ние', case: 'ins', plural: false },
  { ending: 'тием', nominative: 'тие', case: 'ins', plural: false },
  { ending: 'нию', nominative: 'ние', case: 'dat', plural: false, notAccusative: true },
  { ending: 'тию', nominative: 'тие', case: 'dat', plural: false, notAccusative: true },
  { ending: 'ию', nominative: 'ия', case: 'acc', plural: false, accusativeOnly: true },
  { ending: 'ией', nominative: 'ия', case: 'ins', plural: false },
  { ending: 'ии', nominative: 'ия', case: 'dat', plural: false },
  { ending: 'телей', nominative: 'тели', case: 'acc', plural: true, accusativeOnly: true },
  { ending: 'теля', nominative: 'тель', case: 'acc', plural: false },
  { ending: 'еем', nominative: 'ей', case: 'ins', plural: false },
  { ending: 'ем', nominative: 'ь', case: 'ins', plural: false },
  { ending: 'ом', nominative: '', case: 'ins', plural: false },
  { ending: 'ю', nominative: 'ь', case: 'dat', plural: false, notAccusative: true },
  { ending: 'ю', nominative: 'я', case: 'acc', plural: false, accusativeOnly: true },
  { ending: 'у', nominative: '', case: 'dat', plural: false, notAccusative: true },
  { ending: 'у', nominative: 'а', case: 'acc', plural: false, accusativeOnly: true },
  { ending: 'ой', nominative: 'а', case: 'ins', plural: false, notAccusative: true },
  { ending: 'ря', nominative: 'рь', case: 'acc', plural: false, accusativeOnly: true },
  { ending: 'а', nominative: '', case: 'acc', plural: false, accusativeOnly: true },
  { ending: 'е', nominative: 'а', case: 'dat', plural: false, notAccusative: true },
];

/** Nominative endings a rule above would misread: «Управление», «органы», «Депинформтехнологий». */
const NOMINATIVE = /(ие|ье|ые|ий|ый|ая|яя|ое|ее)$/;

/** Oblique adjective and participle endings, by the agreement they show. */
const ADJECTIVE = /(ому|ему|ыми|ими|ым|им|ого|его|ую|юю)$/;
/** «-ой/-ей» is an adjective only on an adjective stem; «Службой», «главой», «Комиссией» are nouns. */
const FEMININE_ADJECTIVE = /(н|к|г|х|ж|ш|щ|ч|ов|ев|рв)(ой|ей)$/;

const PREPOSITIONS = new Set(['за', 'на', 'с', 'со', 'совместно', 'в', 'во', 'к', 'ко']);

const PIECE = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[^\p{L}\p{N}]+/gu;
const isWord = (piece: string): boolean => /^[\p{L}\p{N}]/u.test(piece);

/** Phrases already put in the nominative: the same executors recur through a document and across documents. */
const nominatives = new Map<string, string>();
const NOMINATIVES_KEPT = 5000;

export function toNominative(phrase: string): string {
  const known = nominatives.get(phrase);
  if (known !== undefined) return known;
  const result = nominativeOf(phrase);
  if (nominatives.size >= NOMINATIVES_KEPT) nominatives.clear();
  nominatives.set(phrase, result);
  return result;
}

function nominativeOf(phrase: string): string {
  // «сельскими, городскими и поселковыми администрациями»: plural adjectives in the instrumental before their one noun.
  const run = /^(?:(?:совместно\s+)?со?\s+)?((?:[а-яё]+(?:ыми|ими)(?:\s*,\s*|\s+и\s+))+)([а-яё]+(?:ыми|ими)\s+\S.*)$/u.exec(phrase.trim());
  if (run) return `${run[1]!.replace(/([а-яё]+)(ы|и)ми(?![а-яё])/gu, '$1$2е')}${nominativeOf(run[2]!)}`;
  // «М.А. Губиной - редактору газеты …», «И.И. Петрову, начальнику отдела»: the person first, then the post.
  const person = /^([А-ЯЁ]\.\s?[А-ЯЁ]\.\s?)([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?:(\s*[-–—,]\s*)(\S.*))?$/u.exec(phrase.trim());
  if (person) {
    const surname = SURNAME_RULES.dat.find(([re]) => re.test(person[2]!));
    if (surname) return `${person[1]!}${person[2]!.replace(surname[0], surname[1])}${person[4] ? `${person[3]!}${nominativeOf(person[4])}` : ''}`;
  }
  // «Кузнецовой О.В.», «Петрову И.И.»: a person alone, the surname first.
  const surnameFirst = /^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?)$/u.exec(phrase.trim());
  if (surnameFirst) {
    const surname = SURNAME_RULES.dat.find(([re]) => re.test(surnameFirst[1]!));
    if (surname) return `${surnameFirst[1]!.replace(surname[0], surname[1])}${surnameFirst[2]!}`;
  }
  const pieces = phrase.trim().match(PIECE) ?? [];

  // Leading prepositions go: «за Министерством», «совместно с …», «на заместителя …».
  let accusative = false;
  while (pieces.length > 0) {
    const first = pieces[0] as string;
    if (!isWord(first)) {
      pieces.shift();
      continue;
    }
    if (!PREPOSITIONS.has(first.toLowerCase())) break;
    accusative = first.toLowerCase() === 'на';
    pieces.shift();
  }

  const words = pieces.map((piece, index) => ({ piece, index })).filter(({ piece }) => isWord(piece));
  const post = accusative ? substantiveAccusative(pieces, words) : substantiveHead(pieces, words);
  if (post) return inflectPerson(pieces.join(''), post);
  const head = inflectGroup(pieces, words, 0, accusative);
  // «Минэкономразвития России (М.С.Орешкину)»: the body does not decline, its head's name does.
  if (!head) return inflectPerson(pieces.join(''), { case: accusative ? 'acc' : 'dat', plural: false, gender: 'm' });

  // «главам и руководителям …»: a second head joined by «и» in the same case.
  let next = head.end;
  const conjunction = words[next];
  if (conjunction && conjunction.piece.toLowerCase() === 'и') {
    const second = inflectGroup(pieces, words, next + 1, accusative);
    if (second && second.agreement.case === head.agreement.case) next = second.end;
  }

  const headEnd = (words[next - 1] as WordPiece).index + 1;
  inflectParticiples(pieces, words.slice(next), headEnd, head.agreement);
  return inflectPerson(pieces.join(''), head.agreement);
}

/** Adjectives and participles that name a post on their own: «заведующему», «ответственным», «уполномоченному», «дежурному». */
const SUBSTANTIVE = /^(заведующ|управляющ|ответственн|уполномоченн|дежурн|исполняющ|председательствующ|командующ|курирующ)(ему|ей|им|ому|ой|ым)$/u;

/**
 * «Заведующему отделом образования», «Ответственным по уборке», «Заведующей МБДОУ № 5 Ивановой И.И.»: a post named by
 * an adjective or participle alone, with no noun in its case after it (an instrumental or a preposition follows), is
 * the head itself: «Заведующий отделом образования», «Ответственные по уборке». «Ответственному исполнителю» has its
 * noun and takes the usual path. Returns the head's agreement, or null when the phrase is not of this kind.
 */
/** «Заведующей», «Ответственным»: a word that can name a post on its own, in the dative. */
export function isSubstantivePost(word: string): boolean {
  return SUBSTANTIVE.test(word.toLowerCase());
}

function substantiveHead(pieces: string[], words: readonly WordPiece[]): Agreement | null {
  const first = words[0];
  const match = first ? SUBSTANTIVE.exec(first.piece.toLowerCase()) : null;
  if (!first || !match) return null;
  const ending = match[2]!;
  const plural = ending === 'им' || ending === 'ым';
  const gender: Gender = ending === 'ей' || ending === 'ой' ? 'f' : 'm';
  // A noun in the same case after it makes the word its adjective: «Дежурным диспетчерам», «Ответственному исполнителю».
  const scratch = [...pieces];
  const next = words.length > 1 ? inflectGroup(scratch, words, 1, false) : null;
  if (next && next.agreement.case === 'dat' && next.agreement.plural === plural && (plural || (next.agreement.gender === 'f') === (gender === 'f'))) return null;
  const stem = first.piece.slice(0, first.piece.length - ending.length);
  const soft = /[гкхжшщч]$/u.test(stem) || ending.startsWith('е') || ending === 'им';
  const nominative = plural ? (soft ? 'ие' : 'ые') : gender === 'f' ? 'ая' : soft ? 'ий' : 'ый';
  pieces[first.index] = stem + (first.piece === first.piece.toUpperCase() ? nominative.toUpperCase() : nominative);
  return { case: 'dat', plural, gender };
}

/** «заведующего», «управляющих»: a post named by a participle alone, in the accusative (after «Обязать», «на»). */
const SUBSTANTIVE_ACCUSATIVE = /^(заведующ|управляющ|ответственн|уполномоченн|дежурн|исполняющ|командующ|курирующ)(его|ого|их|ых|ую)$/u;

/**
 * «на заведующего райздравотделом т. Фадеева», «обязать управляющего трестом …», «заведующих шахтами»: the participle is the
 * head, the instrumental after it stays; «ответственного секретаря» has its noun and takes the usual path.
 */
function substantiveAccusative(pieces: string[], words: readonly WordPiece[]): Agreement | null {
  const first = words[0];
  const match = first ? SUBSTANTIVE_ACCUSATIVE.exec(first.piece.toLowerCase()) : null;
  if (!first || !match) return null;
  const second = words[1]?.piece.toLowerCase() ?? '';
  // A noun in the accusative after it («ответственного секретаря», «дежурных диспетчеров») is the head.
  // («уполномоченных РИКа»: an abbreviation after it is its complement, not its noun.)
  if (/^[а-яё]+(?:а|я|ов|ев|ей)$/u.test(second) && !/(?:ом|ем|ой|ей|ами|ями)$/u.test(second) && !/^[А-ЯЁ]{2,}/u.test(words[1]?.piece ?? '')) return null;
  const ending = match[2]!;
  const plural = ending === 'их' || ending === 'ых';
  const gender: Gender = ending === 'ую' ? 'f' : 'm';
  const stem = first.piece.slice(0, first.piece.length - ending.length);
  const soft = /[гкхжшщч]$/u.test(stem) || ending.startsWith('е') || ending === 'их';
  const nominative = plural ? (soft ? 'ие' : 'ые') : gender === 'f' ? 'ая' : soft ? 'ий' : 'ый';
  pieces[first.index] = stem + (first.piece === first.piece.toUpperCase() ? nominative.toUpperCase() : nominative);
  return { case: 'acc', plural, gender };
}

/**
 * The person named after the post stands in the post's case: «секретаря комиссии Петрову Н.С.» (acc, she),
 * «Главе города Юревичу М.В.» (dat, he). With the case known, the surname's ending tells the gender
 * («-ову» is his dative or her accusative); endings no rule knows («Сидоренко», «Ким») stay.
 */
const SURNAME_RULES: Readonly<Record<Case, ReadonlyArray<readonly [RegExp, string]>>> = {
  dat: [
    [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'],
    [/(ов|ев|ёв|ин|ын|ич)у$/u, '$1'],
    [/(ск|цк)ому$/u, '$1ий'],
    [/(ск|цк)ой$/u, '$1ая'],
  ],
  acc: [
    [/(ов|ев|ёв|ин|ын)у$/u, '$1а'],
    [/(ов|ев|ёв|ин|ын|ич)а$/u, '$1'],
    [/(ск|цк)ого$/u, '$1ий'],
    [/(ск|цк)ую$/u, '$1ая'],
  ],
  ins: [
    [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'],
    [/(ов|ев|ёв|ин|ын)ым$/u, '$1'],
    [/ичем$/u, 'ич'],
    [/(ск|цк)им$/u, '$1ий'],
    [/(ск|цк)ой$/u, '$1ая'],
  ],
};

function inflectPerson(phrase: string, agreement: Agreement): string {
  if (agreement.plural) return phrase;
  // (In parentheses after a body in the accusative, «(Иванова О.П.)» is as often her name left in the nominative as his in the
  // accusative: it stays as written; «(Иванову О.П.)» is hers.)
  const bracketed = /\([^()]*\)\s*$/u.test(phrase);
  const surname = (word: string): string => {
    if (agreement.case === 'acc' && bracketed && /(?:ов|ев|ёв|ин|ын)а$/u.test(word)) return word;
    for (const [re, to] of SURNAME_RULES[agreement.case]) if (re.test(word)) return word.replace(re, to);
    return word;
  };
  // «… Петрову Н.С.» at the end, or «… Р.Ю. Панова», also in parentheses after a body: «Комитету … (Иванову И.И.)».
  return phrase
    .replace(/(?<=[\s(])([А-ЯЁ][а-яё]{2,})(?=\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?\)?\s*$)/u, surname)
    .replace(/(?<=[\s(][А-ЯЁ]\.\s?[А-ЯЁ]\.\s?)([А-ЯЁ][а-яё]{2,})(?=\)?\s*$)/u, surname);
}

interface WordPiece {
  piece: string;
  index: number;
}

/**
 * Adjectives then a noun from `start`, turned to the nominative in `pieces`; returns
 * the word index after the noun, or null when the noun is not in an oblique case.
 */
function inflectGroup(
  pieces: string[],
  words: readonly WordPiece[],
  start: number,
  accusative: boolean,
): { end: number; agreement: Agreement } | null {
  let nounAt = start;
  while (nounAt < words.length && isObliqueAdjective((words[nounAt] as WordPiece).piece, accusative)) nounAt++;
  const noun = words[nounAt];
  if (!noun) return null;
  const inflected = inflectNoun(noun.piece, accusative);
  if (!inflected) return null;
  pieces[noun.index] = inflected.word;
  for (let i = start; i < nounAt; i++) {
    const adjective = words[i] as WordPiece;
    pieces[adjective.index] = inflectAdjective(adjective.piece, inflected.agreement) ?? adjective.piece;
  }
  return { end: nounAt + 1, agreement: inflected.agreement };
}

function isObliqueAdjective(word: string, accusative: boolean): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 5) return false;
  const match = ADJECTIVE.exec(lower);
  if (match) {
    // «-ого/-его», «-ую» are objects of «на»; elsewhere they start a genitive or accusative tail.
    const accusativeEnding = ['ого', 'его', 'ую', 'юю'].includes(match[1] as string);
    return accusativeEnding === accusative || !accusativeEnding;
  }
  return FEMININE_ADJECTIVE.test(lower) && !lower.endsWith('ией');
}

/** Animate plurals whose accusative is their genitive and no ending rule reads: «Обязать глав …», «на начальников …». */
const ANIMATE_PLURALS: ReadonlyMap<string, string> = new Map([
  ['глав', 'главы'],
  ['начальников', 'начальники'],
  ['директоров', 'директора'],
  ['председателей', 'председатели'],
  ['заместителей', 'заместители'],
  ['собственников', 'собственники'],
  ['владельцев', 'владельцы'],
  ['арендаторов', 'арендаторы'],
  ['пользователей', 'пользователи'],
  ['жителей', 'жители'],
  ['граждан', 'граждане'],
  ['работников', 'работники'],
  ['сотрудников', 'сотрудники'],
  ['специалистов', 'специалисты'],
  ['предпринимателей', 'предприниматели'],
]);

/** Plurals in «-а/-я» that no ending rule gives: «директорам» → «директора», «учителям» → «учителя». */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['директорам', 'директора'],
  ['директорами', 'директора'],
  ['учителям', 'учителя'],
  ['учителями', 'учителя'],
  ['профессорам', 'профессора'],
  ['докторам', 'доктора'],
]);

function inflectNoun(word: string, accusative: boolean): { word: string; agreement: Agreement } | null {
  const lower = word.toLowerCase();
  const plural = accusative ? ANIMATE_PLURALS.get(lower) : IRREGULAR_PLURALS.get(lower);
  if (plural !== undefined) {
    const written = /^\p{Lu}/u.test(word) ? plural.charAt(0).toUpperCase() + plural.slice(1) : plural;
    return { word: word === word.toUpperCase() ? plural.toUpperCase() : written, agreement: { case: accusative ? 'acc' : lower.endsWith('ми') ? 'ins' : 'dat', plural: true, gender: 'm' } };
  }
  if (NOMINATIVE.test(lower) || lower.length < 3 || isAbbreviation(word)) return null;
  for (const rule of NOUN_RULES) {
    if (!lower.endsWith(rule.ending)) continue;
    if (rule.accusativeOnly && !accusative) continue;
    if (rule.notAccusative && accusative) continue;
    const stem = lower.slice(0, lower.length - rule.ending.length);
    if (stem.length < 2) return null;
    const ending = typeof rule.nominative === 'string' ? rule.nominative : rule.nominative(stem);
    const nominative = stem + ending;
    return {
      word: withCaseOf(word, stem.length, ending),
      agreement: { case: rule.case, plural: rule.plural, gender: genderOf(nominative) },
    };
  }
  return null;
}

/** «ОМСУ», «ГКУ»: abbreviations do not decline. */
function isAbbreviation(word: string): boolean {
  return word.length <= 6 && word === word.toUpperCase();
}

/** Gender of a nominative singular noun, which a singular adjective takes. */
function genderOf(nominative: string): Gender {
  if (/[ое]$/.test(nominative)) return 'n';
  if (/[ая]$/.test(nominative)) return 'f';
  return 'm';
}

/** An adjective or participle in the head's case turned to the nominative, or null when it does not agree. */
function inflectAdjective(word: string, agreement: Agreement): string | null {
  const lower = word.toLowerCase();
  const ending = adjectiveEnding(lower, agreement);
  if (!ending) return null;
  const stem = lower.slice(0, lower.length - ending.length);
  const velar = /[гкх]$/.test(stem);
  const hushing = /[жшщч]$/.test(stem);
  const soft = ending.startsWith('е') || ending.startsWith('и') || ending === 'юю';
  let nominative: string;
  if (agreement.plural) nominative = soft || velar || hushing ? 'ие' : 'ые';
  else if (agreement.gender === 'f') nominative = ending === 'ей' && !hushing ? 'яя' : ending === 'юю' ? 'яя' : 'ая';
  else if (agreement.gender === 'n') nominative = soft && !velar ? 'ее' : 'ое';
  else nominative = soft || velar || hushing ? 'ий' : 'ый';
  return withCaseOf(word, stem.length, nominative);
}

/** The oblique ending of `word` that fits the head's case and number, or null. */
function adjectiveEnding(lower: string, agreement: Agreement): string | null {
  const endings: Record<string, readonly string[]> = {
    'dat-pl': ['ым', 'им'],
    'ins-pl': ['ыми', 'ими'],
    'acc-pl': ['ых', 'их'],
    'dat-sg': agreement.gender === 'f' ? ['ой', 'ей'] : ['ому', 'ему'],
    'ins-sg': agreement.gender === 'f' ? ['ой', 'ей'] : ['ым', 'им'],
    'acc-sg': agreement.gender === 'f' ? ['ую', 'юю'] : agreement.gender === 'm' ? ['ого', 'его'] : [],
  };
  const fitting = endings[`${agreement.case}-${agreement.plural ? 'pl' : 'sg'}`] ?? [];
  return fitting.find((ending) => lower.endsWith(ending) && lower.length > ending.length + 2) ?? null;
}

/**
 * Participles after a comma that agree with the head: «органам …, оказывающим …» →
 * «органы …, оказывающие …». Words inside «quotes» belong to a cited title and stay.
 */
function inflectParticiples(pieces: string[], words: readonly WordPiece[], from: number, agreement: Agreement): void {
  let depth = 0;
  let afterComma = false;
  let position = from;
  for (let index = 0; index < position; index++) depth += quoteDepthChange(pieces[index] as string);
  for (const { piece, index } of words) {
    for (; position < index; position++) {
      const separator = pieces[position] as string;
      depth += quoteDepthChange(separator);
      if (separator.includes(',')) afterComma = true;
    }
    position = index + 1;
    if (afterComma && depth <= 0) {
      const inflected = inflectAdjective(piece, agreement);
      if (inflected) pieces[index] = inflected;
    }
    afterComma = false;
  }
}

function quoteDepthChange(separator: string): number {
  let change = 0;
  for (const char of separator) {
    if (char === '«' || char === '“' || char === '„') change++;
    if (char === '»' || char === '”') change--;
  }
  return change;
}

/** `word` with its ending from `at` replaced, in capitals when the word is written in capitals. */
function withCaseOf(word: string, at: number, ending: string): string {
  const upper = word.length > 1 && word === word.toUpperCase();
  return word.slice(0, at) + (upper ? ending.toUpperCase() : ending);
}
