import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listRequests } from '../../follow-up/requests.js';
import { listWaitingProtocols } from '../../review/waiting-mail.js';
import type { Forms } from '../forms.js';
import { assertControls } from '../scope.js';
import type { Viewer } from '../views/action-pages.js';
import { executorRecords } from '../../report/executor-record.js';
import { ReportError } from '../../report/report-error.js';
import { executorFilter, sortRows } from '../../report/select.js';
import type { HttpDeps } from '../deps.js';
import { HttpError } from '../http-error.js';
import { loadOverview } from '../protocol-overview.js';
import { plannedMails } from '../../plan/mail-budget.js';
import { mailStats } from '../../plan/mail-stats.js';
import { protocolKeyParam, timelinePageQuery } from '../schemas.js';
import { storedTimeline } from '../timeline.js';
import { parseInput } from '../validate.js';
import { protocolPage } from '../views/protocol-page.js';
import { protocolsPage } from '../views/protocols-page.js';
import { recordsPage } from '../views/records-page.js';
import { timelinePage } from '../views/timeline-page.js';

/** The web pages for people: the same read models as the API, rendered in Russian. */
export async function pageRoutes(app: FastifyInstance, deps: HttpDeps, forms: Forms): Promise<void> {
  const core = deps.runtime;
  const zone = () => core.config().settings.timezone;
  const viewerOf = (request: FastifyRequest): Viewer | null => (request.principal ? { role: request.principal.role, csrf: forms.issue(request.principal) } : null);
  /** The stored protocol, or 404 — also for a controller that does not control it. */
  const visible = async (request: FastifyRequest, key: string) => {
    const stored = await core.store.getProtocol(key);
    const notFound = `Протокол «${key}» не найден.`;
    if (!stored) throw new HttpError(404, 'not-found', notFound);
    assertControls(request.principal, stored.doc, core.config(), notFound);
    return stored;
  };

  app.get('/', async (request, reply) => {
    const { now, protocols } = await loadOverview(core, request.principal);
    // What waits for review is the operator's to see: it is not followed yet.
    const waiting = request.principal?.role === 'operator' ? await listWaitingProtocols(core.store, core.config()) : [];
    return send(reply, protocolsPage(protocols, now, zone(), waiting));
  });

  app.get('/protocols/:key', async (request, reply) => {
    const { key } = parseInput(protocolKeyParam, request.params, 'query');
    const stored = await visible(request, key);
    const [{ now, protocols }, tracks, requests, history] = await Promise.all([loadOverview(core, request.principal), core.store.getTracks(key), listRequests(core, key), core.store.getAudit(key)]);
    return send(reply, protocolPage(stored, protocols.find((p) => p.key === key), tracks, now, zone(), viewerOf(request), requests, history));
  });

  app.get('/protocols/:key/timeline', async (request, reply) => {
    const { key } = parseInput(protocolKeyParam, request.params, 'query');
    const { until, month } = parseInput(timelinePageQuery, request.query, 'query');
    await visible(request, key);
    const timeline = await storedTimeline(core, key, until);
    // The mail budget of the same plan, as `srok plan --stats` counts it: mails, not steps.
    const budget = mailStats(plannedMails(timeline.plan.steps, core.config()), 5);
    return send(reply, timelinePage(timeline, zone(), { month, until, budget }));
  });

  app.get('/executors', async (request, reply) => {
    const { now, rows } = await loadOverview(core, request.principal);
    return send(reply, recordsPage(executorRecords(rows, now), now, zone(), null));
  });

  app.get<{ Params: { id: string } }>('/executors/:id', async (request, reply) => {
    const { now, rows } = await loadOverview(core, request.principal);
    const config = core.config();
    let mine;
    try {
      mine = rows.filter(executorFilter(request.params.id, rows, config));
    } catch (e) {
      if (e instanceof ReportError) throw new HttpError(404, 'not-found', `Исполнитель «${request.params.id}» не найден.`);
      throw e;
    }
    const name = config.directory.get(request.params.id)?.name ?? mine[0]?.part.name ?? request.params.id;
    return send(reply, recordsPage(executorRecords(mine, now), now, zone(), { name, open: sortRows(mine.filter((r) => r.state === 'open')) }));
  });
}

export function send(reply: FastifyReply, body: string): FastifyReply {
  return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}
