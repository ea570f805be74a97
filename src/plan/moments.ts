import { officeInstant } from '../calendar/index.js';
import type { OfficeHours } from '../calendar/types.js';
import type { SrokConfig } from '../config/types.js';
import type { IsoDate } from '../domain.js';

/** One instant a step can go at, with the forms the plan shows it in. */
export interface Moment {
  day: IsoDate;
  ms: number;
  /** ISO instant, UTC. */
  at: string;
  /** 'YYYY-MM-DD HH:MM' in the office zone. */
  localAt: string;
}

/** Past this many, the cache starts afresh: a process that plans for years must not grow without end. */
const MAX_MOMENTS = 100_000;

/**
 * Local (day, time) → instant, remembered: thousands of steps of one protocol share a
 * few hundred send times, and zone conversion is the costly part of planning.
 */
export class Moments {
  /** By day, then by time: no key string is made (and hashed) for every look-up. */
  private readonly cache = new Map<IsoDate, Map<string, Moment>>();
  private size = 0;
  constructor(readonly hours: OfficeHours) {}

  at(day: IsoDate, time: string): Moment {
    let times = this.cache.get(day);
    let moment = times?.get(time);
    if (!moment) {
      if (this.size >= MAX_MOMENTS) {
        this.cache.clear();
        this.size = 0;
        times = undefined;
      }
      if (!times) {
        times = new Map();
        this.cache.set(day, times);
      }
      const instant = officeInstant(day, time, this.hours.zone);
      moment = { day, ms: instant.getTime(), at: instant.toISOString(), localAt: `${day} ${time}` };
      times.set(time, moment);
      this.size += 1;
    }
    return moment;
  }

  /** The instant office hours end on `day`: where a deadline without a time of its own ends. */
  endOfDay(day: IsoDate): Moment {
    return this.at(day, this.hours.end);
  }

  /** A send time inside office hours: one outside them goes at the start of the office day. */
  sendTime(time: string): string {
    return time >= this.hours.start && time < this.hours.end ? time : this.hours.start;
  }
}

const byConfig = new WeakMap<SrokConfig, Moments>();

/**
 * The moments of a loaded config, shared by every plan made with it. The worker plans
 * one track per job, again and again over the same days; converting them anew each
 * time would cost more than the rest of planning. The answer depends only on the zone
 * and the office hours, which a loaded config never changes, so sharing is invisible
 * to callers; a reloaded config is a new object and starts its own.
 */
export function momentsOf(config: SrokConfig): Moments {
  let moments = byConfig.get(config);
  const { timezone, officeHours } = config.settings;
  if (!moments || moments.hours.zone !== timezone || moments.hours.start !== officeHours.start || moments.hours.end !== officeHours.end) {
    moments = new Moments({ zone: timezone, start: officeHours.start, end: officeHours.end });
    byConfig.set(config, moments);
  }
  return moments;
}
