/**
 * The deadline grammar reads a normalized copy of the text: lower case, «ё» as «е»,
 * every dash as '-', every double quote as '"', every space as ' '. The copy keeps
 * the original's length, so an offset found in it cuts the phrase as written.
 */

const SPECIAL = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r\f\v\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d«»“”„‟″〝〞＂‘’‚‛′`ёі]/gu;

function replacement(ch: string): string {
  if (ch === 'ё') return 'е';
  // Cyrillic «І» is typed for the Roman one in «І квартал».
  if (ch === 'і') return 'i';
  if (/[«»“”„‟″〝〞＂]/u.test(ch)) return '"';
  if (/[‘’‚‛′`]/u.test(ch)) return "'";
  if (/[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/u.test(ch)) return '-';
  return ' ';
}

/** One character at a time, for the rare text whose lower case changes its length (e.g. «İ»). */
function normalizeByCharacter(raw: string): string {
  let out = '';
  for (const ch of raw) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower.replace(SPECIAL, replacement) : ch;
  }
  return out;
}

export function normalize(raw: string): string {
  const lower = raw.toLowerCase();
  // («закончить к.15 ноября с. г.»: a dot typed for the space after «к» or «до»; the length stays, as offsets must.)
  if (lower.length !== raw.length) return hourInBrackets(normalizeByCharacter(raw).replace(DOT_FOR_SPACE, '$1 '));
  return hourInBrackets(lower.replace(SPECIAL, replacement).replace(DOT_FOR_SPACE, '$1 '));
}

/** «до 29.01.2016 (17.00)»: the hour in brackets after the day is the day's hour (the opening bracket becomes a space: offsets stay). */
function hourInBrackets(n: string): string {
  return n.includes('(') ? n.replace(/(\d{4}(?:\s*(?:г\.|года))?\s*)\((\d{1,2}[.:]\d{2})(\)|$)/gu, (_all, day: string, hour: string, close: string) => `${day} ${hour}${close}`) : n;
}

const DOT_FOR_SPACE = /(?<![\p{L}])(к|до)\.(?=\d)/gu;

const LABEL = /^[\s*_]*срок(?:и)?(?:\s+(?:исполнения|выполнения|представления|предоставления)(?:\s+поручени[яй])?)?[\s*_]*(?::|-)[\s*_]*/u;
const TRAILING = /[\s.,;:!?*_-]+$/u;
/** A dot that ends «г.», «гг.», «кв.» belongs to the abbreviation, not to the sentence. */
const ABBREVIATION_END = /(?:^|[^\p{L}])(?:г|гг|кв)$/u;

/** The phrase as written, without a «Срок:» / «Срок –» label and trailing punctuation; a phrase wrapped over lines becomes one line. */
export function cleanPhrase(raw: string): string {
  let text = raw.replace(/\s*[\r\n]+\s*/gu, ' ').trim();
  const label = LABEL.exec(normalize(text));
  if (label) text = text.slice(label[0].length);
  return stripTrailing(text);
}

export function stripTrailing(text: string): string {
  // («… срок – до 15 ноября 2021 г.).»: the bracket that closes the item's note is not the term's.
  const unbalanced = /\)[\s.,;:!?*_-]*$/u.test(text) && (text.match(/\)/gu) ?? []).length > (text.match(/\(/gu) ?? []).length;
  if (unbalanced) return stripTrailing(text.replace(/\)([\s.,;:!?*_-]*)$/u, '$1'));
  const trail = TRAILING.exec(normalize(text));
  if (!trail) return text.trim();
  const head = text.slice(0, trail.index);
  const keepDot = trail[0].startsWith('.') && ABBREVIATION_END.test(normalize(head));
  return (keepDot ? `${head}.` : head).trim();
}

/**
 * Whether `n.slice(start, end)` stands inside a quoted name: a quote opened before it and closed after it, that opens with a
 * title («"о передаче …"», «"об …"») or follows a word that names something («газета», «приказ», «конкурс»), and holds no
 * infinitive — a quoted order («… пункта 2 приказа: "органам … еженедельно, по пятницам, представлять …"») is no name.
 */
export function quotedAt(n: string, start: number, end: number): boolean {
  const before = n.slice(0, start);
  const after = n.slice(end);
  const angled = (before.match(/«/gu)?.length ?? 0) > (before.match(/»/gu)?.length ?? 0) && after.includes('»');
  const straight = (before.match(/"/gu)?.length ?? 0) % 2 === 1 && after.includes('"');
  if (!angled && !straight) return false;
  const open = Math.max(before.lastIndexOf(angled ? '«' : '"'), 0);
  const close = end + after.indexOf(angled ? '»' : '"');
  const inside = n.slice(open + 1, close);
  const titled = /^\s*(?:о|об|обо)\s/u.test(inside) || /(?<![\p{L}])(?:письм|приказ|постановлени|распоряжени|решени|газет|журнал|вестник|издани|проект|конкурс|программ|акци|фестивал|операци|центр|учреждени|организаци|обществ|компани|рубрик|передач)[а-яё]*\s*$/u.test(n.slice(Math.max(0, open - 40), open));
  return titled && !/(?<![\p{L}])(?:[а-яё]{2,}(?:ать|ять|ить|еть|уть|ыть|оть)|(?:про|при|пере|под|от|в|из|про)?(?:вести|нести|везти))(?![\p{L}])/u.test(inside);
}
