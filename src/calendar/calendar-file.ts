import { z } from 'zod';
import type { CalendarDay } from './types.js';

/**
 * The shape of `config/calendar/<year>.yaml` and `config/calendar/regions/<region>/<year>.yaml`.
 * Dates are mapping keys, so the YAML parser itself rejects a day listed twice.
 * What a date must be (its year, its weekday) is checked in check-year.ts.
 */

const note = z
  .string({ error: 'после даты нужно короткое пояснение, например "2021-11-05: перенос выходного с 02.01 (сб), Постановление № 1648"' })
  .trim()
  .min(1, 'пояснение пустое; напишите, почему дата в списке, например "перенос выходного с 02.01 (сб), Постановление № 1648"');

/** A mapping of dates to notes; an empty or absent list is an empty mapping. */
const dayMap = z.preprocess(
  (value) => value ?? {},
  z.record(z.string(), note, { error: 'здесь нужен список вида "ГГГГ-ММ-ДД: пояснение", по одной дате в строке' }),
);

const year = z.number({ error: 'напишите год числом, например "year: 2021"' }).int('год должен быть целым числом, например 2021');
const source = z
  .string({ error: 'укажите постановление, например "source: Постановление Правительства РФ от 10.10.2020 № 1648"' })
  .trim()
  .min(1, 'укажите постановление, по которому составлен год');

export const yearFileSchema = z.strictObject({
  year,
  source,
  checked: z.boolean({ error: 'напишите "checked: true", когда каждый день сверен с постановлением, иначе "checked: false"' }),
  verify: z.string({ error: 'напишите текстом, что осталось сверить' }).trim().min(1).nullish(),
  nonworking: dayMap,
  working: dayMap,
  short: dayMap,
});

export const regionFileSchema = z.strictObject({
  region: z.string({ error: 'напишите регион так же, как называется его папка' }).optional(),
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
