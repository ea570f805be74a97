/**
 * What a mail is made of, from the planner's step to the message a transport sends.
 *
 * - MailContext:  everything one mail says, as plain data; built by the caller from a
 *                 planned step (or a day's steps, for a digest) and the stored protocol.
 * - RenderedMail: the finished message — HTML and text parts, headers for threading,
 *                 the .ics event — ready for a transport.
 */

export type MailKind = 'reminder' | 'overdue' | 'escalation' | 'status' | 'summary' | 'operator' | 'catchup' | 'digest' | 'request' | 'answer';

export const MAIL_KINDS: readonly MailKind[] = ['reminder', 'overdue', 'escalation', 'status', 'summary', 'operator', 'catchup', 'digest', 'request', 'answer'];

/** Kind request: an executor's postponement request, mailed to the controller who decides it. */
export interface MailRequest {
  /** «K7QX2MPA». */
  id: string;
  /** Who asks: the part's name. */
  partName: string;
  /** The controller the mail is addressed to. */
  controllerName: string;
  /** IsoDate: the deadline in force. */
  currentDue: string;
  /** IsoDate asked for; null when the requester named none. */
  to: string | null;
  reason: string | null;
  /** 'link:<address>', 'api:<token name>'. */
  requestedBy: string;
  /** ISO instant. */
  requestedAt: string;
}

/** Kind answer: the controller's decision on a postponement request, mailed to whoever asked. */
export interface MailAnswer {
  accepted: boolean;
  /** IsoDate: the deadline in force after the decision (the new one when accepted, the old one when refused). */
  due: string;
  /** Who decided: 'link:<address>', 'web:<token name>', 'api:<token name>', 'cli:<user>'. */
  decidedBy: string;
  /** ISO instant. */
  decidedAt: string;
  /** The controller's comment or the reason of a refusal. */
  reason: string | null;
  /** The assignment's web page, when srok has a public address. */
  page: string | null;
}

/** One assignment line inside a digest, catch-up or summary. */
export interface MailLine {
  kind: MailKind;
  subject: string;
  /** «Протокол № 4/2019 от 30.10.2019, Рабочая группа …» */
  protocol: string;
  item: string | null;
  text: string;
  /** IsoDate, the deadline moved off non-working days. */
  deadline: string | null;
  /** Working days; negative = overdue by that many. */
  daysLeft: number | null;
  optional: boolean;
  partName: string | null;
  /** How many parts `partName` lists (a digest gathers one step of many parts in one block); 1 when absent. */
  parts?: number;
  /** Why the recipient gets this step («Вы получаете это письмо как …»), in a digest. */
  reason?: string | null;
  /** The step's own one-click links, kept in a digest. */
  links?: { done: string | null; postpone: string | null } | null;
  /** How many executors partName lists («A; B»): more than one is labelled «Исполнители». */
  partCount?: number;
}

export interface MailContext {
  kind: MailKind;
  /** Unique per mail; the send-ledger key; the Message-ID is derived from it. */
  mailId: string;
  /** The same for every mail about one assignment to one recipient set. */
  threadKey: string;
  /** Message-ID of the first mail of that thread when this is not the first, else null. */
  threadRoot: string | null;
  to: string[];
  cc: string[];
  /** From the planner: a stable root per assignment, then « — <kind>». */
  subject: string;
  /** ISO instant the mail is rendered for. */
  now: string;
  protocol: { number: string | null; date: string | null; body: string | null; title: string | null; kind: string };
  assignment: {
    item: string | null;
    text: string;
    recommendation: boolean;
    optional: boolean;
    executors: Array<{ name: string; role: 'executor' | 'co-executor' }>;
    /** Where the result goes. */
    sendTo: Array<{ text: string; name: string | null; email: string | null }>;
    /** Addresses named in the item: every mail about the item shows them. */
    emails: string[];
  } | null;
  occurrence: {
    label: string;
    due: string;
    deadline: string;
    deadlineAt: string;
    time: string | null;
    daysLeft: number;
    sequence: number;
    uid: string;
  } | null;
  part: { name: string; role: 'executor' | 'co-executor' } | null;
  escalation: { level: number; targetName: string } | null;
  /** Who the mail is for and why they get it («Вы получаете это письмо как …»); see plan/addressee.ts. */
  addressee?: { name: string; reason: string } | null;
  /** Kind summary: who has and has not done the occurrence. */
  summary: Array<{ name: string; done: boolean; doneAt: string | null }> | null;
  /** Kinds digest and catchup. */
  lines: MailLine[] | null;
  /** Kind operator: what the operator must do. */
  operatorNote: string | null;
  /** One-click links, filled later by the HTTP layer; a request mail's are «Согласовать» / «Отказать». */
  links: { done: string | null; postpone: string | null; accept?: string | null; refuse?: string | null } | null;
  /** Kind request: what is asked. */
  request?: MailRequest | null;
  /** Kind answer: how the request (in `request`) was decided. */
  answer?: MailAnswer | null;
}

export interface RenderedMail {
  mailId: string;
  /** '<…@domain>' */
  messageId: string;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  /** The Date header: the instant the mail was rendered for (a simulated clock's time in the demo). */
  date: string;
  html: string;
  text: string;
  /** In-Reply-To, References, X-Srok-Mail-Id, X-Srok-Kind, Auto-Submitted: auto-generated. */
  headers: Record<string, string>;
  icalEvent: { filename: string; method: 'PUBLISH'; content: string } | null;
  /** A digest's events, one per occurrence it names; when set, they stand instead of `icalEvent`. */
  calendarEvents?: Array<{ filename: string; method: 'PUBLISH'; content: string }>;
}
