import { blankQuotes, stripTrailingPunctuation } from './text.js';

/**
 * Who an item orders to act. Protocols write «[Рекомендовать] <executors in the
 * dative> [совместно с <co-executors in the instrumental>] <infinitive> …»: the
 * executors are everything before the first infinitive that is not inside a quoted
 * title.
 */

export interface ExecutorPhrase {
  role: 'executor' | 'co-executor';
  text: string;
}

export interface ExecutorSplit {
  /** «Рекомендовать», «Предложить», «Поручить», «Просить» or ''. */
  lead: string;
  recommendation: boolean;
  executors: ExecutorPhrase[];
  /** The ordered verb, e.g. «направить». */
  verb: string;
  /** The text from the verb on. */
  rest: string;
}

const LEAD = /^(рекомендовать|предложить|поручить|просить|обязать)\s+/iu;
const RECOMMENDING = new Set(['рекомендовать', 'предложить', 'просить']);

/** Nouns that end like an infinitive. */
const NOT_VERBS = new Set([
  'печать',
  'кровать',
  'мать',
  'благодать',
  'рать',
  'сеть',
  'треть',
  'путь',
  'суть',
  'ртуть',
  'нить',
  'память',
  'опять',
  'пять',
  'девять',
  'десять',
  'знать',
  'тетрадь',
]);
/** Infinitives in -ти and -чь, listed: a suffix test would take «области» and «власти» for verbs. */
const TI_VERBS =
  /^(про|при|пере|вы|в|за|до|раз|из|от|под|пре|у|на|обо|о)?(вести|нести|йти|гнести|расти|брести|везти|ползти|лезти|найти|обрести|мочь|печь|беречь|влечь|сечь)(сь)?$/u;

export function isInfinitive(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 4 || NOT_VERBS.has(w) || /дцать$/u.test(w)) return false;
  if (/(ать|ять|еть|ить|оть|уть|ыть|ють)(ся)?$/u.test(w)) return true;
  if (/^(провести|внести|привести|перевести|ввести|вывести|произвести|обрести|перенести|принести|нести|вести|найти|прийти|пройти|учесть)$/u.test(w))
    return true;
  return TI_VERBS.test(w);
}

/** A word that can head an executor phrase in the dative: «Министерству», «органам», «Главе». */
function looksDative(word: string): boolean {
  return /(у|ю|ам|ям|ому|ему|ым|им|ии|е|и)$/iu.test(word);
}

const CO = /\s*,?\s*совместно\s+со?\s+/iu;

/** Split a list of executors joined by «и» or commas where each part starts a new dative head. */
function splitList(phrase: string): string[] {
  const parts: string[] = [];
  let current = '';
  const tokens = phrase.split(/(\s*,\s*|\s+и\s+)/u);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (i % 2 === 1) {
      const next = tokens[i + 1] ?? '';
      const head = next.split(' ')[0] ?? '';
      // A new executor begins with a capitalised dative noun («… и Министерству финансов …»).
      if (/^[А-ЯЁ]/u.test(head) && /(у|ю|ам|ям)$/u.test(head) && current !== '') {
        parts.push(current);
        current = '';
        continue;
      }
      current += token;
      continue;
    }
    current += token;
  }
  if (current.trim() !== '') parts.push(current);
  return parts.map((p) => stripTrailingPunctuation(p.trim())).filter((p) => p !== '');
}

/** The executors of an item's first sentence, or null when it does not name one. */
export function splitExecutors(text: string): ExecutorSplit | null {
  let body = text.trim();
  let lead = '';
  const leadMatch = LEAD.exec(body);
  if (leadMatch) {
    lead = leadMatch[1]!;
    body = body.slice(leadMatch[0].length);
  }
  const masked = blankQuotes(body);
  let depth = 0;
  let verbAt = -1;
  let verb = '';
  for (const m of masked.matchAll(/[()]|[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?/gu)) {
    if (m[0] === '(') depth += 1;
    else if (m[0] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && isInfinitive(m[0]) && /^[а-яё]/u.test(m[0])) {
      verbAt = m.index;
      verb = m[0];
      break;
    }
  }
  if (verbAt <= 0) return null;
  let phrase = stripTrailingPunctuation(body.slice(0, verbAt).trim());
  const firstWord = phrase.split(/\s+/u)[0] ?? '';
  if (phrase !== '' && !looksDative(firstWord)) {
    // «Во исполнение пункта 3 протокола № 14 Министерству …», «В целях …, органам …»: an adverbial opens the item.
    const head = /(?:^|[\s,])([А-ЯЁ][а-яё]+(?:у|ю|ам|ям)|(?:органам|главам|руководителям|администрациям))\s/u.exec(blankQuotes(phrase));
    if (!head || !/^(во?|в\s+целях|в\s+соответствии|для|с\s+целью|на\s+основании|по\s+итогам|учитывая)/iu.test(phrase)) return null;
    phrase = phrase.slice(head.index + head[0].indexOf(head[1]!));
  }
  if (phrase === '') return null;

  const executors: ExecutorPhrase[] = [];
  const co = CO.exec(phrase);
  const own = co ? phrase.slice(0, co.index) : phrase;
  for (const p of splitList(own)) executors.push({ role: 'executor', text: p });
  if (co) {
    for (const p of splitList(phrase.slice(co.index + co[0].length))) executors.push({ role: 'co-executor', text: p });
  }
  const rest = body.slice(verbAt);
  // «… разработать совместно с Управлением … показатели»: co-executors after the verb.
  const after = /\s+совместно\s+со?\s+([^,;.]+?)(?=\s+[а-яё]+(?:ть|ться)(?![А-ЯЁа-яёA-Za-z0-9_])|[,;.]|$)/u.exec(blankQuotes(rest));
  if (after && !co) {
    const phraseAfter = rest.slice(after.index, after.index + after[0].length).replace(/^\s+совместно\s+со?\s+/u, '');
    for (const p of splitList(phraseAfter)) executors.push({ role: 'co-executor', text: p });
  }
  return {
    lead,
    recommendation: RECOMMENDING.has(lead.toLowerCase()),
    executors,
    verb,
    rest,
  };
}

/**
 * The executors of a heading that ends with a colon and leads sub-items:
 * «Рекомендовать органам местного самоуправления …:» → the bodies, as a recommendation.
 */
export function leadingExecutors(text: string): ExecutorSplit | null {
  let body = stripTrailingPunctuation(text.trim());
  let lead = '';
  const leadMatch = LEAD.exec(body);
  if (leadMatch) {
    lead = leadMatch[1]!;
    body = body.slice(leadMatch[0].length);
  }
  const first = body.split(/\s+/u)[0] ?? '';
  if (body === '' || !looksDative(first) || !/^[А-ЯЁа-яё]/u.test(first)) return null;
  // A heading that already orders something itself («… обеспечить:») is not a bare lead.
  if (splitExecutors(text) !== null) return null;
  const executors: ExecutorPhrase[] = [];
  const co = CO.exec(body);
  for (const p of splitList(co ? body.slice(0, co.index) : body)) executors.push({ role: 'executor', text: p });
  if (co) for (const p of splitList(body.slice(co.index + co[0].length))) executors.push({ role: 'co-executor', text: p });
  return { lead, recommendation: RECOMMENDING.has(lead.toLowerCase()), executors, verb: '', rest: '' };
}
