import ical, { escape, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';

/**
 * The .ics event of an occurrence's deadline: one VEVENT, METHOD:PUBLISH, all-day on the
 * deadline day or at the time the item names. The UID is the occurrence's and SEQUENCE
 * is raised by the caller when the deadline moves, so a calendar updates the event it
 * already holds instead of adding a second one.
 *
 * ical-generator takes about 0.4 ms an event — its line folding builds a TextEncoder for
 * every character of the Cyrillic text — four times the whole budget of a mail. So it
 * writes the event once per shape (all-day or timed) with placeholder values, and the
 * lines that carry this event's values (UID, SEQUENCE, DTSTAMP, DTSTART, SUMMARY,
 * DESCRIPTION) are written here per mail, escaped by the library's `escape` and folded
 * the way it folds. `generateDeadlineEvent` is the library's own output for the same
 * event; a property test holds the two equal.
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

const PLACEHOLDER: DeadlineEvent = {
  uid: 'srok-placeholder-uid',
  sequence: 0,
  deadline: '2000-01-01',
  deadlineAt: '2000-01-01T00:00:00.000Z',
  time: null,
  summary: 'srok-placeholder-summary',
  description: 'srok-placeholder-description',
};
const EPOCH = new Date(0);

/** A line of the event: fixed text, or written from the event. */
type Line = string | ((event: DeadlineEvent, stamp: Date) => string);

/** Folded text lines, shared by every calendar of the process (a pure function of the text, bounded). */
const folded = new Map<string, string>();

/** The lines that carry an event's own values, by how ical-generator writes them for the placeholder. */
const VALUE_LINES: ReadonlyArray<readonly [name: string, write: (event: DeadlineEvent, stamp: Date) => string]> = [
  ['UID', (e) => foldLine(`UID:${e.uid}`)],
  ['SEQUENCE', (e) => `SEQUENCE:${e.sequence}`],
  ['DTSTAMP', (_e, stamp) => `DTSTAMP:${icsInstant(stamp)}`],
  ['DTSTART', (e) => (e.time !== null ? `DTSTART:${icsInstant(new Date(e.deadlineAt))}` : `DTSTART;VALUE=DATE:${e.deadline.replaceAll('-', '')}`)],
  ['SUMMARY', (e) => foldedText('SUMMARY', e.summary)],
  ['DESCRIPTION', (e) => foldedText('DESCRIPTION', e.description)],
];

export function createDeadlineCalendar(): DeadlineCalendar {
  const shapes = { allDay: template(false), timed: template(true) };
  return (event, stamp) => {
    const lines = event.time !== null ? shapes.timed : shapes.allDay;
    return lines.map((line) => (typeof line === 'string' ? line : line(event, stamp))).join('\r\n');
  };
}

/** ical-generator's event for the placeholder, its value lines replaced by writers. */
function template(timed: boolean): Line[] {
  const placeholder = { ...PLACEHOLDER, time: timed ? '00:00' : null };
  const lines: Line[] = generateDeadlineEvent(placeholder, EPOCH).split('\r\n');
  for (const [name, write] of VALUE_LINES) {
    const expected = write(placeholder, EPOCH);
    const at = lines.indexOf(expected);
    if (at === -1 || lines.indexOf(expected, at + 1) !== -1) {
      throw new Error(
        `ical-generator no longer writes the ${name} line as "${expected}" once; src/mail/ics.ts must be brought in line with the installed version`,
      );
    }
    lines[at] = write;
  }
  return lines;
}

/** The event as ical-generator writes it; the reference for the calendar above. */
export function generateDeadlineEvent(event: DeadlineEvent, stamp: Date): string {
  const calendar = ical({
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'srok', product: 'srok', language: 'RU' },
  });
  const timed = event.time !== null;
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp,
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

/**
 * RFC 5545 folding as ical-generator 9 does it: a line break and a space before the
 * character that would take the line past 74 octets of UTF-8. A high surrogate is taken
 * with the character after it; a surrogate without its pair counts as U+FFFD, 3 octets.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  // The line is copied in slices between folds, not a character at a time.
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const at = i;
    const code = line.charCodeAt(i);
    let size: number;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = line.charCodeAt(i + 1);
      i += 1;
      if (next >= 0xdc00 && next <= 0xdfff) size = 4;
      else size = 3 + (Number.isNaN(next) ? 0 : utf8Size(next));
    } else {
      size = utf8Size(code);
    }
    octets += size;
    if (octets > 74) {
      out += `${line.slice(from, at)}\r\n `;
      from = at;
      octets = size;
    }
  }
  return out + line.slice(from);
}

/** Folded SUMMARY and DESCRIPTION lines by their text: the steps of one item repeat them. */
function foldedText(name: string, text: string): string {
  const key = `${name}\u0000${text}`;
  let line = folded.get(key);
  if (line === undefined) {
    line = foldLine(`${name}:${escape(text, false)}`);
    if (folded.size >= MAX_FOLDED) folded.delete(folded.keys().next().value as string);
    folded.set(key, line);
  }
  return line;
}

const MAX_FOLDED = 1000;

/** Octets of one UTF-16 code unit that is not a high surrogate; a lone low surrogate becomes U+FFFD. */
function utf8Size(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return 3;
}

/** 2019-11-20T04:00:00.000Z → 20191120T040000Z */
function icsInstant(instant: Date): string {
  const iso = instant.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}
