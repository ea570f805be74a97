import type { WorkCalendar } from '../calendar/types.js';
import type { EscalationTarget, Ladder, MaxRepeats, Span } from '../config/schema.js';
import type { IsoDate } from '../domain.js';
import type { Moment, Moments } from './moments.js';
import { dayAfter, dayBefore, nthDayAfter, spanText } from './span-days.js';
import type { PlannedOccurrence } from './types.js';

/** The part of a plan's setting every occurrence timeline needs. */
export interface TimelineEnv {
  calendar: WorkCalendar;
  moments: Moments;
  /** Nothing is planned after this instant. */
  untilMs: number;
  /**
   * When only the first step of each track is wanted: repeats stop at the first one at
   * or after this instant, since a later repeat can never come first. null: all of them.
   */
  repeatsFromMs: number | null;
}

/** One occurrence as the deadline reader gives it, with `due` as postponed when it was. */
export interface OccurrenceInput {
  key: string;
  due: IsoDate;
  label: string;
  /** See PlannedOccurrence. */
  sequence: number;
  uid: string;
}

export interface TimedStep {
  index: number;
  /** The step's name inside its occurrence, for the step id: 'r-10wd', 'overdue', 'e2'. */
  tag: string;
  moment: Moment;
}

/** One occurrence under one ladder: the same for every part that follows that ladder. */
export interface OccurrenceTimeline {
  occurrence: PlannedOccurrence;
  deadlineMs: number;
  reminders: TimedStep[];
  overdue: TimedStep | null;
  escalations: Array<TimedStep & { to: EscalationTarget }>;
}

/** Repeats stop here even when no cap and no window end would: a guard against a '0d' repeat. */
const MAX_SERIES = 10_000;

/** The deadline an occurrence really ends on: its due day moved off non-working days, at the end of office hours or the time the item names. */
export function occurrenceDeadline(
  env: TimelineEnv,
  occurrence: OccurrenceInput,
  ladder: Ladder,
  time: string | null,
): { planned: PlannedOccurrence; deadlineMs: number } {
  const deadline = env.calendar.moveToWorkingDay(occurrence.due, ladder.moveDeadline);
  const end = deadlineEnd(env.moments, deadline, time);
  return {
    planned: {
      key: occurrence.key,
      due: occurrence.due,
      deadline,
      deadlineAt: end.at,
      label: occurrence.label,
      sequence: occurrence.sequence,
      uid: occurrence.uid,
    },
    deadlineMs: end.ms,
  };
}

/** The instant a deadline day ends: at the time the item names, else at the end of office hours. */
export function deadlineEnd(moments: Moments, deadline: IsoDate, time: string | null): Moment {
  return time !== null ? moments.at(deadline, time) : moments.endOfDay(deadline);
}

/**
 * Reminders before the deadline, the overdue notice after it, the escalation levels
 * each after its predecessor, and the last level repeated — all on working days at the
 * ladder's send time. Two reminders on one day collapse into the first in ladder order.
 */
export function occurrenceTimeline(env: TimelineEnv, occurrence: OccurrenceInput, ladder: Ladder, time: string | null): OccurrenceTimeline {
  const { calendar, moments } = env;
  const { planned, deadlineMs } = occurrenceDeadline(env, occurrence, ladder, time);
  const deadline = planned.deadline;
  const sendAt = moments.sendTime(ladder.sendAt);

  const reminders: TimedStep[] = [];
  const days = new Set<IsoDate>();
  ladder.before.forEach((span, index) => {
    const day = dayBefore(calendar, deadline, span);
    if (days.has(day)) return;
    const moment = moments.at(day, sendAt);
    // A deadline earlier in the day than the send time leaves no room for a same-day reminder.
    if (moment.ms >= deadlineMs) return;
    days.add(day);
    reminders.push({ index, tag: `r-${spanText(span)}`, moment });
  });

  let overdue: TimedStep | null = null;
  let last = deadline;
  if (ladder.overdue !== false) {
    let day = dayAfter(calendar, deadline, ladder.overdue);
    if (moments.at(day, sendAt).ms <= deadlineMs) day = calendar.addWorkingDays(deadline, 1);
    overdue = { index: 0, tag: 'overdue', moment: moments.at(day, sendAt) };
    last = day;
  }

  const escalations: OccurrenceTimeline['escalations'] = [];
  ladder.escalate.forEach((level, i) => {
    last = dayAfter(calendar, last, level.after);
    escalations.push({ index: i + 1, tag: `e${i + 1}`, moment: moments.at(last, sendAt), to: level.to });
  });
  const top = ladder.escalate[ladder.escalate.length - 1];
  if (top && ladder.repeat !== false) {
    for (const [n, day] of series(calendar, last, ladder.repeat, ladder.maxRepeats)) {
      const moment = moments.at(day, sendAt);
      if (moment.ms > env.untilMs) break;
      const index = ladder.escalate.length + n;
      escalations.push({ index, tag: `e${index}`, moment, to: top.to });
      if (env.repeatsFromMs !== null && moment.ms >= env.repeatsFromMs) break;
    }
  }
  return { occurrence: planned, deadlineMs, reminders, overdue, escalations };
}

/**
 * The summary to the addresses named in the item: the first working day after the
 * deadline, then — while something is owed — at each repeat interval, capped like the
 * escalation repeats.
 */
export function summaryTimeline(env: TimelineEnv, deadline: IsoDate, ladder: Ladder, owed: boolean): TimedStep[] {
  const { calendar, moments } = env;
  const sendAt = moments.sendTime(ladder.sendAt);
  const first = calendar.addWorkingDays(deadline, 1);
  const steps: TimedStep[] = [{ index: 0, tag: 's0', moment: moments.at(first, sendAt) }];
  if (!owed || ladder.repeat === false) return steps;
  for (const [n, day] of series(calendar, first, ladder.repeat, ladder.maxRepeats)) {
    const moment = moments.at(day, sendAt);
    if (moment.ms > env.untilMs) break;
    steps.push({ index: n, tag: `s${n}`, moment });
    if (env.repeatsFromMs !== null && moment.ms >= env.repeatsFromMs) break;
  }
  return steps;
}

/**
 * Days `span`, 2×`span`, … after `base`, numbered from 1, at most `cap` of them (0:
 * none; 'forever': until the caller's window ends). A span that does not advance ends
 * the series.
 */
export function* series(calendar: WorkCalendar, base: IsoDate, span: Span, cap: MaxRepeats): Generator<[number, IsoDate]> {
  let previous = base;
  const limit = cap === 'forever' ? MAX_SERIES : Math.min(cap, MAX_SERIES);
  for (let n = 1; n <= limit; n += 1) {
    // Working days add up step by step; calendar spans count from the base so months do not drift.
    const day = span.unit === 'wd' ? calendar.addWorkingDays(previous, span.count) : nthDayAfter(calendar, base, span, n);
    if (day <= previous) return;
    yield [n, day];
    previous = day;
  }
}
