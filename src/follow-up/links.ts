import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { addDays, localDay } from '../calendar/index.js';
import type { IsoDate } from '../domain.js';
import type { MailContext } from '../mail/index.js';
import type { PlannedStep } from '../plan/index.js';
import { trackSegments } from '../plan/step-id.js';
import { occurrencesUntil } from './occurrence-list.js';
import { markDone, type OperationResult } from './operations.js';
import { resolveTarget, type Reference } from './reference.js';
import { FollowUpError } from './follow-up-error.js';
import { decidePostponement, getRequest, requestPostponement, type Decision, type PostponementRequest, type RequestDeps } from './requests.js';

/**
 * One-click links in mails: «Исполнено» and «Прошу перенести срок». A link is
 * `<publicUrl>/l/<token>`; the token carries what it is about — recipient, protocol,
 * item, part, occurrence, action, expiry — signed with HMAC-SHA256 under
 * SROK_LINK_SECRET, so it needs no lookup to be read and cannot be altered. A GET shows
 * a confirmation page (previewLink); the POST applies it once (applyLink): the token's id
 * is taken with SET NX until the token expires, so a link used once is refused after.
 *
 * A postponement request mail carries the controller's «Согласовать» / «Отказать» links
 * the same way: their claims name the request too, and their POST decides it
 * (decideByLink), once — a request is decided once whichever of its links is used.
 *
 * Token: base64url(JSON claims) '.' base64url(first 16 bytes of the HMAC) — URL-safe,
 * about 250 characters for the longest protocol keys.
 */
export type LinkAction = 'done' | 'postpone' | 'accept' | 'refuse';

/** The actions of a controller's links in a postponement request mail (decideByLink). */
export type DecisionAction = Extract<LinkAction, 'accept' | 'refuse'>;

const ACTION_CODES: Record<LinkAction, string> = { done: 'd', postpone: 'p', accept: 'a', refuse: 'r' };
const ACTIONS_BY_CODE: Record<string, LinkAction> = { d: 'done', p: 'postpone', a: 'accept', r: 'refuse' };

export interface LinkClaims {
  /** Random; what single use is recorded under. */
  id: string;
  action: LinkAction;
  /** The address the link was mailed to: the actor, as 'link:<recipient>'. */
  recipient: string;
  protocolKey: string;
  item: string | null;
  /** The planner's part key. */
  part: string;
  /** The occurrence key; null for what has no due date (a status request). */
  occurrence: string | null;
  /** Epoch seconds after which the link is refused. */
  expires: number;
  /** The postponement request a controller's link decides; null for the executor's links. */
  request: string | null;
}

export type LinkRefusal = 'malformed' | 'forged' | 'expired' | 'used' | 'wrong-action';

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: LinkRefusal; message: string };

const VERSION = 1;
const MAC_BYTES = 16;
/** The HMAC covers this label too: a signature made for something else under the same secret is no token. */
const DOMAIN = 'srok-link-v1.';
const B64URL = /^[A-Za-z0-9_-]+$/;

export interface SignOptions {
  secret: string;
  now: Date;
  /** How long the link works: config http.linkDays. */
  days: number;
  /** A fixed token id (tests); random otherwise. */
  id?: string;
}

export function signLink(claims: Omit<LinkClaims, 'id' | 'expires' | 'request'> & { request?: string | null }, options: SignOptions): string {
  const id = options.id ?? randomBytes(9).toString('base64url');
  const expires = Math.floor(options.now.getTime() / 1000) + Math.round(options.days * 24 * 3600);
  const fields: unknown[] = [VERSION, id, expires, ACTION_CODES[claims.action], claims.protocolKey, claims.item, claims.part, claims.occurrence, claims.recipient];
  const decision = claims.action === 'accept' || claims.action === 'refuse';
  if (decision !== (typeof claims.request === 'string' && claims.request !== '')) throw new Error(`a '${claims.action}' link ${decision ? 'needs' : 'takes no'} request id`);
  if (decision) fields.push(claims.request);
  const payload = Buffer.from(JSON.stringify(fields), 'utf8').toString('base64url');
  return `${payload}.${mac(payload, options.secret)}`;
}

/** The claims of a token made with this secret and not yet expired at `now`; else why not. Pure: no Redis, so it cannot say whether the link was used. */
export function verifyLink(token: string, now: Date, secret: string): LinkCheck {
  const parts = token.trim().split('.');
  const [payload, signature] = parts;
  if (parts.length !== 2 || payload === undefined || signature === undefined || !B64URL.test(payload) || !B64URL.test(signature)) {
    return refusal('malformed', 'это не ссылка srok: адрес обрезан или изменён; откройте ссылку из письма ещё раз');
  }
  const expected = Buffer.from(mac(payload, secret), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return refusal('forged', 'эту ссылку выдал не srok (подпись не совпадает)');
  }
  const claims = decodeClaims(payload);
  if (claims === null) return refusal('malformed', 'ссылка подписана, но не читается; возможно, она от другой версии srok');
  if (claims.expires * 1000 <= now.getTime()) return refusal('expired', `срок действия ссылки истёк ${new Date(claims.expires * 1000).toISOString().slice(0, 10)}; воспользуйтесь ссылкой из более позднего письма или ответьте контролёру`);
  return { ok: true, claims };
}

/**
 * Take a link for its one use: SET NX of its id, kept until the link expires (after that
 * verifyLink refuses it anyway). False when it was used before.
 */
export async function consumeLink(deps: Pick<RequestDeps, 'store'>, claims: LinkClaims, now: Date): Promise<boolean> {
  return deps.store.links.take(claims.id, now, claims.expires * 1000 - now.getTime());
}

/** What a confirmation page shows before the POST: the claims, what they name, and whether the link was used. */
export interface LinkPreview {
  claims: LinkClaims;
  used: boolean;
  what: string;
  partName: string;
  deadline: IsoDate | null;
}

export async function previewLink(deps: RequestDeps, token: string, secret: string): Promise<LinkCheck | { ok: true; preview: LinkPreview }> {
  const now = deps.clock.now();
  const check = verifyLink(token, now, secret);
  if (!check.ok) return check;
  const { claims } = check;
  const config = deps.config();
  const today = localDay(now, config.settings.timezone);
  const target = await resolveTarget(deps, config, referenceOf(claims), today);
  const used = await deps.store.links.used(claims.id);
  const state = await deps.store.getPlanState(target.protocolKey);
  const key = claims.occurrence;
  // A link names an occurrence that came due at most the link's lifetime ago, or one still ahead.
  const written = key === null ? null : (occurrencesUntil(target.stored.doc, target.assignment, addDays(today, 800)).find((o) => o.key === key)?.due ?? null);
  const due = state.postponement(claims.item, claims.part, key ?? '')?.to ?? written;
  return { ok: true, preview: { claims, used, what: target.what, partName: target.named?.[0]?.name ?? claims.part, deadline: due } };
}

export type LinkOutcome =
  | { ok: true; action: 'done'; result: OperationResult }
  | { ok: true; action: 'postpone'; request: PostponementRequest; created: boolean }
  | { ok: false; reason: LinkRefusal; message: string };

export interface ApplyInput {
  /** The action the confirmed page was for: a token for another action is refused and stays unused. */
  action: 'done' | 'postpone';
  /** 'postpone': the day asked for, if the requester gave one. */
  to?: string | null;
  /** Why: a note with the mark, or the reason for the request. */
  reason?: string | null;
}

/**
 * The POST of a link: 'done' marks that part-occurrence done (actor 'link:<recipient>');
 * 'postpone' stores a request and mails the controller, and moves no deadline. A link
 * works once; what it names is checked before it is spent.
 */
export async function applyLink(deps: RequestDeps, token: string, secret: string, input: ApplyInput): Promise<LinkOutcome> {
  const now = deps.clock.now();
  const check = verifyLink(token, now, secret);
  if (!check.ok) return check;
  const { claims } = check;
  if (claims.action !== input.action) {
    return refusal('wrong-action', `эта ссылка для «${ACTION_WORDS[claims.action]}», а не для «${ACTION_WORDS[input.action]}»`);
  }
  const config = deps.config();
  // Throws not-found when the protocol, item or part is gone; the link stays unused then.
  await resolveTarget(deps, config, referenceOf(claims), localDay(now, config.settings.timezone));
  if (!(await consumeLink(deps, claims, now))) return refusal('used', 'ссылка уже использована; каждая ссылка действует один раз');
  const actor = `link:${claims.recipient}`;
  if (claims.action === 'done') {
    const result = await markDone(deps, referenceOf(claims), { actor, reason: input.reason ?? null });
    return { ok: true, action: 'done', result };
  }
  const { request, created } = await requestPostponement(deps, {
    protocolKey: claims.protocolKey,
    item: claims.item,
    part: claims.part,
    occurrence: claims.occurrence,
    to: input.to ?? null,
    reason: input.reason ?? null,
    requestedBy: actor,
  });
  return { ok: true, action: 'postpone', request, created };
}

const ACTION_WORDS: Record<LinkAction, string> = { done: 'Исполнено', postpone: 'Прошу перенести срок', accept: 'Согласовать', refuse: 'Отказать' };

export type DecisionOutcome =
  | { ok: true; decision: Decision }
  | { ok: false; reason: LinkRefusal; message: string }
  | { ok: false; reason: 'decided'; request: PostponementRequest };

/**
 * The POST of a controller's link: accepts (to `to`, or the day asked for) or refuses the
 * request it names, as 'link:<controller's address>'. A request already decided — by
 * this link, the other one, the page or the CLI — is left as it is.
 */
export async function decideByLink(deps: RequestDeps, token: string, secret: string, input: { action: DecisionAction; to?: string | null; reason?: string | null }): Promise<DecisionOutcome> {
  const now = deps.clock.now();
  const check = verifyLink(token, now, secret);
  if (!check.ok) return check;
  const { claims } = check;
  if (claims.action !== input.action || claims.request === null) {
    return refusal('wrong-action', `эта ссылка для «${ACTION_WORDS[claims.action]}», а не для «${ACTION_WORDS[input.action]}»`);
  }
  const request = await getRequest(deps, claims.request);
  if (request === null) throw new FollowUpError('not-found', `запрос на перенос срока '${claims.request}' не найден (запросы хранятся год)`);
  if (request.status !== 'open') return { ok: false, reason: 'decided', request };
  if (!(await consumeLink(deps, claims, now))) return refusal('used', 'ссылка уже использована; каждая ссылка действует один раз');
  const decision = await decidePostponement(deps, request.id, input.action === 'accept', { to: input.to ?? null, reason: input.reason ?? null, actor: `link:${claims.recipient}` });
  return { ok: true, decision };
}

/** Where links point and how they are signed; null when links are off. */
export interface LinkSettings {
  secret: string;
  publicUrl: string;
  days: number;
}

/**
 * Links are on when SROK_LINK_SECRET is set and config http.publicUrl is. The secret
 * comes from the environment as validated once at start (src/config/env.ts), handed in
 * by the runtime; the config's part follows a reload.
 */
export function linkSettings(http: { publicUrl: string | null; linkDays: number }, secret: string | null): LinkSettings | null {
  if (http.publicUrl === null || secret === null) return null;
  return { secret, publicUrl: http.publicUrl, days: http.linkDays };
}

/** The step kinds that go to a part's own recipients, who can say it is done or ask for time. */
const LINKED_KINDS: ReadonlySet<PlannedStep['kind']> = new Set(['reminder', 'overdue', 'escalation', 'status']);

/**
 * The links of a step's mail: «Исполнено» for the part-occurrence, and «Прошу перенести
 * срок» when it has a deadline. Bound to the part's own address: an escalation goes to
 * the controller with the part in cc, and it is the part that answers.
 */
export function mailLinks(step: PlannedStep, settings: LinkSettings | null, now: Date): MailContext['links'] {
  if (settings === null || step.part === null || !LINKED_KINDS.has(step.kind)) return null;
  const recipient = (step.kind === 'escalation' ? (step.recipients.cc[0] ?? step.recipients.to[0]) : step.recipients.to[0])?.toLowerCase();
  if (recipient === undefined) return null;
  const { part } = trackSegments(step.track);
  const base = { recipient, protocolKey: step.protocol.key, item: step.item, part, occurrence: step.occurrence?.key ?? null };
  const options = { secret: settings.secret, now, days: settings.days };
  const url = (token: string) => `${settings.publicUrl}/l/${token}`;
  return {
    done: url(signLink({ ...base, action: 'done' }, options)),
    postpone: step.occurrence !== null ? url(signLink({ ...base, action: 'postpone' }, options)) : null,
  };
}

function referenceOf(claims: LinkClaims): Reference {
  return { protocol: claims.protocolKey, date: null, item: claims.item ?? '', executor: claims.part, occurrence: claims.occurrence };
}

function mac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(DOMAIN + payload).digest().subarray(0, MAC_BYTES).toString('base64url');
}

function decodeClaims(payload: string): LinkClaims | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value[0] !== VERSION) return null;
  const [, id, expires, code, protocolKey, item, part, occurrence, recipient, request] = value as unknown[];
  const action = typeof code === 'string' ? ACTIONS_BY_CODE[code] : undefined;
  const text = (v: unknown): v is string => typeof v === 'string' && v !== '';
  if (action === undefined || !text(id) || typeof expires !== 'number' || !text(protocolKey) || !(item === null || text(item)) || !text(part) || !(occurrence === null || text(occurrence)) || !text(recipient)) {
    return null;
  }
  const decision = action === 'accept' || action === 'refuse';
  // A decision link names its request as a tenth field; the executor's links have nine.
  if (value.length !== (decision ? 10 : 9) || (decision && !text(request))) return null;
  return { id, action, recipient, protocolKey, item, part, occurrence, expires, request: decision && text(request) ? request : null };
}

function refusal(reason: LinkRefusal, message: string): { ok: false; reason: LinkRefusal; message: string } {
  return { ok: false, reason, message };
}
