import type { ProtocolRouting } from '../records/routing.js';
import type { IsoDate, ParseWarning } from '../domain.js';
import type { Addressee } from './addressee.js';
import type { PlanState } from '../records/state.js';

/**
 * What a step does:
 * - reminder:   to a part's recipients before the deadline;
 * - overdue:    to a part's recipients once the deadline has passed;
 * - escalation: to the controller and further up, with the part's recipients in cc;
 * - status:     a request for progress on an assignment with no deadline or «постоянно»;
 * - summary:    per occurrence, to the addresses named in the item: who has and has not done it;
 * - operator:   to the operator, who must act (set a deadline srok could not read).
 */
export type StepKind = 'reminder' | 'overdue' | 'escalation' | 'status' | 'summary' | 'operator';

/** The occurrence a step belongs to: its due day as written (or as postponed) and the deadline it really ends on. */
export interface PlannedOccurrence {
  /** The occurrence's own key: the reported period ('2021-03'), or the due day of a one-off as written. */
  key: string;
  /** The due day as written in the protocol, or as postponed to. */
  due: IsoDate;
  /** The due day moved off a non-working day (Civil Code art. 193, or the ladder's `moveDeadline`). */
  deadline: IsoDate;
  /** The instant the deadline ends: end of office hours of `deadline`, or the time the item names. */
  deadlineAt: string;
  label: string;
  /** 0 when never postponed, else the sequence of the postponement that set `due`: the .ics SEQUENCE. */
  sequence: number;
  /**
   * The same for every part of this occurrence of this assignment, whatever postponement
   * moves it: the .ics UID, so a calendar updates its event rather than adding one.
   * `<protocol>.<item>.<occurrence>`, in the characters of a step id.
   */
  uid: string;
}

export interface PlannedPart {
  /** Directory id; null for an executor that matches no entry (its mail goes to the operator). */
  ref: string | null;
  name: string;
  role: 'executor' | 'co-executor';
}

export interface PlannedStep {
  /**
   * Deterministic from (protocol, item, part, occurrence, step); only [A-Za-z0-9._-]
   * and never all digits, so it can serve as a BullMQ job id and a send-ledger key.
   */
  id: string;
  /**
   * The steps sent one after the other for one part in one occurrence (the summary of an
   * occurrence, a part's status requests, the operator's question: each its own track):
   * `<protocol>.<item>.<part>.<occurrence>`, the id without its step. Stays the same
   * when the deadline is postponed; same characters as the id.
   */
  track: string;
  /** ISO instant (UTC, 'Z') the mail is due to go. */
  at: string;
  /** 'YYYY-MM-DD HH:MM' in the configured zone, for people. */
  localAt: string;
  kind: StepKind;
  /** reminder: 0.. in ladder order; escalation: level 1.., repeats continue counting; status: periods since the document date; summary: 0.. */
  index: number;
  protocol: { key: string; number: string | null; date: IsoDate | null; body: string | null };
  item: string | null;
  occurrence: PlannedOccurrence | null;
  part: PlannedPart | null;
  recipients: { to: string[]; cc: string[] };
  /** Who `recipients.to` is and why they get the mail (see addressee.ts). */
  addressee: Addressee;
  /** Russian; the root before « — » is the same for every step of one assignment, so mail threads. */
  subject: string;
  /** True for an optional assignment («при наличии»): a reply is welcome, not owed. */
  optional: boolean;
  /**
   * 'fallback' when the step's day or its deadline lies in a year with no calendar file:
   * planned on weekends and the fixed holidays only, without the Government's transfers.
   * Absent when the calendar of the decree was used.
   */
  calendar?: 'fallback';
}

export interface Plan {
  protocolKey: string;
  /** Sorted by `at`, then `id`; so the steps of one track too (two of them share an instant only through a zero span, e.g. `after: 0wd`). */
  steps: PlannedStep[];
  /** What the planner noticed (the parser's own warnings stay in the ParsedDocument). */
  warnings: ParseWarning[];
}

/** The plan window: steps before `now` (or before the protocol's own date) are dropped, and nothing is planned after `until`. */
export interface PlanWindow {
  now: Date;
  until: Date;
}

export interface PlanOptions {
  /** What happened since the import: closures drop steps, postponements move deadlines. Nothing, when absent. */
  state?: PlanState;
  /**
   * Plan one assignment only (its item as written; null: the unnumbered ones), and of
   * it only one track when `track` is given: the steps come out exactly as in the whole
   * plan, for a fraction of the work. The warnings then concern only what was planned.
   */
  only?: { item: string | null; track?: string };
  /**
   * The instant a recurring assignment's missed occurrences are judged from: of those
   * whose deadline had passed by then, only the latest is chased. The worker passes the
   * protocol's import time, so a plan made months later chases what the plan at import
   * chased; a preview leaves it out (then: `now`).
   */
  chaseSince?: Date;
  /**
   * Only the first step of each track inside the window — what the scheduler keeps as
   * the track's one pending job. The same steps as the whole plan's first per track,
   * without building the rest (escalation repeats over years of lookahead).
   */
  firstOnly?: boolean;
  /**
   * The protocol's stored routing (routeProtocol), when it fits the document: executors
   * are then not matched against the directory again. Absent (a preview of a file), the
   * plan routes them itself.
   */
  routing?: ProtocolRouting;
}

export interface PlanDiff {
  added: PlannedStep[];
  removed: PlannedStep[];
  /** Same step id, but a different time or different recipients. */
  moved: Array<{ before: PlannedStep; after: PlannedStep }>;
}
