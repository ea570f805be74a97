import type { Span } from '../config/schema.js';
import type { IsoDate } from '../domain.js';
import type { TimedStep, TimelineEnv } from './occurrence-timeline.js';
import { series } from './occurrence-timeline.js';

/**
 * Status requests for an assignment with no deadline or a standing one («постоянно»):
 * every `every` from the document date, on working days at the send time, from the
 * first one at or after `nowMs` to the end of the window. The index is the number of
 * intervals since the document date, so a request keeps its id as time goes by.
 */
export function statusSeries(env: TimelineEnv, base: IsoDate, every: Span, sendAt: string, nowMs: number): TimedStep[] {
  const time = env.moments.sendTime(sendAt);
  const steps: TimedStep[] = [];
  for (const [n, day] of series(env.calendar, base, every, 'forever')) {
    const moment = env.moments.at(day, time);
    if (moment.ms > env.untilMs) break;
    if (moment.ms >= nowMs) steps.push({ index: n, tag: `n${n}`, moment });
  }
  return steps;
}
