import { z } from 'zod';
import type { CalendarDay } from './types.js';

/**
 * The shape of `config/calendar/<year>.yaml` and `config/calendar/regions/<region>/<year>.yaml`.
 * Dates are mapping keys, so the YAML parser itself rejects a day listed twice.
 * What a date must be (its year, its weekday) is checked in check-year.ts.
 */

const note = z
  .string({ error: 'write a short note after the date, e.g. "2021-11-05: перенос выходного с 02.01 (сб), Постановление № 1648"' })
  .trim()
  .min(1, 'the note is empty; say why the day is listed, e.g. "перенос выходного с 02.01 (сб), Постановление № 1648"');

/** A mapping of dates to notes; an empty or absent list is an empty mapping. */
const dayMap = z.preprocess(
  (value) => value ?? {},
  z.record(z.string(), note, { error: 'write a mapping with one "YYYY-MM-DD: note" a line' }),
);

const year = z.number({ error: 'write the year as a number, e.g. "year: 2021"' }).int('write the year as a whole number');
const source = z
  .string({ error: 'name the decree, e.g. "source: Постановление Правительства РФ от 10.10.2020 № 1648"' })
  .trim()
  .min(1, 'name the decree the year follows');

export const yearFileSchema = z.strictObject({
  year,
  source,
  checked: z.boolean({ error: 'write "checked: true" once every day is checked against the decree, else "checked: false"' }),
  verify: z.string({ error: 'write what is left to verify as text' }).trim().min(1).nullish(),
  nonworking: dayMap,
  working: dayMap,
  short: dayMap,
});

export const regionFileSchema = z.strictObject({
  region: z.string({ error: 'write the region as its folder name' }).optional(),
  year,
  source,
  add_nonworking: dayMap,
  add_working: dayMap,
});

export const YEAR_FILE_KEYS = Object.keys(yearFileSchema.shape);
export const REGION_FILE_KEYS = Object.keys(regionFileSchema.shape);

export function toDays(map: Record<string, string>): CalendarDay[] {
  return Object.entries(map).map(([day, text]) => ({ day, note: text }));
}
