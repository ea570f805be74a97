export type {
  CalendarDay,
  CalendarYear,
  DayKnowledge,
  OfficeHours,
  ProductionCalendar,
  RegionYear,
  WorkCalendar,
  YearDescription,
} from './types.js';
export {
  addDays,
  addMonths,
  compareDays,
  daysBetween,
  daysInMonth,
  formatIso,
  fromEpochDay,
  isIsoDate,
  isLeapYear,
  isoWeekday,
  isWeekend,
  lastDayOfMonth,
  parseIso,
  toEpochDay,
  type CivilDate,
} from './civil-date.js';
export { FIXED_HOLIDAYS, fallbackYear, type FixedHoliday } from './fixed-holidays.js';
export { makeCalendar } from './make-calendar.js';
export { LOOKAHEAD_DAYS, missingCalendarMessage, missingYearsAhead } from './missing-years.js';
export {
  endOfOfficeDay,
  isClockTime,
  isTimeZone,
  localDay,
  localTime,
  nextOfficeInstant,
  officeHoursSchema,
  officeInstant,
} from './office-hours.js';
