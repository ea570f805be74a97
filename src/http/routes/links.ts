import type { FastifyInstance, FastifyReply } from 'fastify';
import { localDay } from '../../calendar/index.js';
import { FollowUpError } from '../../follow-up/follow-up-error.js';
import { applyLink, decideByLink, previewLink, type LinkPreview } from '../../follow-up/links.js';
import { getRequest, type PostponementRequest } from '../../follow-up/requests.js';
import { parseDay } from '../../follow-up/reference.js';
import { ruDate } from '../../plan/subject.js';
import type { HttpDeps } from '../deps.js';
import { linkForm } from '../schemas.js';
import { confirmPage, decidedPage, decisionConfirmPage, donePage, refusalPage, requestedPage, REFUSAL_STATUS, type LinkSubject } from '../views/link-pages.js';
import { actTitle } from '../views/words.js';

/**
 * The one-click links of the mails, `/l/<token>`. The signed token is the credential:
 * these pages need no API token. GET only shows what the link is about and a form
 * (mail scanners open links); the form's POST applies the link once (applyLink).
 */
export async function linkRoutes(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const core = deps.runtime;
  const zone = () => core.config().settings.timezone;

  app.get<{ Params: { token: string } }>('/l/:token', async (request, reply) => {
    const secret = deps.linkSecret;
    if (secret === null) return refuse(reply, 'off');
    const subject = await subjectOf(deps, request.params.token, secret);
    if ('refused' in subject) return refuse(reply, subject.refused, subject.detail);
    if (subject.claims.request !== null) {
      const asked = await requestOf(deps, subject);
      if (asked === null) return refuse(reply, 'not-found');
      if (asked.status !== 'open') return html(reply, 409, decidedPage(subject, asked, zone(), false));
      return html(reply, 200, decisionConfirmPage(request.params.token, subject, asked, zone()));
    }
    return html(reply, 200, confirmPage(request.params.token, subject));
  });

  app.post<{ Params: { token: string } }>('/l/:token', async (request, reply) => {
    const secret = deps.linkSecret;
    if (secret === null) return refuse(reply, 'off');
    const token = request.params.token;
    const subject = await subjectOf(deps, token, secret);
    if ('refused' in subject) return refuse(reply, subject.refused, subject.detail);
    const form = linkForm.safeParse(request.body ?? {});
    if (!form.success || form.data.action !== subject.claims.action) return refuse(reply, 'wrong-action');
    const { action, reason } = form.data;
    if (action === 'accept' || action === 'refuse') {
      const asked = await requestOf(deps, subject);
      if (asked === null) return refuse(reply, 'not-found');
      if (asked.status !== 'open') return html(reply, 409, decidedPage(subject, asked, zone(), false));
      const given = { to: form.data.to ?? '', reason: reason ?? '' };
      let to: string | null = null;
      if (action === 'accept') {
        // Checked before the link is spent: a day that cannot be set leaves the link usable.
        const problem = decisionProblem(deps, asked, form.data.to);
        if (typeof problem === 'string') return html(reply, 400, decisionConfirmPage(token, subject, asked, zone(), problem, given));
        to = problem.to;
      }
      try {
        const outcome = await decideByLink(core, token, secret, { action, to, reason: reason || null });
        if (outcome.ok) return html(reply, 200, decidedPage(subject, outcome.decision.request, zone(), true));
        if (outcome.reason === 'decided') return html(reply, 409, decidedPage(subject, outcome.request, zone(), false));
        return refuse(reply, outcome.reason);
      } catch (e) {
        if (e instanceof FollowUpError) return e.kind === 'not-found' ? refuse(reply, 'not-found') : html(reply, 400, decisionConfirmPage(token, subject, asked, zone(), `Решение не принято: ${e.message}`, given));
        throw e;
      }
    }
    const given = { to: form.data.to ?? '', reason: reason ?? '' };

    let to: string | null = null;
    if (action === 'postpone') {
      // Checked before the link is spent: a refused request must leave the link usable.
      const problem = await postponeProblem(deps, subject, form.data.to, reason);
      if (typeof problem === 'string') return html(reply, 400, confirmPage(token, subject, problem, given));
      to = problem.to;
    }
    try {
      const outcome = await applyLink(core, token, secret, { action: action === 'done' ? 'done' : 'postpone', to, reason: reason || null });
      if (!outcome.ok) return refuse(reply, outcome.reason);
      if (outcome.action === 'done') return html(reply, 200, donePage(subject, outcome.result.changed));
      return html(reply, outcome.created ? 201 : 200, requestedPage(subject, outcome.request, outcome.created));
    } catch (e) {
      if (e instanceof FollowUpError) return e.kind === 'not-found' ? refuse(reply, 'not-found') : html(reply, 400, confirmPage(token, subject, `Запрос не выполнен: ${e.message}`, given));
      throw e;
    }
  });
}

type Subject = LinkSubject | { refused: Parameters<typeof refusalPage>[0]; detail?: string };

async function subjectOf(deps: HttpDeps, token: string, secret: string): Promise<Subject> {
  let check: Awaited<ReturnType<typeof previewLink>>;
  try {
    check = await previewLink(deps.runtime, token, secret);
  } catch (e) {
    if (e instanceof FollowUpError) return { refused: 'not-found' };
    throw e;
  }
  if (!check.ok) return { refused: check.reason };
  if (!('preview' in check)) return { refused: 'malformed' };
  const preview: LinkPreview = check.preview;
  if (preview.used) return { refused: 'used' };
  const stored = await deps.runtime.store.getProtocol(preview.claims.protocolKey);
  if (!stored) return { refused: 'not-found' };
  const assignment = stored.doc.assignments.find((a) => a.item === preview.claims.item);
  return { claims: preview.claims, act: actTitle(stored.doc.protocol), body: stored.doc.protocol.body, itemText: assignment?.text ?? null, partName: preview.partName, deadline: preview.deadline };
}

/** The request a controller's link names, if it is still stored and about the link's protocol. */
async function requestOf(deps: HttpDeps, subject: LinkSubject): Promise<PostponementRequest | null> {
  const id = subject.claims.request;
  if (id === null) return null;
  const found = await getRequest(deps.runtime, id);
  return found !== null && found.protocolKey === subject.claims.protocolKey ? found : null;
}

/** Why the day cannot be set as the new deadline, in Russian; or the day. */
function decisionProblem(deps: HttpDeps, asked: PostponementRequest, toText: string | undefined): string | { to: string } {
  const text = toText?.trim() || asked.to;
  if (!text) return 'Укажите новый срок: в запросе дата не названа.';
  let to: string;
  try {
    to = parseDay(text, 'the new deadline');
  } catch {
    return `«${text}» — не дата; укажите её как ДД.ММ.ГГГГ, например 10.12.2019.`;
  }
  const today = localDay(deps.runtime.clock.now(), deps.runtime.config().settings.timezone);
  if (to < today) return `${ruDate(to)} уже прошло (сегодня ${ruDate(today)}); укажите более позднюю дату.`;
  if (to <= asked.currentDue) return `Новый срок должен быть позже действующего (${ruDate(asked.currentDue)}).`;
  return { to };
}

/** Why the requested day cannot be asked for, in Russian; or the day. */
async function postponeProblem(deps: HttpDeps, subject: LinkSubject, toText: string | undefined, reason: string | undefined): Promise<string | { to: string }> {
  if (!toText) return 'Укажите новый срок.';
  if (!reason) return 'Укажите причину: контролёр решает по ней.';
  let to: string;
  try {
    to = parseDay(toText, 'the new deadline');
  } catch {
    return `«${toText}» — не дата; укажите её как ДД.ММ.ГГГГ, например 10.12.2019.`;
  }
  const config = deps.runtime.config();
  const today = localDay(deps.runtime.clock.now(), config.settings.timezone);
  if (to < today) return `${ruDate(to)} уже прошло (сегодня ${ruDate(today)}); укажите более позднюю дату.`;
  if (subject.deadline !== null && to <= subject.deadline) return `Новый срок должен быть позже действующего (${ruDate(subject.deadline)}).`;
  const { claims } = subject;
  const state = await deps.runtime.store.getPlanState(claims.protocolKey);
  if (claims.occurrence !== null && state.closure(claims.item, claims.part, claims.occurrence) !== null) {
    return 'Это поручение уже исполнено или снято с контроля: переносить нечего.';
  }
  return { to };
}

function refuse(reply: FastifyReply, reason: Parameters<typeof refusalPage>[0], detail?: string): FastifyReply {
  return html(reply, REFUSAL_STATUS[reason], refusalPage(reason, detail ?? null));
}

function html(reply: FastifyReply, status: number, body: string): FastifyReply {
  // A link page is about one person's assignment: no cache keeps it.
  return reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}
