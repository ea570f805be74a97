import { randomInt } from 'node:crypto';
import { countOf, EXECUTORS } from '../mail/plural.js';
import { z } from 'zod';
import { localDay } from '../calendar/index.js';
import type { SrokConfig } from '../config/types.js';
import type { IsoDate, ParsedDocument } from '../domain.js';
import type { Log } from '../log.js';
import type { MailContext, MailTransport, Renderer } from '../mail/index.js';
import { addresseeLine, controllerAddressee } from '../plan/addressee.js';
import type { StateScope } from '../records/state.js';
import { itemSegment } from '../plan/step-id.js';
import { ruDate, subjectRoot } from '../plan/subject.js';
import { deliver, deliverDeps } from '../delivery/deliver.js';
import { assignmentOf, daysLeft, protocolOf, shortHashOf } from '../delivery/mail-context.js';
import { fromZonedTime } from 'date-fns-tz';
import { controllerOf } from '../report/report-rows.js';
import { findIssuer } from '../plan/issuer.js';
import { linkSettings, signLink } from './links.js';
import { assignmentEntries } from '../records/routing.js';
import { partsOf } from './parts.js';
import { FollowUpError } from './follow-up-error.js';
import { localInstant, postpone, postponableOccurrence, type FollowUpDeps, type OperationResult } from './operations.js';
import { parseDay, resolveTarget, type Reference, type Target } from './reference.js';

/**
 * Postponement requests. An executor who cannot make a deadline asks for more time (the
 * «Прошу перенести срок» link of a mail); the request is stored and mailed to the
 * controller, and it never moves the deadline by itself: only the controller's decision
 * does (decidePostponement → postpone, with its own audit entry).
 */
export interface PostponementRequest {
  /** Eight letters and digits, easy to type: `srok postpone --request <id>`. */
  id: string;
  protocolKey: string;
  item: string | null;
  /** The part key. */
  part: string;
  partName: string;
  /** The occurrence key ('2021-03', or the due day of a one-off). */
  occurrence: string;
  /** The deadline in force when asked. */
  currentDue: IsoDate;
  /** The day asked for; null when the requester named none. */
  to: IsoDate | null;
  reason: string | null;
  /** 'link:<recipient>', 'api:<token name>'. */
  requestedBy: string;
  requestedAt: string;
  status: 'open' | 'accepted' | 'refused';
  decidedBy: string | null;
  decidedAt: string | null;
  /** The day the controller set, when accepted. */
  decidedTo: IsoDate | null;
  decisionReason: string | null;
  /** Where the request was mailed; [] when the mail could not go (the request still stands). */
  mailedTo: string[];
}

const requestSchema = z.object({
  id: z.string(),
  protocolKey: z.string(),
  item: z.string().nullable(),
  part: z.string(),
  partName: z.string(),
  occurrence: z.string(),
  currentDue: z.string(),
  to: z.string().nullable(),
  reason: z.string().nullable(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  status: z.enum(['open', 'accepted', 'refused']),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedTo: z.string().nullable(),
  decisionReason: z.string().nullable(),
  mailedTo: z.array(z.string()),
});

/** What mailing the controller needs besides the follow-up core. */
export interface RequestDeps extends FollowUpDeps {
  renderer: Renderer;
  transport: MailTransport;
  log: Log;
  /** This process's name in send-ledger leases. */
  owner: string;
  /** SROK_LINK_SECRET as validated at start: signs the controller's «Согласовать» / «Отказать» links; null leaves them out. */
  linkSecret: string | null;
}

export interface RequestInput {
  protocolKey: string;
  item: string | null;
  part: string;
  /** The occurrence key; null for a one-off assignment. */
  occurrence: string | null;
  to?: string | null;
  reason?: string | null;
  requestedBy: string;
}

export interface RequestOutcome {
  request: PostponementRequest;
  /** False when an open request for the same part-occurrence existed: that one is returned. */
  created: boolean;
}

/** Store a request to postpone one part-occurrence and mail the controller; the deadline stays as it is. */
export async function requestPostponement(deps: RequestDeps, input: RequestInput): Promise<RequestOutcome> {
  const now = deps.clock.now();
  const config = deps.config();
  const today = localDay(now, config.settings.timezone);
  const ref: Reference = { protocol: input.protocolKey, date: null, item: input.item ?? '', executor: input.part, occurrence: input.occurrence };
  const target = await resolveTarget(deps, config, ref, today);
  const part = target.named?.[0];
  if (!part || target.named?.length !== 1) throw new FollowUpError('bad-request', `запрос на перенос касается одного исполнителя поручения (${target.what}); '${input.part}' называет ${countOf(target.named?.length ?? 0, EXECUTORS)}`);
  const occurrence = postponableOccurrence(target, today);
  const state = await deps.store.getPlanState(target.protocolKey);
  const closure = state.closure(target.assignment.item, part.key, occurrence.key);
  if (closure !== null) throw new FollowUpError('bad-request', `${part.name}: поручение (${target.what}) уже ${closure.how === 'done' ? 'исполнено' : 'снято с контроля'} (${localInstant(closure.at, config.settings.timezone)}); переносить нечего`);
  const currentDue = state.postponement(target.assignment.item, part.key, occurrence.key)?.to ?? occurrence.due;
  const to = input.to ? parseDay(input.to, 'запрошенный срок') : null;
  if (to !== null && (to <= currentDue || to < today)) {
    throw new FollowUpError('bad-request', `запрошенный срок ${ruDate(to)} не позже действующего (${ruDate(currentDue)})${to < today ? ` и уже прошёл (сегодня ${ruDate(today)})` : ''}`);
  }

  const open = (await listRequests(deps, target.protocolKey)).find((r) => r.status === 'open' && r.item === target.assignment.item && r.part === part.key && r.occurrence === occurrence.key);
  if (open) return { request: open, created: false };

  const request: PostponementRequest = {
    id: requestId(),
    protocolKey: target.protocolKey,
    item: target.assignment.item,
    part: part.key,
    partName: part.name,
    occurrence: occurrence.key,
    currentDue,
    to,
    reason: input.reason?.trim() || null,
    requestedBy: input.requestedBy,
    requestedAt: now.toISOString(),
    status: 'open',
    decidedBy: null,
    decidedAt: null,
    decidedTo: null,
    decisionReason: null,
    mailedTo: [],
  };
  await deps.store.requests.create(request.id, request.protocolKey, now.getTime(), JSON.stringify(request));
  await deps.store.appendAudit(request.protocolKey, {
    at: request.requestedAt,
    actor: request.requestedBy,
    action: 'postpone-request',
    scope: scopeOfRequest(request, target),
    detail: { request: request.id, to: request.to, reason: request.reason, currentDue },
  });
  request.mailedTo = await mailController(deps, target, request);
  if (request.mailedTo.length > 0) await saveRequest(deps, request);
  return { request, created: true };
}

export interface Decision {
  request: PostponementRequest;
  /** The postponement, when accepted. */
  result: OperationResult | null;
  /** Where the answer was mailed at once: the executor who asked (and the operator who asked for them); [] when it could not go. */
  answeredTo: string[];
}

/**
 * The controller's answer. Accepted: the part-occurrence is postponed to `to` (or to the
 * day asked for) like any postponement, by the one who decides. Refused: only the
 * request changes. A request is decided once.
 */
export async function decidePostponement(
  deps: FollowUpDeps | RequestDeps,
  requestId: string,
  accept: boolean,
  options: { to?: string | null; reason?: string | null; actor: string },
): Promise<Decision> {
  const request = await getRequest(deps, requestId);
  if (!request) throw new FollowUpError('not-found', `запрос на перенос срока '${requestId}' не найден (запросы хранятся год)`);
  const config = deps.config();
  if (request.status !== 'open') {
    throw new FollowUpError('bad-request', `запрос ${request.id} уже ${request.status === 'accepted' ? 'согласован' : 'отклонён'} ${localInstant(request.decidedAt ?? '', config.settings.timezone)}, ${request.decidedBy ?? '?'}`);
  }
  const to = accept ? (options.to ? parseDay(options.to, '--to') : request.to) : null;
  if (accept && to === null) throw new FollowUpError('bad-request', `в запросе ${request.id} новая дата не названа; укажите новый срок: --to ГГГГ-ММ-ДД`);
  const now = deps.clock.now();
  // One decision wins when two controllers answer at once.
  if (!(await deps.store.requests.claimDecision(request.id, options.actor))) throw new FollowUpError('bad-request', `по запросу ${request.id} прямо сейчас решение принимает кто-то другой`);

  let result: OperationResult | null = null;
  if (accept && to !== null) {
    const reason = options.reason?.trim() || request.reason || `запрос на перенос срока ${request.id}`;
    const ref: Reference = { protocol: request.protocolKey, date: null, item: request.item ?? '', executor: request.part, occurrence: request.occurrence };
    try {
      result = await postpone(deps, ref, to, { actor: options.actor, reason });
    } catch (e) {
      // The postponement was refused (a day in the past, say): the request stays open for another answer.
      await deps.store.requests.releaseDecision(request.id);
      throw e;
    }
  }
  const decided: PostponementRequest = {
    ...request,
    status: accept ? 'accepted' : 'refused',
    decidedBy: options.actor,
    decidedAt: now.toISOString(),
    decidedTo: to,
    decisionReason: options.reason?.trim() || null,
  };
  await saveRequest(deps, decided);
  await deps.store.appendAudit(request.protocolKey, {
    at: decided.decidedAt ?? now.toISOString(),
    actor: options.actor,
    action: accept ? 'postpone-request-accepted' : 'postpone-request-refused',
    scope: { item: request.item, part: request.part, occurrence: request.occurrence },
    detail: { request: request.id, to, reason: decided.decisionReason },
  });
  // Callers without a mail transport (none today) still decide; the answer then waits for `srok show`.
  const answeredTo = canMail(deps) ? await mailAnswer(deps, decided) : [];
  return { request: decided, result, answeredTo };
}

export async function getRequest(deps: Pick<FollowUpDeps, 'store'>, id: string): Promise<PostponementRequest | null> {
  const json = await deps.store.requests.get(id.trim().toUpperCase());
  return json === null ? null : readRequest(json);
}

/** A protocol's requests, oldest first; those expired are left out. */
export async function listRequests(deps: Pick<FollowUpDeps, 'store'>, protocolKey: string): Promise<PostponementRequest[]> {
  return (await deps.store.requests.ofProtocol(protocolKey)).map(readRequest);
}

async function saveRequest(deps: Pick<FollowUpDeps, 'store'>, request: PostponementRequest): Promise<void> {
  await deps.store.requests.save(request.id, JSON.stringify(request));
}

function readRequest(json: string): PostponementRequest {
  return requestSchema.parse(JSON.parse(json)) as PostponementRequest;
}

/** Letters and digits that cannot be mistaken for one another when typed from a mail. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function requestId(): string {
  let id = '';
  for (let i = 0; i < 8; i += 1) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}

function scopeOfRequest(request: PostponementRequest, target: Target): StateScope {
  // A one-off assignment's occurrence is the assignment itself: its part scope is what a decision records.
  return target.occurrence !== null ? { item: request.item, part: request.part, occurrence: request.occurrence } : { item: request.item, part: request.part };
}

/** What the request and answer mails show of a request. */
function requestView(request: PostponementRequest, controllerName: string): NonNullable<MailContext['request']> {
  return {
    id: request.id,
    partName: request.partName,
    controllerName,
    currentDue: request.currentDue,
    to: request.to,
    reason: request.reason,
    requestedBy: request.requestedBy,
    requestedAt: request.requestedAt,
  };
}

function canMail(deps: FollowUpDeps | RequestDeps): deps is RequestDeps {
  return 'renderer' in deps && 'transport' in deps && 'log' in deps && 'owner' in deps;
}

/**
 * Who hears of a decision: the executor who asked through a mail link gets it at the
 * address the link was sent to; a request the operator made (API, web page, CLI) goes
 * to the part's addresses, with the operator in copy.
 */
function answerRecipients(request: PostponementRequest, partEmails: readonly string[], operator: string): { to: string[]; cc: string[] } {
  if (request.requestedBy.startsWith('link:')) return { to: [request.requestedBy.slice('link:'.length)], cc: [] };
  const to = [...new Set(partEmails)];
  const inTo = to.some((address) => address.toLowerCase() === operator.toLowerCase());
  return to.length === 0 ? { to: [operator], cc: [] } : { to, cc: inTo ? [] : [operator] };
}

/**
 * The mail of kind 'answer': the request's assignment, the deadline it had and the one
 * in force now (or the refusal), who decided, and the assignment's web page. It answers
 * a person's action, so it goes at once, like the request mail: never gathered into a
 * digest nor counted in the daily cap. The addresses it went to, or [] when it could not go.
 */
async function mailAnswer(deps: RequestDeps, request: PostponementRequest): Promise<string[]> {
  const config = deps.config();
  const zone = config.settings.timezone;
  try {
    const stored = await deps.store.getProtocol(request.protocolKey);
    const assignment = stored?.doc.assignments.find((a) => a.item === request.item);
    if (!stored || !assignment) return [];
    const { doc } = stored;
    const routing = await deps.routings.routingOf(stored);
    const part = partsOf(assignment, config, assignmentEntries(routing, doc, assignment)).find((p) => p.key === request.part);
    const { to, cc } = answerRecipients(request, part?.emails ?? [], config.settings.operator.email);
    const accepted = request.status === 'accepted';
    const due = accepted && request.decidedTo !== null ? request.decidedTo : request.currentDue;
    const item = assignment.item;
    const mailId = `${request.protocolKey}.${itemSegment(item, assignment.line)}.${request.part}.answer-${request.id}`;
    // The thread of this item to these addresses, as the request mail keys its own.
    const threadKey = `${request.protocolKey}.${item ?? '-'}.${shortHashOf([...to].map((a) => a.toLowerCase()).sort().join(','))}`;
    const now = deps.clock.now();
    const controller = controllerOf(doc, findIssuer(doc, config.ladders.issuers, config.directory), config);
    const deadlineAt = fromZonedTime(`${due}T23:59:59`, zone).toISOString();
    const publicUrl = config.settings.http.publicUrl;
    const thread = await deps.store.threadRoot(threadKey, deps.renderer.messageIdOf(mailId));
    const ctx: MailContext = {
      kind: 'answer',
      mailId,
      threadKey,
      threadRoot: thread.first ? null : thread.root,
      to,
      cc,
      subject: `${subjectRoot(doc.protocol, item)} — ответ на запрос на перенос срока ${request.id}: ${accepted ? 'согласован' : 'отказано'}`,
      now: now.toISOString(),
      protocol: protocolOf(doc),
      assignment: assignmentOf(assignment),
      occurrence: {
        label: '',
        due,
        deadline: due,
        deadlineAt,
        time: null,
        daysLeft: daysLeft(config, now, due, deadlineAt),
        sequence: 0,
        uid: `${mailId}@srok`,
      },
      part: { name: request.partName, role: part?.role ?? 'executor' },
      escalation: null,
      addressee: { name: request.partName, reason: 'Вы получаете это письмо как автор запроса на перенос срока.' },
      summary: null,
      lines: null,
      operatorNote: null,
      links: null,
      request: requestView(request, controller.name),
      answer: {
        accepted,
        due,
        decidedBy: request.decidedBy ?? '',
        decidedAt: request.decidedAt ?? now.toISOString(),
        reason: request.decisionReason,
        page: publicUrl === null ? null : `${publicUrl}/protocols/${encodeURIComponent(request.protocolKey)}#p-${encodeURIComponent(item ?? '')}`,
      },
    };
    const outcome = await deliver(deps.renderer.render(ctx), deliverDeps({ ...deps, ledger: deps.store.ledger }, 'answer'));
    return outcome === 'failed' ? [] : [...to, ...cc];
  } catch (e) {
    // The decision stands without its mail: `srok show` has it.
    deps.log.warn({ request: request.id, err: e instanceof Error ? e.message : String(e) }, 'postponement answer not mailed');
    return [];
  }
}

/** The controller's addresses: the protocol's controller, else its issuer's configured one, else the operator. */
export function controllerAddresses(doc: ParsedDocument, config: SrokConfig): string[] {
  return controllerAddressee(doc, config).emails;
}

/**
 * The mail of kind 'request' to the controller: who asks, the deadline in force and the
 * day asked for, why, and the signed «Согласовать» / «Отказать» links (when links are on)
 * that open a confirmation page. The addresses it went to, or [] when it could not go.
 */
async function mailController(deps: RequestDeps, target: Target, request: PostponementRequest): Promise<string[]> {
  const config = deps.config();
  const { doc } = target.stored;
  const to = controllerAddresses(doc, config);
  const zone = config.settings.timezone;
  const item = target.assignment.item;
  const mailId = `${request.protocolKey}.${itemSegment(item, target.assignment.line)}.${request.part}.request-${request.id}`;
  // The same thread key as the escalations to these addresses: the controller sees the request beside them.
  const threadKey = `${request.protocolKey}.${item ?? '-'}.${shortHashOf([...to].map((a) => a.toLowerCase()).sort().join(','))}`;
  const now = deps.clock.now();
  const controller = controllerOf(doc, findIssuer(doc, config.ladders.issuers, config.directory), config);
  const settings = linkSettings(config.settings.http, deps.linkSecret);
  const recipient = to[0]?.toLowerCase();
  const decisionLink = (action: 'accept' | 'refuse'): string | null =>
    settings === null || recipient === undefined
      ? null
      : `${settings.publicUrl}/l/${signLink({ action, recipient, protocolKey: request.protocolKey, item: request.item, part: request.part, occurrence: request.occurrence, request: request.id }, { secret: settings.secret, now, days: settings.days })}`;
  const accept = decisionLink('accept');
  const refuse = decisionLink('refuse');
  // The deadline in force, as the mail's «Срок:» line shows it; it ends with its day in the office zone.
  const deadlineAt = fromZonedTime(`${request.currentDue}T23:59:59`, zone).toISOString();
  try {
    const thread = await deps.store.threadRoot(threadKey, deps.renderer.messageIdOf(mailId));
    const ctx: MailContext = {
      kind: 'request',
      mailId,
      threadKey,
      threadRoot: thread.first ? null : thread.root,
      to,
      cc: [],
      subject: `${subjectRoot(doc.protocol, item)} — запрос на перенос срока ${request.id}: ${request.partName}`,
      now: now.toISOString(),
      protocol: protocolOf(doc),
      assignment: assignmentOf(target.assignment),
      occurrence: {
        label: target.occurrence?.label ?? '',
        due: request.currentDue,
        deadline: request.currentDue,
        deadlineAt,
        time: null,
        daysLeft: daysLeft(config, now, request.currentDue, deadlineAt),
        sequence: 0,
        uid: `${mailId}@srok`,
      },
      part: { name: request.partName, role: target.named?.[0]?.role ?? 'executor' },
      escalation: null,
      addressee: addresseeLine(controllerAddressee(doc, config).addressee),
      summary: null,
      lines: null,
      operatorNote: null,
      links: accept === null && refuse === null ? null : { done: null, postpone: null, accept, refuse },
      request: requestView(request, controller.name),
    };
    const outcome = await deliver(deps.renderer.render(ctx), deliverDeps({ ...deps, ledger: deps.store.ledger }, 'request'));
    if (outcome === 'failed') return [];
    return to;
  } catch (e) {
    // The request stands without its mail: `srok show` lists it, and the operator can forward it.
    deps.log.warn({ request: request.id, to, err: e instanceof Error ? e.message : String(e) }, 'postponement request not mailed');
    return [];
  }
}
