/**
 * Dates the way Russian official mail writes them. Calendar days (`YYYY-MM-DD`) are
 * read by their digits, never through a Date in the process zone, so the host's TZ
 * cannot shift a day.
 */

const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const WEEKDAYS = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(day: string): [number, number, number] | null {
  const m = ISO_DAY.exec(day);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** '2019-11-25' → '25.11.2019'; anything that is not a calendar day is returned as given. */
export function ruDate(day: string): string {
  const parts = partsOf(day);
  if (!parts) return day;
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
}

/** '2019-11-25' → '25 ноября 2019 г. (понедельник)'. */
export function ruLongDate(day: string): string {
  const parts = partsOf(day);
  if (!parts) return day;
  const [year, month, date] = parts;
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, date)).getUTCDay()] ?? '';
  return `${date} ${MONTHS_GENITIVE[month - 1] ?? ''} ${year} г. (${weekday})`;
}
