import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCalendar } from '../../src/config/load-calendar.js';
import {
  endOfOfficeDay,
  localDay,
  localTime,
  nextOfficeInstant,
  officeHoursSchema,
  officeInstant,
} from '../../src/calendar/office-hours.js';
import type { OfficeHours } from '../../src/calendar/types.js';
import { CALENDAR_DIR } from './calendar-dir.js';

const calendar = loadCalendar(CALENDAR_DIR);
const KHMAO: OfficeHours = { zone: 'Asia/Yekaterinburg', start: '09:00', end: '18:00' };

/** Process zones far west and far east of Yekaterinburg (UTC+5), and UTC itself; January offsets in minutes. */
const PROCESS_ZONES: [string, number][] = [
  ['America/Los_Angeles', 480],
  ['Pacific/Kiritimati', -840],
  ['UTC', 0],
];

describe.each(PROCESS_ZONES)('office hours with the process in %s', (zone, januaryOffset) => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
    // Proves the zone took effect, so the cases below really run under it.
    expect(new Date(2021, 0, 15).getTimezoneOffset()).toBe(januaryOffset);
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('knows 23:30 in Yekaterinburg on 2021-05-10 is that day, a day off', () => {
    const instant = officeInstant('2021-05-10', '23:30', 'Asia/Yekaterinburg');
    expect(instant.toISOString()).toBe('2021-05-10T18:30:00.000Z');
    expect(localDay(instant, 'Asia/Yekaterinburg')).toBe('2021-05-10');
    expect(localTime(instant, 'Asia/Yekaterinburg')).toBe('23:30');
    expect(calendar.isWorkingDay(localDay(instant, 'Asia/Yekaterinburg'))).toBe(false);
    expect(nextOfficeInstant(instant, calendar, KHMAO).toISOString()).toBe('2021-05-11T04:00:00.000Z');
  });

  it('places 00:30 in Yekaterinburg on a working day on the previous UTC day', () => {
    const instant = officeInstant('2021-05-12', '00:30', 'Asia/Yekaterinburg');
    expect(instant.toISOString()).toBe('2021-05-11T19:30:00.000Z');
    expect(localDay(instant, 'UTC')).toBe('2021-05-11');
    expect(localDay(instant, 'Asia/Yekaterinburg')).toBe('2021-05-12');
    expect(localTime(instant, 'Asia/Yekaterinburg')).toBe('00:30');
    expect(nextOfficeInstant(instant, calendar, KHMAO).toISOString()).toBe('2021-05-12T04:00:00.000Z');
  });

  it('reads local days and times through midnight and the process zone’s own DST change', () => {
    // 2021-03-14 02:30 does not exist in Los Angeles (clocks jumped), but it does in Yekaterinburg.
    const instant = officeInstant('2021-03-14', '02:30', 'Asia/Yekaterinburg');
    expect(instant.toISOString()).toBe('2021-03-13T21:30:00.000Z');
    expect(localDay(instant, 'Asia/Yekaterinburg')).toBe('2021-03-14');
    expect(localTime(instant, 'Asia/Yekaterinburg')).toBe('02:30');
    expect(localTime(officeInstant('2021-05-12', '00:00', 'Asia/Yekaterinburg'), 'Asia/Yekaterinburg')).toBe('00:00');
  });
});

describe('the next office instant', () => {
  it('is the instant itself inside office hours of a working day', () => {
    const instant = new Date('2021-05-12T07:15:42.000Z'); // 12:15:42 in Yekaterinburg
    expect(nextOfficeInstant(instant, calendar, KHMAO).toISOString()).toBe(instant.toISOString());
  });

  it('is the opening of the same day before office hours', () => {
    const instant = officeInstant('2021-05-12', '07:59', 'Asia/Yekaterinburg');
    expect(nextOfficeInstant(instant, calendar, KHMAO)).toEqual(officeInstant('2021-05-12', '09:00', 'Asia/Yekaterinburg'));
  });

  it('counts the opening minute in and the closing minute out', () => {
    const opening = officeInstant('2021-05-12', '09:00', 'Asia/Yekaterinburg');
    const closing = officeInstant('2021-05-12', '18:00', 'Asia/Yekaterinburg');
    expect(nextOfficeInstant(opening, calendar, KHMAO)).toEqual(opening);
    expect(nextOfficeInstant(closing, calendar, KHMAO)).toEqual(officeInstant('2021-05-13', '09:00', 'Asia/Yekaterinburg'));
  });

  it('skips from the evening before the May holidays to the first working morning after them', () => {
    const instant = officeInstant('2021-04-30', '18:30', 'Asia/Yekaterinburg');
    expect(nextOfficeInstant(instant, calendar, KHMAO)).toEqual(officeInstant('2021-05-11', '09:00', 'Asia/Yekaterinburg'));
  });

  it('works a working Saturday', () => {
    const instant = officeInstant('2021-02-20', '10:00', 'Asia/Yekaterinburg');
    expect(nextOfficeInstant(instant, calendar, KHMAO)).toEqual(instant);
  });

  it('reads the day in the office zone, not in UTC', () => {
    // 2021-05-11T20:00Z is already Wednesday 01:00 in Yekaterinburg but still Tuesday in Moscow.
    const instant = new Date('2021-05-11T20:00:00.000Z');
    expect(nextOfficeInstant(instant, calendar, KHMAO).toISOString()).toBe('2021-05-12T04:00:00.000Z');
    const moscow: OfficeHours = { zone: 'Europe/Moscow', start: '09:00', end: '18:00' };
    expect(nextOfficeInstant(instant, calendar, moscow).toISOString()).toBe('2021-05-12T06:00:00.000Z');
  });
});

describe('the end of an office day', () => {
  it('is the closing time of that day in the office zone', () => {
    expect(endOfOfficeDay('2021-05-11', KHMAO).toISOString()).toBe('2021-05-11T13:00:00.000Z');
    expect(endOfOfficeDay('2021-05-11', { zone: 'Europe/Moscow', start: '09:00', end: '18:00' }).toISOString()).toBe(
      '2021-05-11T15:00:00.000Z',
    );
  });
});

describe('bad office hours', () => {
  it('are refused with a message that says what to write', () => {
    expect(() => officeInstant('2021-05-11', '9:00', 'Asia/Yekaterinburg')).toThrow("'9:00' — не время; напишите его как 'ЧЧ:ММ', например '09:00'");
    expect(() => officeInstant('2021-05-11', '24:00', 'Asia/Yekaterinburg')).toThrow("'24:00' — не время; напишите его как 'ЧЧ:ММ', например '09:00'");
    expect(() => officeInstant('2021-05-11', '09:00', 'Asia/Ekaterinburg')).toThrow("'Asia/Ekaterinburg' — не часовой пояс IANA; напишите, например, Asia/Yekaterinburg или Europe/Moscow");
    expect(() => endOfOfficeDay('2021-05-11', { zone: 'Asia/Yekaterinburg', start: '18:00', end: '09:00' })).toThrow('рабочее время 18:00–09:00: конец должен быть позже начала');
    expect(() => localDay(new Date(Number.NaN), 'Asia/Yekaterinburg')).toThrow('момент времени — недопустимая дата (Invalid Date)');
  });

  it('are caught by the schema the config module can reuse', () => {
    expect(officeHoursSchema.safeParse(KHMAO).success).toBe(true);
    const wrong = officeHoursSchema.safeParse({ zone: 'Mars/Olympus', start: '9', end: '08:00' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['zone', 'start']));
  });
});
