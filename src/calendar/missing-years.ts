import type { IsoDate } from '../domain.js';
import { localDay } from './office-hours.js';
import type { WorkCalendar } from './types.js';

/**
 * Years the plans reach that have no calendar file. Their days still follow the
 * fallback (weekends and the fixed holidays of art. 112 of the Labour Code, a holiday on
 * a weekend moved to the next working day), but not the Government's transfers of days
 * off: a deadline there may be a day early or late. This says so, in Russian, the same
 * way wherever it is said: `srok plan`, `srok config check`, /health.
 */

/** How far ahead the plans are looked at when no plan is at hand: the timeline's default year. */
export const LOOKAHEAD_DAYS = 365;

/** «на 2027 год», «на 2027 и 2028 годы», «на 2027, 2028 и 2029 годы». */
function yearsPhrase(years: readonly number[]): string {
  if (years.length === 1) return `на ${years[0]} год`;
  return `на ${years.slice(0, -1).join(', ')} и ${years[years.length - 1]} годы`;
}

/** The warning; `dir` is the calendar folder as the operator finds it, e.g. 'config/calendar'. */
export function missingCalendarMessage(years: readonly number[], dir: string): string {
  const files = years.map((y) => `${dir}/${y}.yaml`).join(', ');
  const one = years.length === 1;
  return (
    `Нет производственного календаря ${yearsPhrase(years)} (${files}): ` +
    `рабочие дни ${one ? 'этого года' : 'этих лет'} считаются только по выходным и праздникам ст. 112 ТК РФ, без переносов выходных по постановлению Правительства, ` +
    `поэтому сроки и напоминания на эти даты могут сдвинуться на день. ` +
    `Добавьте ${one ? 'файл' : 'файлы'}, когда постановление о переносе выходных дней будет опубликовано, и выполните srok config apply.`
  );
}

/** Years without a file from `now`'s day to `days` ahead (and up to `until`, when later): what the plans will reach. */
export function missingYearsAhead(calendar: Pick<WorkCalendar, 'missingYears'>, now: Date, zone: string, options: { days?: number; until?: Date | null } = {}): number[] {
  const from: IsoDate = localDay(now, zone);
  const ahead = new Date(now.getTime() + (options.days ?? LOOKAHEAD_DAYS) * 24 * 3600 * 1000);
  const last = options.until && options.until.getTime() > ahead.getTime() ? options.until : ahead;
  return calendar.missingYears(from, localDay(last, zone));
}
