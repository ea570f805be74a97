import type { IsoDate } from '../domain.js';

/**
 * Civil dates as 'YYYY-MM-DD' strings. Everything here is integer arithmetic on the
 * proleptic Gregorian calendar: no `Date`, so the process time zone cannot shift a day.
 */

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  checkYearMonth(year, month);
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date written 'YYYY-MM-DD' (so '2021-02-29' is false). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseIso(value: IsoDate): CivilDate {
  if (!isIsoDate(value)) {
    throw new RangeError(`'${value}' — не дата; напишите её как ГГГГ-ММ-ДД, например 2021-05-04`);
  }
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

export function formatIso(year: number, month: number, day: number): IsoDate {
  checkYearMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`в ${year}-${pad(month, 2)} нет ${day}-го числа`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (negative before). Algorithm: H. Hinnant, "days_from_civil". */
export function toEpochDay(value: IsoDate): number {
  const { year, month, day } = parseIso(value);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of toEpochDay ("civil_from_days"). */
export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay)) throw new RangeError(`номер дня ${epochDay} — не целое число`);
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIso(year, month, day);
}

export function addDays(value: IsoDate, n: number): IsoDate {
  checkInteger(n, 'число дней');
  return fromEpochDay(toEpochDay(value) + n);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(value: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toEpochDay(value) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(value: IsoDate): boolean {
  return isoWeekday(value) >= 6;
}

/** Same day of month n months later (earlier for n < 0), clamped to the month's last day: 2021-01-31 + 1 → 2021-02-28. */
export function addMonths(value: IsoDate, n: number): IsoDate {
  checkInteger(n, 'число месяцев');
  const { year, month, day } = parseIso(value);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIso(y, m, Math.min(day, daysInMonth(y, m)));
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return formatIso(year, month, daysInMonth(year, month));
}

/** -1, 0 or 1, for sorting. Valid ISO dates order as strings. */
export function compareDays(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  parseIso(a);
  parseIso(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkYearMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`год ${year} вне диапазона 1–9999`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`месяц ${month} вне диапазона 1–12`);
}

function checkInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} ${n} — не целое число`);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
