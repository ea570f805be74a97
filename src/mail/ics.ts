import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';

/**
 * The .ics event of an occurrence's deadline: one VEVENT, METHOD:PUBLISH, all-day on the
 * deadline day or at the time the item names. The UID is the occurrence's and SEQUENCE
 * is raised by the caller when the deadline moves, so a calendar updates the event it
 * already holds instead of adding a second one.
 *
 * ical-generator takes about 0.4 ms an event, four times the whole budget of a mail,
 * so events are cached by everything they say except DTSTAMP; DTSTAMP (when this copy
 * was made) is spliced in per mail, which keeps the output a pure function of its input.
 */

export interface DeadlineEvent {
  uid: string;
  sequence: number;
  /** The deadline day, `YYYY-MM-DD`. */
  deadline: string;
  /** The instant the deadline ends; used when `time` is set. */
  deadlineAt: string;
  /** 'HH:MM' the item names, else null for an all-day event. */
  time: string | null;
  summary: string;
  description: string;
}

export type DeadlineCalendar = (event: DeadlineEvent, stamp: Date) => string;

const PLACEHOLDER_STAMP = 'DTSTAMP:19700101T000000Z';

export function createDeadlineCalendar(options: { maxCached?: number } = {}): DeadlineCalendar {
  const maxCached = options.maxCached ?? 2000;
  // Insertion-ordered, so the first key is the oldest: a cheap FIFO bound on memory.
  const cache = new Map<string, readonly [before: string, after: string]>();

  return (event, stamp) => {
    const key = `${event.uid}\u0000${event.sequence}\u0000${event.deadline}\u0000${event.deadlineAt}\u0000${event.time ?? ''}\u0000${event.summary}\u0000${event.description}`;
    let halves = cache.get(key);
    if (!halves) {
      halves = splitAtStamp(generate(event));
      if (cache.size >= maxCached) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      cache.set(key, halves);
    }
    return `${halves[0]}DTSTAMP:${icsInstant(stamp)}${halves[1]}`;
  };
}

function generate(event: DeadlineEvent): string {
  const calendar = ical({
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'srok', product: 'srok', language: 'RU' },
  });
  const timed = event.time !== null;
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp: new Date(0),
    // Without a calendar time zone ical-generator writes a date from its UTC fields: midnight UTC is the day itself on any host.
    start: timed ? new Date(event.deadlineAt) : new Date(`${event.deadline}T00:00:00Z`),
    allDay: !timed,
    summary: event.summary,
    description: event.description,
    // A deadline does not make anyone busy.
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  return calendar.toString();
}

function splitAtStamp(content: string): readonly [string, string] {
  const at = content.indexOf(PLACEHOLDER_STAMP);
  if (at === -1) throw new Error('ical-generator wrote no DTSTAMP line; the deadline calendar needs one to splice the stamp into');
  return [content.slice(0, at), content.slice(at + PLACEHOLDER_STAMP.length)];
}

/** 2019-11-20T04:00:00.000Z → 20191120T040000Z */
function icsInstant(instant: Date): string {
  const iso = instant.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}
