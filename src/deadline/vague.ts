import { B, E } from './numbers.js';

/**
 * Terms a person understands but a calendar cannot hold: «в кратчайшие сроки», «на
 * очередном заседании», «оперативно», «по мере необходимости», «в установленные
 * сроки», «после утверждения бюджета». They are reported, never turned into a date.
 */

/** «на очередном заседании»: vague in free text too. */
const NEXT_MEETING = '(?:на|к|до)\\s+(?:очередн|следующ|ближайш)[а-я]*\\s+(?:заседани|совещани)[а-я]*';

/** «за 5 дней до …», «за две недели до …»: a span counted back to an event named after it. */
const BACK_FROM_EVENT = 'за\\s+[0-9а-я]+\\s+(?:(?:рабоч|календарн)[а-я]*\\s+)?(?:дн[а-я]*|день|недел[а-я]*|месяц[а-я]*)\\s+до';

/** Conditions: a date written with one of these is only trusted when «до» / «не позднее» introduces it. */
const CONDITIONS = [
  'после\\s+[а-я]+',
  'по\\s+мере\\s+[а-я]+',
  'при\\s+необходимости',
  // «при формировании проекта бюджета … на 2026 год и на плановый период …», «при подготовке изменений в бюджет»: a step to come.
  'при\\s+(?:формировании|подготовке|разработке|внесении|утверждении|корректировке|рассмотрении)\\s+[а-я]+',
  'в\\s+случае\\s+[а-я]+',
  // «при установлении среднесуточной температуры … ниже +8 °С в течение 5 суток»: a weather's condition, its days no term.
  'при\\s+(?:установлении|наступлении|понижении|повышении|достижении|снижении|подъеме|подъёме|превышении)\\s+[а-я]+',
  'по\\s+согласованию',
  'по\\s+готовности',
  // «в ходе подготовки к отбору 2026 года»: along with a step to come.
  'в\\s+ходе\\s+[а-я]+',
  // «до начала весенних полевых работ 2025 года», «до окончания половодья»: an event to come, whatever year it names.
  // (Not a calendar period: «до окончания текущего года», «до окончания первого полугодия 2025 года».)
  'до\\s+(?:начала|окончания|завершения|открытия|закрытия)\\s+(?!(?:текущ|этого|следующ|очередн|перв|втор|трет|четверт|отчетн|календарн|учебн)[а-я]*\\s|(?:года|квартала|полугодия|месяца|недели)(?![а-я]))[а-я]+',
  'по\\s+итогам\\s+[а-я0-9]+',
  'по\\s+результатам\\s+[а-я]+',
  'по\\s+(?:завершении|окончании|получении|поступлении)\\s+[а-я]+',
  `${BACK_FROM_EVENT}\\s+[а-я]+`,
  '(?:на|к)\\s+заседани[а-я]*',
  'по\\s+(?:отдельному\\s+)?(?:графику|плану)',
  NEXT_MEETING,
];

/** Vague on their own, and clear enough to be a term in free text too. */
const FIRM = [
  'в\\s+(?:максимально\\s+)?кратчайш[а-я]*\\s+срок[а-я]*',
  'в\\s+(?:максимально\\s+)?(?:короткие|сжатые)\\s+сроки',
  'в\\s+(?:оперативном|срочном|приоритетном)\\s+порядке',
  'незамедлительно',
  'заблаговременно',
  'безотлагательно',
  'немедленно',
  'в\\s+установленн[а-я]*\\s+(?:порядке\\s+и\\s+)?срок[а-я]*',
  'в\\s+сроки,?\\s+(?:установленн|предусмотренн|определенн)[а-я]*',
  // «в тот же срок, что и сведения по приложению 1», «в аналогичные сроки»: a term named elsewhere.
  'в\\s+(?:тот\\s+же|те\\s+же|аналогичн[а-я]*)\\s+срок[а-я]*',
  // «не позднее чем за 5 дней до открытия смены», «за 10 дней до начала учебного года»: counted back from an event.
  `не\\s+поз(?:днее|же)\\s+(?:чем\\s+)?${BACK_FROM_EVENT}\\s+[а-я]+(?:\\s+[а-я]+)?`,
  `${BACK_FROM_EVENT}\\s+(?:начала|открытия|проведения|окончания|заседания|даты|дня|истечения)(?:\\s+[а-я]+)?`,
];

/** Vague in a «Срок» phrase; too common in free text to be read as a term there. */
const LOOSE = [
  'оперативно',
  'срочно',
  'своевременно',
  'в\\s+рабочем\\s+порядке',
  'в\\s+течение\\s+(?:года|квартала|полугодия)',
  'в\\s+соответствии\\s+с\\s+[а-я]+',
  'согласно\\s+[а-я]+',
];

const words = (list: readonly string[]): RegExp => new RegExp(`${B}(?:${list.join('|')})${E}`, 'u');
const CONDITION = words(CONDITIONS);
const IN_PHRASE = words([...FIRM, ...CONDITIONS, ...LOOSE]);
const IN_FREE_TEXT = words([...FIRM, NEXT_MEETING]);

export interface VagueHit {
  start: number;
  end: number;
}

/** A condition the term hangs on («после утверждения бюджета»), or null. */
export function conditionIn(n: string): VagueHit | null {
  return hit(CONDITION.exec(n));
}

/** The vague words of a «Срок» phrase, or null. */
export function vagueInPhrase(n: string): VagueHit | null {
  return hit(IN_PHRASE.exec(n));
}

/** A vague term in free text («представить в кратчайшие сроки»), or null. */
export function vagueInFreeText(n: string): VagueHit | null {
  return hit(IN_FREE_TEXT.exec(n));
}

function hit(m: RegExpExecArray | null): VagueHit | null {
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
