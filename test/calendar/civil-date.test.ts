import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDays,
  daysBetween,
  daysInMonth,
  formatIso,
  fromEpochDay,
  isIsoDate,
  isoWeekday,
  lastDayOfMonth,
  parseIso,
  toEpochDay,
} from '../../src/calendar/civil-date.js';

describe('civil dates', () => {
  it('adds days across month ends, year ends and February 29', () => {
    expect(addDays('2021-04-30', 1)).toBe('2021-05-01');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
    expect(addDays('2021-05-10', 0)).toBe('2021-05-10');
  });

  it('names the ISO weekday, Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2021-05-10')).toBe(1);
    expect(isoWeekday('2024-02-29')).toBe(4);
    expect(isoWeekday('2021-02-20')).toBe(6);
    expect(isoWeekday('2019-02-23')).toBe(6);
    expect(isoWeekday('2025-02-23')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-28')).toBe(7);
  });

  it('adds months keeping the day, or the month’s last day when it is shorter', () => {
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2021-03-31', -1)).toBe('2021-02-28');
    expect(addMonths('2021-05-10', 12)).toBe('2022-05-10');
    expect(addMonths('2021-01-15', -13)).toBe('2019-12-15');
    expect(addMonths('2021-11-30', 3)).toBe('2022-02-28');
  });

  it('knows the length of every month, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
    expect(lastDayOfMonth(2021, 4)).toBe('2021-04-30');
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
  });

  it('compares and subtracts days', () => {
    expect(compareDays('2021-05-10', '2021-05-11')).toBe(-1);
    expect(compareDays('2021-05-11', '2021-05-10')).toBe(1);
    expect(compareDays('2021-05-10', '2021-05-10')).toBe(0);
    expect(['2021-05-10', '2019-12-31', '2021-01-01'].sort(compareDays)).toEqual(['2019-12-31', '2021-01-01', '2021-05-10']);
    expect(daysBetween('2020-12-31', '2021-12-31')).toBe(365);
    expect(daysBetween('2024-12-31', '2024-01-01')).toBe(-365);
  });

  it('rejects strings that are not real dates with a message that shows the format', () => {
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2021-5-4')).toBe(false);
    expect(isIsoDate('04.05.2021')).toBe(false);
    expect(() => parseIso('2021-13-01')).toThrow("'2021-13-01' — не дата; напишите её как ГГГГ-ММ-ДД, например 2021-05-04");
    expect(() => addDays('2021-02-30', 1)).toThrow(RangeError);
    expect(() => formatIso(2021, 2, 29)).toThrow(RangeError);
    expect(() => addDays('2021-05-10', 1.5)).toThrow(RangeError);
  });

  it('parses and formats without leaving the written form', () => {
    expect(parseIso('2021-05-04')).toEqual({ year: 2021, month: 5, day: 4 });
    expect(formatIso(2021, 5, 4)).toBe('2021-05-04');
  });

  it('counts epoch days exactly as UTC midnight does, for any day between 1560 and 2380', () => {
    fc.assert(
      fc.property(fc.integer({ min: -150_000, max: 150_000 }), (n) => {
        const day = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromEpochDay(n)).toBe(day);
        expect(toEpochDay(day)).toBe(n);
      }),
    );
  });
});
