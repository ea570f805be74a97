import { fromZonedTime } from 'date-fns-tz';
import { z } from 'zod';
import type { IsoDate } from '../domain.js';
import { parseIso } from './civil-date.js';
import type { OfficeHours, WorkCalendar } from './types.js';

/**
 * Instants and the local days and times of a configured zone. Local parts are read with
 * Intl, never through a `Date` in the process zone, so the host's TZ cannot move a day.
 */

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** One formatter per zone: building one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      throw new RangeError(`'${zone}' — не часовой пояс IANA; напишите, например, Asia/Yekaterinburg или Europe/Moscow`);
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

export function isTimeZone(zone: string): boolean {
  try {
    formatterOf(zone);
    return true;
  } catch {
    return false;
  }
}

export function isClockTime(time: string): boolean {
  return HH_MM.test(time);
}

/** Office hours as a config file writes them; for the config module's schema. */
export const officeHoursSchema = z
  .strictObject({
    zone: z.string().refine(isTimeZone, 'не часовой пояс IANA; напишите, например, Asia/Yekaterinburg или Europe/Moscow'),
    start: z.string().regex(HH_MM, "напишите время как 'ЧЧ:ММ', например '09:00'"),
    end: z.string().regex(HH_MM, "напишите время как 'ЧЧ:ММ', например '18:00'"),
  })
  .refine((h) => h.start < h.end, { message: 'рабочий день должен заканчиваться позже, чем начинается', path: ['end'] });

type LocalParts = Readonly<Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>>;

/**
 * Wall-clock parts by zone and instant. formatToParts costs microseconds and a plan asks
 * about the same few send times again and again (every step re-plans its item), so
 * answers are kept, by the exact instant: the same answer formatToParts gives.
 */
const partsByZone = new Map<string, Map<number, LocalParts>>();
const MAX_PARTS_PER_ZONE = 50_000;

function localParts(instant: Date, zone: string): LocalParts {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('момент времени — недопустимая дата (Invalid Date)');
  let known = partsByZone.get(zone);
  const hit = known?.get(ms);
  if (hit) return hit;
  const parts = { year: '', month: '', day: '', hour: '', minute: '' };
  for (const part of formatterOf(zone).formatToParts(instant)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = part.value;
  }
  if (!known) {
    known = new Map();
    partsByZone.set(zone, known);
  }
  if (known.size >= MAX_PARTS_PER_ZONE) known.clear();
  known.set(ms, parts);
  return parts;
}

/** The civil day `instant` falls on in `zone`. */
export function localDay(instant: Date, zone: string): IsoDate {
  const { year, month, day } = localParts(instant, zone);
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

/** The 'HH:MM' wall-clock time of `instant` in `zone`. */
export function localTime(instant: Date, zone: string): string {
  const { hour, minute } = localParts(instant, zone);
  return `${hour}:${minute}`;
}

/** The instant of wall-clock `time` on `day` in `zone`. */
export function officeInstant(day: IsoDate, time: string, zone: string): Date {
  parseIso(day);
  if (!HH_MM.test(time)) throw new RangeError(`'${time}' — не время; напишите его как 'ЧЧ:ММ', например '09:00'`);
  formatterOf(zone);
  const instant = fromZonedTime(`${day}T${time}:00`, zone);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`${day} ${time} не удаётся перевести в часовой пояс ${zone}`);
  return instant;
}

/** When the office day of `day` ends: the last moment a mail still counts as sent that day. */
export function endOfOfficeDay(day: IsoDate, hours: OfficeHours): Date {
  checkHours(hours);
  return officeInstant(day, hours.end, hours.zone);
}

/**
 * `instant` itself when it falls within office hours of a working day (start included,
 * end excluded), else the start of office hours on the next working day.
 */
export function nextOfficeInstant(instant: Date, calendar: WorkCalendar, hours: OfficeHours): Date {
  checkHours(hours);
  const day = localDay(instant, hours.zone);
  if (calendar.isWorkingDay(day)) {
    const start = officeInstant(day, hours.start, hours.zone);
    if (instant.getTime() < start.getTime()) return start;
    if (instant.getTime() < officeInstant(day, hours.end, hours.zone).getTime()) return new Date(instant.getTime());
  }
  return officeInstant(calendar.addWorkingDays(day, 1), hours.start, hours.zone);
}

function checkHours(hours: OfficeHours): void {
  if (!HH_MM.test(hours.start) || !HH_MM.test(hours.end)) {
    throw new RangeError(`рабочее время ${hours.start}–${hours.end}: напишите оба времени как 'ЧЧ:ММ'`);
  }
  if (hours.start >= hours.end) throw new RangeError(`рабочее время ${hours.start}–${hours.end}: конец должен быть позже начала`);
}
