import { addDays, localDay, localTime, missingCalendarMessage, nextOfficeInstant, type OfficeHours } from '../calendar/index.js';
import type { EscalationTarget, LaddersConfig, Ladder, Span } from '../config/schema.js';
import type { SrokConfig } from '../config/types.js';
import { occurrences } from '../deadline/index.js';
import type { Assignment, IsoDate, ParsedDocument, ParseWarning, WarningCode } from '../domain.js';
import { addresseeOf, escalationTargetRu, fallbackWhoRu, fallbackWhyRu, type Addressee, type AddresseeEnv } from './addressee.js';
import { countOf, type PluralForms } from '../mail/plural.js';
import { addressTarget } from './escalation-target.js';
import { findIssuer, type IssuerRule } from './issuer.js';
import { momentsOf, type Moment, type Moments } from './moments.js';
import { deadlineEnd, occurrenceTimeline, summaryTimeline, type OccurrenceInput, type OccurrenceTimeline, type TimedStep, type TimelineEnv } from './occurrence-timeline.js';
import { protocolKey } from '../records/protocol-key.js';
import { ladderFor, ladderKind } from './resolve-ladder.js';
import { shortHash } from '../records/slug.js';
import type { PlanState, Postponement } from '../records/state.js';
import { statusSeries } from './status-series.js';
import { routedEntries, type ProtocolRouting } from '../records/routing.js';
import { namedAddresses, namedName, recipients, routeAssignment, sameAddress, type Addressed, type PartRoute, type Recipients, type RoutingEnv } from './routing.js';
import { allClosedFrom, closedFrom, NO_OCCURRENCE, postponementOf, type Due } from './state-application.js';
import {
  itemSegment,
  OPERATOR_OCCURRENCE,
  OPERATOR_PART,
  partSegment,
  safeSegment,
  STATUS_OCCURRENCE,
  stepIdPrefix,
  SUMMARY_PART,
  trackSegments,
} from './step-id.js';
import { StepList, type StepPlace } from './step-list.js';
import { deadlinePhrase, ruDate, SUBJECT, subjectRoot } from './subject.js';
import type { Plan, PlannedOccurrence, PlannedPart, PlannedStep, PlanOptions, PlanWindow, StepKind } from './types.js';

/** «о 2 прошлых сроках»: the earlier occurrences no longer chased, in the prepositional. */
const EARLIER_DUES: PluralForms = ['прошлом сроке', 'прошлых сроках', 'прошлых сроках'];

/**
 * From a parsed protocol and the config to the timeline of its steps, inside the plan
 * window. Pure: the clock, the config, the calendar and the state come in as arguments.
 *
 * Per assignment: route every executor to its parts (a group gives one part per
 * member); per occurrence and part, the ladder's reminders, the overdue notice and —
 * for the executor, who answers for the assignment — the escalations; per occurrence,
 * a summary to the addresses named in the item. Co-executors are reminded and told
 * when the deadline has passed, but never escalated: the executor answers for the
 * assignment, and escalating every co-executor would bury the controller in mail.
 *
 * With a state: a part-occurrence closed at some instant loses its steps from that
 * instant on; a postponed one follows the ladder of its new deadline, under new ids.
 *
 * This file is the timeline; the planner's other concerns have files of their own:
 * routing executors to parts (routing.ts), applying the recorded state
 * (state-application.ts), and the scheduler's queries — one track, the first step of
 * each track — over a stored protocol (plan-stored.ts). A stored protocol is routed once
 * (routeProtocol, kept beside it) and its plans read that routing (`options.routing`);
 * only a plan of a file not stored (a preview) routes its executors itself.
 */
export function planDocument(doc: ParsedDocument, config: SrokConfig, window: PlanWindow, options: PlanOptions = {}): Plan {
  return new ProtocolPlanner(doc, config, window, options).plan();
}

/**
 * The part key the item's own steps (the summary, the operator's question) look the
 * state up with: no part has it, so only assignment- and occurrence-scope records
 * answer. Likewise the occurrence key of what belongs to no occurrence (status
 * requests), which only assignment- and part-scope records answer.
 */
const NO_PART = '';

/** What the steps of one track share. */
interface StepSlot {
  place: StepPlace;
  track: string;
  item: string | null;
  occurrence: PlannedOccurrence | null;
  part: PlannedPart | null;
  optional: boolean;
  /** Steps at or after this instant (epoch ms) are not planned: the track was closed then. */
  closedFromMs: number;
  /** After every step's tag: '.v2' on the ladder of a deadline postponed with sequence 2, else ''. */
  version: string;
}

/** Subjects of one occurrence of one assignment: the same for all its parts. */
interface Subjects {
  reminder: string;
  overdue: string;
  escalation: string;
  summary: string;
}

/** The text fixed for one assignment, shared by all its steps. */
interface AssignmentFrame {
  assignment: Assignment;
  item: string;
  root: string;
  subjects: Map<OccurrenceTimeline, Subjects>;
  /** The timelines of a ladder, by the ref of a part that follows it; parts with one ladder share them. */
  views: Map<string | null, LadderView>;
  viewsBySignature: Map<string, LadderView>;
}

/** A ladder and the timelines of the occurrences not postponed, by occurrence index, worked out when first needed. */
interface LadderView {
  ladder: Ladder;
  signature: string;
  plain: Array<OccurrenceTimeline | undefined>;
}

/** What `only` limits the plan to: an item and, of a track, its segments (null: any). */
interface Focus {
  item: string | null;
  itemSegment: string | null;
  part: string | null;
  occurrence: string | null;
}

class ProtocolPlanner {
  private readonly key: string;
  private readonly protocol: PlannedStep['protocol'];
  private readonly hours: OfficeHours;
  private readonly moments: Moments;
  private readonly env: TimelineEnv;
  private readonly nowMs: number;
  /** Missed occurrences of a recurring assignment are judged from here (PlanOptions.chaseSince). */
  private readonly chaseMs: number;
  private readonly chaseDay: IsoDate;
  /** The first instant a step may go: `now`, or the start of the protocol's own day when `now` is earlier (a preview). */
  private readonly fromMs: number;
  private readonly untilMs: number;
  private readonly nowDay: IsoDate;
  private readonly untilDay: IsoDate;
  private readonly operatorEmail: string;
  private readonly issuer: IssuerRule | null;
  /** Resolved ladders by the assignment's kind and the part (see ladder()). */
  private readonly ladders = new Map<string, { ladder: Ladder; signature: string }>();
  private readonly controllerRef: string | null;
  /** Directory id of the issuing body, when it is in the directory. */
  private readonly issuerRef: string | null;
  private readonly addresseeEnv: AddresseeEnv;
  /** What routing reads (routing.ts). */
  private readonly routing: RoutingEnv;
  /** The stored routing's entries per assignment, when given and fitting the document. */
  private readonly routed: ProtocolRouting['entries'] | null;
  /** Extra days of occurrences to read past the window, so reminders of a deadline just after it are planned. */
  private readonly lookahead: number;
  /** Null when the caller gave none: nothing is looked up at all. */
  private readonly state: PlanState | null;
  private readonly focus: Focus | null;
  /** The track asked for belongs to another protocol. */
  private readonly elsewhere: boolean;

  private readonly out = new StepList();
  /** With `firstOnly`: the earliest step of each track so far, added to `out` at the end. */
  private readonly firstOnly: boolean;
  private readonly firsts = new Map<string, { planned: PlannedStep; moment: Moment; place: StepPlace; tag: string }>();
  private readonly warnings: ParseWarning[] = [];
  private readonly warned = new Set<string>();
  private readonly unaddressed = new Map<string, { line: number; target: EscalationTarget; why: string; who: Set<string> }>();
  /** Timelines of postponed occurrences, by ladder and occurrence as postponed. */
  private readonly timelines = new Map<string, OccurrenceTimeline>();
  /** Occurrences whose days already count towards the years the plan touches. */
  private readonly touched = new Set<PlannedOccurrence>();
  private firstDay: IsoDate | null = null;
  private lastDay: IsoDate | null = null;

  constructor(
    private readonly doc: ParsedDocument,
    private readonly config: SrokConfig,
    window: PlanWindow,
    options: PlanOptions,
  ) {
    const { settings } = config;
    this.key = protocolKey(doc);
    this.protocol = { key: this.key, number: doc.protocol.number, date: doc.protocol.date, body: doc.protocol.body };
    this.hours = { zone: settings.timezone, start: settings.officeHours.start, end: settings.officeHours.end };
    this.moments = momentsOf(config);
    this.nowMs = window.now.getTime();
    this.chaseMs = Math.min(options.chaseSince?.getTime() ?? this.nowMs, this.nowMs);
    this.chaseDay = localDay(new Date(this.chaseMs), config.settings.timezone);
    // Nothing can be sent about a protocol before the day it was made.
    const dated = doc.protocol.date !== null ? this.moments.at(doc.protocol.date, '00:00').ms : this.nowMs;
    this.fromMs = Math.max(this.nowMs, dated);
    this.untilMs = window.until.getTime();
    this.nowDay = localDay(window.now, this.hours.zone);
    this.untilDay = localDay(window.until, this.hours.zone);
    this.operatorEmail = settings.operator.email;
    this.issuer = findIssuer(doc, config.ladders.issuers, config.directory);
    this.controllerRef = doc.controller?.ref ?? this.issuer?.controller ?? null;
    this.issuerRef = doc.protocol.body !== null ? (config.directory.match(doc.protocol.body)?.entry.id ?? null) : null;
    this.addresseeEnv = { directory: config.directory, operatorName: settings.operator.name };
    this.routing = { directory: config.directory, operatorEmail: this.operatorEmail, addressees: this.addresseeEnv, warn: (line, code, message) => this.warn(line, code, message) };
    this.routed = routedEntries(options.routing ?? null, doc);
    this.lookahead = lookaheadDays(config.ladders);
    this.firstOnly = options.firstOnly === true;
    this.env = { calendar: config.calendar, moments: this.moments, untilMs: this.untilMs, repeatsFromMs: this.firstOnly ? this.fromMs : null };
    this.state = options.state ?? null;

    const { only } = options;
    const track = only?.track !== undefined ? trackSegments(only.track) : null;
    this.elsewhere = track !== null && track.protocol !== this.key;
    this.focus = only
      ? { item: only.item, itemSegment: track?.item ?? null, part: track?.part ?? null, occurrence: track?.occurrence ?? null }
      : null;
  }

  plan(): Plan {
    if (!this.elsewhere) {
      // An item number written twice (a numbering slip) must not make two assignments share step ids.
      const seen = new Map<string | null, number>();
      for (const { item } of this.doc.assignments) seen.set(item, (seen.get(item) ?? 0) + 1);
      for (const [index, assignment] of this.doc.assignments.entries()) {
        if (this.focus && assignment.item !== this.focus.item) continue;
        const twice = assignment.item !== null && (seen.get(assignment.item) ?? 0) > 1;
        const segment = twice ? `${itemSegment(assignment.item, assignment.line)}-l${assignment.line}` : itemSegment(assignment.item, assignment.line);
        const wanted = this.focus?.itemSegment ?? null;
        if (wanted !== null && segment !== wanted) continue;
        this.planAssignment(assignment, segment, this.routed?.[index] ?? null);
      }
    }
    for (const { line, target, why, who } of this.unaddressed.values()) {
      this.warn(line, 'escalation_unaddressed', `эскалация ${escalationTargetRu(target)} пойдёт оператору (${this.operatorEmail}): ${fallbackWhyRu(why)} — ${[...who].map(fallbackWhoRu).join(', ')}`);
    }
    this.warnMissingYears();
    for (const first of this.firsts.values()) this.out.add(first.planned, first.moment, first.place, first.tag);
    return { protocolKey: this.key, steps: this.out.sorted(), warnings: this.warnings };
  }

  /** Whether the tracks of a part segment (or of the item's own 'summary' and 'operator' segments) are planned. */
  private wantsPart(segment: string): boolean {
    const part = this.focus?.part ?? null;
    return part === null || part === segment;
  }

  private wantsOccurrence(segment: string): boolean {
    const occurrence = this.focus?.occurrence ?? null;
    return occurrence === null || occurrence === segment;
  }

  private planAssignment(assignment: Assignment, item: string, entries: ReadonlyArray<string | null> | null): void {
    // Items that only close or extend earlier ones, or that name nobody and no deadline, owe nothing.
    if (assignment.executors.length === 0 && (assignment.closes.length > 0 || assignment.deadline.kind === 'none')) return;
    const frame: AssignmentFrame = {
      assignment,
      item,
      root: subjectRoot(this.doc.protocol, assignment.item),
      subjects: new Map(),
      views: new Map(),
      viewsBySignature: new Map(),
    };
    // The summary reports on every part, so it needs them all routed; a part's own track needs only that part.
    const only = this.focus?.part ?? null;
    const parts = routeAssignment(assignment, only === null || only === SUMMARY_PART ? null : only, this.routing, entries);
    switch (assignment.deadline.kind) {
      case 'unparsed':
        this.planOperatorStep(frame);
        return;
      case 'none':
      case 'continuous':
        this.planStatusRequests(frame, parts, assignment.deadline.kind);
        return;
      default:
        this.planOccurrences(frame, parts);
    }
  }

  /**
   * The ladder steps of every part and occurrence, and the summaries.
   *
   * Which occurrences are chased at `now`: a one-off deadline always, even when past
   * (overdue and still chased). Of a recurring assignment, the latest occurrence whose
   * deadline has passed is chased like a one-off, and every later one; earlier ones are
   * not (the period holding `now` began with that latest deadline). Keeping the latest
   * missed one matters on re-planning: a plan made a day after a deadline must keep
   * that occurrence's overdue notice and escalations. An earlier occurrence postponed to
   * a deadline no earlier than that latest one is chased too: the postponement made it
   * current again.
   */
  private planOccurrences(frame: AssignmentFrame, parts: PartRoute[]): void {
    const { assignment } = frame;
    const { item, deadline } = assignment;
    const time = deadline.time;
    const base = this.view(frame, null).ladder;
    const dues = this.dues(frame, base);
    if (dues.length === 0) return;

    // The item's own view: postponements of the whole assignment or occurrence only.
    const itemMoves = dues.map((due) => postponementOf(this.state, this.moments, frame.assignment, due, NO_PART, dues));
    // Methods, not closures of this one: it runs for every assignment, and under tsx each named closure also costs an Object.defineProperty.
    const passed = dues.map((due) => this.endsBefore(this.itemDay(due, itemMoves, base), time, this.chaseMs, this.chaseDay));
    const latest = deadline.kind === 'recurring' ? passed.lastIndexOf(true) : -1;
    this.warnPast(frame, dues, passed, latest, itemMoves);
    const latestDue = dues[latest];
    const missed = { index: latest, ms: latestDue ? deadlineEnd(this.moments, this.itemDay(latestDue, itemMoves, base), time).ms : -Infinity };

    // Without a state, nothing before the latest missed occurrence can come back; with one, a postponement may bring it back.
    const focused = this.focus?.occurrence ?? null;
    const candidates = focused !== null ? dues.filter((due) => due.segment === focused) : this.state !== null || latest < 0 ? dues : dues.slice(latest);

    for (const routed of parts) {
      if (!this.wantsPart(routed.segment)) continue;
      const view = this.view(frame, routed.part.ref);
      for (const due of candidates) {
        const moved = postponementOf(this.state, this.moments, frame.assignment, due, routed.segment, dues);
        if (!this.chased(due, moved, view.ladder, missed, time)) continue;
        const timeline = this.timeline(view, due, moved, time);
        this.planPartOccurrence(frame, routed, timeline, due.segment, closedFrom(this.state, item, routed.segment, due.key));
      }
    }

    if (!this.wantsPart(SUMMARY_PART)) return;
    const named = namedAddresses(assignment);
    if (named.length === 0) return;
    const toNamed = recipients(named, []);
    const namedWho = addresseeOf({ kind: 'named', name: namedName(assignment, named) }, this.addresseeEnv);
    const view = this.view(frame, null);
    for (const due of candidates) {
      const moved = itemMoves[due.index] ?? null;
      if (!this.chased(due, moved, base, missed, time)) continue;
      const timeline = this.timeline(view, due, moved, time);
      const slot = this.slot(frame, null, SUMMARY_PART, timeline.occurrence, due.segment);
      const { summary } = this.subjects(frame, timeline);
      const settled = allClosedFrom(this.state, item, parts, due.key);
      for (const step of summaryTimeline(this.env, timeline.occurrence.deadline, base, !assignment.optional)) {
        // The first summary goes whatever is closed: it tells who has done it. The repeats are overdue digests, and stop when nothing is owed.
        if (step.index > 0 && step.moment.ms >= settled) break;
        this.emit(slot, step, 'summary', toNamed, summary, namedWho);
      }
    }
  }

  /** An occurrence's deadline day as the item's own postponement (`moves`, by occurrence index) left it. */
  private itemDay(due: Due, moves: ReadonlyArray<Postponement | null>, base: Ladder): IsoDate {
    const moved = moves[due.index];
    return moved ? this.config.calendar.moveToWorkingDay(moved.to, base.moveDeadline) : due.deadline;
  }

  /** Whether an occurrence is still chased: from the latest missed one (`missed`, index -1: none) on, or postponed past it. */
  private chased(due: Due, moved: Postponement | null, ladder: Ladder, missed: { index: number; ms: number }, time: string | null): boolean {
    if (missed.index < 0 || due.index >= missed.index) return true;
    return moved !== null && this.deadlineMs(moved.to, ladder, time) >= missed.ms;
  }

  /** Every occurrence of the deadline from its start to past the window, as written. */
  private dues(frame: AssignmentFrame, base: Ladder): Due[] {
    const { deadline } = frame.assignment;
    const from = earliest([this.doc.protocol.date, deadline.rule?.starts ?? null, deadline.firstDue, deadline.date, this.nowDay]);
    return occurrences(deadline, { from, until: addDays(this.untilDay, this.lookahead) }).map((occurrence, index) => {
      const segment = safeSegment(occurrence.key);
      return {
        index,
        key: occurrence.key,
        segment,
        input: { key: occurrence.key, due: occurrence.due, label: occurrence.label, sequence: 0, uid: `${this.key}.${frame.item}.${segment}` },
        deadline: this.config.calendar.moveToWorkingDay(occurrence.due, base.moveDeadline),
      };
    });
  }

  /** Whether a deadline day has ended before `now`; by the day first, since only today's deadline needs its instant. */
  private endsBefore(day: IsoDate, time: string | null, ms: number, msDay: IsoDate): boolean {
    if (day !== msDay) return day < msDay;
    return deadlineEnd(this.moments, day, time).ms < ms;
  }

  private deadlineMs(due: IsoDate, ladder: Ladder, time: string | null): number {
    return deadlineEnd(this.moments, this.config.calendar.moveToWorkingDay(due, ladder.moveDeadline), time).ms;
  }

  /** A closed assignment is not chased, whatever its deadline. */
  private openAt(assignment: Assignment, due: Due): boolean {
    return closedFrom(this.state, assignment.item, NO_PART, due.key) > this.nowMs;
  }

  /** A one-off deadline already past is chased and says so; of a recurring one, the occurrences no longer chased are counted. */
  private warnPast(frame: AssignmentFrame, dues: readonly Due[], passed: readonly boolean[], latest: number, moves: ReadonlyArray<Postponement | null>): void {
    const { assignment } = frame;
    const item = assignment.item === null ? 'пункта без номера' : `пункта ${assignment.item}`;
    if (assignment.deadline.kind !== 'recurring') {
      for (const due of dues) {
        if (!passed[due.index] || !this.openAt(assignment, due)) continue;
        const what = assignment.optional ? 'запрос был необязательным, больше по нему ничего не отправляется' : 'поручение просрочено, напоминания о нём продолжаются';
        this.warn(assignment.line, 'deadline_past', `срок ${item} (${ruDate(moves[due.index]?.to ?? due.input.due)}) прошёл: ${what}`);
      }
      return;
    }
    const overdue = dues[latest];
    const first = dues[0];
    if (!overdue || !first || !this.openAt(assignment, overdue)) return;
    const skipped =
      latest === 0
        ? ''
        : `о ${countOf(latest, EARLIER_DUES)} (${latest > 1 ? `с ${ruDate(first.input.due)} по ${ruDate(dues[latest - 1]?.input.due ?? first.input.due)}` : ruDate(first.input.due)}) больше не напоминается;`;
    this.warn(assignment.line, 'deadline_past', [`срок ${item} (${ruDate(moves[overdue.index]?.to ?? overdue.input.due)}) прошёл:`, skipped, 'поручение просрочено, напоминания о нём продолжаются'].filter((part) => part !== '').join(' '));
  }

  private planPartOccurrence(frame: AssignmentFrame, routed: PartRoute, timeline: OccurrenceTimeline, occurrenceSegment: string, closedFromMs: number): void {
    const subjects = this.subjects(frame, timeline);
    const slot = this.slot(frame, routed.part, routed.segment, timeline.occurrence, occurrenceSegment, closedFromMs);
    for (const step of timeline.reminders) this.emit(slot, step, 'reminder', routed.recipients, subjects.reminder, routed.addressee);
    if (timeline.overdue) this.emit(slot, timeline.overdue, 'overdue', routed.recipients, subjects.overdue, routed.addressee);
    // A closed part stops its own escalation; the other parts go on.
    if (routed.part.role !== 'executor') return;
    for (const step of timeline.escalations) {
      if (!this.inWindow(step.moment) || step.moment.ms >= closedFromMs) continue;
      const addressed = this.escalationRecipients(frame.assignment, routed, step.to);
      // An assignment never escalates to its own executor (a ministry that controls what it executes): that level is skipped.
      if (addressed.self) continue;
      this.emit(slot, step, 'escalation', addressed.recipients, subjects.escalation, { ...addressed.addressee, level: step.index });
    }
  }

  /** Status requests for an assignment with no deadline, or a standing one («постоянно»); a closed part's stop. */
  private planStatusRequests(frame: AssignmentFrame, parts: PartRoute[], kind: 'none' | 'continuous'): void {
    const every = this.config.ladders.kinds[kind].statusEvery;
    if (every === false || !this.wantsOccurrence(STATUS_OCCURRENCE)) return;
    const { assignment } = frame;
    const base = this.doc.protocol.date ?? this.nowDay;
    const bySendTime = new Map<string, TimedStep[]>();
    const subject = SUBJECT.status(frame.root);
    for (const routed of parts) {
      if (!this.wantsPart(routed.segment)) continue;
      const { sendAt } = ladderFor(assignment, this.issuer, routed.part.ref, this.config);
      let steps = bySendTime.get(sendAt);
      if (!steps) {
        steps = statusSeries(this.env, base, every, sendAt, this.fromMs);
        bySendTime.set(sendAt, steps);
      }
      const slot = this.slot(frame, routed.part, routed.segment, null, STATUS_OCCURRENCE, closedFrom(this.state, assignment.item, routed.segment, NO_OCCURRENCE));
      for (const step of steps) this.emit(slot, step, 'status', routed.recipients, subject, routed.addressee);
    }
  }

  /** A deadline srok cannot read: the operator is told at once (unless the assignment is closed), and no executor is mailed until it is set. */
  private planOperatorStep(frame: AssignmentFrame): void {
    if (!this.config.ladders.kinds.unparsed.notifyOperator) return;
    if (!this.wantsPart(OPERATOR_PART) || !this.wantsOccurrence(OPERATOR_OCCURRENCE)) return;
    const { assignment } = frame;
    const instant = nextOfficeInstant(new Date(this.nowMs), this.config.calendar, this.hours);
    const day = localDay(instant, this.hours.zone);
    const moment: Moment = { day, ms: instant.getTime(), at: instant.toISOString(), localAt: `${day} ${localTime(instant, this.hours.zone)}` };
    // The phrase is in the id: a different unreadable phrase is a new question to the operator.
    const step: TimedStep = { index: 0, tag: `set-${shortHash(assignment.deadline.text)}`, moment };
    const slot = this.slot(frame, null, OPERATOR_PART, null, OPERATOR_OCCURRENCE, closedFrom(this.state, assignment.item, NO_PART, NO_OCCURRENCE));
    const addressee = addresseeOf({ kind: 'operator', why: `срок пункта ${assignment.item ?? 'без номера'} не распознан` }, this.addresseeEnv);
    this.emit(slot, step, 'operator', recipients([this.operatorEmail], []), SUBJECT.operator(frame.root, assignment.deadline.text), addressee);
  }

  /** The ladder a part follows (null: the assignment's own), shared with every part of the assignment that follows the same one. */
  private view(frame: AssignmentFrame, ref: string | null): LadderView {
    let view = frame.views.get(ref);
    if (!view) {
      const { ladder, signature } = this.ladder(frame.assignment, ref);
      view = frame.viewsBySignature.get(signature) ?? { ladder, signature, plain: [] };
      frame.viewsBySignature.set(signature, view);
      frame.views.set(ref, view);
    }
    return view;
  }

  /** The ladder of a part: the same for every assignment of the document of one kind (recommendation, optional). */
  private ladder(assignment: Assignment, ref: string | null): { ladder: Ladder; signature: string } {
    const key = `${ladderKind(assignment)}\u0000${ref ?? ''}`;
    let found = this.ladders.get(key);
    if (!found) {
      const ladder = ladderFor(assignment, this.issuer, ref, this.config);
      found = { ladder, signature: JSON.stringify(ladder) };
      this.ladders.set(key, found);
    }
    return found;
  }

  /** An occurrence under a ladder, as postponed when it was. */
  private timeline(view: LadderView, due: Due, moved: Postponement | null, time: string | null): OccurrenceTimeline {
    if (moved === null) {
      let timeline = view.plain[due.index];
      if (!timeline) {
        timeline = occurrenceTimeline(this.env, due.input, view.ladder, time);
        view.plain[due.index] = timeline;
      }
      return timeline;
    }
    const input: OccurrenceInput = { ...due.input, due: moved.to, sequence: moved.sequence };
    const key = `${view.signature}\u0001${input.uid}\u0001${input.due}\u0001${input.sequence}`;
    let timeline = this.timelines.get(key);
    if (!timeline) {
      timeline = occurrenceTimeline(this.env, input, view.ladder, time);
      this.timelines.set(key, timeline);
    }
    return timeline;
  }

  /** The subjects of an occurrence: «срок 12.04.2021», with the reported period of a recurring assignment and the time the item names. */
  private subjects(frame: AssignmentFrame, timeline: OccurrenceTimeline): Subjects {
    let subjects = frame.subjects.get(timeline);
    if (!subjects) {
      const { deadline } = frame.assignment;
      const { occurrence } = timeline;
      const due = deadlinePhrase(occurrence.deadline, deadline.time, deadline.kind === 'recurring' ? occurrence.label : null);
      subjects = {
        reminder: SUBJECT.reminder(frame.root, due),
        overdue: SUBJECT.overdue(frame.root, due),
        escalation: SUBJECT.escalation(frame.root, due),
        summary: SUBJECT.summary(frame.root, due),
      };
      frame.subjects.set(timeline, subjects);
    }
    return subjects;
  }

  /** An escalation's recipients: the target in `to`, the part's own addresses in `cc`; whether the target is the part itself. */
  private escalationRecipients(assignment: Assignment, routed: PartRoute, target: EscalationTarget): Addressed {
    let addressed = routed.escalations.get(target);
    if (!addressed) {
      const address = addressTarget(target, {
        directory: this.config.directory,
        operatorEmail: this.operatorEmail,
        controllerRef: this.controllerRef,
        partRef: routed.part.ref,
        executorRef: routed.executorRef ?? routed.executorEntry ?? (routed.executorEntry === undefined && routed.executorText ? (this.config.directory.match(routed.executorText)?.entry.id ?? null) : null),
      });
      const cc = routed.emails.filter((email) => !address.emails.some((to) => sameAddress(to, email)));
      const self =
        (address.ref !== null && (address.ref === routed.part.ref || address.ref === routed.executorRef)) ||
        address.emails.every((to) => routed.emails.some((email) => sameAddress(to, email)));
      const addressee = addresseeOf({ kind: 'escalation', target, level: 0, address, issuerRef: this.issuerRef, partName: routed.part.name }, this.addresseeEnv);
      addressed = { recipients: recipients(address.emails, cc), addressee, self, fallback: address.fallback, reported: false };
      routed.escalations.set(target, addressed);
    }
    if (addressed.fallback !== null && !addressed.reported && !addressed.self) {
      addressed.reported = true;
      // One warning per item, level target and reason, naming every part it concerns: 22 municipalities make one line.
      const key = `${assignment.line}\u0001${target}\u0001${addressed.fallback.why}`;
      let group = this.unaddressed.get(key);
      if (!group) {
        group = { line: assignment.line, target, why: addressed.fallback.why, who: new Set() };
        this.unaddressed.set(key, group);
      }
      group.who.add(addressed.fallback.who);
    }
    return addressed;
  }

  /** What all steps of one track share: the start of their ids, what they are about, and where the state ends them. */
  private slot(
    frame: AssignmentFrame,
    part: PlannedPart | null,
    partSegment: string,
    occurrence: PlannedOccurrence | null,
    occurrenceSegment: string,
    closedFromMs = Infinity,
  ): StepSlot {
    const prefix = stepIdPrefix(this.key, frame.item, partSegment, occurrenceSegment);
    return {
      place: this.out.place(frame.item, partSegment, occurrenceSegment, prefix),
      track: prefix.slice(0, -1),
      item: frame.assignment.item,
      occurrence,
      part,
      optional: frame.assignment.optional,
      closedFromMs,
      // A new deadline gets new ids: what was sent before the postponement must not stand for the mails of the new ladder.
      version: occurrence !== null && occurrence.sequence > 0 ? `.v${occurrence.sequence}` : '',
    };
  }

  private inWindow(moment: Moment): boolean {
    return moment.ms >= this.fromMs && moment.ms <= this.untilMs;
  }

  /** One step, if it falls inside the window and before its track was closed. */
  private emit(slot: StepSlot, step: TimedStep, kind: StepKind, recipients: Recipients, subject: string, addressee: Addressee): void {
    const { moment } = step;
    if (!this.inWindow(moment) || moment.ms >= slot.closedFromMs) return;
    this.touch(moment.day);
    const { occurrence, part } = slot;
    if (occurrence && !this.touched.has(occurrence)) {
      this.touched.add(occurrence);
      this.touch(occurrence.due);
      this.touch(occurrence.deadline);
    }
    const tag = step.tag + slot.version;
    const id = slot.place.prefix + tag;
    const first = this.firstOnly ? this.firsts.get(slot.track) : undefined;
    // The sorted plan orders a track's steps by time, then id: only an earlier one can take the place of the first.
    if (first && (moment.ms > first.moment.ms || (moment.ms === first.moment.ms && id >= first.planned.id))) return;
    const planned: PlannedStep = {
      id,
      track: slot.track,
      at: moment.at,
      localAt: moment.localAt,
      kind,
      index: step.index,
      protocol: this.protocol,
      item: slot.item,
      occurrence,
      part,
      recipients,
      addressee,
      subject,
      optional: slot.optional,
      ...(this.onFallback(moment.day, occurrence) ? { calendar: 'fallback' as const } : {}),
    };
    if (this.firstOnly) this.firsts.set(slot.track, { planned, moment, place: slot.place, tag });
    else this.out.add(planned, moment, slot.place, tag);
  }

  private touch(day: IsoDate): void {
    if (this.firstDay === null || day < this.firstDay) this.firstDay = day;
    if (this.lastDay === null || day > this.lastDay) this.lastDay = day;
  }

  /** Whether a step's day or its deadline lies in a year with no calendar file: it was planned on the fallback rules. */
  private onFallback(day: IsoDate, occurrence: PlannedOccurrence | null): boolean {
    const calendar = this.config.calendar;
    return calendar.knowledge(day) === 'fallback' || (occurrence !== null && calendar.knowledge(occurrence.deadline) === 'fallback');
  }

  /** A plan that reaches a year with no calendar file still works on the fallback rules, and says so. */
  private warnMissingYears(): void {
    if (this.firstDay === null || this.lastDay === null) return;
    const years = this.config.calendar.missingYears(this.firstDay, this.lastDay);
    if (years.length === 0) return;
    // The calendar folder as the operator finds it: under the config folder's own name (usually config/calendar).
    const configFolder = this.config.dir.split(/[\\/]/).filter(Boolean).pop() ?? 'config';
    this.warn(null, 'calendar_year_missing', missingCalendarMessage(years, `${configFolder}/${this.config.settings.calendar.dir}`));
  }

  private warn(line: number | null, code: WarningCode, message: string): void {
    const key = `${code}\u0001${line ?? ''}\u0001${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push({ line, code, message });
  }
}

/** An ISO instant from the state as epoch ms; the store writes them canonical, so one that does not read is a broken record. */
function earliest(days: Array<IsoDate | null>): IsoDate {
  const known = days.filter((day): day is IsoDate => day !== null);
  return known.reduce((a, b) => (b < a ? b : a));
}

/**
 * How far past the window occurrences are read: the longest `before` span of any
 * configured ladder, in calendar days, with room for the January holidays and a moved
 * deadline.
 */
function lookaheadDays(ladders: LaddersConfig): number {
  const patches = [ladders.default, ladders.kinds.optional, ladders.kinds.recommendation, ladders.kinds.daily, ...ladders.issuers.map((i) => i.ladder), ...ladders.executors.map((e) => e.ladder)];
  let longest = 0;
  for (const patch of patches) for (const span of patch.before ?? []) longest = Math.max(longest, spanDays(span));
  return longest + 21;
}

function spanDays(span: Span): number {
  switch (span.unit) {
    case 'wd':
      return Math.ceil((span.count * 7) / 5) + 14;
    case 'd':
      return span.count;
    case 'w':
      return span.count * 7;
    case 'm':
      return span.count * 31;
  }
}
