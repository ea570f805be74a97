import { CronExpressionParser } from 'cron-parser';

/** A cron pattern read in a time zone: when a periodic job (the daily re-plan, a summary) fires. */
export interface CronPattern {
  pattern: string;
  tz: string;
}

/** The first instant after `instant` the pattern fires at. */
export function nextTick(tick: CronPattern, instant: Date): Date {
  return CronExpressionParser.parse(tick.pattern, { currentDate: instant, tz: tick.tz }).next().toDate();
}

/** The last instant at or before `instant` the pattern fired at: the period a run late or twice belongs to. */
export function lastTick(tick: CronPattern, instant: Date): Date {
  // cron-parser's prev() is strictly before its start; a second on covers a job that fires on the tick itself.
  return CronExpressionParser.parse(tick.pattern, { currentDate: new Date(instant.getTime() + 1000), tz: tick.tz }).prev().toDate();
}
