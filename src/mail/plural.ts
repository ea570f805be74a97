/**
 * Russian plural forms: the form after a number depends on its last two digits
 * (1 день, 2 дня, 5 дней, 11 дней, 21 день, 22 дня).
 */

/** The forms after 1, after 2–4 and after 5–20: ['рабочий день', 'рабочих дня', 'рабочих дней']. */
export type PluralForms = readonly [one: string, few: string, many: string];

export const WORKING_DAYS: PluralForms = ['рабочий день', 'рабочих дня', 'рабочих дней'];
export const DAYS: PluralForms = ['день', 'дня', 'дней'];
export const ASSIGNMENTS: PluralForms = ['поручение', 'поручения', 'поручений'];
export const EXECUTORS: PluralForms = ['исполнитель', 'исполнителя', 'исполнителей'];
export const ENTRIES: PluralForms = ['запись', 'записи', 'записей'];
/** After a comparative («длиннее 2000 знаков»): the genitive, 1 знака, 2 знаков. */
export const CHARACTERS_GENITIVE: PluralForms = ['знака', 'знаков', 'знаков'];
export const STEPS: PluralForms = ['шаг', 'шага', 'шагов'];
export const PENDING_STEPS: PluralForms = ['запланированное письмо', 'запланированных письма', 'запланированных писем'];
export const MAILS: PluralForms = ['письмо', 'письма', 'писем'];
export const HOURS: PluralForms = ['час', 'часа', 'часов'];
export const DOCUMENTS: PluralForms = ['документ', 'документа', 'документов'];
export const STORED_PROTOCOLS: PluralForms = ['сохранённый протокол', 'сохранённых протокола', 'сохранённых протоколов'];
export const PROTOCOLS: PluralForms = ['протокол', 'протокола', 'протоколов'];
/** Items of a YAML list: «хотя бы 1 элемент». */
export const LIST_ITEMS: PluralForms = ['элемент', 'элемента', 'элементов'];
/** Fields of a cron pattern: «5 полей, а нужно 6». */
export const CRON_FIELDS: PluralForms = ['поле', 'поля', 'полей'];
export const CHARACTERS: PluralForms = ['знак', 'знака', 'знаков'];
export const TOKENS: PluralForms = ['токен', 'токена', 'токенов'];
/** «1 токен указан», «2 токена указаны», «5 токенов указано». */
export const LISTED: PluralForms = ['указан', 'указаны', 'указано'];
/** The directory's entries by kind, for `srok config check`. */
export const BODIES: PluralForms = ['орган', 'органа', 'органов'];
export const OFFICIALS: PluralForms = ['должностное лицо', 'должностных лица', 'должностных лиц'];
export const GROUPS: PluralForms = ['группа', 'группы', 'групп'];
/** After «для»: «для 1 издающего органа», «для 2 издающих органов». */
export const ISSUERS_GENITIVE: PluralForms = ['издающего органа', 'издающих органов', 'издающих органов'];
export const EXECUTORS_GENITIVE: PluralForms = ['исполнителя', 'исполнителей', 'исполнителей'];
/** «1 байт», «2 байта», «5 байт» (the counting form, as in «20 байт»). */
export const BYTES: PluralForms = ['байт', 'байта', 'байт'];
export const FILES: PluralForms = ['файл', 'файла', 'файлов'];
export const TEXT_LINES: PluralForms = ['строка', 'строки', 'строк'];
export const RECIPIENTS: PluralForms = ['получатель', 'получателя', 'получателей'];
/** After a comparative («глубже 256 уровней»): the genitive, 1 уровня, 2 уровней. */
export const LEVELS_GENITIVE: PluralForms = ['уровня', 'уровней', 'уровней'];
/** After a comparative («глубже 200 групп»): the genitive, 1 группы, 2 групп. */
export const GROUPS_GENITIVE: PluralForms = ['группы', 'групп', 'групп'];
/** «в ближайший 1 рабочий день», «в ближайшие 5 рабочих дней». */
export const NEAREST: PluralForms = ['ближайший', 'ближайшие', 'ближайшие'];
/** «остался 1 рабочий день», «осталось 3 рабочих дня»: the verb agrees with the number too. */
export const REMAINS: PluralForms = ['остался', 'осталось', 'осталось'];

/** Which of the three forms follows `n` (its sign ignored). */
export function pluralIndex(n: number): 0 | 1 | 2 {
  const abs = Math.abs(Math.trunc(n));
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return 2;
  if (last === 1) return 0;
  if (last >= 2 && last <= 4) return 1;
  return 2;
}

export function plural(n: number, forms: PluralForms): string {
  return forms[pluralIndex(n)];
}

/** The same as `plural`, under the name the scheduler's subjects use. */
export const ruPlural = plural;

/** «3 рабочих дня»; a negative count is written without its sign. */
export function countOf(n: number, forms: PluralForms): string {
  return `${Math.abs(Math.trunc(n))} ${plural(n, forms)}`;
}
