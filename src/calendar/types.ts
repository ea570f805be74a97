import type { IsoDate } from '../domain.js';

/** Where a day's status comes from: a checked decree file, or the fallback rules for a year with no file. */
export type DayKnowledge = 'decree' | 'fallback';

/** The official working-day calendar (производственный календарь) of one region. */
export interface WorkCalendar {
  isWorkingDay(day: IsoDate): boolean;
  /** n > 0: the n-th working day after `day`; n < 0: before; n = 0: `day` itself if working, else the next working day. */
  addWorkingDays(day: IsoDate, n: number): IsoDate;
  /** `day` when it is a working day, else the next (or previous) one: Civil Code art. 193. */
  moveToWorkingDay(day: IsoDate, direction: 'next' | 'previous'): IsoDate;
  /** Working days strictly after `from` up to and including `to` (negative when to < from). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  knowledge(day: IsoDate): DayKnowledge;
  /** Years of the inclusive range [from, to] that have no calendar file. */
  missingYears(from: IsoDate, to: IsoDate): number[];
}

/** What `makeCalendar` returns: a WorkCalendar that can also explain its days. */
export interface ProductionCalendar extends WorkCalendar {
  /** A pre-holiday working day, one hour shorter (Labour Code art. 95). */
  isShortDay(day: IsoDate): boolean;
  /** Why a day is off (or a weekend day is working): the note of its entry; null for an ordinary day. */
  note(day: IsoDate): string | null;
  /** Where a year's days come from, for `srok plan` and the logs. */
  describeYear(year: number): YearDescription;
}

export interface YearDescription {
  year: number;
  knowledge: DayKnowledge;
  source: string;
  /** False for a year not yet checked against its decree, and for every fallback year. */
  checked: boolean;
  /** What to verify before relying on the year; null when checked. */
  verify: string | null;
  /** The regional override applied to the year, if any. */
  region: string | null;
}

/** One listed day of a calendar file with its short Russian note («перенос выходного с 02.01 (сб)…»). */
export interface CalendarDay {
  day: IsoDate;
  note: string;
}

/**
 * One year of the federal production calendar, as decreed. Every exception to the
 * weekend rule is listed, so nothing is derived: the decree overrides the rule.
 */
export interface CalendarYear {
  year: number;
  /** The decree(s) the year follows. */
  source: string;
  /** True when every day was checked against the decree text. */
  checked: boolean;
  /** What to verify; required when `checked` is false. */
  verify: string | null;
  /** Every non-working Monday–Friday: holidays, transferred days off, presidential non-working days. */
  nonworking: CalendarDay[];
  /** Every working Saturday or Sunday. */
  working: CalendarDay[];
  /** Pre-holiday working days shortened by one hour. */
  short: CalendarDay[];
}

/** A region's own changes to one year (a republic's holidays), applied over the federal year. */
export interface RegionYear {
  region: string;
  year: number;
  source: string;
  /** Days working in the federal calendar that the region makes non-working. */
  addNonworking: CalendarDay[];
  /** Days off in the federal calendar that the region makes working. */
  addWorking: CalendarDay[];
}

export interface OfficeHours {
  /** IANA zone, e.g. Asia/Yekaterinburg for KhMAO and Chelyabinsk. */
  zone: string;
  /** 'HH:MM' local. */
  start: string;
  end: string;
}
